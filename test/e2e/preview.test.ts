// `pressroom preview` in real Chromium: pages laid out, saves shown live at the reader's place, problems shown over the pages, only the issue's files served.

import { readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPreview, type PreviewEvent, type PreviewServer } from "../../src/preview/start-preview.js";
import { findBrowser } from "../../src/stages/paginate/find-browser.js";
import { launchBrowser, type LaunchedBrowser } from "../../src/stages/paginate/launch-browser.js";
import { getBrowserPath } from "../support/browser.js";
import { makeProject } from "../support/issue-fixture.js";

const ENGLISH = "the ward council met on tuesday evening to talk about housing repairs rents and the future of the shared garden while neighbours asked about heating bills";
const SPANISH = "el consejo del barrio se reunió el martes por la tarde para hablar de reparaciones alquileres y el futuro del huerto mientras los vecinos preguntaban por la calefacción";

/** About `count` words of `sentence`, as paragraphs of about 50 words. */
function makeText(sentence: string, count: number): string {
  const words = sentence.split(" ");
  const paragraphs: string[] = [];
  for (let at = 0; at < count; at += 50) paragraphs.push(Array.from({ length: 50 }, (_, i) => words[(at + i) % words.length]).join(" ") + ".");
  return paragraphs.join("\n\n");
}

const ISSUE_MD = "---\ntitle: Ward Bulletin\nnumber: 4\ndate: 2026-05-01\nlanguages: [en, es]\nlayout: bulletin\n---\n";
const MARKET = `---\ntitle: Marketday returns\n---\n\nQuillonmarket opens. ${makeText(ENGLISH, 700)}\n`;
const FILES = {
  "issue.md": ISSUE_MD,
  "01-market.md": MARKET,
  "01-market.es.md": `---\ntitle: Vuelve el mercado\n---\n\nMercadillovivo abre. ${makeText(SPANISH, 700)}\n`,
  "02-garden.md": `---\ntitle: Garden plans\n---\n\n${makeText(ENGLISH, 700)}\n`,
  "02-garden.es.md": `---\ntitle: Planes del huerto\n---\n\n${makeText(SPANISH, 700)}\n`,
};

/** Polls `check` in the page until it holds; survives the page reloading itself in between. */
async function waitInPage(page: Page, check: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await page.evaluate(check).catch(() => false);
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for: ${check}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The pages' text without the soft hyphens pressroom puts into long words. */
const pagesText = `(document.querySelector(".pagedjs_pages")?.textContent ?? "").replaceAll("\\u00ad", "")`;
const laidOutWith = (word: string) => `document.documentElement.dataset.preview === "ready" && ${pagesText}.includes(${JSON.stringify(word)})`;
const overlayShown = `!!document.querySelector("#pressroom-preview-overlay:not([hidden])")`;

/** Sends `urlPath` exactly as written (fetch would tidy away the dot segments). */
function requestRaw(url: string, urlPath: string): Promise<number> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    http.get({ hostname, port, path: urlPath }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    }).on("error", reject);
  });
}

