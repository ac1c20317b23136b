// page/check-integrity.js in Chromium: text lost, repeated or reordered between the source and the pages is found and quoted; moved notes and pictures are not mistaken for losses, nor copies left past a page for repeats.

import path from "node:path";
import { describe, expect, it } from "vitest";
import { useBlankPage } from "../support/browser.js";

const SCRIPT = path.resolve(import.meta.dirname, "../../src/stages/paginate/page/check-integrity.js");

const SOURCE = `
<article data-article-id="a"><h2>Roof repairs</h2><div class="story-body">
  <p>The scaffolding went up on Monday.<span class="footnote">Weir Street side only.</span> Residents watched from the windows.</p>
  <figure><img alt=""><figcaption>The north wall</figcaption></figure>
  <p>Work should end before the first frost.</p>
</div></article>
<article data-article-id="b"><h2>Kitchen</h2><p>Dinner is cooked by whoever turns up.</p></article>`;

const blankPage = useBlankPage();

interface Comparison {
  problems: { articleId: string; kind: string; near: string }[];
  pageTexts: string[];
}

/** Reads the source, puts `pages` (the laid-out pages' HTML) in its place, and compares; what each page shows comes with it. */
async function compareAll(pages: string, source = SOURCE): Promise<Comparison> {
  const page = blankPage();
  await page.setContent(`<!doctype html><html><body>${source}</body></html>`);
  await page.addScriptTag({ path: SCRIPT });
  return page.evaluate((laidOut) => {
    const scripts = window as unknown as { pressroomReadSourceText(): unknown; pressroomCompareWithPages(source: unknown): Comparison };
    const source = scripts.pressroomReadSourceText();
    document.body.innerHTML = `<div class="pagedjs_pages">${laidOut}</div>`;
    return scripts.pressroomCompareWithPages(source);
  }, pages);
}

const compare = async (pages: string) => (await compareAll(pages)).problems;

const PAGE_ONE = `<div class="pagedjs_page"><article data-article-id="a"><h2>Roof repairs</h2><div class="story-body"><p>The scaffolding went up on Mon\u00ADday. Residents watched</p></div></article>
  <div class="pagedjs_footnote_area"><span class="footnote">Weir Street side only.</span></div></div>`;
const PAGE_TWO = `<div class="pagedjs_page"><div class="page-float"><figure><figcaption>The north wall</figcaption></figure></div>
  <article data-article-id="a"><div class="story-body"><p>from the windows.</p><p>Work should end before the first frost.</p></div></article>
  <article data-article-id="b"><h2>Kitchen</h2><p>Dinner is cooked by whoever turns up.</p></article></div>`;

