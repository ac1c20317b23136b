// Checks what a parsed article points at: images must exist inside the issue, footnotes must match (pure).

import type { Token } from "markdown-it";
import { ContentError, type SourceLocation } from "../../diagnostics/errors.js";
import type { BuildWarning } from "../../diagnostics/warnings.js";
import { locateOnLine } from "../../diagnostics/locate.js";
import type { ArticleSource } from "../load-issue/types.js";
import type { MarkdownEnv } from "./types.js";
import { decodeUriSafely } from "../../shared/decode-uri.js";
import { findNearestName } from "../../shared/find-nearest-name.js";

/** Raises for a missing or escaping image; warns about footnotes that would silently vanish. */
export function checkReferences(
  source: ArticleSource,
  tokens: Token[],
  env: MarkdownEnv,
  files: ReadonlySet<string>,
  warn: (w: BuildWarning) => void,
): void {
  for (const { token, line } of walkInline(tokens)) {
    if (token.type === "image") checkImage(source, token.attrGet("src") ?? "", line, files);
    if (token.type === "text" && /\[\^[^\]\s]+\]/.test(token.content)) {
      const label = /\[\^[^\]\s]+\]/.exec(token.content)?.[0] ?? "";
      warn({
        code: "footnote-undefined",
        message: `The footnote ${label} has no text, so it prints as written.`,
        hint: `Add a line \`${label}: The note's text.\` at the end of the article.`,
        location: locateInBlock(source, line, label),
      });
    }
  }
  const used = new Set((env.footnotes?.list ?? []).map((note) => note.label).filter(Boolean));
  for (const label of Object.keys(env.footnotes?.refs ?? {})) {
    const name = label.replace(/^:/, "");
    if (used.has(name)) continue;
    warn({
      code: "footnote-unused",
      message: `The footnote [^${name}] is written but never referred to, so it will not print.`,
      hint: `Put [^${name}] in the text where the note belongs, or delete the note.`,
      location: findLine(source, `[^${name}]:`),
    });
  }
}

function checkImage(source: ArticleSource, encoded: string, line: number, files: ReadonlySet<string>): void {
  // markdown-it encodes the path (images/My%20Photo.jpg); the editor wrote, and is told of, images/My Photo.jpg.
  const src = decodeUriSafely(encoded);
  const location = locateInBlock(source, line, src);
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith("/") || src.startsWith("\\")) {
    throw new ContentError("image-outside", `The image "${src}" is not a file in the issue folder.`, {
      hint: "Put the picture in the issue's images/ folder and write its path from there, e.g. ![Caption](images/photo.jpg).",
      location,
    });
  }
  const resolved = resolveRelative(encoded);
  if (resolved === null) {
    throw new ContentError("image-outside", `The image "${src}" points outside the issue folder.`, {
      hint: "Copy the picture into the issue's images/ folder and write images/<name>.",
      location,
    });
  }
  if (!files.has(resolved)) {
    const near = [...files].filter((name) => name.toLowerCase() === resolved.toLowerCase());
    const meant = near.length ? undefined : findMeantPicture(resolved, files);
    throw new ContentError("image-missing", `The image "${src}" is not in the issue folder.`, {
      hint: near.length
        ? `A file with a different capitalisation exists: ${near[0]}. File names must match exactly.`
        : meant
          ? `Did you mean ${meant}? Write its path as it is, from the issue folder.`
          : "Check the spelling of the file name, or copy the picture into the issue's images/ folder.",
      location,
    });
  }
}

const PICTURE_FILE = /\.(jpe?g|png|webp|gif|avif|svg)$/i;

/**
 * The picture an editor most likely meant: the same name in another folder (image/ for images/, or beside the
 * article), the same name with another extension (.jpeg for .jpg), or a name a letter or two away.
 */
function findMeantPicture(resolved: string, files: ReadonlySet<string>): string | undefined {
  const pictures = [...files].filter((name) => PICTURE_FILE.test(name));
  const base = (name: string) => name.slice(name.lastIndexOf("/") + 1).toLowerCase();
  const stem = (name: string) => base(name).replace(/\.[^.]*$/, "");
  const sameName = pictures.filter((name) => base(name) === base(resolved));
  if (sameName.length === 1) return sameName[0];
  const folder = resolved.slice(0, resolved.lastIndexOf("/") + 1);
  const beside = pictures.filter((name) => name.slice(0, name.lastIndexOf("/") + 1) === folder);
  const sameStem = beside.filter((name) => stem(name) === stem(resolved));
  if (sameStem.length === 1) return sameStem[0];
  const nearest = findNearestName(base(resolved), beside.map(base));
  return nearest === undefined ? undefined : beside.find((name) => base(name) === nearest);
}

/** Resolves a relative URL path against the issue root; null when it climbs out. */
export function resolveRelative(src: string): string | null {
  const clean = decodeUriSafely(src.split(/[?#]/)[0] ?? "");
  const parts: string[] = [];
  for (const part of clean.replace(/\\/g, "/").split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join("/");
}

/** Every inline token of the body, with the line its block starts on. */
export function* walkInline(tokens: Token[]): Generator<{ token: Token; line: number }> {
  let line = 0;
  for (const token of tokens) {
    if (token.map) line = token.map[0];
    for (const child of token.children ?? []) yield { token: child, line };
  }
}

/** Finds `needle` on the block's first line or the few after it (a paragraph spans lines). */
export function locateInBlock(source: ArticleSource, bodyLine: number, needle: string): SourceLocation {
  const lines = source.file.text.split("\n");
  const first = bodyLine + source.bodyLineOffset + 1;
  for (let line = first; line < Math.min(first + 40, lines.length + 1); line++) {
    if (needle && (lines[line - 1] ?? "").includes(needle)) return locateOnLine(source.file.display, source.file.text, line, needle);
  }
  return { file: source.file.display, line: first, column: 1 };
}

function findLine(source: ArticleSource, needle: string): SourceLocation {
  const index = source.file.text.split("\n").findIndex((line) => line.includes(needle));
  return index < 0 ? { file: source.file.display } : locateOnLine(source.file.display, source.file.text, index + 1, needle);
}
