// A note called in the caption of a page picture ({.page-bottom}) prints under the caption, marked *, and the text's own notes keep their numbers at the page foot.

import { rmSync } from "node:fs";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BuildResult } from "../../src/index.js";
import { buildFixture } from "../support/build-fixture.js";
import { readPlacedWords, type PlacedWord } from "../support/pdf-words.js";
import { makeMeetingSentence } from "../support/word-lists.js";

const paragraph = (seed: number) => Array.from({ length: 4 }, (_, index) => makeMeetingSentence(14, seed * 4 + index)).join(" ");

/**
 * The text's first note is called before the picture's place, its second after; the picture goes to the foot
 * of the page its place falls on, the first note's page. Before, the caption's note printed inside the caption,
 * unnumbered, and ahead of the page's other note, so the build stopped: "text of the page-foot notes is missing".
 */
const ARTICLE = [
  "---\ntitle: The river path reopens\n---\n",
  `${paragraph(1)} Firstcall ends here.[^a]`,
  paragraph(2),
  '![The mended wall](images/wall.jpg "Wallcaption of the mended wall, from the footbridge[^b]"){.page-bottom}',
  paragraph(3),
  `${paragraph(4)} Secondcall ends here.[^c]`,
  ...Array.from({ length: 6 }, (_, index) => paragraph(5 + index)),
  "[^a]: Alphanote on the first page.",
  "[^b]: Captionnote about the photograph.",
  "[^c]: Gammanote after the picture.",
].join("\n\n");

let project: string;
let result: BuildResult;
let words: PlacedWord[];

beforeAll(async () => {
  ({ project, result } = await buildFixture({
    "issue.md": "---\ntitle: The Path Gazette\nnumber: 1\ndate: 2026-12-06\nlanguages: [en]\n---\n",
    "01-path.md": ARTICLE,
    "images/wall.jpg": await sharp({ create: { width: 1600, height: 900, channels: 3, background: { r: 120, g: 110, b: 100 } } }).jpeg().toBuffer(),
  }));
  words = readPlacedWords(result.outputs[0]!.path);
}, 120_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

const find = (text: string) => words.filter((word) => word.text.startsWith(text));

describe("notes called in a page picture's caption (render-article-body.ts)", () => {
  it("prints the note once, under its caption on the picture's page, and builds without warnings", () => {
    expect(result.outputs[0]!.warnings).toEqual([]);
    const [caption] = find("Wallcaption");
    const notes = find("Captionnote");
    expect(notes).toHaveLength(1);
    expect(notes[0]!.page).toBe(caption!.page);
    expect(notes[0]!.yMin).toBeGreaterThan(caption!.yMax - 1);
    // Marked with a sign, as a note to a figure is: at the caption's end and before the note.
    const signs = words.filter((word) => word.page === caption!.page && word.text.includes("*") && word.yMin >= caption!.yMin - 2 && word.yMax <= notes[0]!.yMax + 2);
    expect(signs.length).toBeGreaterThanOrEqual(2);
  });

  it("numbers the text's own notes 1 and 2 at the page foot, the caption's note not among them", () => {
    const alpha = find("Alphanote")[0]!;
    const gamma = find("Gammanote")[0]!;
    // The marker is the word before the note's first word on its line: "1." and "2.".
    const markerOf = (note: PlacedWord) =>
      words.filter((word) => word.page === note.page && Math.abs(word.yMin - note.yMin) < 2 && word.xMax <= note.xMin + 1).sort((a, b) => b.xMax - a.xMax)[0]?.text;
    expect(markerOf(alpha)).toBe("1.");
    expect(markerOf(gamma)).toBe("2.");
  });
});
