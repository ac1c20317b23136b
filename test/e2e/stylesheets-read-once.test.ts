// A page laid out again (copyfitting's trials) reads its stylesheets once, not once per layout (page/bridge.js's readStylesheets).

import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { HTTPRequest } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addPageScripts } from "../../src/stages/paginate/add-page-scripts.js";
import { openBrowserSession, type BrowserSession } from "../../src/stages/paginate/browser-session.js";
import { findBrowser } from "../../src/stages/paginate/find-browser.js";
import { getBrowserPath } from "../support/browser.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
let session: BrowserSession;
let issueDir: string;

beforeAll(async () => {
  issueDir = mkdtempSync(path.join(os.tmpdir(), "pressroom-sheets-"));
  session = await openBrowserSession(findBrowser(getBrowserPath(), process.env), { issueDir, templatesDir: path.join(ROOT, "templates"), fontsDir: path.join(ROOT, "fonts") }, 30_000);
}, 60_000);

afterAll(async () => {
  await session?.close();
  rmSync(issueDir, { recursive: true, force: true });
});

const HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<link rel="stylesheet" href="/fonts/fonts.css"><link rel="stylesheet" href="/templates/_shared/base.css">
<style>@page { size: A5; } p { font-size: calc(10pt * var(--fit-type, 1)); }</style></head>
<body><article data-article-id="a"><h2>A notice</h2>${"<p>The council meets on Tuesday about the repairs and the rent.</p>".repeat(30)}</article></body></html>`;

describe("stylesheets across layouts of one page", () => {
  it("are requested by the first layout only, and the second still applies them", async () => {
    const url = session.server.addDocument("sheets", addPageScripts(HTML));
    const page = await session.browser.newPage();
    try {
      await page.goto(url, { waitUntil: "load" });
      const requested: string[] = [];
      page.on("request", (request: HTTPRequest) => {
        if (request.url().endsWith(".css")) requested.push(new URL(request.url()).pathname);
      });
      const layOut = (type: string) =>
        page.evaluate(
          (request) => (window as unknown as { pressroomPaginate(r: unknown): Promise<{ pageCount: number }> }).pressroomPaginate(request),
          { fontTimeoutMs: 10_000, pageProgression: "ltr", numberingSystem: "latn", variables: { "--fit-type": type } },
        );
      const first = await layOut("1");
      expect(requested.sort()).toEqual(["/fonts/fonts.css", "/templates/_shared/base.css"]);
      // Twice the type size: more pages, so the page's own styles and the variables still reach the layout.
      const second = await layOut("2");
      expect(requested).toHaveLength(2);
      expect(second.pageCount).toBeGreaterThan(first.pageCount);
      // Paged.js's @page rule from the inline style still sizes the pages: A5 is 148 mm wide.
      const widthMm = await page.evaluate(() => (document.querySelector(".pagedjs_page") as HTMLElement).getBoundingClientRect().width / (96 / 25.4));
      expect(widthMm).toBeCloseTo(148, 0);
    } finally {
      session.server.removeDocument(url);
      await page.close();
    }
  }, 60_000);
});
