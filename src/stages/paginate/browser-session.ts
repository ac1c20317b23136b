// One browser and one asset origin per run, shared by every edition, closed through the build's cleanup.

import { createRequire } from "node:module";
import type { Page } from "puppeteer-core";
import path from "node:path";
import { PACKAGE_DIR } from "../../config/build-options.js";
import type { BrowserLocation } from "./find-browser.js";
import { launchBrowser, type LaunchedBrowser } from "./launch-browser.js";
import { startAssetServer, type AssetServer } from "./serve-assets.js";

export interface BrowserSession {
  browser: LaunchedBrowser["browser"];
  /** Whether the browser runs as one process (LaunchedBrowser.oneProcess). */
  oneProcess: boolean;
  /**
   * A page for an edition: one an edition before gave back (`reused`), else a new one opened ahead of time
   * (LaunchedBrowser.newPage).
   */
  takePage(): Promise<{ page: Page; reused: boolean }>;
  /**
   * Keeps a page whose edition printed, its listeners and bridge taken off, for the next edition to load its own
   * document in: that page's browser process has Paged.js compiled and the fonts read already. Six one-sheet
   * editions laid out two at a time took 8.5 s in six new pages, 7.1 s in two kept ones, with the same PDFs (and
   * since the document is put in place of the kept one's, keeping the page's scripts, less: paginate.ts).
   */
  keepPage(page: Page): void;
  server: AssetServer;
  close(): Promise<void>;
}

export interface SessionFolders {
  issueDir: string;
  templatesDir: string;
  fontsDir: string;
  /** URL prefixes served before templates/ (a layout and _shared found in another templates folder). */
  layoutFolders?: Record<string, string>;
}

export const PAGED_JS_URL = "/_pressroom/paged.js";
/** Where a page script (a file in page/) is served. */
export const pageScriptUrl = (file: string) => `/_pressroom/${file}`;
/** The scripts each page loads after Paged.js, in load order: paged-global.js and patch-layout.js first, then those that define what bridge.js calls. */
export const PAGE_SCRIPT_URLS = [
  "paged-global.js",
  "patch-layout.js",
  "hide-unused-page-parts.js",
  "see-styled-elements.js",
  "wait-for-pictures.js",
  "count-columns.js",
  "read-line-height.js",
  "measure-letter.js",
  "fill-page-refs.js",
  "keep-notes.js",
  "check-integrity.js",
  "load-used-fonts.js",
  "pace-overflow-checks.js",
  "bridge.js",
  "break-again.js",
  "find-break-text.js",
  "compose-modules.js",
  // Each wraps the page layouts of those before it: a parallel row is split in every layout the others ask for.
  "split-parallel-rows.js",
  // Before page-floats.js and wait-picture-rows.js: the page layouts they wrap include its own.
  "fit-pictures-at-breaks.js",
  "page-floats.js",
  "wait-picture-rows.js",
  // Outermost: the front page it lays out again is laid out by all those above.
  "start-lead-on-front-page.js",
  "shadow-text.js",
  "check-breaks.js",
  "check-overflow.js",
  "measure-columns.js",
  "find-lone-colophon.js",
  "mark-split-paragraphs.js",
  "hide-line-start-separators.js",
  "repeat-table-heads.js",
  "fit-tables.js",
  "split-pushed-body.js",
  "break-tall-kept-boxes.js",
  "keep-begun-elements.js",
  "keep-lines.js",
  "print-pictures.js",
  "replace-document.js",
].map(pageScriptUrl);
const PAGE_SCRIPTS_DIR = path.join(PACKAGE_DIR, "src", "stages", "paginate", "page");
/**
 * Paged.js and the page scripts as one script, in that order: what a build's pages load. Sixteen requests, each
 * passing through request interception and Node, took about 80 ms more of every edition's page load than one.
 * The files stay served one by one too (the preview and the tests load them so).
 */
export const PAGE_BUNDLE_URL = "/_pressroom/page-scripts.js";

/** The bundle's files in load order, from `files` (listPageFiles). */
export function listPageBundle(files: Record<string, string>): Record<string, string[]> {
  return { [PAGE_BUNDLE_URL]: [PAGED_JS_URL, ...PAGE_SCRIPT_URLS].map((url) => files[url] as string) };
}

/** Paged.js and the page scripts, by the URL each is served at (the build's browser and the preview's alike). */
export function listPageFiles(): Record<string, string> {
  const require = createRequire(import.meta.url);
  // pagedjs's "exports" hides dist/, so find the package folder through its CommonJS entry.
  const pagedRoot = path.dirname(path.dirname(require.resolve("pagedjs")));
  return {
    // The bundle from the npm package, not a copied polyfill: upgrades stay a version bump. Its minified build: every
    // edition's page loads it through Node (request interception), and 503 KB instead of 921 KB took the page's load
    // 35 to 40 ms sooner (medians of six builds each way at 8 and 41 pages), the same pages and text. Its classes lose
    // their names there: the page scripts find Paged.js's handlers by what they do (keep-notes.js), not by name.
    [PAGED_JS_URL]: path.join(pagedRoot, "dist", "paged.min.js"),
    // Served from src/ as written: they run in the browser, so tsc does not turn them into modules.
    ...Object.fromEntries(PAGE_SCRIPT_URLS.map((url) => [url, path.join(PAGE_SCRIPTS_DIR, path.posix.basename(url))])),
  };
}

/** The folders the pages are served from, by URL prefix; the first prefix that matches a URL serves it, so the layout's own folders go first. */
export function listServedFolders(folders: SessionFolders): Record<string, string> {
  return { ...folders.layoutFolders, "/issue/": folders.issueDir, "/templates/": folders.templatesDir, "/fonts/": folders.fontsDir };
}

/**
 * `launching` is a browser already on its way (the build starts it while it reads the issue); without it, one is
 * launched here. Either way the session owns it from now on.
 */
export async function openBrowserSession(
  location: BrowserLocation,
  folders: SessionFolders,
  launchTimeoutMs: number,
  launching: Promise<LaunchedBrowser> = launchBrowser(location, launchTimeoutMs),
): Promise<BrowserSession> {
  let server: AssetServer;
  try {
    const files = listPageFiles();
    server = await startAssetServer({ folders: listServedFolders(folders), files, joined: listPageBundle(files) });
  } catch (error) {
    await launching.then((browser) => browser.close(), () => undefined);
    throw error;
  }
  let launched: LaunchedBrowser;
  try {
    launched = await launching;
  } catch (error) {
    await server.close();
    throw error;
  }
  // Pages of this browser only: a browser started again after a crash begins with a session and pages of its own.
  const kept: Page[] = [];
  return {
    browser: launched.browser,
    oneProcess: launched.oneProcess,
    takePage: async () => {
      for (let page = kept.pop(); page; page = kept.pop()) if (!page.isClosed()) return { page, reused: true };
      return { page: await launched.newPage(), reused: false };
    },
    keepPage: (page) => void kept.push(page),
    server,
    async close() {
      await launched.close();
      await server.close();
    },
  };
}
