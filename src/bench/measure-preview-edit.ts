// Measures how long `pressroom preview` takes to show a saved edit of one article in an open page, and to lay the edition out again.

import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { startPreview } from "../preview/start-preview.js";
import { editionUrl } from "../preview/preview-urls.js";
import { chooseHeadlessMode, CHROMIUM_FLAGS } from "../stages/paginate/launch-browser.js";
import { median } from "./summarize-bench.js";

export interface PreviewEditRun {
  /** The word appended to the article in this run, found in the laid-out pages. */
  word: string;
  /** From the file written to the word shown in the pages. */
  shownMs: number;
  /** From the file written to the whole edition laid out again (data-preview="ready" with the word in it). */
  readyMs: number;
  /** How long the server's render (prepareIssue) took, as the preview reported it; where the rest of shownMs goes is the browser's. */
  renderMs: number;
  /** From the file written to the server having rendered it (debounce and render), before the page hears of it. */
  renderedMs: number;
}

export interface PreviewEditOptions {
  projectDir: string;
  /** The issue folder, an editable copy: its article is rewritten. */
  issue: string;
  /** A .md file name in the issue folder. */
  article: string;
  browserPath: string;
  runs: number;
  /** The edition page to watch; default the first one the preview serves. */
  edition?: string;
}

const TIMEOUT_MS = 60_000;

export async function measurePreviewEdit(options: PreviewEditOptions): Promise<{ runs: PreviewEditRun[]; medianMs: number }> {
  const issueDir = path.resolve(options.projectDir, options.issue);
  const articleFile = path.join(issueDir, options.article);
  const original = await readFile(articleFile, "utf8");
  let lastRender = { at: 0, ms: 0 };
  const preview = await startPreview({
    issue: options.issue,
    projectDir: options.projectDir,
    onEvent: (event) => {
      if (event.type === "rebuilt") lastRender = { at: performance.now(), ms: event.ms };
    },
  });
  let browser: Browser | undefined;
  const runs: PreviewEditRun[] = [];
  try {
    browser = await puppeteer.launch({ executablePath: options.browserPath, headless: chooseHeadlessMode(options.browserPath), args: CHROMIUM_FLAGS, timeout: TIMEOUT_MS });
    const page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 900 });
    await page.goto(options.edition ? new URL(editionUrl(options.edition), preview.url).href : preview.url);
    await waitForReady(page, null);
    for (let run = 0; run < options.runs; run++) {
      // Letters only, so hyphenation and shaping leave it whole enough to find once soft hyphens are taken out.
      const word = `Quorvexil${String.fromCharCode(97 + (run % 26))}${"abcdefghij"[Math.floor(run / 26) % 10]}`;
      const started = performance.now();
      await writeFile(articleFile, appendToLastParagraph(original, word));
      await waitForShown(page, word);
      const shownMs = performance.now() - started;
      await waitForReady(page, word);
      const readyMs = performance.now() - started;
      runs.push({ word, shownMs: Math.round(shownMs), readyMs: Math.round(readyMs), renderMs: lastRender.ms, renderedMs: Math.round(lastRender.at - started) });
      // Lets the page settle (scroll restored, idle) so one run's tail does not weigh on the next.
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } finally {
    await browser?.close().catch(() => undefined);
    await preview.close();
    await writeFile(articleFile, original);
  }
  return { runs, medianMs: Math.round(median(runs.map((run) => run.shownMs))) };
}

/** The article with ` word` before the closing punctuation of its last body paragraph (footnote definitions come after it). */
function appendToLastParagraph(markdown: string, word: string): string {
  const blocks = markdown.trimEnd().split(/\n\s*\n/);
  let index = blocks.length - 1;
  while (index > 0 && /^\s*\[\^[^\]]+\]:/.test(blocks[index] as string)) index--;
  const block = (blocks[index] as string).trimEnd();
  const tail = /[.!?…”"’)]*$/.exec(block)?.[0] ?? "";
  blocks[index] = `${block.slice(0, block.length - tail.length)} ${word}${tail}`;
  return blocks.join("\n\n") + "\n";
}

/** The pages' text without soft hyphens, as a page expression. */
const PAGES_TEXT = `(document.querySelector(".pagedjs_pages")?.textContent ?? "").replaceAll("\\u00ad", "")`;

/** Polls every frame, and again after a reload wiped the previous page's polling. */
async function waitForShown(page: Page, word: string): Promise<void> {
  await pollInPage(page, `${PAGES_TEXT}.includes(${JSON.stringify(word)})`);
}

async function waitForReady(page: Page, word: string | null): Promise<void> {
  const ready = `document.documentElement.dataset.preview === "ready"`;
  await pollInPage(page, word ? `${ready} && ${PAGES_TEXT}.includes(${JSON.stringify(word)})` : ready);
}

/** page.waitForFunction dies with the document when the preview reloads: try again in the new one. */
async function pollInPage(page: Page, check: string): Promise<void> {
  const deadline = Date.now() + TIMEOUT_MS;
  for (;;) {
    try {
      await page.waitForFunction(check, { polling: "raf", timeout: Math.max(1, deadline - Date.now()) });
      return;
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
}
