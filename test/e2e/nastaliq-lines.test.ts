// Lays out the Urdu sample issue in real Chromium and checks that no Nastaliq stroke touches another line, a rule or a clip edge.

import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { build } from "../../src/index.js";
import type { HtmlDocument } from "../../src/stages/render-html/render-document.js";
import { openBrowserSession, PAGE_SCRIPT_URLS, PAGED_JS_URL, type BrowserSession } from "../../src/stages/paginate/browser-session.js";
import { findBrowser } from "../../src/stages/paginate/find-browser.js";
import { getBrowserPath } from "../support/browser.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const ISSUE = path.join(ROOT, "issues/2026-11-ur");
const PROBE = readFileSync(path.join(import.meta.dirname, "../support/ink-probe.js"), "utf8");

// The build hands each edition's HTML to openEditionPage(); keeping a copy lets this test lay the same HTML out again and look inside.
const captured = vi.hoisted(() => [] as HtmlDocument[]);
vi.mock("../../src/stages/paginate/paginate.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/stages/paginate/paginate.js")>();
  return {
    ...actual,
    openEditionPage: (...args: Parameters<typeof actual.openEditionPage>) => {
      captured.push(args[0]);
      return actual.openEditionPage(...args);
    },
  };
});

interface InkReport {
  words: number;
  measured: Record<string, number>;
  collisions: string[];
  clipped: string[];
  offPage: string[];
  footer: string[];
  unplaced: string[];
}

let out: string;
let session: BrowserSession;
const reports: Record<string, InkReport> = {};

/** Lays `document` out with Paged.js as the build does, then runs the ink probe on the pages. */
async function probe(document: HtmlDocument): Promise<InkReport> {
  const url = session.server.addDocument(`probe-${document.edition.code}`, document.html);
  const page: Page = await session.browser.newPage();
  try {
    await page.goto(url, { waitUntil: "load" });
    // Paged.js and every page script, in the build's order (bridge.js uses what the others define).
    for (const script of [PAGED_JS_URL, ...PAGE_SCRIPT_URLS]) await page.addScriptTag({ url: session.server.origin + script });
    await page.evaluate(
      (request) => (window as unknown as { pressroomPaginate(r: unknown): Promise<unknown> }).pressroomPaginate(request),
      { fontTimeoutMs: 10_000, pageProgression: document.edition.dir },
    );
    // Evaluated as a string: the page's Content-Security-Policy refuses inline script tags.
    await page.evaluate(PROBE);
    return await page.evaluate(() => (window as unknown as { pressroomProbeInk(): InkReport }).pressroomProbeInk());
  } finally {
    session.server.removeDocument(url);
    await page.close();
  }
}

beforeAll(async () => {
  out = mkdtempSync(path.join(os.tmpdir(), "pressroom-nastaliq-"));
  // The flip edition is two of these laid out again, so it adds nothing to look at.
  await build({ issue: ISSUE, projectDir: ROOT, outDir: out, browser: getBrowserPath(), editions: ["ur", "en", "parallel"] });
  session = await openBrowserSession(
    findBrowser(getBrowserPath(), process.env),
    { issueDir: ISSUE, templatesDir: path.join(ROOT, "templates"), fontsDir: path.join(ROOT, "fonts") },
    30_000,
  );
  for (const document of captured) reports[document.edition.code] = await probe(document);
}, 180_000);

afterAll(async () => {
  await session?.close();
  rmSync(out, { recursive: true, force: true });
});

describe("Urdu in Nastaliq, laid out by Paged.js in Chromium", () => {
  it("measures the Urdu of every part of the Urdu edition's page", () => {
    const measured = reports.ur?.measured ?? {};
    for (const part of ["h1.masthead-title", "p.masthead-subtitle", "div.masthead-line", "p.kicker", "h2.headline", "p.standfirst", "p.byline", "figcaption in figure.figure", "p in aside.pullquote", "p in div.story-body", "p in div.editorial-body", "span.footnote", "p.colophon-title", "margin box"]) {
      expect(measured[part] ?? 0, `no Urdu words measured in ${part}: ${JSON.stringify(measured)}`).toBeGreaterThan(0);
    }
  });

  // Every edition laid out from HTML: the Urdu one, the English one (with the untranslated Urdu story), the parallel one.
  for (const edition of ["ur", "en", "parallel"]) {
    describe(`the ${edition} edition`, () => {
      it("has no Nastaliq stroke touching another line, a rule or a picture", () => {
        expect(reports[edition]?.words ?? 0).toBeGreaterThan(50);
        expect(reports[edition]?.collisions).toEqual([]);
      });

      it("has no Urdu ink cut off by a box that clips (the footnote area)", () => {
        expect(reports[edition]?.clipped).toEqual([]);
        // The probe reads each baseline off the box Chromium gives the text; that box must be the font's.
        expect(reports[edition]?.unplaced).toEqual([]);
      });

      it("leaves no Urdu text beyond the page, where Paged.js can strand a column's overflow", () => {
        expect(reports[edition]?.offPage).toEqual([]);
      });

      it("keeps the running footer's Urdu inside its line box", () => {
        expect(reports[edition]?.footer).toEqual([]);
      });
    });
  }
});
