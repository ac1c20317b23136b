// Builds issues crowded with footnotes (English and Arabic, at the page foot and at the article's end) and checks each note prints once, where it belongs.

import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build, type BuildResult } from "../../src/index.js";
import { getBrowserPath } from "../support/browser.js";
import { makeFootnoteArticles, type FootnoteFixture } from "../support/footnote-fixture.js";
import { makeProject } from "../support/issue-fixture.js";

const ARTICLES = 4;
const NOTES_PER_ARTICLE = 12;
const TOTAL = ARTICLES * NOTES_PER_ARTICLE;

interface Case {
  lang: "en" | "ar";
  /** issue.md's `notes:` line, if any. */
  issueNotes?: "end";
  /** Each article's own `notes:`, if any. */
  articleNotes?: "end";
  layout?: "bulletin";
  longestNote?: number;
}
const CASES = {
  "foot-en": { lang: "en" },
  "foot-ar": { lang: "ar" },
  // 800 words are more than an A5 page foot holds under any call, so they split; 1100 cannot be laid out there
  // (see below). 500 fit under a call high on a page, where the note goes with its call when there is no room.
  "foot-bulletin": { lang: "en", layout: "bulletin", longestNote: 800 },
  "end-en": { lang: "en", issueNotes: "end" },
  "end-ar": { lang: "ar", articleNotes: "end" },
} satisfies Record<string, Case>;
type CaseName = keyof typeof CASES;

const built = {} as Record<CaseName, { result: BuildResult; pages: string[]; fixture: FootnoteFixture }>;
let project: string;
let out: string;

beforeAll(async () => {
  const files: Record<string, string> = {};
  const fixtures = {} as Record<CaseName, FootnoteFixture>;
  for (const [name, spec] of Object.entries(CASES) as [CaseName, Case][]) {
    const fixture = makeFootnoteArticles({ lang: spec.lang, articles: ARTICLES, notesPerArticle: NOTES_PER_ARTICLE, articleNotes: spec.articleNotes, longestNote: spec.longestNote });
    fixtures[name] = fixture;
    const issue = ["---", "title: The Footnote Gazette", "number: 2", "date: 2026-05-01", `languages: [${spec.lang}]`];
    if (spec.issueNotes) issue.push(`notes: ${spec.issueNotes}`);
    if (spec.layout) issue.push(`layout: ${spec.layout}`);
    files[`${name}/issue.md`] = [...issue, "---", ""].join("\n");
    for (const [file, text] of Object.entries(fixture.files)) files[`${name}/${file}`] = text;
  }
  project = makeProject(files, "notes").project;
  out = mkdtempSync(path.join(project, "out-"));
  for (const name of Object.keys(CASES) as CaseName[]) {
    const result = await build({ issue: path.join("issues", "notes", name), projectDir: project, outDir: out, browser: getBrowserPath() });
    const file = result.outputs[0]?.path as string;
    built[name] = { result, pages: readPages(file), fixture: fixtures[name] };
  }
}, 600_000);

afterAll(() => rmSync(project, { recursive: true, force: true }));

/** Each page's text by pdftotext, in its reading order. */
function readPages(file: string): string[] {
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1]);
  return Array.from({ length: count }, (_, index) =>
    execFileSync("pdftotext", ["-f", String(index + 1), "-l", String(index + 1), "-enc", "UTF-8", file, "-"], { encoding: "utf8" }),
  );
}

/** The pages (1-based, once per occurrence) a marker word is printed on. */
function findPages(pages: string[], word: string): number[] {
  const pattern = new RegExp(word, "g");
  return pages.flatMap((text, index) => Array.from(text.matchAll(pattern), () => index + 1));
}

const pad = (n: number) => String(n).padStart(2, "0");

/** Where each note's call, first word and last word print. */
function locateNotes(pages: string[]) {
  return Array.from({ length: TOTAL }, (_, index) => {
    const n = index + 1;
    return { n, call: findPages(pages, `zqcall${pad(n)}`), start: findPages(pages, `zqnote${pad(n)}`), end: findPages(pages, `zqend${pad(n)}`) };
  });
}

