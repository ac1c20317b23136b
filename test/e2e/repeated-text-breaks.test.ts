// A page break inside a paragraph whose words between emphases repeat: the next page goes on from the break, not from the first run of the same words (page/find-break-text.js).

import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BuildResult } from "../../src/index.js";
import { buildFixture } from "../support/build-fixture.js";
import { readPlacedWords, type PlacedWord } from "../support/pdf-words.js";

const RUNS = 150;
/**
 * One paragraph of 150 sentences, each opening with an emphasised marker (m000 to m149) and going on with the same
 * words: the texts between the emphases are alike. Paged.js took a break inside one of them for a break in the
 * first, and the next page printed the paragraph again from there (the build stopped, "printed twice or out of order").
 */
const PARAGRAPH = Array.from({ length: RUNS }, (_, index) => `*m${String(index).padStart(3, "0")}* the tenants met on tuesday evening to plan the winter market and the river path.`).join(" ");

let project: string;
let result: BuildResult;
let words: PlacedWord[];

beforeAll(async () => {
  ({ project, result } = await buildFixture({
    "issue.md": "---\ntitle: The Repeating Gazette\nnumber: 1\ndate: 2026-12-06\nlanguages: [en]\n---\n",
    "01-meeting.md": `---\ntitle: A long paragraph\n---\n\nThe opening paragraph says what the meeting was for.\n\n${PARAGRAPH}\n\nThe closing paragraph.\n`,
  }));
  words = readPlacedWords(result.outputs[0]!.path);
}, 120_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe("a break inside text whose words repeat in its paragraph", () => {
  it("prints every marker once, in order, the paragraph running over pages", () => {
    expect(result.outputs[0]!.warnings).toEqual([]);
    const markers = words.filter((word) => /^m\d{3}$/.test(word.text));
    expect(markers.map((word) => word.text)).toEqual(Array.from({ length: RUNS }, (_, index) => `m${String(index).padStart(3, "0")}`));
    // The fixture does what it is for: the paragraph is cut by page breaks.
    expect(new Set(markers.map((word) => word.page)).size).toBeGreaterThan(1);
  });
});
