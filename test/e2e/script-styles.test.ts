// The font, posture and line height base.css gives text by its own language, read back from Chromium's computed styles.

import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserSession } from "../../src/stages/paginate/browser-session.js";
import { openTemplateSession } from "../support/browser.js";

/** Runs the analyze stage would produce, inside the elements the shared partials write. */
const BODY = `
<p id="ur" lang="ur">صبح <span id="ur-latin" dir="ltr" lang="en">Heron Street</span> اور <span id="ur-und" dir="ltr" lang="und-Latn">X-Ray</span></p>
<p id="ur-standfirst" class="standfirst" lang="ur">رفتار کی حد 20 <span id="ur-mph" dir="ltr" lang="en">mph</span> ہو جائے گی۔</p>
<h2 id="ur-headline" class="headline" lang="ur">زیبرا کراسنگ منظور</h2>
<p id="ar" lang="ar">نص <span id="ar-latin" dir="ltr" lang="en">an <em id="ar-latin-em">English</em> word</span> و<em id="ar-em">عربي</em></p>
<p id="fa" lang="fa">متن <span id="fa-latin" dir="ltr" lang="en">Riverside Buses</span></p>
<p id="en" lang="en">Text <span id="en-fa" dir="rtl" lang="fa">کوچه</span> and <span id="en-arab" dir="rtl" lang="und-Arab">كتاب</span> and <span id="en-ur" dir="rtl" lang="ur">چوپال</span></p>
<div class="parallel-row"><div id="en-cell" class="parallel-cell" lang="en"><p id="en-cell-text">Text.</p><h2 id="en-cell-headline" class="headline">Headline</h2></div></div>
<footer class="colophon"><p id="colophon-en" lang="en">riverside.example</p></footer>
<div class="parallel-row parallel-head"><header class="story-head parallel-cell" lang="en"><h2 id="parallel-headline" class="headline">Head</h2><p id="parallel-standfirst" class="standfirst">Deck.</p></header></div>
<header class="story-head" lang="en"><p id="standfirst" class="standfirst">Deck.</p></header>
<div class="pagedjs_margin-content" id="margin"></div>
<nav class="contents" lang="ur" dir="rtl"><ol class="contents-list"><li class="contents-entry"><span class="contents-titles" id="contents-titles"><span lang="ur" dir="rtl" id="contents-ur">زیبرا کراسنگ منظور</span><span class="contents-separator"> / </span><span lang="en" dir="ltr" id="contents-en">Zebra crossing approved</span></span><a class="page-ref contents-page" href="#a">1</a></li></ol></nav>
<div class="story-body" lang="en"><p id="body-text">Text.</p><h6 id="body-h6">Small heading</h6><p id="body-code"><code id="code">check</code></p>
<table id="table"><tr><td>1</td></tr></table></div>`;

let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  session = await openTemplateSession();
  const html = `<!doctype html><html lang="ur" data-direction="rtl"><head><meta charset="utf-8">
<link rel="stylesheet" href="/fonts/fonts.css"><link rel="stylesheet" href="/templates/_shared/base.css"><link rel="stylesheet" href="/templates/_shared/parallel.css"><link rel="stylesheet" href="/templates/_shared/jumps-and-contents.css"><link rel="stylesheet" href="/templates/newspaper/style.css">
</head><body>${BODY}</body></html>`;
  page = await session.browser.newPage();
  await page.goto(session.server.addDocument("styles", html), { waitUntil: "load" });
}, 60_000);

afterAll(async () => {
  await session?.close();
});

/** The computed values of `properties` for the element with `id`. */
const styleOf = (id: string, ...properties: string[]) =>
  page.evaluate(
    (target, names) => {
      const style = getComputedStyle(document.getElementById(target) as Element);
      return names.map((name) => style.getPropertyValue(name));
    },
    id,
    properties,
  );
const firstFamily = async (id: string) => (await styleOf(id, "font-family"))[0]?.split(",")[0]?.trim();

describe("base.css: text takes its own language's face", () => {
  it("sets a Latin run inside Urdu, Arabic or Persian in the Latin face, not the paragraph's", async () => {
    expect(await firstFamily("ur")).toBe('"PR Noto Nastaliq Urdu"');
    for (const id of ["ur-latin", "ur-und", "ar-latin", "fa-latin"]) expect(await firstFamily(id), id).toBe('"PR Noto Serif"');
  });

  it("sets an Arabic-script run inside English in its own script's face", async () => {
    expect(await firstFamily("en-fa")).toBe('"PR Vazirmatn"');
    expect(await firstFamily("en-arab")).toBe('"PR Noto Naskh Arabic"');
    expect(await firstFamily("en-ur")).toBe('"PR Noto Nastaliq Urdu"');
  });

  it("keeps a run in the other script from making its line taller, except Nastaliq, which needs the room", async () => {
    expect(await styleOf("ur-latin", "line-height")).toEqual(["0px"]);
    expect(await styleOf("en-fa", "line-height")).toEqual(["0px"]);
    expect(await styleOf("en-ur", "line-height")).not.toEqual(["0px"]);
  });
});