describe("check-integrity.js", () => {
  it("passes pages that hold every letter in order, across a page turn, with the note at the foot and the picture moved", async () => {
    expect(await compare(PAGE_ONE + PAGE_TWO)).toEqual([]);
  });

  it("counts only text a reader can see: a hidden copy Paged.js left behind is not a repeat", async () => {
    const leftBehind = PAGE_TWO.replace("<p>from the windows.</p>", '<p>from the windows.</p><p style="visibility: hidden">from the windows.</p>');
    expect(await compare(PAGE_ONE + leftBehind)).toEqual([]);
  });

  it("finds a lost passage and quotes the source's words from where it went missing", async () => {
    const lost = PAGE_TWO.replace("<p>Work should end before the first frost.</p>", "");
    expect(await compare(PAGE_ONE + lost)).toEqual([{ articleId: "a", kind: "lost", near: "Work should end before the first frost." }]);
  });

  it("finds a passage printed twice, and one printed out of order", async () => {
    const twice = PAGE_TWO.replace("<p>from the windows.</p>", "<p>from the windows.</p><p>from the windows.</p>");
    expect(await compare(PAGE_ONE + twice)).toEqual([{ articleId: "a", kind: "added", near: "from the windows. Work should end before the" }]);
    // Quoted as an editor would search the file for it: without the hyphenation's soft hyphens.
    const hyphenated = PAGE_TWO.replace("<p>from the windows.</p>", "<p>from the win\u00ADdows.</p><p>from the win\u00ADdows.</p>");
    expect(await compare(PAGE_ONE + hyphenated)).toEqual([{ articleId: "a", kind: "added", near: "from the windows. Work should end before the" }]);
    const swapped = PAGE_TWO.replace("<p>from the windows.</p><p>Work should end before the first frost.</p>", "<p>Work should end before the first frost.</p><p>from the windows.</p>");
    expect((await compare(PAGE_ONE + swapped))[0]).toMatchObject({ articleId: "a", kind: "lost" });
  });

  it("gives each page's article text with Latin or Arabic-script letters, a line per piece, for the check of the printed PDF, and the notes at its foot: no captions or hidden copies", async () => {
    const leftBehind = PAGE_TWO.replace("<p>from the windows.</p>", '<p>from the windows.</p><p style="visibility: hidden">from the windows.</p>');
    expect((await compareAll(PAGE_ONE + leftBehind)).pageTexts).toEqual([
      "Roof repairs\nThe scaffolding went up on Mon\u00ADday. Residents watched\nWeir Street side only.",
      "from the windows.\nWork should end before the first frost.\nKitchen\nDinner is cooked by whoever turns up.",
    ]);
    // Arabic-script text is listed too; text with neither Latin nor Arabic letters (figures alone, Hebrew) is not.
    const mixed = '<article data-article-id="c"><h2>المطبخ</h2><p>2026</p><p>יום שישי</p><p>يطبخ العشاء من يحضر. Menu</p></article>';
    const pages = `<div class="pagedjs_page">${mixed}</div>`;
    expect((await compareAll(pages, mixed)).pageTexts).toEqual(["المطبخ\nيطبخ العشاء من يحضر. Menu"]);
  });

  it("counts a note only where a reader sees it: a copy Paged.js left in text set past the page is no note printed twice", async () => {
    const copy = (left: number) => `<span class="footnote" style="position: absolute; top: 0; left: ${left}px">Weir Street side only.</span>`;
    const withCopy = (left: number) =>
      PAGE_TWO.replace('<div class="pagedjs_page">', '<div class="pagedjs_page"><div class="pagedjs_area" style="position: relative; width: 600px; height: 400px; overflow: hidden">')
        .replace(/<\/div>$/, "</div></div>")
        .replace("<p>from the windows.</p>", `<p>from the windows.${copy(left)}</p>`);
    const past = await compareAll(PAGE_ONE + withCopy(2000));
    expect(past.problems).toEqual([]);
    expect(past.pageTexts[1]).not.toContain("Weir Street");
    // The same copy on the page is printed: a note twice.
    expect((await compareAll(PAGE_ONE + withCopy(10))).problems).toEqual([{ articleId: "", kind: "added", near: "Weir Street side only." }]);
  });

  it("checks the editorial as an article: whole across a page turn, and a line of it lost is found and quoted", async () => {
    const box = (text: string, more = "") => `<section class="editorial"${more}><h2 class="editorial-title">From the editors</h2><div class="editorial-body"><p>${text}</p></div></section>`;
    const source = `${box("We print this issue in two languages. Write to us with your news.")}${SOURCE}`;
    const pageOne = `<div class="pagedjs_page">${box("We print this issue in two languages.")}${PAGE_ONE.replace(/^<div class="pagedjs_page">/, "")}`;
    const pageTwo = PAGE_TWO.replace('<div class="pagedjs_page">', `<div class="pagedjs_page"><section class="editorial" data-split-from="x"><div class="editorial-body"><p>Write to us with your news.</p></div></section>`);
    const whole = await compareAll(pageOne + pageTwo, source);
    expect(whole.problems).toEqual([]);
    // Its text goes to the check of the printed PDF too.
    expect(whole.pageTexts[1]?.split("\n")[0]).toBe("Write to us with your news.");
    const lost = pageTwo.replace("<p>Write to us with your news.</p>", "<p></p>");
    expect((await compareAll(pageOne + lost, source)).problems).toEqual([{ articleId: "pressroom:editorial", kind: "lost", near: "Write to us with your news." }]);
  });

  it("finds a lost note", async () => {
    expect(await compare(PAGE_ONE.replace('<span class="footnote">Weir Street side only.</span>', "") + PAGE_TWO)).toEqual([{ articleId: "", kind: "lost", near: "Weir Street side only." }]);
  });
});
