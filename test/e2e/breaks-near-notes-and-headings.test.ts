// A paragraph's last line kept company at a page break before a note's text; subheadings, a paragraph over a picture's row and paragraphs between tables across the columns kept whole in balanced columns.

import { describe, expect, it } from "vitest";
import { checkFixtureBuild } from "../support/build-fixture.js";
import { extractText } from "../support/pdf-tools.js";
import { COMMITTEE_SENTENCES } from "../support/word-lists.js";

const PAPERS = ["A4", "A5", "Tabloid"] as const;

/** The same numbers on every run from `state`: a linear congruential generator. */
function makeCounter(state: number): (limit: number) => number {
  return (limit) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % limit;
  };
}

/** Three reports of 25 paragraphs, about one in three ending with a note's call. */
function makeNotedReports(seed: number): Record<string, string> {
  const next = makeCounter(seed * 7919);
  const files: Record<string, string> = {
    "issue.md": `---\ntitle: Note Test\nnumber: ${seed}\ndate: 2026-12-06\nlanguages: [en]\npaper: ${PAPERS[seed % 3]}\ncontents: false\n---\n`,
  };
  let note = 0;
  for (let article = 1; article <= 3; article++) {
    const body: string[] = [];
    const notes: string[] = [];
    for (let index = 0; index < 25; index++) {
      let paragraph = Array.from({ length: 1 + next(6) }, () => COMMITTEE_SENTENCES[next(COMMITTEE_SENTENCES.length)]).join(" ");
      if (next(3) === 0) {
        note++;
        paragraph += `[^n${note}]`;
        notes.push(`[^n${note}]: Source: the committee's minutes, item ${note}.`);
      }
      body.push(paragraph);
    }
    files[`0${article}-report.md`] = `---\ntitle: Report number ${article}\n---\n\n${body.join("\n\n")}\n\n${notes.join("\n")}\n`;
  }
  return files;
}

/** Eight short reports, a subheading before about one paragraph in three. */
function makeSubheadedReports(seed: number): Record<string, string> {
  const next = makeCounter(seed * 104729);
  const files: Record<string, string> = {
    "issue.md": `---\ntitle: Heading Test\nnumber: ${seed}\ndate: 2026-12-06\nlanguages: [en]\npaper: ${PAPERS[seed % 3]}\ncontents: false\n---\n`,
  };
  for (let article = 1; article <= 8; article++) {
    const body: string[] = [];
    const paragraphs = 2 + next(8);
    for (let index = 0; index < paragraphs; index++) {
      if (index > 0 && next(3) === 0) body.push(`### Part ${article}.${index} of the report`);
      body.push(Array.from({ length: 1 + next(5) }, () => COMMITTEE_SENTENCES[next(COMMITTEE_SENTENCES.length)]).join(" "));
    }
    files[`0${article}-report.md`] = `---\ntitle: Report number ${article} from the estate\n---\n\n${body.join("\n\n")}\n`;
  }
  return files;
}

describe("a page break before a paragraph's last line that calls a note", () => {
  // Paged.js moves a note to the page foot only once its call is on the page, so at a page break the note was
  // still set inside its paragraph, and its lines were counted as the paragraph's: the break left the
  // paragraph's last line alone overleaf, the note's text going to that page's foot (11 of 15 widows warned in
  // forty such issues; these two issues had one each).
  for (const [seed, pages] of [
    [10, 8],
    [12, 4],
  ] as const) {
    it(`carries two lines over, and every note prints (${PAPERS[seed % 3]}, text ${seed})`, async () => {
      await checkFixtureBuild(makeNotedReports(seed), async (result) => {
        const output = result.outputs[0];
        expect(output?.pages).toBe(pages);
        expect(output?.warnings.map((warning) => warning.message)).toEqual([]);
        const text = extractText(output?.path ?? "");
        const notes = Object.values(makeNotedReports(seed)).join("\n").match(/^\[\^n\d+\]:/gm) ?? [];
        for (let number = 1; number <= notes.length; number++) expect(text).toContain(`item ${number}.`);
      });
    }, 120_000);
  }
});