describe("base.css: Latin blocks inside an Urdu edition", () => {
  // The root's 2.3 is Nastaliq's room: an English cell inheriting it printed 9.5 pt type on 21.85 pt.
  it("sets an English block at the layout's Latin leading (the newspaper's 12.5 pt at 9.5 pt), which what is inside inherits", async () => {
    const [size, height] = (await styleOf("en-cell", "font-size", "line-height")).map((value) => (parseFloat(value) * 3) / 4);
    expect(size).toBeCloseTo(9.5, 2);
    expect(height).toBeCloseTo(12.5, 2);
    expect(await styleOf("en-cell-text", "line-height")).toEqual(await styleOf("en-cell", "line-height"));
  });

  it("leaves the layout's own line height on an element that has one, and the colophon's lines at one spacing", async () => {
    // The newspaper's headline on A4: 22 pt on 24 pt.
    expect(await styleOf("en-cell-headline", "line-height")).toEqual(["32px"]);
    const [size, height] = await styleOf("colophon-en", "font-size", "line-height");
    expect(parseFloat(height ?? "")).toBeCloseTo(2.6 * parseFloat(size ?? ""), 1);
  });
});

describe("jumps-and-contents.css: an Urdu contents box's entries", () => {
  // The entry's 2.6 em (Nastaliq's, for display lines) set a parallel edition's English titles on 20.8 pt lines at 8
  // pt: a Latin run inside Urdu adds nothing to its line's height (line-height 0), so a line holding only the English
  // title is as tall as the titles' own line height.
  it("set a line of the other language's title at the Latin leading and the Urdu title's at Nastaliq's", async () => {
    const [size, height] = (await styleOf("contents-titles", "font-size", "line-height")).map((value) => (parseFloat(value) * 3) / 4);
    expect(size).toBeCloseTo(8, 2);
    expect(height).toBeCloseTo((8 * 12.5) / 9.5, 1);
    expect(await styleOf("contents-en", "line-height")).toEqual(["0px"]);
    const [urSize, urHeight] = (await styleOf("contents-ur", "font-size", "line-height")).map((value) => parseFloat(value));
    expect(urHeight).toBeCloseTo(2.6 * (urSize ?? 0), 1);
  });
});

describe("parallel.css: a parallel edition's heads", () => {
  it("set a standfirst to its cell's whole measure, where the newspaper keeps an article's to 75% of its columns", async () => {
    expect(await styleOf("standfirst", "max-width")).toEqual(["75%"]);
    expect(await styleOf("parallel-standfirst", "max-width")).toEqual(["none"]);
  });

  it("size the headlines to half the page's width: 18 pt on A4, 15 on A5 and Half Letter, 22 on A3 and Tabloid", async () => {
    const sizes: Record<string, number> = {};
    for (const paper of ["A4", "A5", "Half Letter", "A3", "Tabloid"]) {
      await page.evaluate((name) => document.documentElement.setAttribute("data-paper", name), paper);
      sizes[paper] = Math.round(Number.parseFloat((await styleOf("parallel-headline", "font-size"))[0] ?? "") * 0.75 * 10) / 10;
    }
    await page.evaluate(() => document.documentElement.removeAttribute("data-paper"));
    expect(sizes).toEqual({ A4: 18, A5: 15, "Half Letter": 15, A3: 22, Tabloid: 22 });
  });
});

describe("base.css: emphasis and posture follow the element's own language", () => {
  it("makes <em> in Arabic bold and upright, but leaves <em> inside an English run italic", async () => {
    expect(await styleOf("ar-em", "font-style", "font-weight")).toEqual(["normal", "700"]);
    expect(await styleOf("ar-latin-em", "font-style", "font-weight")).toEqual(["italic", "400"]);
  });

  it("sets an Urdu standfirst upright, whatever the layout says, and a Latin run in it upright too", async () => {
    expect(await styleOf("ur-standfirst", "font-style")).toEqual(["normal"]);
    expect(await styleOf("ur-mph", "font-style")).toEqual(["normal"]);
  });
});

describe("base.css: Nastaliq display lines and margin boxes", () => {
  it("gives an Urdu headline 2.6 times its size in line height, over the layout's Latin leading", async () => {
    const [size, height] = await styleOf("ur-headline", "font-size", "line-height");
    expect(parseFloat(height ?? "")).toBeCloseTo(2.6 * parseFloat(size ?? ""), 1);
  });

  it("sets margin boxes right to left in a right-to-left edition, in the edition's face", async () => {
    expect(await styleOf("margin", "direction")).toEqual(["rtl"]);
    expect(await firstFamily("margin")).toBe('"PR Noto Nastaliq Urdu"');
  });
});

describe("base.css: headings, code and tables in an article's body", () => {
  it("sets a ###### heading at the text's size (Chrome's own was two thirds of it), code in the bundled monospace face, tables with figures of one width", async () => {
    const [text] = await styleOf("body-text", "font-size");
    expect(await styleOf("body-h6", "font-size")).toEqual([text]);
    expect(await firstFamily("code")).toBe('"PR Noto Sans Mono"');
    expect((await styleOf("table", "font-variant-numeric"))[0]).toContain("tabular-nums");
  });
});
