// The front page starts the lead story: a contents box that leaves its heads and first lines no room there goes to the top of page 2 (page/start-lead-on-front-page.js), and an Urdu masthead on A5 leaves them room.

import { describe, expect, it } from "vitest";
import { checkFixtureBuild, readSampleIssue } from "../support/build-fixture.js";
import { useLaidOutFixture } from "../support/laid-out-fixture.js";
import { extractLogicalText } from "../support/pdf-text.js";
import { LATIN, makeMeetingParagraphs, makeWordRun } from "../support/word-lists.js";

/** An A5 newspaper whose lead story has a long headline and a 70-word standfirst, and seven notices after it (a contents box of eight entries). */
const files: Record<string, string> = {
  "issue.md": "---\ntitle: The Front Page\nnumber: 6\ndate: 2026-12-07\nlanguages: [en]\nlayout: newspaper\npaper: A5\n---\n",
  "01-lead.md": `---\ntitle: The river path reopens after a year of repairs by the council and volunteers\nstandfirst: ${makeWordRun(LATIN, 70, 3)}\nbyline: By a reporter\n---\n\n${makeMeetingParagraphs(6, 1).join("\n\n")}\n`,
};
for (let n = 2; n <= 8; n++) {
  files[`0${n}-note.md`] = `---\ntitle: Notice ${n} from the hall committee about the winter market and benches\n---\n\n${makeMeetingParagraphs(1, n)[0]}\n`;
}
const laidOut = useLaidOutFixture(files);

describe("a front page whose contents box leaves the lead story no room", () => {
  // The lead story's heads and three lines did not fit under the masthead and the contents box: the story went
  // overleaf whole and the front page printed the masthead and the contents alone, half of it empty.
  it("starts the lead story on the front page and sets the whole contents box at the top of page 2", async () => {
    const laid = await laidOut().evaluate(() => {
      const pages = [...document.querySelectorAll(".pagedjs_page")];
      const pageOf = (element: Element) => pages.indexOf(element.closest(".pagedjs_page") as Element) + 1;
      const front = pages[0] as Element;
      const nav = document.querySelector(".pagedjs_page nav.contents") as Element;
      const area = (pages[1] as Element).querySelector(".pagedjs_page_content") as Element;
      const text = [...area.querySelectorAll("p")].find((p) => (p.textContent ?? "").trim()) as Element;
      return {
        leadText: (front.querySelector("article .story-body")?.textContent ?? "").trim().length,
        contentsPage: pageOf(nav),
        contentsParts: document.querySelectorAll(".pagedjs_page nav.contents").length,
        aboveText: nav.getBoundingClientRect().bottom <= text.getBoundingClientRect().top,
        entries: [...nav.querySelectorAll(".contents-entry")].map((entry) => ({
          title: (entry.querySelector(".contents-titles")?.textContent ?? "").trim(),
          page: Number((entry.querySelector(".contents-page")?.textContent ?? "").trim()),
        })),
        headlines: [...document.querySelectorAll(".pagedjs_page article .headline")].map((headline) => ({ title: (headline.textContent ?? "").trim(), page: pageOf(headline) })),
      };
    });
    expect(laid.leadText).toBeGreaterThan(100);
    expect(laid.contentsPage).toBe(2);
    expect(laid.contentsParts).toBe(1);
    expect(laid.aboveText).toBe(true);
    // Every article listed, at the page its headline is on.
    expect(laid.entries).toEqual(laid.headlines);
    expect(laid.entries).toHaveLength(8);
  });

  it("prints the lead story's headline on page 1 of the PDF and the contents box on page 2", async () => {
    await checkFixtureBuild(files, (result) => {
      const output = result.outputs[0]!;
      expect(output.warnings).toEqual([]);
      const pages = extractLogicalText(output.path).split("\f");
      expect(pages[0]).toContain("The river path reopens");
      // The label is set in capitals.
      expect(pages[0]!.toLowerCase()).not.toContain("in this issue");
      expect(pages[1]!.toLowerCase()).toContain("in this issue");
    });
  }, 120_000);
});

describe("the Urdu sample as an A5 newspaper", () => {
  const urdu = useLaidOutFixture(readSampleIssue("2026-11-ur", { paper: "A5", editions: "[ur]" }), "ur");

  // Its masthead's title at 36 pt (a line of 2.6 em of Nastaliq) and the lines under it took 38% of the page, the
  // lead story's heads 44%: even with the contents box moved, the story went to page 2.
  it("starts the lead story on the front page, its contents box at the top of page 2", async () => {
    const laid = await urdu().evaluate(() => {
      const pages = [...document.querySelectorAll(".pagedjs_page")];
      const nav = document.querySelector(".pagedjs_page nav.contents") as Element;
      return {
        leadText: ((pages[0] as Element).querySelector("article .story-body")?.textContent ?? "").trim().length,
        contentsPage: pages.indexOf(nav.closest(".pagedjs_page") as Element) + 1,
      };
    });
    expect(laid.leadText).toBeGreaterThan(50);
    expect(laid.contentsPage).toBe(2);
  });
});
