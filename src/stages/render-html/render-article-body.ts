// Renders an article's tokens to HTML: figures, pull quotes, and footnotes placed at their call (pure).

import type MarkdownIt from "markdown-it";
import { getCounterStyle, pickNumberingSystem, type DigitsSetting } from "../../config/digits.js";
import type { Token } from "markdown-it";
import { pickRunLanguage } from "../analyze-text/pick-run-language.js";
import { createMarkdown } from "../parse-markdown/create-markdown.js";
import { resolveRelative } from "../parse-markdown/check-references.js";
import type { ParsedArticle } from "../parse-markdown/types.js";
import { JUMP_TOKEN } from "../parse-markdown/jump-rule.js";
import { PAGE_REF_TOKEN } from "../parse-markdown/page-ref-rule.js";
import { renderWithAddressBreaks } from "./break-addresses.js";
import type { PixelSize } from "../prepare-images/image-density.js";

/** A digit, # or * with the keycap mark (and the emoji variation selector between, as usually typed). */
const KEYCAP = /[0-9#*]\uFE0F?\u20E3/g;

export interface BodyRenderOptions {
  allowHtml: boolean;
  /** URL prefix under which the browser may fetch the issue's files, e.g. "/issue/". */
  issueUrl: string;
  /** Footnote numbers run on through an edition; this is the last number used before this article. */
  footnotesBefore: number;
  /**
   * "foot" (default): each note floats to the foot of the page its call lands on. "end": the call is
   * a number and the notes are returned apart, for the layout to print after the article (parallel
   * editions, where Paged.js's page-foot notes inside side-by-side cells can lose text).
   */
  notes?: "foot" | "end";
  /** Writes a note number for "end" notes (in the edition's digits). */
  formatNumber?: (value: number) => string;
  /** Page references, [#](#name): the id of the element named in this edition, and the text held until the page is known. */
  pageRefs?: PageRefOptions;
  /** The issue's `digits:` setting: a numbered list counts in its language's digits where that asks for native ones. */
  digits?: DigitsSetting;
  /** Each picture's size in pixels by its path in the issue folder, for its proportions (read-pictures.ts). */
  pictureSizes?: ReadonlyMap<string, { pixels: PixelSize }>;
  /**
   * The markdown-it to render with, shared by a document's bodies (its renderer's rules are set anew for each
   * body, which is rendered at once); default a new one.
   */
  markdown?: MarkdownIt;
}

export interface PageRefOptions {
  resolve(target: string): string;
  placeholder: string;
}

export interface Endnote {
  number: string;
  lang: string;
  dir: string;
  html: string;
}

export interface RenderedBody {
  html: string;
  footnoteCount: number;
  /** The notes, in order, when `notes` is "end"; empty otherwise. */
  endnotes: Endnote[];
}

export function renderArticleBody(article: ParsedArticle, options: BodyRenderOptions): RenderedBody {
  const md = options.markdown ?? createMarkdown({ allowHtml: options.allowHtml, quotes: "“”‘’" });
  const { main, notes } = separateFootnotes(article.tokens);
  const numbers = new Map<number, number>();
  const endnotes: Endnote[] = [];
  const formatNumber = options.formatNumber ?? String;
  let next = options.footnotesBefore;
  const rules = md.renderer.rules;
  const figureCalls = options.notes === "end" ? new Set<Token>() : findPageFigureCalls(main);
  /** Notes called in the caption being rendered, printed under it. */
  let figureNotes: { sign: string; lang: string; dir: string; html: string }[] = [];

  rules.image = (tokens, idx) => {
    // Tokens are shared by every edition's render, so the rewritten src goes on a copy.
    const token = tokens[idx] as Token;
    const src = resolveRelative(token.attrGet("src") ?? "") ?? "";
    const attrs: [string, string][] = (token.attrs ?? []).filter(([name]) => name !== "src" && name !== "alt");
    attrs.unshift(["src", options.issueUrl + src.split("/").map(encodeURIComponent).join("/")], ["alt", md.renderer.renderInlineAsText(token.children ?? [], md.options, {})]);
    return `<img${md.renderer.renderAttrs({ attrs } as Token)}>`;
  };
  // A figure carries its picture's proportions (width over height) for base.css: a picture held below its page's
  // share of height is drawn narrower than its column, and its figure, caption and credit narrow with it.
  rules.figure_open = (tokens, idx, renderOptions, _env, self) => {
    const html = self.renderToken(tokens, idx, renderOptions);
    const image = tokens[idx + 1]?.children?.find((child) => child.type === "image");
    const size = image && options.pictureSizes?.get(resolveRelative(image.attrGet("src") ?? "") ?? "")?.pixels;
    if (!size || !(size.width > 0 && size.height > 0)) return html;
    return html.replace(/^<figure([^>]*)>/, `<figure$1 style="--picture-ratio: ${(size.width / size.height).toFixed(4)}">`);
  };
  // A jump marker only splits the article (split-jump.ts); where it is not split on (parallel editions) it prints nothing.
  rules[JUMP_TOKEN] = () => "";
  rules[PAGE_REF_TOKEN] = (tokens, idx) => renderPageRef(md, (tokens[idx] as Token).meta?.target ?? "", options.pageRefs);
  // A numbered list counts as the page and note numbers do: ١. ٢. in an Arabic article when digits are native.
  const counter = getCounterStyle(pickNumberingSystem(article.lang, options.digits));
  rules.ordered_list_open = (tokens, idx, renderOptions, _env, self) => {
    const html = self.renderToken(tokens, idx, renderOptions);
    return counter === "decimal" ? html : html.replace(/^<ol/, `<ol style="list-style-type: ${counter}"`);
  };
  // Addresses break where a reader expects (after //, before / . ?), and a link's printed address throughout.
  // A keycap (1️⃣) is set whole in the emoji face: left to font fallback, its digit came from the text face and the
  // key drawn empty beside it.
  rules.text = (tokens, idx) =>
    renderWithAddressBreaks((tokens[idx] as Token).content, md.utils.escapeHtml, tokens[idx - 1]?.type === "link_address_open").replace(KEYCAP, '<span class="keycap">$&</span>');
  // A table carries where it is written: should it be too wide for its column, the warning points at it
  // (page/fit-tables.js, report-divided-tables.ts).
  rules.table_open = (tokens, idx, renderOptions, _env, self) => {
    const html = self.renderToken(tokens, idx, renderOptions);
    const map = (tokens[idx] as Token).map;
    if (!map) return html;
    const source = `${article.source.file.display}:${map[0] + article.source.bodyLineOffset + 1}`;
    return html.replace(/^<table/, `<table data-source="${md.utils.escapeHtml(source)}"`);
  };
  rules.container_pullquote_open = () => `<aside class="pullquote" role="note">\n`;
  rules.container_pullquote_close = () => `</aside>\n`;
  // Paged.js moves an element with `float: footnote` to the foot of the page its call lands on,
  // so the note's text is written where it is referred to (see templates/*/style.css).
  rules.footnote_ref = (tokens, idx) => {
    const id = (tokens[idx] as Token).meta.id as number;
    if (figureCalls.has(tokens[idx] as Token)) {
      const sign = FIGURE_NOTE_SIGNS[figureNotes.length % FIGURE_NOTE_SIGNS.length] as string;
      const note = notes.get(id) ?? [];
      figureNotes.push({ sign, ...readNoteLanguage(note, article), html: renderNote(md, note) });
      return `<sup class="figure-note-call">${sign}</sup>`;
    }
    const seen = numbers.get(id);
    if (seen !== undefined) return `<sup class="footnote-repeat">${seen}</sup>`;
    next += 1;
    numbers.set(id, next);
    const note = notes.get(id) ?? [];
    const { lang, dir } = readNoteLanguage(note, article);
    if (options.notes === "end") {
      const number = formatNumber(next);
      endnotes.push({ number, lang, dir, html: renderNote(md, note) });
      return `<sup class="note-call" id="${article.id}-ref-${next}">${md.utils.escapeHtml(number)}</sup>`;
    }
    // Paged.js names the note's PDF destination after its data-ref ("note-<ref>"), which it makes random when the
    // element has none: given one here, the same issue makes the same PDF, byte for byte. It is unique in the
    // document, as Paged.js needs (it takes two elements with one data-ref for the parts of one): page-foot notes
    // are numbered through the whole edition (render-document.ts).
    const attributes = `id="${article.id}-fn-${next}" data-ref="${article.id}-fn-${next}" data-footnote-number="${next}" lang="${md.utils.escapeHtml(lang)}" dir="${md.utils.escapeHtml(dir)}"`;
    return `<span class="footnote" ${attributes}>${renderNote(md, note)}</span>`;
  };
  rules.figcaption_close = (tokens, idx, renderOptions, _env, self) => {
    const close = self.renderToken(tokens, idx, renderOptions);
    if (!figureNotes.length) return close;
    const escape = md.utils.escapeHtml;
    const printed = figureNotes.map((note) => `<span class="figure-note" lang="${escape(note.lang)}" dir="${escape(note.dir)}"><sup>${note.sign}</sup>${note.html}</span>`);
    figureNotes = [];
    return `<span class="figure-notes">${printed.join("")}</span>${close}`;
  };
  const html = md.renderer.render(main, md.options, article.env);
  return { html, footnoteCount: next - options.footnotesBefore, endnotes };
}

/** Signs for notes to a picture, as tables and figures mark theirs, apart from the text's numbered notes. */
const FIGURE_NOTE_SIGNS = ["*", "†", "‡", "§", "‖", "¶"];

/**
 * The note calls in the captions of page pictures ({.page-top}, {.page-bottom}). page/page-floats.js sets such a
 * picture on its page after the page's text is laid out, outside Paged.js's flow, where no note is moved to the
 * page foot: the note printed inside the caption, unnumbered (and the build stopped when that put the notes out
 * of order). Their notes print under the caption instead, marked *, †..., as notes to a figure or table are.
 */
function findPageFigureCalls(tokens: Token[]): Set<Token> {
  const calls = new Set<Token>();
  let inPageFigure = false;
  for (const token of tokens) {
    if (token.type === "figure_open") inPageFigure = /(^|\s)page-(top|bottom)(\s|$)/.test(token.attrGet("class") ?? "");
    else if (token.type === "figure_close") inPageFigure = false;
    else if (inPageFigure && token.type === "inline") for (const child of token.children ?? []) if (child.type === "footnote_ref") calls.add(child);
  }
  return calls;
}

/** Splits markdown-it-footnote's trailing block into per-note token lists keyed by note id. */
function separateFootnotes(tokens: Token[]): { main: Token[]; notes: Map<number, Token[]> } {
  const start = tokens.findIndex((token) => token.type === "footnote_block_open");
  if (start < 0) return { main: tokens, notes: new Map() };
  const notes = new Map<number, Token[]>();
  let current: Token[] | null = null;
  for (const token of tokens.slice(start)) {
    if (token.type === "footnote_open") {
      current = [];
      notes.set(token.meta.id as number, current);
    } else if (token.type === "footnote_close") current = null;
    else if (current && token.type !== "footnote_anchor") current.push(token);
  }
  return { main: tokens.slice(0, start), notes };
}

/** A note's paragraphs rendered as inline HTML: a floated footnote must stay one inline element. */
function renderNote(md: ReturnType<typeof createMarkdown>, tokens: Token[]): string {
  return tokens
    .filter((token) => token.type === "inline")
    .map((token) => md.renderer.renderInline(token.children ?? [], md.options, {}))
    .join(" ");
}

/**
 * The language and direction a note is set in. Paged.js moves the note out of its article to the foot
 * of the page, where nothing around it says which way it reads, so it always carries both: those the
 * analyze stage gave its (first) paragraph when the note is written against its article, else the
 * article's. A note turned without a language the issue could name gets its script ("und-Latn").
 */
function readNoteLanguage(tokens: Token[], article: ParsedArticle): { lang: string; dir: string } {
  const paragraph = tokens.find((token) => token.nesting === 1);
  const dir = paragraph?.attrGet("dir") ?? article.dir;
  const lang = paragraph?.attrGet("lang") ?? (dir === article.dir ? article.lang : undefined);
  if (lang !== undefined || (dir !== "ltr" && dir !== "rtl")) return { lang: lang ?? article.lang, dir };
  const text = tokens.map((token) => (token.type === "inline" ? token.content : "")).join(" ");
  return { lang: pickRunLanguage(dir, text, { articleLang: article.lang, languages: [] }), dir };
}

/** The page number is written into the link after layout (page/fill-page-refs.js); the placeholder keeps its width meanwhile. */
function renderPageRef(md: ReturnType<typeof createMarkdown>, target: string, pageRefs: PageRefOptions | undefined): string {
  const id = pageRefs ? pageRefs.resolve(target) : target;
  const placeholder = pageRefs?.placeholder ?? "00";
  return `<a class="page-ref" href="#${md.utils.escapeHtml(encodeURIComponent(id))}">${md.utils.escapeHtml(placeholder)}</a>`;
}
