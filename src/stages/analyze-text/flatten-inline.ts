// Lays an inline token's children out as one string of visible text, remembering which token each character came from (pure).

import type { Token } from "markdown-it";

/** Stands for something with no text of its own to read (an image, a footnote call): a neutral. */
export const OBJECT_CHAR = "\uFFFC";
/** Stands for a hard line break or a raw HTML tag that cannot be nested safely: bidi class B, ends a run. */
const BREAK_CHAR = "\n";

/**
 * One step of the flattened stream. Text tokens are cut into code points so a run can start or end
 * anywhere in them; everything else is whole (a `code` span, a footnote call, an element the editor
 * marked with {dir} or {lang}) so nothing is ever split inside it.
 */
export type Piece =
  | { kind: "char"; token: Token; from: number; to: number }
  | { kind: "open"; token: Token }
  | { kind: "close"; token: Token }
  | { kind: "unit"; tokens: Token[]; text: string };

export interface FlatInline {
  pieces: Piece[];
  /** The visible text: text and code as written, a soft break as a space, other things as OBJECT_CHAR. */
  text: string;
  /** For each UTF-16 index of `text`, the index of the piece it belongs to. */
  pieceAt: number[];
}

type Role = "open" | "close" | "text" | "unit" | "break";

const VOID_ELEMENTS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
const HTML_OPEN = /^<([A-Za-z][A-Za-z0-9-]*)(?:\s[^>]*)?>$/;
const HTML_CLOSE = /^<\/([A-Za-z][A-Za-z0-9-]*)\s*>$/;
const HTML_DIR_OR_LANG = /\s(?:dir|lang)\s*=/i;
const HTML_DIR = /\sdir\s*=/i;

/** A piece, or a text token not yet cut into its code points' pieces. */
type Segment = Piece | { kind: "text"; token: Token };

/**
 * The inline's visible text at once, its pieces when first read. Most blocks have no run written against their
 * direction, so isolateRuns never reads them: a piece per character, made for every paragraph, was most of the
 * analyze stage's work (and garbage) at 200 pages.
 */
export function flattenInline(children: Token[]): FlatInline {
  const roles = assignRoles(children);
  const segments: Segment[] = [];
  let text = "";
  const addUnit = (tokens: Token[], unitText: string) => {
    text += unitText;
    segments.push({ kind: "unit", tokens, text: unitText });
  };
  for (let i = 0; i < children.length; i++) {
    const token = children[i] as Token;
    const role = roles[i] as Role;
    if (role === "open" && isMarkedByEditor(token)) {
      // The editor chose this element's direction or language, so nothing is inserted inside it. With
      // dir it is an isolate, one neutral to the text around it; with lang only, its letters still
      // count, and a run that reaches into it takes in the whole element.
      const close = findClose(roles, i);
      const inner = children.slice(i + 1, close);
      addUnit(children.slice(i, close + 1), hasDirection(token) ? OBJECT_CHAR : flattenInline(inner).text);
      i = close;
    } else if (role === "open" || role === "close") segments.push({ kind: role, token });
    else if (role === "break") addUnit([token], BREAK_CHAR);
    else if (role === "text" && token.content !== "") {
      segments.push({ kind: "text", token });
      text += token.content;
    } else addUnit([token], readUnitText(token));
  }
  let cut: Pick<FlatInline, "pieces" | "pieceAt"> | undefined;
  const readCut = () => (cut ??= cutIntoPieces(segments));
  return {
    text,
    get pieces() {
      return readCut().pieces;
    },
    get pieceAt() {
      return readCut().pieceAt;
    },
  };
}

/** The segments as pieces, each text token cut into its code points, and for each UTF-16 index of the text its piece. */
function cutIntoPieces(segments: Segment[]): Pick<FlatInline, "pieces" | "pieceAt"> {
  const pieces: Piece[] = [];
  const pieceAt: number[] = [];
  for (const segment of segments) {
    if (segment.kind === "text") {
      const { token } = segment;
      let from = 0;
      for (const char of token.content) {
        for (let k = 0; k < char.length; k++) pieceAt.push(pieces.length);
        pieces.push({ kind: "char", token, from, to: from + char.length });
        from += char.length;
      }
    } else {
      if (segment.kind === "unit") for (let k = 0; k < segment.text.length; k++) pieceAt.push(pieces.length);
      pieces.push(segment);
    }
  }
  return { pieces, pieceAt };
}

/** What a whole token reads as: code as written, a soft break as a space, anything else as a neutral. */
function readUnitText(token: Token): string {
  if (token.type === "text") return "";
  if (token.type === "softbreak") return " ";
  if (token.type === "code_inline" && !hasDirection(token)) return token.content;
  return OBJECT_CHAR;
}

function isMarkedByEditor(token: Token): boolean {
  if (token.type === "html_inline") return HTML_DIR_OR_LANG.test(token.content);
  return Boolean(token.attrGet("dir") || token.attrGet("lang"));
}

function hasDirection(token: Token): boolean {
  return token.type === "html_inline" ? HTML_DIR.test(token.content) : Boolean(token.attrGet("dir"));
}

/**
 * Markdown's own tokens always nest properly; raw HTML tags (html: true) count as elements only when
 * every tag in the inline pairs up with Markdown's, else each becomes a break that no run crosses, so a
 * span can never straddle an unmatched tag.
 */
function assignRoles(children: Token[]): Role[] {
  const structural: Role[] = children.map((token) => {
    if (token.type === "html_inline") return readHtmlTag(token.content)?.role ?? "unit";
    if (token.type === "hardbreak") return "break";
    if (token.nesting === 1) return "open";
    if (token.nesting === -1) return "close";
    return token.type === "text" ? "text" : "unit";
  });
  const stack: string[] = [];
  let balanced = true;
  children.forEach((token, i) => {
    const name = token.type === "html_inline" ? `<${readHtmlTag(token.content)?.name ?? ""}` : "md";
    if (structural[i] === "open") stack.push(name);
    else if (structural[i] === "close" && stack.pop() !== name) balanced = false;
  });
  if (balanced && stack.length === 0) return structural;
  return structural.map((role, i) => (children[i]?.type === "html_inline" && (role === "open" || role === "close") ? "break" : role));
}

function readHtmlTag(html: string): { role: "open" | "close"; name: string } | null {
  const close = HTML_CLOSE.exec(html);
  if (close) return { role: "close", name: (close[1] ?? "").toLowerCase() };
  const open = HTML_OPEN.exec(html);
  const name = (open?.[1] ?? "").toLowerCase();
  if (!open || html.endsWith("/>") || VOID_ELEMENTS.has(name)) return null;
  return { role: "open", name };
}

/** The index of the token that closes the element opened at `start`. */
function findClose(roles: Role[], start: number): number {
  let depth = 0;
  for (let i = start; i < roles.length; i++) {
    if (roles[i] === "open") depth++;
    else if (roles[i] === "close" && --depth === 0) return i;
  }
  return roles.length - 1;
}