/** "Footnote N is called on page P but printed at the foot of page Q" warnings, as [N, P, Q]. */
function readMisplacedWarnings(result: BuildResult): [number, number, number][] {
  return result.outputs.flatMap((output) => output.warnings).flatMap((warning) => {
    const match = /^Footnote (\d+) is called on page (\d+) but printed at the foot of page (\d+)/.exec(warning.message);
    return match ? [[Number(match[1]), Number(match[2]), Number(match[3])] as [number, number, number]] : [];
  });
}

describe.each(["foot-en", "foot-ar", "foot-bulletin"] as const)("footnotes at the page foot (%s)", (name) => {
  it("calls fall at every height of the page and some notes are long enough to fill most of a page foot", () => {
    const { pages, fixture } = built[name];
    expect(pages.length).toBeGreaterThanOrEqual(8);
    expect(fixture.notes).toHaveLength(TOTAL);
    expect(Math.max(...fixture.notes.map((note) => note.words))).toBeGreaterThanOrEqual(name === "foot-bulletin" ? 800 : 1000);
  });

  it("prints every note exactly once, its call exactly once, and nothing is printed twice", () => {
    const { result } = built[name];
    for (const note of locateNotes(built[name].pages)) {
      expect(note.call, `call of note ${note.n}`).toHaveLength(1);
      expect(note.start, `first word of note ${note.n}`).toHaveLength(1);
      expect(note.end, `last word of note ${note.n}`).toHaveLength(1);
    }
    expect(result.outputs[0]?.warnings.filter((warning) => /printed twice/.test(warning.message))).toEqual([]);
  });

  it("names each note's link destination after its article and number, so the same issue makes the same PDF", () => {
    const file = built[name].result.outputs[0]?.path as string;
    const names = [...execFileSync("pdfinfo", ["-dests", file], { encoding: "utf8" }).matchAll(/"(note-[^"]*)"/g)].map((match) => match[1] as string);
    // Paged.js makes a random name ("note-" and a UUID) for a note element without a data-ref of its own.
    expect(names).toHaveLength(TOTAL);
    for (const destination of names) expect(destination).toMatch(/^note-[a-z0-9-]+-fn-\d+$/);
    expect(new Set(names).size).toBe(TOTAL);
  });

  it("starts each note on its call's page (a call on a page's last line goes on with its note), with no warning", () => {
    const { result, pages } = built[name];
    const notes = locateNotes(pages);
    const misplaced = notes.filter((note) => note.start[0] !== note.call[0]).map((note) => [note.n, note.call[0], note.start[0]]);
    // Without page/bridge.js's keepNotesWithCalls, Paged.js moved note 48 of the English issue to the page after its call.
    expect(misplaced).toEqual([]);
    // The build's own check agrees: no note reported moved.
    expect(readMisplacedWarnings(result)).toEqual([]);
    for (const note of notes) {
      // A note split at a page foot ends on the next page at most.
      expect((note.end[0] as number) - (note.start[0] as number), `note ${note.n}`).toBeGreaterThanOrEqual(0);
      expect((note.end[0] as number) - (note.start[0] as number), `note ${note.n}`).toBeLessThanOrEqual(1);
    }
  });
});

describe("a note too long for one page foot (bulletin, A5)", () => {
  it("starts on its call's page and ends on the next, printed once", () => {
    const split = locateNotes(built["foot-bulletin"].pages).filter((note) => (note.end[0] as number) > (note.start[0] as number));
    expect(split.length).toBeGreaterThan(0);
    for (const note of split) {
      expect(note.start).toEqual(note.call);
      expect(note.end).toEqual([(note.start[0] as number) + 1]);
    }
  });
});

describe("a note taller than an A5 page foot can hold", () => {
  // Paged.js 0.4.3 stops laying out the edition after such a note, silently: the build must refuse, not write half an issue.
  it("stops the build with a message naming the first article that would be lost, instead of dropping it", async () => {
    const fixture = makeFootnoteArticles({ lang: "en", articles: 2, notesPerArticle: NOTES_PER_ARTICLE });
    const files: Record<string, string> = { "issue.md": "---\ntitle: The Footnote Gazette\nnumber: 3\ndate: 2026-05-01\nlayout: bulletin\n---\n", ...fixture.files };
    const made = makeProject(files, "overlong");
    try {
      const error = await build({ issue: made.issue, projectDir: made.project, outDir: path.join(made.project, "out"), browser: getBrowserPath() }).then(
        () => null,
        (caught: unknown) => caught as { code?: string; message: string },
      );
      expect(error?.code).toBe("pages-lost");
      expect(error?.message).toBe('The layout of the en edition stopped early: “Footnote article 2” would be missing from the PDF.');
    } finally {
      rmSync(made.project, { recursive: true, force: true });
    }
  }, 120_000);
});

