// The Nastaliq twins' pass (page/shadow-text.js) does nothing, and loads no font, on pages no Nastaliq face was used for, in real Chromium.

import type { Page } from "puppeteer-core";
import { afterEach, describe, expect, it } from "vitest";
import { pageScriptUrl } from "../../src/stages/paginate/browser-session.js";
import { SHADOW_FAMILY, SHADOWED_FAMILIES } from "../../src/shared/shadow-text-fonts.js";
import { useTemplateSession } from "../support/browser.js";

const session = useTemplateSession();
let page: Page | undefined;
afterEach(() => page?.close());

/** A page laid out as Paged.js leaves it (one .pagedjs_page), with the twins' script, the bundled fonts loaded for its text. */
async function openPage(name: string, body: string): Promise<Page> {
  const html = `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/fonts/fonts.css"></head>
<body><div class="pagedjs_page" style="width: 120mm">${body}</div></body></html>`;
  page = await session().browser.newPage();
  await page.goto(session().server.addDocument(name, html), { waitUntil: "load" });
  await page.evaluate(() => document.fonts.ready);
  await page.addScriptTag({ url: session().server.origin + pageScriptUrl("shadow-text.js") });
  return page;
}

const addShadowText = (target: Page) =>
  target.evaluate(
    (options) => (window as unknown as { pressroomAddShadowText(o: typeof options): Promise<number> }).pressroomAddShadowText(options),
    { families: SHADOWED_FAMILIES, shadowFamily: SHADOW_FAMILY },
  );

/** Each bundled family's faces, by whether any is loaded. */
const readLoadedFamilies = (target: Page) =>
  target.evaluate(() => [...new Set(Array.from(document.fonts, (face) => (face.status === "loaded" ? face.family.replace(/"/g, "") : "")))].filter(Boolean).sort());

describe("the twins' pass", () => {
  it("leaves a page in Latin type alone and loads no Arabic face for it", async () => {
    const latin = await openPage("shadow-gate-latin", `<p style="font-family: 'PR Noto Serif'">The market opens on Saturday at the bridge.</p>`);
    expect(await readLoadedFamilies(latin)).toEqual(["PR Noto Serif"]);
    expect(await addShadowText(latin)).toBe(0);
    expect(await readLoadedFamilies(latin)).toEqual(["PR Noto Serif"]);
    expect(await latin.$$(".pressroom-shadow-text")).toHaveLength(0);
  });

  it("still makes twins for a page set in Nastaliq", async () => {
    const urdu = await openPage("shadow-gate-urdu", `<p lang="ur" dir="rtl" style="font-family: 'PR Noto Nastaliq Urdu'">بازار ہفتے کو پل کے پاس کھلتا ہے۔</p>`);
    expect(await readLoadedFamilies(urdu)).toContain("PR Noto Nastaliq Urdu");
    expect(await addShadowText(urdu)).toBeGreaterThan(0);
    expect(await urdu.$$(".pressroom-shadow-text")).toHaveLength(1);
    expect(await readLoadedFamilies(urdu)).toContain("PR Noto Naskh Arabic");
  });
});
