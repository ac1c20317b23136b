// Which fonts a page loads before Paged.js lays it out (page/load-used-fonts.js): the faces its text uses, and every face only when layout needed one more.

import { describe, expect, it } from "vitest";
import type { PaginateRequest, PaginateResponse } from "../../src/shared/browser-messages.js";
import { addPageScripts } from "../../src/stages/paginate/add-page-scripts.js";
import { useTemplateSession } from "../support/browser.js";

const session = useTemplateSession();

/** Lays out an English page (with an Arabic run) in the newspaper layout; `style` is added to its head. */
async function layOut(style: string, request: Partial<PaginateRequest> = {}): Promise<{ response: PaginateResponse; faces: Record<string, string> }> {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<link rel="stylesheet" href="/fonts/fonts.css"><link rel="stylesheet" href="/templates/_shared/base.css"><link rel="stylesheet" href="/templates/newspaper/style.css">
<style>${style}</style></head><body><article data-article-id="a"><h2 class="headline">Market day</h2>
<p>The market opens at nine, with <strong>bread</strong> and <span dir="rtl" lang="ar">خبز</span> from the corner bakery.</p></article></body></html>`;
  const page = await session().browser.newPage();
  try {
    await page.goto(session().server.addDocument("fonts", addPageScripts(html)), { waitUntil: "load" });
    const full: PaginateRequest = { fontTimeoutMs: 10_000, pageProgression: "ltr", numberingSystem: "latn", ...request };
    const response = await page.evaluate((req) => (window as unknown as { pressroomPaginate(r: PaginateRequest): Promise<PaginateResponse> }).pressroomPaginate(req), full);
    const faces = await page.evaluate(() => Object.fromEntries(Array.from(document.fonts, (face) => [`${face.family.replaceAll('"', "")} ${face.weight} ${face.style}`, face.status])));
    return { response, faces };
  } finally {
    await page.close();
  }
}

describe("fonts loaded before layout", () => {
  it("loads the faces the text is set in, and not the other scripts' faces", async () => {
    const { response, faces } = await layOut("");
    expect(response.unaskedFonts).toEqual([]);
    expect(faces["PR Noto Serif 400 normal"]).toBe("loaded");
    expect(faces["PR Noto Serif 700 normal"]).toBe("loaded");
    expect(faces["PR Noto Naskh Arabic 400 normal"]).toBe("loaded");
    expect(faces["PR Noto Nastaliq Urdu 400 normal"]).toBe("unloaded");
    expect(faces["PR Vazirmatn 400 normal"]).toBe("unloaded");
  });

  it("names a face layout needed that no text is set in (generated content), so the build lays the page out again", async () => {
    const { response } = await layOut(`.headline::before { content: "§ "; font-family: "PR Vazirmatn"; }`);
    // The headline is bold: its bold face.
    expect(response.unaskedFonts).toEqual(["PR Vazirmatn 700 normal"]);
  });

  it("loads every face first when asked to, as Paged.js does, and then nothing is missing", async () => {
    const { response, faces } = await layOut(`.headline::before { content: "§ "; font-family: "PR Vazirmatn"; }`, { allFonts: true });
    expect(response.unaskedFonts).toEqual([]);
    expect(Object.values(faces).every((status) => status === "loaded")).toBe(true);
  });
});
