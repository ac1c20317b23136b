// Real Paged.js and Chromium's print: a paragraph carried over to a page whose first word begins with a ligature (fl, fi) is named whole in the PDF's text (base.css).

import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "puppeteer-core";
import { afterAll, describe, expect, it } from "vitest";
import { PAGED_JS_URL, pageScriptUrl } from "../../src/stages/paginate/browser-session.js";
import { useTemplateSession } from "../support/browser.js";

const useSession = useTemplateSession();
const folder = mkdtempSync(path.join(os.tmpdir(), "pressroom-first-letter-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Four forced lines fill the small page (20 mm of text area, 12 pt lines); the paragraph goes on overleaf with "floods", then "finding" after a second carry. */
const lines = [...["The river rose", "over the path", "by the old mill", "on Monday night,"], "floods that", "reached the hall", "and the green,", "so that a", "finding by the", "council is due."];

/** Lays the paragraph out through Paged.js in pressroom's font, with base.css unless `bare`, prints it and reads each page's text. */
async function printPages(bare: boolean): Promise<string[]> {
  const session = useSession();
  const sheets = [`${session.server.origin}/fonts/fonts.css`, ...(bare ? [] : [`${session.server.origin}/templates/_shared/base.css`])];
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">${sheets.map((href) => `<link rel="stylesheet" href="${href}">`).join("")}
<style>@page { size: 60mm 30mm; margin: 5mm; } body { font: 10pt/12pt "PR Noto Serif"; } p { margin: 0; orphans: 1; widows: 1; }</style></head>
<body><p>${lines.join("<br>")}</p></body></html>`;
  const url = session.server.addDocument(`first-letter-${bare ? "bare" : "base"}`, html);
  const page: Page = await session.browser.newPage();
  try {
    await page.goto(url, { waitUntil: "load" });
    for (const script of [PAGED_JS_URL, pageScriptUrl("paged-global.js")]) await page.addScriptTag({ url: session.server.origin + script });
    await page.evaluate(async () => {
      await document.fonts.ready;
      await new (window as unknown as { Paged: { Previewer: new () => { preview(): Promise<unknown> } } }).Paged.Previewer().preview();
    });
    const file = path.join(folder, `${bare ? "bare" : "base"}.pdf`);
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
    return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).split("\f").map((text) => text.trim()).filter(Boolean);
  } finally {
    await page.close();
  }
}

describe("a paragraph carried over to a page that starts with a ligature", () => {
  it("reads back whole in the PDF: “floods” and “finding”, not “foods” and “fnding”", async () => {
    const pages = await printPages(false);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages[1]?.split(/\s+/)[0]).toBe("floods");
    expect(pages[2]?.split(/\s+/)[0]).toBe("finding");
  }, 60_000);

  it("needs base.css: with Paged.js's first-letter reset alone, Chromium names the ligature by its first letter", async () => {
    const pages = await printPages(true);
    expect(pages[1]?.split(/\s+/)[0]).toBe("foods");
  }, 60_000);
});
