// Lays out the Urdu sample issue in real Chromium and checks that no Nastaliq stroke touches another line, a rule or a clip edge.

import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { build, type BuildResult } from "../../src/index.js";
import type { HtmlDocument } from "../../src/stages/render-html/render-document.js";
import { BRIDGE_URL, openBrowserSession, PAGED_JS_URL, type BrowserSession } from "../../src/stages/paginate/browser-session.js";
import { findBrowser } from "../../src/stages/paginate/find-browser.js";
import { getBrowserPath } from "../support/browser.js";
import { listFonts } from "../support/pdf-tools.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const ISSUE = path.join(ROOT, "issues/2026-11-ur");
const PROBE = readFileSync(path.join(import.meta.dirname, "../support/ink-probe.js"), "utf8");
const BUNDLED_FONT_FILES = /^[A-Z]{6}\+(NotoSerif|NotoNaskhArabic|Vazirmatn|NotoNastaliqUrdu)-/;

// The build hands each edition's HTML to paginate(); keeping a copy lets this test lay the same HTML out again and look inside.
const captured = vi.hoisted(() => [] as HtmlDocument[]);
vi.mock("../../src/stages/paginate/paginate.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/stages/paginate/paginate.js")>();
  return {
    ...actual,
    paginate: (document: HtmlDocument, ...rest: Parameters<typeof actual.paginate> extends [unknown, ...infer R] ? R : never) => {
      captured.push(document);
      return actual.paginate(document, ...rest);
    },
  };
});

interface InkReport {
  words: number;
  measured: Record<string, number>;
  collisions: string[];
  clipped: string[];
  footer: string[];
  skipped: string[];
}

let out: string;
let result: BuildResult;
let session: BrowserSession;
const reports: Record<string, InkReport> = {};

/** Lays `document` out with Paged.js as the build does, then runs the ink probe on the pages. */
async function probe(document: HtmlDocument): Promise<InkReport> {
  const url = session.server.addDocument(`probe-${document.edition.code}`, document.html);
  const page: Page = await session.browser.newPage();
  try {
    await page.goto(url, { waitUntil: "load" });
    await page.addScriptTag({ url: session.server.origin + PAGED_JS_URL });
    await page.addScriptTag({ url: session.server.origin + BRIDGE_URL });
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
  result = await build({ issue: ISSUE, projectDir: ROOT, outDir: out, browser: getBrowserPath() });
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
    for (const part of ["h1.masthead-title", "p.masthead-subtitle", "div.masthead-line", "p.kicker", "h2.headline", "p.standfirst", "p.byline", "figcaption in figure.figure", "p in aside.pullquote", "p in div.story-body", "span.footnote", "margin box"]) {
      expect(measured[part] ?? 0, `no Urdu words measured in ${part}: ${JSON.stringify(measured)}`).toBeGreaterThan(0);
    }
  });

  for (const edition of ["ur", "en"]) {
    describe(`the ${edition} edition`, () => {
      it("has no Nastaliq stroke touching another line, a rule or a picture", () => {
        expect(reports[edition]?.words ?? 0).toBeGreaterThan(50);
        expect(reports[edition]?.collisions).toEqual([]);
      });

      it("has no Urdu ink cut off by a box that clips (the footnote area)", () => {
        expect(reports[edition]?.clipped).toEqual([]);
        expect(reports[edition]?.skipped).toEqual([]);
      });

      it("keeps the running footer's Urdu inside its line box", () => {
        expect(reports[edition]?.footer).toEqual([]);
      });
    });
  }

  it("embeds only the bundled fonts: the footer's Urdu does not fall back to DejaVu", () => {
    expect(result.outputs.map((output) => output.edition).sort()).toEqual(["en", "ur"]);
    for (const output of result.outputs) {
      const fonts = listFonts(output.path).map((font) => font.name);
      expect(fonts.filter((name) => !BUNDLED_FONT_FILES.test(name)), output.edition).toEqual([]);
    }
  });
});
