// A paragraph's last lines carried to a page where they fill its article's columns alone, before a picture across them, are set two and two, never with the paragraph's last line alone atop a column (page/keep-lines.js), in real Chromium.

import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { checkFirstEdition } from "../support/build-fixture.js";
import { readPlacedWords } from "../support/pdf-words.js";
import { makeMeetingParagraphs, makeMeetingSentence } from "../support/word-lists.js";

const CAPTION = makeMeetingSentence(18, 13);

/**
 * An A5 bulletin: a first article of `lead` words, then one in two columns whose second paragraph runs over the
 * page's foot into page 2, where a picture across both columns follows it. The paragraph's lines carried over are
 * the columns' only text above the picture, and Chromium balances them to the fewest lines: three were set two and
 * one, the paragraph's last line alone atop the second column (warned as a break defect).
 */
async function writeIssue(lead: number): Promise<Record<string, string | Buffer>> {
  const first: string[] = [];
  for (let left = lead, seed = 0; left > 0; seed++, left -= 70) first.push(makeMeetingSentence(Math.min(left, 70), seed));
  const body = [makeMeetingSentence(90, 11), makeMeetingSentence(100, 12), `![The hall.](images/panorama.png "${CAPTION}"){.span-2 .right}`, makeMeetingSentence(45, 14)];
  return {
    "issue.md": "---\ntitle: The Balance Bulletin\nnumber: 5\ndate: 2026-12-07\nlanguages: [en]\nlayout: bulletin\npaper: A5\ncontents: false\n---\n",
    "01-market.md": `---\ntitle: The winter market\n---\n\n${first.join("\n\n")}\n`,
    "02-gas.md": `---\ntitle: The boilers are checked\ncolumns: 2\n---\n\n${body.join("\n\n")}\n`,
    "03-path.md": `---\ntitle: The river path\n---\n\n${makeMeetingParagraphs(4, 5).join("\n\n")}\n`,
    "images/panorama.png": await sharp({ create: { width: 1800, height: 600, channels: 3, background: { r: 40, g: 90, b: 120 } } }).png().toBuffer(),
  };
}

describe("a paragraph's last lines alone in the columns over a picture across them", () => {
  // 226 and 232 words before: the paragraph's last three lines went over, set two and one (the build warned).
  it.each([226, 232])("are set two and two (%i words before)", async (lead) => {
    await checkFirstEdition(await writeIssue(lead), (output) => {
      expect(output.warnings.map((warning) => warning.message)).toEqual([]);
      // Page 2's lines above the caption, in each column: the page's left half and its right half.
      const words = readPlacedWords(output.path).filter((word) => word.page === 2);
      // The caption's first line: its first three words in a row.
      const [one, two, three] = CAPTION.split(" ");
      const start = words.findIndex((word, index) => word.text === one && words[index + 1]?.text === two && words[index + 2]?.text === three);
      expect(start).toBeGreaterThan(0);
      const captionTop = words[start]!.yMin;
      const middle = (Math.min(...words.map((word) => word.xMin)) + Math.max(...words.map((word) => word.xMax))) / 2;
      const countLines = (inColumn: (x: number) => boolean) => new Set(words.filter((word) => word.yMax < captionTop - 60 && inColumn(word.xMin)).map((word) => Math.round(word.yMin))).size;
      expect({ first: countLines((x) => x < middle), second: countLines((x) => x >= middle) }).toEqual({ first: 2, second: 2 });
    });
  }, 60_000);
});