describe("pressroom preview", () => {
  let browser: LaunchedBrowser;
  let preview: PreviewServer;
  let page: Page;
  let issue: string;
  let project: string;
  const events: PreviewEvent[] = [];

  beforeAll(async () => {
    ({ project, issue } = makeProject(FILES));
    preview = await startPreview({ issue: "issues/test-issue", projectDir: project, onEvent: (event) => events.push(event) });
    browser = await launchBrowser(findBrowser(getBrowserPath(), process.env), 60_000);
    page = await browser.browser.newPage();
    await page.setViewport({ width: 1000, height: 900 });
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
    if (project) rmSync(project, { recursive: true, force: true });
  });

  it("serves the first edition and lays it out with Paged.js", async () => {
    expect(events.map((event) => event.type)).toEqual(["rebuilt", "ready"]);
    const started = performance.now();
    await page.goto(preview.url);
    await waitInPage(page, laidOutWith("Quillonmarket"));
    const pages = await page.$$eval(".pagedjs_page", (elements) => elements.length);
    console.log(`first layout of ${pages} pages: ${Math.round(performance.now() - started)} ms`);
    expect(new URL(page.url()).pathname).toBe("/edition/en/");
    expect(pages).toBeGreaterThan(2);
    expect(await page.$eval("#pressroom-preview-pages", (element) => element.textContent)).toBe(`${pages} pages`);
    expect(await page.$eval("#pressroom-preview-status", (element) => element.textContent)).toBe("up to date");
    expect(await page.$eval("#pressroom-preview-title", (element) => element.textContent)).toContain("Ward Bulletin");
  });

  it("shows a saved edit in the open page within seconds", async () => {
    const file = path.join(issue, "02-garden.md");
    // Set on this very document: the new pages are laid out behind the old ones and swapped in, not reloaded.
    await page.evaluate(() => ((window as any).pressroomTestMark = true));
    const started = performance.now();
    writeFileSync(file, readFileSync(file, "utf8") + "\nThe plot by the river goes to Zephyrquill.\n");
    await waitInPage(page, laidOutWith("Zephyrquill"));
    const ms = performance.now() - started;
    console.log(`save to updated pages (render, layout and swap included): ${Math.round(ms)} ms`);
    expect(ms).toBeLessThan(5000);
    expect(await page.evaluate(() => (window as any).pressroomTestMark)).toBe(true);
    expect(await page.$$eval("iframe", (elements) => elements.filter((element) => element.id !== "pressroom-preview-frame").length)).toBe(0);
  });

  it("keeps the reader on the page they were reading", async () => {
    // Page 2's upper third under the middle of the window.
    await page.evaluate(() => {
      const second = document.querySelectorAll(".pagedjs_page")[1] as HTMLElement;
      const rect = second.getBoundingClientRect();
      window.scrollTo(0, window.scrollY + rect.top + rect.height * 0.3 - window.innerHeight / 2);
    });
    const before = await page.evaluate(() => ({ page: (window as any).pressroomPreviewPlace.findCurrentPage(), y: window.scrollY }));
    expect(before.page).toBe(2);
    writeFileSync(path.join(issue, "01-market.md"), MARKET.replace("Quillonmarket opens.", "Quillonmarket opens, said Brambleworth."));
    await waitInPage(page, laidOutWith("Brambleworth"));
    const after = await page.evaluate(() => ({ page: (window as any).pressroomPreviewPlace.findCurrentPage(), y: window.scrollY, height: (document.querySelector(".pagedjs_page") as HTMLElement).offsetHeight }));
    expect(after.page).toBe(2);
    expect(Math.abs(after.y - before.y)).toBeLessThan(after.height);
  });

  it("shows a broken front matter over the pages, and takes it away once fixed", async () => {
    const file = path.join(issue, "01-market.md");
    writeFileSync(file, "---\ntitle: [unclosed\n---\n\nQuillonmarket opens.\n");
    await waitInPage(page, overlayShown);
    const overlay = await page.$eval("#pressroom-preview-overlay", (element) => (element as HTMLElement).innerText);
    expect(overlay).toMatch(/01-market\.md:\d+/);
    expect(await page.$eval("#pressroom-preview-status", (element) => element.textContent)).toBe("error");
    // The last version that worked stays underneath.
    expect(await page.$$eval(".pagedjs_page", (elements) => elements.length)).toBeGreaterThan(2);
    expect(events.at(-1)?.type).toBe("failed");

    writeFileSync(file, MARKET.replace("Quillonmarket opens.", "Quillonmarket opens, said Hollowmere."));
    await waitInPage(page, `${laidOutWith("Hollowmere")} && !${overlayShown}`);
    expect(await page.$eval("#pressroom-preview-status", (element) => element.textContent)).toBe("up to date");
  });

  it("switches between the editions", async () => {
    const options = await page.$$eval("#pressroom-preview-editions option", (elements) => elements.map((option) => (option as HTMLOptionElement).value));
    expect(options).toEqual(["en", "es"]);
    await Promise.all([page.waitForNavigation(), page.select("#pressroom-preview-editions", "es")]);
    await waitInPage(page, laidOutWith("Mercadillovivo"));
    expect(new URL(page.url()).pathname).toBe("/edition/es/");
  });

  it("serves nothing outside the issue, templates and fonts", async () => {
    expect(await requestRaw(preview.url, "/issue/01-market.md")).toBe(200);
    expect(await requestRaw(preview.url, "/templates/bulletin/style.css")).toBe(200);
    for (const escape of ["/issue/../../etc/passwd", "/issue/%2e%2e/%2e%2e/etc/passwd", "/issue/..%2f..%2f..%2f..%2fetc%2fpasswd", "/templates/..%2fpackage.json", "/etc/passwd", "/src/index.ts"]) {
      expect(await requestRaw(preview.url, escape), escape).toBe(404);
    }
    const response = await fetch(new URL("/edition/en/", preview.url));
    expect(response.headers.get("content-security-policy")).toContain("script-src 'self'");
  });
});

describe("pressroom preview of an issue that does not render yet", () => {
  it("shows the problem instead of a dead page, then the pages once fixed", async () => {
    const { project, issue } = makeProject({ ...FILES, "issue.md": ISSUE_MD.replace("number: 4", "number: [4") });
    const preview = await startPreview({ issue: "issues/test-issue", projectDir: project });
    const browser = await launchBrowser(findBrowser(getBrowserPath(), process.env), 60_000);
    try {
      const page = await browser.browser.newPage();
      await page.goto(preview.url);
      await waitInPage(page, overlayShown);
      expect(await page.$eval("#pressroom-preview-overlay", (element) => (element as HTMLElement).innerText)).toMatch(/issue\.md:\d+/);
      writeFileSync(path.join(issue, "issue.md"), ISSUE_MD);
      await waitInPage(page, `${laidOutWith("Quillonmarket")} && !${overlayShown}`);
    } finally {
      await browser.close();
      await preview.close();
      rmSync(project, { recursive: true, force: true });
    }
  }, 60_000);
});