describe("footnote numbers", () => {
  it("number calls and notes 1, 2, 3 ... through the edition, each call's number matching its note's", () => {
    const text = built["foot-en"].pages.join("\n");
    const callNumbers = Array.from(text.matchAll(/zqcall(\d\d)\s*(\d+)/g), (match) => [Number(match[1]), Number(match[2])]);
    const noteNumbers = Array.from(text.matchAll(/(\d+)\.\s*zqnote(\d\d)/g), (match) => [Number(match[2]), Number(match[1])]);
    const expected = Array.from({ length: TOTAL }, (_, index) => [index + 1, index + 1]);
    expect(callNumbers.sort((a, b) => (a[0] as number) - (b[0] as number))).toEqual(expected);
    expect(noteNumbers.sort((a, b) => (a[0] as number) - (b[0] as number))).toEqual(expected);
  });
});

describe.each(["end-en", "end-ar"] as const)("notes at the article's end (%s)", (name) => {
  it("prints every note exactly once, after the last call of its article and before the next article's first call", () => {
    const { result, pages } = built[name];
    const notes = locateNotes(pages);
    for (const note of notes) {
      expect(note.call, `call of note ${note.n}`).toHaveLength(1);
      expect(note.start, `first word of note ${note.n}`).toHaveLength(1);
      expect(note.end, `last word of note ${note.n}`).toHaveLength(1);
    }
    for (let article = 0; article < ARTICLES; article++) {
      const mine = notes.slice(article * NOTES_PER_ARTICLE, (article + 1) * NOTES_PER_ARTICLE);
      const lastCall = Math.max(...mine.map((note) => note.call[0] as number));
      const nextCall = notes[(article + 1) * NOTES_PER_ARTICLE]?.call[0] ?? pages.length;
      for (const note of mine) {
        expect(note.start[0], `note ${note.n}`).toBeGreaterThanOrEqual(lastCall);
        expect(note.end[0], `note ${note.n}`).toBeLessThanOrEqual(nextCall);
      }
    }
    // No note is left to float to a page foot, so none can be moved or doubled.
    expect(result.outputs[0]?.warnings.filter((warning) => /^Footnote/.test(warning.message))).toEqual([]);
  });
});

describe("notes at the article's end, in reading order", () => {
  // Checked in English: inside right-to-left lines pdftotext's order of numbers and words is its own.
  it("keeps each article's notes together, in call order, numbered from 1 in each article", () => {
    const text = built["end-en"].pages.join("\n");
    const calls = Array.from(text.matchAll(/zqcall(\d\d)(\d+)/g), (match) => [Number(match[1]), Number(match[2])]);
    const starts = Array.from(text.matchAll(/(\d+) zqnote(\d\d)/g), (match) => [Number(match[2]), Number(match[1])]);
    const expected = Array.from({ length: TOTAL }, (_, index) => [index + 1, (index % NOTES_PER_ARTICLE) + 1]);
    expect(calls).toEqual(expected);
    expect(starts).toEqual(expected);
    // In reading order: an article's twelve calls, then its twelve notes.
    const order = Array.from(text.matchAll(/zq(call|note)(\d\d)/g), (match) => `${match[1]}${match[2]}`);
    const expectedOrder = Array.from({ length: ARTICLES }, (_, article) => {
      const numbers = Array.from({ length: NOTES_PER_ARTICLE }, (_, k) => pad(article * NOTES_PER_ARTICLE + k + 1));
      return [...numbers.map((n) => `call${n}`), ...numbers.map((n) => `note${n}`)];
    }).flat();
    expect(order).toEqual(expectedOrder);
  });
});
