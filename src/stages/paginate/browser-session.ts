// One browser and one asset origin per run, shared by every edition, closed through the build's cleanup.

import { createRequire } from "node:module";
import path from "node:path";
import { PACKAGE_DIR } from "../../config/build-options.js";
import type { BrowserLocation } from "./find-browser.js";
import { launchBrowser, type LaunchedBrowser } from "./launch-browser.js";
import { startAssetServer, type AssetServer } from "./serve-assets.js";

export interface BrowserSession {
  browser: LaunchedBrowser["browser"];
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
export const BRIDGE_URL = "/_pressroom/bridge.js";
export const SHADOW_TEXT_URL = "/_pressroom/shadow-text.js";
export const CHECK_BREAKS_URL = "/_pressroom/check-breaks.js";
export const MARK_SPLIT_URL = "/_pressroom/mark-split-paragraphs.js";
export const KEEP_LINES_URL = "/_pressroom/keep-lines.js";
export const PRINT_PICTURES_URL = "/_pressroom/print-pictures.js";
export const COUNT_COLUMNS_URL = "/_pressroom/count-columns.js";
export const FILL_PAGE_REFS_URL = "/_pressroom/fill-page-refs.js";
export const KEEP_NOTES_URL = "/_pressroom/keep-notes.js";
export const COMPOSE_MODULES_URL = "/_pressroom/compose-modules.js";
export const PAGE_FLOATS_URL = "/_pressroom/page-floats.js";
/** The scripts each page loads after Paged.js, in load order. */
export const PAGE_SCRIPT_URLS = [COUNT_COLUMNS_URL, FILL_PAGE_REFS_URL, KEEP_NOTES_URL, BRIDGE_URL, COMPOSE_MODULES_URL, PAGE_FLOATS_URL, SHADOW_TEXT_URL, CHECK_BREAKS_URL, MARK_SPLIT_URL, KEEP_LINES_URL, PRINT_PICTURES_URL] as const;
const PAGE_SCRIPTS_DIR = path.join(PACKAGE_DIR, "src", "stages", "paginate", "page");

export async function openBrowserSession(location: BrowserLocation, folders: SessionFolders, launchTimeoutMs: number): Promise<BrowserSession> {
  const require = createRequire(import.meta.url);
  // pagedjs's "exports" hides dist/, so find the package folder through its CommonJS entry.
  const pagedRoot = path.dirname(path.dirname(require.resolve("pagedjs")));
  const server = await startAssetServer(
    {
      // The first prefix that matches a URL serves it, so the layout's own folders go first.
      folders: { ...folders.layoutFolders, "/issue/": folders.issueDir, "/templates/": folders.templatesDir, "/fonts/": folders.fontsDir },
      files: {
        // The bundle from the npm package, not a copied polyfill: upgrades stay a version bump.
        [PAGED_JS_URL]: path.join(pagedRoot, "dist", "paged.js"),
        // Served from src/ as written: they run in the browser, so tsc does not turn them into modules.
        ...Object.fromEntries(PAGE_SCRIPT_URLS.map((url) => [url, path.join(PAGE_SCRIPTS_DIR, path.posix.basename(url))])),
      },
    },
  );
  let launched: LaunchedBrowser;
  try {
    launched = await launchBrowser(location, launchTimeoutMs);
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    browser: launched.browser,
    server,
    async close() {
      await launched.close();
      await server.close();
    },
  };
}
