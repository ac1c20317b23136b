// An article that runs over a page and ends in a subheading prints once: the box after it no longer makes Paged.js restart it, nor break where the page began (page/keep-begun-elements.js).

import { readFileSync, rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../src/index.js";
import { getBrowserPath } from "../support/browser.js";
import { openFixtureEdition, type FixtureEdition } from "../support/fixture-edition.js";
import { makeProject } from "../support/issue-fixture.js";
import { makeMeetingSentence } from "../support/word-lists.js";
import { extractText, toWords } from "../support/pdf-tools.js";

const projects: string[] = [];
afterAll(() => projects.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const sentence = makeMeetingSentence;
const paragraph = (sentences: number, seed: number) => Array.from({ length: sentences }, (_, i) => sentence(12 + ((seed + i) % 9), seed + i)).join(" ");
/** Paragraphs of about `words` words in all, then a subheading with nothing under it. */
const endingInHeading = (words: number) => {
  const paragraphs: string[] = [];
  for (let count = 0, seed = 0; count < words; seed++) {
    paragraphs.push(paragraph(8, seed));
    count += paragraphs.at(-1)!.split(" ").length;
  }
  return `---\ntitle: A long report from the hall\n---\n\nOpening words of the report. ${paragraphs.join("\n\n")}\n\n## What comes next\n`;
};
const ISSUE_MD = "---\ntitle: The Test Gazette\nnumber: 3\ndate: 2026-05-01\nlanguages: [en]\n---\n";

/**
 * Paged.js puts a subheading's break-after: avoid on the box after its article (the editorial, or the next
 * article); when that box did not fit under the article's end on its second page, Paged.js broke before the
 * article instead, from its start: a blank page, then the article's first page printed again. The build then
 * stopped ("printed twice or out of order"). Sizes where the box falls past the page, measured with this
 * Chromium: 1,500 to 1,900 words before the editorial, 1,900 before a next article.
 */
describe("an article that ends in a subheading, past its first page", () => {
  it.each<{ name: string; words: number; files: Record<string, string> }>([
    { name: "before the editorial", words: 1700, files: { "issue.md": `${ISSUE_MD}${paragraph(14, 3)}\n\n${paragraph(10, 5)}\n` } },
    { name: "before the next article", words: 1900, files: { "issue.md": ISSUE_MD, "02-next.md": `---\ntitle: The market opens on Saturday\n---\n\n${paragraph(14, 3)}\n\n${paragraph(10, 5)}\n` } },
  ])("prints once, $name, with the subheading warned about at its line", async ({ words, files }) => {
    const { project } = makeProject({ ...files, "01-lead.md": endingInHeading(words) });
    projects.push(project);
    const result = await build({ issue: "issues/test-issue", projectDir: project, browser: getBrowserPath() });
    const [output] = result.outputs;
    expect(output!.pages).toBe(3);
    const text = extractText(output!.path);
    // The article's first words once, and every page holds text: none left blank by a restart.
    expect(text.split("Opening words of the report").length - 1).toBe(1);
    const pages = text.split("\f").slice(0, output!.pages);
    for (const page of pages) expect(toWords(page).length).toBeGreaterThan(20);
    expect(toWords(text)).toContain("comes");
    const warning = result.warnings.find((candidate) => candidate.code === "heading-at-end");
    expect(warning?.message).toBe('The subheading "What comes next" ends the article (01-lead.md) with no text under it, so it heads nothing.');
    expect(warning?.location?.line).toBe(readFileSync(`${project}/issues/test-issue/01-lead.md`, "utf8").split("\n").indexOf("## What comes next") + 1);
    // The page check does not also call it a heading parted from its text.
    expect(output!.warnings.filter((candidate) => candidate.message.includes("apart from the text it heads"))).toEqual([]);
  }, 120_000);
});

/**
 * Kept-together boxes can carry a break back to where the page began (an article that starts a page and ends in a
 * subheading, the next article's head kept with what follows it: found by the layout fuzz). Paged.js took that for
 * a loop: it went on after the page's first box and left the rest of the page laid out past its foot, unseen, and
 * printed again overleaf ("runs past the page's text area"). Here, on a page real Paged.js laid out, with text put
 * past its foot, the break is asked for at the page's start, as Paged.js's avoids left it.
 */
describe("a break carried back to where its page began", () => {
  let fixture: FixtureEdition;
  beforeAll(async () => {
    const body = Array.from({ length: 14 }, (_, i) => paragraph(5, i * 5)).join("\n\n");
    fixture = await openFixtureEdition({
      "issue.md": "---\ntitle: The Test Gazette\nnumber: 4\ndate: 2026-05-01\nlanguages: [en]\nlayout: bulletin\n---\n",
      "01-report.md": `---\ntitle: A long report from the hall\n---\n\n${body}\n`,
    });
    // Paged.js's layout object, as its handlers get it, kept from the next layout.
    await fixture.page.evaluate(() => {
      const paged = (window as unknown as { Paged: { Handler: new (...args: unknown[]) => object; registerHandlers(...handlers: unknown[]): void } }).Paged;
      class KeepLayout extends paged.Handler {
        onOverflow(_overflow: Range, _rendered: Element, _bounds: DOMRect, layout: unknown) {
          (window as unknown as { __layout?: unknown }).__layout ??= layout;
        }
      }
      paged.registerHandlers(KeepLayout);
    });
    await fixture.edition.layOut();
  }, 120_000);
  afterAll(() => fixture?.close());

  /**
   * On page 1 (whose first box starts there: the page overleaf goes on with a paragraph begun on it, which the
   * restart mend handles), a paragraph past its foot, then the mended break for one at the page's start;
   * optionally with a page picture placed.
   */
  const breakAtPageStart = (withPagePicture: boolean) =>
    fixture.page.evaluate((pagePicture) => {
      const page = document.querySelectorAll(".pagedjs_page")[0] as HTMLElement;
      const content = page.querySelector(".pagedjs_page_content") as HTMLElement;
      const rendered = content.firstElementChild as HTMLElement;
      const past = document.createElement("p");
      past.textContent = "Wombat words laid out past the foot of the page. ".repeat(40);
      rendered.append(past);
      if (pagePicture) {
        const floats = document.createElement("div");
        floats.className = "page-floats page-floats-bottom";
        floats.append(document.createElement("figure"));
        content.after(floats);
      }
      const atStart = document.createRange();
      atStart.setStart(rendered, 0);
      if ((rendered.firstElementChild as Element).hasAttribute("data-split-from")) return { found: false, inPast: false, hasTextBefore: false, restart: true };
      const scripts = window as unknown as { __layout: unknown; pressroomKeepBegunElements(o: Range, r: Element, b: DOMRect, l: unknown): Range | undefined };
      const mended = scripts.pressroomKeepBegunElements(atStart, rendered, content.getBoundingClientRect(), scripts.__layout);
      const outcome = mended ? { found: true, inPast: past.contains(mended.startContainer) || (mended.startContainer === rendered && rendered.childNodes[mended.startOffset] === past), hasTextBefore: (() => { const before = document.createRange(); before.setStart(rendered, 0); before.setEnd(mended.startContainer, mended.startOffset); return before.toString().trim().length > 0; })() } : { found: false, inPast: false, hasTextBefore: false };
      past.remove();
      page.querySelector(".page-floats")?.remove();
      return outcome;
    }, withPagePicture);

  it("is found again where the page's text runs out, with what the page holds kept on it", async () => {
    const outcome = await breakAtPageStart(false);
    expect(outcome.found).toBe(true);
    expect(outcome.hasTextBefore).toBe(true);
    expect(outcome.inPast).toBe(true);
  });

  it("is left to page-floats.js on a page holding page pictures, which lays the page out again without them", async () => {
    expect(await breakAtPageStart(true)).toEqual({ found: false, inPast: false, hasTextBefore: false });
  });
});