describe("a subheading in an article's balanced columns", () => {
  // Chromium balanced a subheading over a paragraph too short to split into a column of its own, the paragraph
  // starting the next (11 of forty such issues warned; text 11 and 33 among them). The columns are set a line or two
  // taller now, as for a line alone, and mended as each next article starts on the page, while there is room.
  // Text 27: a first version, which lengthened the columns for a line alone only, kept a short paragraph whole
  // as the next article started and so moved it to the third column, its subheading alone in the second.
  for (const [seed, pages] of [
    [11, 1],
    [27, 2],
    [33, 2],
  ] as const) {
    it(`stays over its text (${PAPERS[seed % 3]}, text ${seed})`, async () => {
      await checkFixtureBuild(makeSubheadedReports(seed), async (result) => {
        const output = result.outputs[0];
        expect(output?.pages).toBe(pages);
        expect(output?.warnings.map((warning) => warning.message)).toEqual([]);
      });
    }, 120_000);
  }
});

describe("a short paragraph over a picture's row", () => {
  // A picture across two of three columns with the text beside it cuts the article's body in three (the text
  // before it, the row, the text after): the first part, a five-line paragraph, was balanced 2, 2 and 1 and only
  // mended once the page was full, too late for a line more. It is mended as the row starts, while there is room.
  it("is set 3 and 2 lines, with no warning", async () => {
    const next = makeCounter(1);
    const sentences = (count: number) => Array.from({ length: count }, () => COMMITTEE_SENTENCES[next(COMMITTEE_SENTENCES.length)]).join(" ");
    const market = [`${COMMITTEE_SENTENCES[0]} ${COMMITTEE_SENTENCES[1]}`, "![The market square on a Saturday](images/map.svg){.span-2}"];
    for (let index = 0; index < 6; index++) market.push(sentences(2 + next(4)));
    const report = Array.from({ length: 40 }, () => sentences(2 + next(5)));
    await checkFixtureBuild({
      "issue.md": "---\ntitle: Module Test\nnumber: 1\ndate: 2026-12-06\nlanguages: [en]\ncontents: false\n---\n",
      "images/map.svg": '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="500" viewBox="0 0 800 500"><rect width="800" height="500" fill="#cde"/><circle cx="400" cy="250" r="150" fill="#557"/></svg>',
      "01-market.md": `---\ntitle: The market stays\n---\n\n${market.join("\n\n")}\n`,
      "02-report.md": `---\ntitle: The long report\n---\n\n${report.join("\n\n")}\n`,
    }, async (result) => {
      const output = result.outputs[0];
      expect(output?.pages).toBe(3);
      expect(output?.warnings.map((warning) => warning.message)).toEqual([]);
    });
  }, 120_000);
});

describe("short paragraphs between tables across the columns", () => {
  // Each table across the columns ends the balanced columns of the text before it: a paragraph of three lines
  // there was set two and one, and mended only once the page was full, with no room for the line more (two
  // and four warnings in these A4 bulletins). It is mended as the table starts, while the page has room. The
  // bulletin's two columns on A4 are kept (`columns: 2`) now that it sets three there; README, Known limits.
  const SENTENCES = ["The committee met again on Tuesday evening in the upstairs room of the library.", "Nobody expected the council to agree so quickly.", "A volunteer counted forty-two people at the door.", "The minutes were read aloud, corrected twice and finally approved."];
  it.each([2, 3])("are kept whole above each table (%i rows a table)", async (rows) => {
    const blocks: string[] = [];
    for (let index = 0; index < 9; index++) {
      blocks.push(Array.from({ length: 2 + (index % 2) }, (_, offset) => SENTENCES[(index + offset) % SENTENCES.length]).join(" "));
      const lines = Array.from({ length: rows }, (_, row) => `| Stall ${index}.${row} | Row ${row + 1} of the market | £${(index + 1) * 100 + row}.50 |`);
      blocks.push(["| Item | Place | Amount |", "|---|---|--:|", ...lines, "", "{.span-all}"].join("\n"));
    }
    await checkFixtureBuild({
      "issue.md": "---\ntitle: Spanner Test\nnumber: 1\ndate: 2026-12-06\nlanguages: [en]\nlayout: bulletin\npaper: A4\ncontents: false\n---\n",
      "01-stalls.md": `---\ntitle: The market stalls\ncolumns: 2\n---\n\n${blocks.join("\n\n")}\n\nThat is all for this year.\n`,
    }, async (result) => {
      const output = result.outputs[0];
      expect(output?.pages).toBe(2);
      expect(output?.warnings.map((warning) => warning.message)).toEqual([]);
      expect(extractText(output!.path)).toContain("That is all for this year.");
    });
  }, 120_000);
});
