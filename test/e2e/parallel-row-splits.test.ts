// A parallel edition's row of paragraphs cut by a page's foot goes on overleaf on both sides, each side's lines filling the page's foot first (page/split-parallel-rows.js).

import { describe, expect, it } from "vitest";
import { checkFixtureBuild } from "../support/build-fixture.js";
import { useLaidOutFixture } from "../support/laid-out-fixture.js";
import { readPageBreaks } from "../support/page-break-report.js";
import { extractLogicalText, findWordsInOrder, joinHyphenatedLines, KNOWN_DEFECTS } from "../support/pdf-text.js";
import { ARABIC, HYPHENATING, makeWordRun } from "../support/word-lists.js";

/** Three articles of eight rows, each side's paragraph about as tall as the other's, so that page breaks cut rows. */
const ENGLISH: string[][] = [];
const ARABIC_SIDE: string[][] = [];
for (let article = 1; article <= 3; article++) {
  const lengths = Array.from({ length: 8 }, (_, i) => 60 + ((article * 41 + i * 29) % 70));
  ENGLISH.push(lengths.map((length, i) => makeWordRun(HYPHENATING, length, article * 10 + i)));
  ARABIC_SIDE.push(lengths.map((length, i) => makeWordRun(ARABIC, Math.round(length * 0.8), article * 10 + i)));
}

/** The issue's files, its one edition the parallel one named `edition`. */
function writeIssue(edition: string): Record<string, string> {
  const files: Record<string, string> = {
    "issue.md": `---\ntitle: The Side by Side\nnumber: 4\ndate: 2026-12-07\nlanguages: [en, ar]\neditions: ["${edition}"]\nlayout: newspaper\npaper: A4\ncontents: false\n---\n`,
  };
  for (let article = 1; article <= 3; article++) {
    files[`0${article}-talks.md`] = `---\ntitle: Round ${article} of the talks\n---\n\n${ENGLISH[article - 1]!.join("\n\n")}\n`;
    files[`0${article}-talks.ar.md`] = `---\ntitle: الجولة ${article} من المحادثات\n---\n\n${ARABIC_SIDE[article - 1]!.join("\n\n")}\n`;
  }
  return files;
}

// English first, cut where Paged.js breaks; Arabic first, the English side cut by split-parallel-rows.js at its last
// line on the page, whose hyphenated words it must not cut in two.
describe.each([
  { edition: "parallel", code: "parallel", first: "en" },
  { edition: "parallel:ar+en", code: "parallel-ar-en", first: "ar" },
])("a parallel row cut by a page's foot, $first first", ({ edition, code, first }) => {
  const files = writeIssue(edition);
  const laidOut = useLaidOutFixture(files, code);

  // Paged.js breaks a page at one place: the first side's lines ran to the page's foot and the second side's part of
  // the row went overleaf whole, its side of the page's foot left empty (every such cut in every parallel edition).
  it("prints both sides' lines at the page's foot and goes on with both overleaf", async () => {
    const second = first === "en" ? "ar" : "en";
    const rows = await laidOut().evaluate((second) => {
      return Array.from(document.querySelectorAll(".pagedjs_page"), (page) => {
        const area = (page.querySelector(".pagedjs_area") as Element).getBoundingClientRect();
        const body = Array.from(page.querySelectorAll(".parallel-row:not(.parallel-head)"));
        const last = body[body.length - 1];
        /** How far above the page's foot a cell's last line ends (px), or null when the cell has no text there. */
        const readGap = (cell: Element | undefined) => {
          const range = document.createRange();
          if (!cell || !(cell.textContent ?? "").trim()) return null;
          range.selectNodeContents(cell);
          return area.bottom - Math.max(...Array.from(range.getClientRects(), (rect) => rect.bottom));
        };
        const secondSide = page.querySelector(`.parallel-cell:lang(${second}) p`);
        return {
          sides: last ? last.children.length : 0,
          room: last ? area.bottom - last.getBoundingClientRect().top : 0,
          secondLine: secondSide ? Number.parseFloat(getComputedStyle(secondSide).lineHeight) : 0,
          gaps: last ? Array.from(last.children, readGap) : [],
          continued: !!page.nextElementSibling?.querySelector(".parallel-row[data-split-of]"),
        };
      });
    }, second);
    // The cut rows are split, so the mend is exercised: at least three pages go on with a row's rest.
    expect(rows.filter((page) => page.continued).length).toBeGreaterThanOrEqual(3);
    for (const page of rows.slice(0, -1)) {
      if (page.sides === 2) {
        // Where a row goes on overleaf, each side's last line on the page is within three lines of the foot.
        if (page.continued) for (const gap of page.gaps) if (gap !== null) expect(gap).toBeLessThan(3 * 17);
      } else {
        // A page's last row with the first side only starts within two of the second side's lines of the foot:
        // the second side's paragraph could not keep two lines there.
        expect(page.room).toBeLessThan(2 * page.secondLine);
      }
    }
  });

  it("keeps every line inside its page, no word cut at the page turn and no line alone", async () => {
    const report = await readPageBreaks(laidOut(), ".parallel-cell p");
    expect(report.outside).toEqual([]);
    expect(report.cutWords).toEqual([]);
    // A word hyphenated at a side's last line on the page goes over whole: the letter after the soft hyphen was
    // measured on the line before, and the split fell inside the word ("organis|ations" without a hyphen, or a
    // letter printed past the page's foot).
    expect(report.joinedWords).toEqual([]);
    expect(report.alone).toEqual([]);
  });

  it("builds without a warning, and each language's text reads back in order", async () => {
    await checkFixtureBuild(files, (result) => {
      const output = result.outputs[0]!;
      expect(output.warnings).toEqual([]);
      const vocabulary = new Set([...HYPHENATING, ...ARABIC]);
      const text = joinHyphenatedLines(extractLogicalText(output.path), vocabulary);
      for (const paragraph of [...ENGLISH.flat(), ...ARABIC_SIDE.flat()]) {
        expect(findWordsInOrder(text, paragraph, KNOWN_DEFECTS.pdftotext).missing, paragraph.slice(0, 40)).toEqual([]);
      }
    });
  }, 120_000);

  // The build's break check (page/check-breaks.js) reads each side of a parallel row as a column, and a paragraph cut
  // by split-parallel-rows.js as one over its parts, each of which has a ref of its own: the check that passes above
  // sees such a paragraph whole. Cut to a word, the part overleaf is a line alone, warned. (Last: it changes the page.)
  it("reads a paragraph's parts over a cut row as one paragraph, and warns a line alone at its end", async () => {
    const found = await laidOut().evaluate(() => {
      const find = () => (window as unknown as { pressroomFindBreakDefects(): { kind: string; page: number; column: number; text: string }[] }).pressroomFindBreakDefects();
      const part = document.querySelector(".parallel-row[data-split-of] > .parallel-cell > p[data-split-from]");
      const page = part?.closest(".pagedjs_page");
      if (!part || !page) return undefined;
      const before = find();
      part.textContent = (part.textContent ?? "").trim().split(/\s+/)[0] ?? "";
      const pages = Array.from(document.querySelectorAll(".pagedjs_page"));
      return { before, after: find(), page: pages.indexOf(page) + 1 };
    });
    expect(found).toBeDefined();
    expect(found!.before).toEqual([]);
    expect(found!.after).toEqual([{ kind: "widow", page: found!.page, column: 0, text: expect.any(String) }]);
  });
});
