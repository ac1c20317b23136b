// Reads a Chrome PDF's text layer back in logical order (right-to-left included), and checks its glyphs and fonts.

import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { listFonts } from "./pdf-tools.js";

// How Chrome 156 writes right-to-left text (read with qpdf --qdf from pressroom's PDFs): each RTL run is a
// /ReversedChars marked-content section with its glyphs in visual order, left to right; every glyph whose
// ToUnicode entry is not the logical text (presentation forms, mirrored brackets, a letter with its marks, a
// Nastaliq glyph the font's cmap cannot name, which ToUnicode maps to U+0000) is wrapped in
// /Span <</ActualText (logical text)>>, and a mark is drawn BEFORE its letter inside that span. poppler reads
// the ActualText; pdf.js ignores it and returns ToUnicode. Neither reorders a line: both give visual order.

export type Direction = "auto" | "rtl" | "ltr";

// A letter of a right-to-left script (Hebrew, Arabic and their presentation forms); not their digits or punctuation.
const RTL_LETTER = /(?=\p{L})[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
// Separators that keep a number whole ("2026-11-20", "6:30", "1,500", "20/11") and signs beside one ("50%").
const NUMBER_SEPARATOR = /^[-\u2013+.,:/\u060C\u066B\u066C]$/u;
// pressroom isolates dates, ranges and phone numbers in right-to-left text (src/stages/analyze-text), so
// among Arabic letters digit groups joined by a hyphen, an en dash or a space stand left to right too.
const ARABIC_NUMBER_SEPARATOR = /^[-\u2013 .,:/\u060C\u066B\u066C]$/u;
const NUMBER_SIGN = /^[%\u066A\u2030#$€£°]$/u;
const SENTENCE_PUNCTUATION = /^[.,:;!?\u060C\u061B\u061F\u06D4]$/u;
const BRACKET_OR_QUOTE = /^[()[\]{}«»‹›"'“”‘’]$/u;
const MIRRORED: Record<string, string> = { "(": ")", ")": "(", "[": "]", "]": "[", "{": "}", "}": "{", "<": ">", ">": "<", "«": "»", "»": "«", "‹": "›", "›": "‹" };

type BidiClass = "R" | "L" | "EN" | "N";

/** A piece of a visual line: a right-to-left word (its letters in logical order), one Latin letter, one digit, one neutral. */
interface Unit {
  text: string;
  type: BidiClass;
  level?: number;
}

/**
 * Turns one `pdftotext -raw` line, in visual order, into logical order. poppler writes each right-to-left
 * word, or piece of one, as U+202B … U+202C with its letters in logical order; the pieces, Latin words,
 * numbers and punctuation stand in visual order. Left-to-right lines keep their order; only the
 * right-to-left runs inside them turn. The embedding marks are left out of the result.
 */
export function reorderVisualLine(line: string, direction: Direction = "auto"): string {
  const units = parsePopplerLine(line);
  return reorderUnits(units, chooseBaseLevel(units, direction), false);
}

function parsePopplerLine(line: string): Unit[] {
  const units: Unit[] = [];
  for (const match of line.matchAll(/\u202B([^\u202C]*)\u202C?|[\u202A-\u202E]|[\s\S]/gu)) {
    if (match[1] !== undefined) units.push({ text: placeMarksAfterLetter(match[1]), type: "R" });
    else if (!/^[\u202A-\u202E]$/u.test(match[0])) units.push(classifyCharacter(match[0]));
  }
  return units;
}

/**
 * poppler reverses an RTL word's characters, a cluster's ActualText included: Chrome's "دً" (dal, fathatan)
 * comes out "ًد". Each run of marks goes back after the letter it now stands before. Right only because
 * Chrome writes every mark inside its letter's ActualText span (true of every mark in the sample issue).
 */
function placeMarksAfterLetter(piece: string): string {
  return piece.replace(/(\p{M}+)(\p{L})/gu, "$2$1");
}

function classifyCharacter(character: string): Unit {
  // Arabic punctuation (، ؛ ؟ ۔) is neutral: it goes wherever the text around it goes.
  if (/\p{L}/u.test(character)) return { text: character, type: RTL_LETTER.test(character) ? "R" : "L" };
  if (/\p{Nd}/u.test(character)) return { text: character, type: "EN" };
  return { text: character, type: "N" };
}

/**
 * The paragraph direction of a visual line, and whether the line itself says so. Sentence punctuation at a
 * line's end says it: it follows its word in logical order, so it stands left of the word in a right-to-left
 * line (".الحديد") and right of it in a left-to-right one ("Library."). A line of one direction's letters
 * needs no decision. A mixed line that says nothing is not sure: its punctuation inside, else most of its
 * words, make the guess.
 */
function guessDirection(units: Unit[]): { level: number; sure: boolean } {
  const isWord = (unit: Unit | undefined) => unit !== undefined && unit.type !== "N";
  const isSpaceOrEdge = (unit: Unit | undefined) => unit === undefined || /^\s$/u.test(unit.text);
  const neighbour = (index: number, step: number) => {
    let at = index + step;
    while (BRACKET_OR_QUOTE.test(units[at]?.text ?? "")) at += step;
    return units[at];
  };
  let atEdges = 0;
  let inside = 0;
  units.forEach((unit, index) => {
    if (unit.type !== "N" || !SENTENCE_PUNCTUATION.test(unit.text)) return;
    const left = neighbour(index, -1);
    const right = neighbour(index, 1);
    if (isSpaceOrEdge(left) && isWord(right)) left === undefined ? atEdges++ : inside++;
    if (isWord(left) && isSpaceOrEdge(right)) right === undefined ? atEdges-- : inside--;
  });
  if (atEdges !== 0) return { level: atEdges > 0 ? 1 : 0, sure: true };
  const hasRtl = units.some((unit) => unit.type === "R");
  const hasLtr = units.some((unit) => unit.type === "L");
  if (hasRtl !== hasLtr) return { level: hasRtl ? 1 : 0, sure: true };
  if (inside !== 0) return { level: inside > 0 ? 1 : 0, sure: false };
  // Words are what spaces separate; one with any right-to-left letter counts as right-to-left.
  const words = units
    .map((unit) => (/^\s$/u.test(unit.text) ? " " : unit.type === "N" ? "" : unit.type))
    .join("")
    .split(" ")
    .filter((word) => /[RL]/u.test(word));
  const rtlWords = words.filter((word) => word.includes("R")).length;
  return { level: rtlWords > words.length - rtlWords ? 1 : 0, sure: false };
}

function chooseBaseLevel(units: Unit[], direction: Direction): number {
  return direction === "auto" ? guessDirection(units).level : direction === "rtl" ? 1 : 0;
}

/**
 * Paragraph levels for a page's lines. A mixed line that gives no sign of its own takes the direction its
 * neighbours are sure of (two lines either way, the nearer first): lines of one paragraph come together.
 */
function chooseLevels(lines: Unit[][], direction: Direction): number[] {
  if (direction !== "auto") return lines.map(() => (direction === "rtl" ? 1 : 0));
  const guesses = lines.map(guessDirection);
  return guesses.map((guess, index) => {
    if (guess.sure) return guess.level;
    let vote = 0;
    for (const distance of [1, 2]) {
      for (const neighbour of [guesses[index - distance], guesses[index + distance]]) {
        if (neighbour?.sure) vote += (neighbour.level === 1 ? 1 : -1) * (3 - distance);
      }
    }
    return vote === 0 ? guess.level : vote > 0 ? 1 : 0;
  });
}

/**
 * The inverse of the Unicode bidi algorithm's reordering, cut down to what a newspaper line holds:
 * right-to-left words, Latin words, numbers and neutrals. Levels follow UAX #9 (W2, W4, W5, W7, N1, N2,
 * I1, I2); reversing runs (L2) is its own inverse, so the same reversals turn visual order into logical.
 * `mirror` swaps brackets on right-to-left levels, for readers (pdf.js) that return the mirrored glyph.
 */
function reorderUnits(input: Unit[], baseLevel: number, mirror: boolean): string {
  const joined = joinNumbers(input, baseLevel);
  const units = baseLevel === 1 ? attachUnits(joined) : joined;
  // W7: a number after Latin text (to its left, in visual order) belongs to that Latin run.
  let lastStrong: BidiClass = baseLevel === 1 ? "R" : "L";
  for (const unit of units) {
    if (unit.type === "EN" && lastStrong === "L") unit.type = "L";
    if (unit.type === "L" || unit.type === "R") lastStrong = unit.type;
  }
  // N1/N2: neutrals between two runs of one direction take it (numbers count as right-to-left); others the paragraph's.
  const strength = (unit: Unit | undefined): "L" | "R" => (unit === undefined ? (baseLevel === 1 ? "R" : "L") : unit.type === "L" ? "L" : "R");
  for (let start = 0; start < units.length; start++) {
    if (units[start]?.type !== "N") continue;
    // A hyphen or slash where a Latin run breaks ("riverside-" | "library.example") stays with that run:
    // Chrome resolved it in the whole paragraph, where Latin follows it.
    if (baseLevel === 1 && units[start - 1]?.type === "L" && /^[-\u2010\u2011/]$/u.test(units[start]?.text ?? "") && isSpaceOrEnd(units[start + 1])) {
      (units[start] as Unit).level = 2;
      continue;
    }
    let end = start;
    while (units[end + 1]?.type === "N") end++;
    const before = strength(units[start - 1]);
    const after = strength(units[end + 1]);
    const direction = before === after ? before : baseLevel === 1 ? "R" : "L";
    const level = direction === "R" ? 1 : baseLevel === 1 ? 2 : 0;
    for (let index = start; index <= end; index++) (units[index] as Unit).level = level;
    start = end;
  }
  // I1/I2: levels of the strong runs and numbers.
  for (const unit of units) {
    if (unit.level !== undefined) continue;
    if (baseLevel === 1) unit.level = unit.type === "R" ? 1 : 2;
    else unit.level = unit.type === "R" ? 1 : unit.type === "EN" ? 2 : 0;
  }
  // L2: from the highest level down to the lowest odd one, reverse every run at that level or above.
  const maxLevel = Math.max(0, ...units.map((unit) => unit.level ?? 0));
  for (let level = maxLevel; level >= 1; level--) {
    for (let start = 0; start < units.length; start++) {
      if ((units[start]?.level ?? 0) < level) continue;
      let end = start;
      while ((units[end + 1]?.level ?? 0) >= level) end++;
      units.splice(start, end - start + 1, ...units.slice(start, end + 1).reverse());
      start = end;
    }
  }
  return units.map((unit) => (mirror && unit.type === "N" && (unit.level ?? 0) % 2 === 1 ? (MIRRORED[unit.text] ?? unit.text) : unit.text)).join("");
}

const isSpaceOrEnd = (unit: Unit | undefined) => unit === undefined || /^\s$/u.test(unit.text);

/**
 * W2/W4/W5: digits with single separators between them, and signs beside them, make one number. Among
 * Arabic letters (no Latin on either side) digits are Arabic numbers: "." "," ":" "/" join them, and so do
 * "-", "–" and a space because pressroom isolates such groups (2026-11-20, 2019–2026, 020 7946 0381); no sign does.
 */
function joinNumbers(units: Unit[], baseLevel: number): Unit[] {
  const strongFrom = (from: number, step: number): BidiClass | undefined => {
    for (let at = from; units[at] !== undefined; at += step) if (units[at]?.type === "L" || units[at]?.type === "R") return units[at]?.type;
    return undefined;
  };
  const joined: Unit[] = [];
  let amongArabic = false;
  for (let index = 0; index < units.length; index++) {
    const unit = units[index] as Unit;
    const previous = joined[joined.length - 1];
    const next = units[index + 1];
    if ((unit.type === "EN" && previous?.type !== "EN") || (unit.type === "N" && next?.type === "EN" && previous?.type !== "EN")) {
      const left = strongFrom(index - 1, -1);
      const right = strongFrom(index + 1, 1);
      amongArabic = left !== "L" && right !== "L" && (baseLevel === 1 || (left === "R" && right === "R"));
    }
    const separators = amongArabic ? ARABIC_NUMBER_SEPARATOR : NUMBER_SEPARATOR;
    const isSeparator = unit.type === "N" && separators.test(unit.text) && previous?.type === "EN" && next?.type === "EN";
    const isSign = !amongArabic && unit.type === "N" && NUMBER_SIGN.test(unit.text) && (previous?.type === "EN" || next?.type === "EN");
    if ((unit.type === "EN" || isSeparator || isSign) && previous?.type === "EN") previous.text += unit.text;
    else joined.push(isSign ? { text: unit.text, type: "EN" } : { ...unit });
  }
  return joined;
}

// What pressroom lets stand between a number and the Latin word after it in one isolate (find-runs.ts).
const NUMBER_UNIT_GAP = /^(?:[ \u00A0\u202F]?°?|°[ \u00A0\u202F])$/u;
// Superscript digits after a unit ("m²") are European numbers (UAX #9 EN): after Latin letters, Latin (W7).
const UNIT_POWER = /^[\u00B2\u00B3\u00B9\u2070\u2074-\u2079]$/u;

/**
 * pressroom isolates a number with the Latin word after it in right-to-left text ("3 km", "35 m²",
 * "25 °C"; src/stages/analyze-text/find-runs.ts), so Chrome prints it left to right as written; left to the
 * bidi algorithm it would stand the other way round ("km 3"), which is what inverting the algorithm would
 * make of it. Such a number and the gap after it join the Latin run, as the isolate made them; so do
 * superscript digits right after the run's letters.
 */
function attachUnits(units: Unit[]): Unit[] {
  const attached: Unit[] = [];
  for (let index = 0; index < units.length; index++) {
    const unit = units[index] as Unit;
    if (unit.type === "EN" && isEuropeanNumber(unit.text)) {
      let end = index + 1;
      let gap = "";
      while (units[end]?.type === "N" && gap.length < 2) gap += (units[end++] as Unit).text;
      if (units[end]?.type === "L" && NUMBER_UNIT_GAP.test(gap)) {
        attached.push({ text: unit.text + gap, type: "L" });
        index = end - 1;
        continue;
      }
    }
    const previous = attached[attached.length - 1];
    if (UNIT_POWER.test(unit.text) && previous?.type === "L") attached.push({ text: unit.text, type: "L" });
    else attached.push(unit);
  }
  return attached;
}

/** Only a number in the Latin run's own digits joins it, as in find-runs.ts. */
const isEuropeanNumber = (text: string) => [...text].every((character) => !/\p{Nd}/u.test(character) || /[0-9]/.test(character));

/** Fixes every route needs before words are compared: presentation forms to letters, no soft hyphens. */
function normalizeExtracted(text: string): string {
  return text.normalize("NFKC").replace(/\u00AD/g, "");
}

/**
 * The text of a PDF by `pdftotext -raw`, each line in logical order, NFKC-normalised, without soft hyphens;
 * pages separated by form feeds. `direction` forces every line's paragraph direction; left on "auto", a line
 * that gives no sign of its own (mixed, no punctuation at its ends) takes its neighbours' direction.
 */
export function extractLogicalText(file: string, direction: Direction = "auto"): string {
  const raw = execFileSync("pdftotext", ["-raw", "-enc", "UTF-8", file, "-"], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  return raw
    .split("\f")
    .map((page) => {
      const lines = page.split("\n").map(parsePopplerLine);
      const levels = chooseLevels(lines, direction);
      return lines.map((units, index) => normalizeExtracted(reorderUnits(units, levels[index] ?? 0, false))).join("\n");
    })
    .join("\f");
}

// pdf.js is a large ES module: load it on first use, so importing this file for the reordering stays cheap.
type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
let pdfjs: Promise<PdfJs> | undefined;
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import("pdfjs-dist/legacy/build/pdf.mjs").then((module) => {
    // In Node pdf.js runs its worker in-process (a "fake worker") by importing workerSrc; name the file
    // exactly, because its default relative path breaks when a bundler such as vite-node loads pdf.mjs.
    module.GlobalWorkerOptions.workerSrc = pathToFileURL(createRequire(import.meta.url).resolve("pdfjs-dist/legacy/build/pdf.worker.mjs")).href;
    return module;
  });
  return pdfjs;
}

async function openPdf(file: string) {
  const { getDocument } = await loadPdfJs();
  return getDocument({ data: new Uint8Array(readFileSync(file)), disableFontFace: true, isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
}

type PdfjsPage = Awaited<ReturnType<Awaited<ReturnType<typeof openPdf>>["getPage"]>>;

/** `read` applied to every page of a PDF with pdf.js, in page order; each page and the document are released after. */
async function mapPdfjsPages<T>(file: string, read: (page: PdfjsPage) => Promise<T>): Promise<T[]> {
  const doc = await openPdf(file);
  try {
    const results: T[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      results.push(await read(page));
      page.cleanup();
    }
    return results;
  } finally {
    await doc.destroy();
  }
}

interface PositionedText {
  str: string;
  transform: number[];
  width: number;
}

/** What pdf.js drew on a line: a letter (or several, or a space), with the marks placed on it. */
interface Cluster {
  text: string;
  x: number;
  width: number;
  isSpace: boolean;
}

/**
 * pdf.js text per page in logical order, NFKC-normalised. pdf.js returns items in content-stream order, which
 * is visual order for Chrome, and reverses each right-to-left item's own characters into logical order; the
 * items are reordered like poppler's U+202B pieces. Marks go on the letter under them, and the spaces pdf.js
 * makes up are dropped (see `groupLines`, `toUnits`).
 */
export async function extractPdfjsText(file: string, direction: Direction = "auto"): Promise<string[]> {
  return mapPdfjsPages(file, async (page) => {
    const content = await page.getTextContent();
    const items = content.items.filter((item): item is PositionedText & typeof item => "str" in item && item.str !== "");
    const lines = groupLines(items).map(toUnits);
    const levels = chooseLevels(lines, direction);
    return lines.map((units, index) => normalizeExtracted(reorderUnits(units, levels[index] ?? 0, true))).join("\n");
  });
}

/**
 * Joins a word that a line end breaks with a hyphen ("win-" then "dows") when the joined word is one the
 * text should have (`vocabulary`, lower-cased): what a reader's dehyphenation does with its dictionary.
 * A compound broken after its own hyphen ("three-" then "storey") stays as printed, and anything else that
 * splits a word (a soft hyphen, a space) is left to fail the comparison.
 */
export function joinHyphenatedLines(text: string, vocabulary: ReadonlySet<string>): string {
  return text.replace(/(\p{L}+)-\n(\p{L}+)/gu, (whole, before: string, after: string) => (vocabulary.has((before + after).toLowerCase()) ? `${before}${after}\n` : whole));
}

/**
 * pdf.js text per page exactly as pdf.js gives it (nothing normalised or removed: tests of what a reader
 * gets use it to find stray characters), items in stream order joined as pdf.js gives them (it makes up
 * the spaces it sees between words), a line break where pdf.js marks an item's end of line.
 */
export async function extractPdfjsRawText(file: string): Promise<string[]> {
  return mapPdfjsPages(file, async (page) => {
    const content = await page.getTextContent();
    return content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join("");
  });
}

// Chrome's ToUnicode maps a glyph its font's cmap cannot name to U+0000 (a shadda+kasra glyph); pdf.js returns that.
const MARKS_ONLY = /^[\p{M}\u0000]+$/u;

/**
 * Splits items into lines where the baseline moves. Marks are set aside and put on the letter they are drawn
 * over (`placeMark`): Chrome draws a mark before its letter, so in stream order it belongs to what follows,
 * and it sits above or below the baseline, where it must not start a line.
 */
function groupLines(items: PositionedText[]): Cluster[][] {
  const lines: { clusters: Cluster[]; baseline: number; size: number }[] = [];
  const marks: { text: string; x: number; y: number; line: number }[] = [];
  let current: (typeof lines)[number] | undefined;
  for (const original of items) {
    // pdf.js also glues a mark onto the space drawn before it (" ً"): that is a space, then a mark.
    const spaceThenMarks = /^(\s+)([\p{M}\u0000]+)$/u.exec(original.str);
    const item = spaceThenMarks ? { ...original, str: spaceThenMarks[1] as string } : original;
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    if (MARKS_ONLY.test(item.str)) {
      marks.push({ text: item.str, x, y, line: lines.length });
      continue;
    }
    const size = Math.abs(item.transform[3] ?? 0) || 10;
    if (current === undefined || Math.abs(y - current.baseline) > size * 0.5) {
      current = { clusters: [], baseline: y, size };
      lines.push(current);
    }
    current.baseline = y;
    current.clusters.push({ text: item.str.replace(/\u0000/g, ""), x, width: item.width, isSpace: item.str.trim() === "" });
    if (spaceThenMarks) marks.push({ text: spaceThenMarks[2] as string, x: x + item.width, y, line: lines.length });
  }
  // A mark belongs to the line being read when it came, or to the next one: Chrome draws a line's first mark
  // before that line's first letter.
  for (const mark of marks) {
    const candidates = [lines[mark.line - 1], lines[mark.line]].filter((line) => line !== undefined && Math.abs(mark.y - line.baseline) < line.size);
    placeMark(mark.text.replace(/\u0000/g, ""), mark.x, candidates.flatMap((line) => line?.clusters ?? []));
  }
  return lines.map((line) => line.clusters);
}

/**
 * Puts a mark after the letter it is drawn over: the letter whose box holds the mark's x, else the nearest.
 * In an item of several right-to-left letters, the letters are taken as equally wide, right to left.
 */
function placeMark(mark: string, x: number, clusters: Cluster[]): void {
  const letters = clusters.filter((cluster) => !cluster.isSpace);
  if (mark === "" || letters.length === 0) return;
  const distance = (cluster: Cluster) => (x < cluster.x ? cluster.x - x : x > cluster.x + cluster.width ? x - cluster.x - cluster.width : 0);
  const target = letters.reduce((best, cluster) => (distance(cluster) < distance(best) ? cluster : best));
  const characters = [...target.text];
  const letterIndexes = characters.flatMap((character, index) => (/\p{L}/u.test(character) ? [index] : []));
  if (letterIndexes.length <= 1 || !RTL_LETTER.test(target.text)) {
    const last = letterIndexes[letterIndexes.length - 1] ?? characters.length - 1;
    characters.splice(last + 1, 0, mark);
  } else {
    const share = Math.min(letterIndexes.length - 1, Math.max(0, Math.floor(((target.x + target.width - x) / (target.width || 1)) * letterIndexes.length)));
    characters.splice((letterIndexes[share] as number) + 1, 0, mark);
  }
  target.text = characters.join("");
}

/**
 * A line's units in visual order, without the spaces pdf.js makes up. pdf.js adds a space where the pen
 * jumps (Chrome draws a mark right of its letter's start, then steps back for the letter); Chrome draws
 * each real space as a glyph starting where a letter ends, so a space that starts on a letter, or where
 * another space starts, is made up.
 */
function toUnits(line: Cluster[]): Unit[] {
  const letters = line.filter((cluster) => !cluster.isSpace);
  const kept: Cluster[] = [...letters];
  for (const space of line.filter((cluster) => cluster.isSpace)) {
    // Where the space starts is what counts: Chrome's pen can advance less than a glyph's width.
    const covers = (other: Cluster) => other.x - 0.5 <= space.x && space.x < other.x + Math.max(other.width - 0.5, 0.5);
    if (!letters.some(covers) && !kept.some((other) => other.isSpace && covers(other))) kept.push(space);
  }
  // A stable sort: a zero-width glyph keeps its place before the glyph drawn at the same x (a lam-alef's alef).
  kept.sort((a, b) => a.x - b.x);
  return kept.flatMap((cluster) => (RTL_LETTER.test(cluster.text) ? splitRtlItem(cluster.text) : [...cluster.text].map(classifyCharacter)));
}

/**
 * pdf.js joins neighbouring glyphs into one item and reverses a right-to-left one into logical order ("و ."
 * drawn comes back ". و"). Its words, numbers and punctuation go back into visual order as separate units,
 * so the punctuation can still tell the line's direction.
 */
function splitRtlItem(text: string): Unit[] {
  const tokens = text.match(/[\p{L}\p{M}]+|\p{Nd}+(?:[.,:/]\p{Nd}+)*|[\s\S]/gu) ?? [];
  return tokens.reverse().map((token): Unit => {
    if (/\p{L}/u.test(token)) return { text: token, type: RTL_LETTER.test(token) ? "R" : "L" };
    return { text: token, type: /^\p{Nd}/u.test(token) ? "EN" : "N" };
  });
}

/**
 * Counts glyphs drawn with glyph id 0 (.notdef): the empty box a reader sees where no font had the character.
 * Chrome writes Identity-H CID fonts with /CIDToGIDMap /Identity, so character code 0 is glyph 0.
 */
export async function countNotdefGlyphs(file: string): Promise<number> {
  const { OPS } = await loadPdfJs();
  const counts = await mapPdfjsPages(file, async (page) => {
    const operators = await page.getOperatorList();
    let count = 0;
    operators.fnArray.forEach((fn, index) => {
      if (fn !== OPS.showText) return;
      const glyphs = ((operators.argsArray[index] as unknown[])[0] ?? []) as unknown[];
      for (const glyph of glyphs) if ((glyph as { originalCharCode?: number } | null)?.originalCharCode === 0) count++;
    });
    return count;
  });
  return counts.reduce((sum, count) => sum + count, 0);
}

/**
 * The font families in a PDF. Chrome names each font by its PostScript name ("ABCDEF+NotoNaskhArabic-Bold"),
 * not its CSS family ("PR Noto Naskh Arabic"), so a family here is that name without the subset prefix and
 * the style after the last hyphen: "NotoNaskhArabic". Unnamed fonts (Type 3) are left out.
 */
export function listFontFamilies(file: string): string[] {
  const families = listFonts(file)
    .map((font) => font.name.replace(/^[A-Z]{6}\+/, "").replace(/-[^-]*$/, ""))
    .filter((name) => name !== "" && name !== "[none]");
  return [...new Set(families)].sort();
}

/**
 * Known defects of the text layer of Chrome's PDFs, as each reader shows them, that word matching may forgive:
 * - "lam-alef": a font with a lam-alef ligature glyph (Vazirmatn, Noto Nastaliq) gets ActualText "لا" on it;
 *   poppler reverses that string with the rest of the word: بالا comes out باال, لائبریری الئبریری.
 *   Lam-alef and alef-lam compare equal, with the marks on either.
 * - "split-after-mark": Chrome draws a mark before its letter, right of the letter's start, inside the
 *   cluster's ActualText span; poppler starts the span there and sees a gap: "مسطّ حة". A word may be split
 *   right after a mark.
 * - "missing-marks": Chrome's ToUnicode maps a glyph its font's cmap cannot name to U+0000 (shadda+kasra as
 *   one glyph); a reader that ignores ActualText (pdf.js) loses those marks. Marks may go missing, not letters.
 * - "heh-hamza": ToUnicode names the glyph of ه + ٔ by the font's cmap, U+06C0 (ۀ); pdf.js returns that.
 * - "zwnj": Chrome draws a zero-width non-joiner as the space glyph with no advance (ActualText U+200C);
 *   ToUnicode says space, and pdf.js gives a space or nothing. A word may be joined or split where its ZWNJ was.
 * - "shared-digit": ToUnicode names a glyph by one of the characters the font's cmap draws with it; Noto
 *   Naskh draws ۶ (U+06F6, Urdu and Persian) and ٦ (U+0666) with one glyph, named ٦, so pdf.js gives ۱۹۸٦ for
 *   ۱۹۸۶. A digit of either Arabic-Indic set equals the one of the same value in the other.
 */
export type Defect = "lam-alef" | "split-after-mark" | "missing-marks" | "heh-hamza" | "zwnj" | "shared-digit";

/** The defects each route shows on Chrome 156's PDFs (measured on pressroom's ar, fa and ur editions). */
export const KNOWN_DEFECTS: Record<"pdftotext" | "pdfjs", readonly Defect[]> = {
  pdftotext: ["lam-alef", "split-after-mark"],
  pdfjs: ["missing-marks", "heh-hamza", "zwnj", "shared-digit"],
};

// Arabic-script marks: harakat, shadda, sukun, tanween, superscript alef, Quranic and Urdu marks.
const MARK = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/u;
const MARKS = new RegExp(MARK.source, "gu");
const ALEF = "[\u0627\u0622\u0623\u0625]";

/** Words for comparison: NFKC, letters with their marks and digits; a ZWNJ stays inside its word. */
export function toRtlWords(text: string, defects: readonly Defect[] = []): string[] {
  let prepared = text.normalize("NFKC").replace(/[\u00AD\u0000]/g, "");
  // NFKC composes ە + ٔ back into ۀ (U+06C0), so both spellings are written out as ه + ٔ.
  if (defects.includes("heh-hamza")) prepared = prepared.replace(/\u06C0|[\u06D5\u0647]\u0654/gu, "\u0647\u0654");
  if (defects.includes("shared-digit")) prepared = prepared.replace(/[\u0660-\u0669]/gu, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0x90));
  return prepared
    .split(/[^\p{L}\p{M}\p{N}\u200C]+/u)
    .map((word) => word.replace(/^\u200C+|\u200C+$/gu, ""))
    .filter(Boolean);
}

export interface WordMatch {
  found: number;
  total: number;
  missing: string[];
}

/**
 * Finds the words of `expected` in `extracted`, in order, forgiving only the listed defects. Each word is
 * looked for within `maxGap` words of the last one found (captions, running heads and page breaks come
 * between); one found further on must be followed by the next word. A word not found counts as missing.
 */
export function findWordsInOrder(extracted: string, expected: string, defects: readonly Defect[], maxGap = 60): WordMatch {
  const haystack = toRtlWords(extracted, defects);
  const words = toRtlWords(expected, defects);
  return alignInOrder(words, haystack.length, maxGap, (index, from, limit) => {
    for (let at = from; at < limit; at++) {
      const used = matchWordAt(haystack, at, words[index] as string, defects);
      if (used > 0) return { start: at, end: at + used };
    }
    return undefined;
  });
}

/**
 * For Nastaliq (Urdu), whose text layer loses real spaces and gains false ones in every reader: the share of
 * expected words whose letters appear in order among the extracted letters, spaces ignored. Weaker than word
 * matching on purpose; lost, extra or reordered letters still fail it.
 */
export function findLettersInOrder(extracted: string, expected: string, defects: readonly Defect[] = [], maxGap = 300): WordMatch {
  // Word by word: joined first, a word's final lam and the next one's alef would look like a lam-alef.
  const letters = toRtlWords(extracted, defects)
    .map((word) => normalizeWord(withoutZwnj(word), defects))
    .join("");
  const words = toRtlWords(expected, defects).map((word) => normalizeWord(withoutZwnj(word), defects));
  return alignInOrder(words, letters.length, maxGap, (index, from, limit) => {
    const at = letters.indexOf(words[index] as string, from);
    return at === -1 || at >= limit ? undefined : { start: at, end: at + (words[index] as string).length };
  });
}

const withoutZwnj = (word: string) => word.replace(/\u200C/gu, "");

const LAM_ALEF = new RegExp(`\u0644(\\p{M}*)(${ALEF})(\\p{M}*)`, "gu");
const ALEF_LAM = new RegExp(`(${ALEF})(\\p{M}*)\u0644(\\p{M}*)`, "gu");

/** A word as compared: without ZWNJs and with lam-alef written as alef-lam, where those defects are forgiven. */
function normalizeWord(word: string, defects: readonly Defect[]): string {
  let normalized = defects.includes("zwnj") ? withoutZwnj(word) : word;
  // Both orders become alef, lam, then the marks of both: a reversed ligature's marks can land on either letter.
  if (defects.includes("lam-alef")) normalized = normalized.replace(LAM_ALEF, "$2\u0644$1$3").replace(ALEF_LAM, "$1\u0644$2$3");
  return normalized;
}

type Finder = (index: number, from: number, limit: number) => { start: number; end: number } | undefined;

/**
 * Greedy in-order alignment. A word is taken near the last one found; failing that, anywhere further on if
 * the next word follows it, so one missing word does not lose the rest, and a common word far away cannot
 * pull the search off course. Until a first word is found, any occurrence starts the search.
 */
function alignInOrder(words: string[], length: number, maxGap: number, find: Finder): WordMatch {
  const missing: string[] = [];
  let position: number | undefined;
  let found = 0;
  const followed = (index: number, end: number) => index + 1 >= words.length || find(index + 1, end, end + Math.max(4, maxGap / 10)) !== undefined;
  for (let index = 0; index < words.length; index++) {
    let match = position === undefined ? undefined : find(index, position, Math.min(length, position + maxGap));
    if (match && position !== undefined && match.start - position > 3 && !followed(index, match.end)) match = undefined;
    for (let from = position ?? 0; match === undefined && from < length; ) {
      const candidate = find(index, from, length);
      if (candidate === undefined) break;
      if (followed(index, candidate.end)) match = candidate;
      from = candidate.start + 1;
    }
    // Nothing found yet at all: the first place the word occurs will do as a start.
    if (match === undefined && position === undefined) match = find(index, 0, length);
    if (match === undefined) missing.push(words[index] as string);
    else {
      found++;
      position = match.end;
    }
  }
  return { found, total: words.length, missing };
}

/** How many extracted words make up `word` at `at` (0: no match), joined only where a defect splits words. */
function matchWordAt(haystack: string[], at: number, word: string, defects: readonly Defect[]): number {
  const zwnj = defects.includes("zwnj");
  const target = normalizeWord(word, defects);
  // Where the editor's ZWNJs stood, counted in characters of the word without them.
  const zwnjAt = new Set([...word.matchAll(/\u200C/gu)].map((match, index) => (match.index ?? 0) - index));
  let joined = "";
  for (let used = 1; used <= 3 && at + used <= haystack.length; used++) {
    if (used > 1) {
      const splitAfterMark = defects.includes("split-after-mark") && MARK.test(joined.slice(-1));
      if (!splitAfterMark && !(zwnj && zwnjAt.has(withoutZwnj(joined).length))) return 0;
    }
    joined += haystack[at + used - 1] as string;
    const candidate = normalizeWord(joined, defects);
    if (isSameWord(candidate, target, defects)) return used;
    // Cheap way out for the usual case: the first letters already differ.
    if (used === 1 && skeleton(candidate)[0] !== skeleton(target)[0]) return 0;
  }
  return 0;
}

const skeleton = (word: string) => word.replace(MARKS, "");

function isSameWord(extracted: string, expected: string, defects: readonly Defect[]): boolean {
  if (extracted === expected) return true;
  if (!defects.includes("missing-marks") || skeleton(extracted) !== skeleton(expected)) return false;
  // Each mark left must be one the editor put on that letter: marks may go missing, never appear or move.
  const expectedClusters = toClusters(expected);
  return toClusters(extracted).every((cluster, index) => [...cluster].every((mark) => expectedClusters[index]?.includes(mark)));
}

/** The marks on each letter of a word, letter by letter. */
function toClusters(word: string): string[] {
  const clusters: string[] = [];
  for (const character of word) {
    if (MARK.test(character) && clusters.length > 0) clusters[clusters.length - 1] += character;
    else clusters.push("");
  }
  return clusters;
}

/**
 * Two things every reader does to the text that are not defects of it: a footnote call's number is glued to
 * the word it follows ("flats1"), so digits after letters are split off on both sides; and a drop cap is a
 * line of its own ("O" then "n Monday"), so a lone capital line is joined to the line after it.
 */
export function undoReaderHabits(text: string): string {
  return text.normalize("NFKC").replace(/(^|\n)(\p{Lu})\n(\p{Ll})/gu, "$1$2$3").replace(/(\p{L}\p{M}*)(\p{Nd}+)/gu, "$1 $2");
}
