// The single files the preview serves by URL: Paged.js and the page scripts as the build's browser gets them, and the preview's own.

import path from "node:path";
import { PACKAGE_DIR } from "../config/build-options.js";
import { listPageFiles } from "../stages/paginate/browser-session.js";
import { CLIENT_SCRIPT_URLS, PREVIEW_STYLE_URL } from "./preview-urls.js";

/** The preview's client runs in the browser as written, so it is served from src/. */
const CLIENT_DIR = path.join(PACKAGE_DIR, "src", "preview", "client");

export function listPreviewFiles(): Record<string, string> {
  return {
    ...listPageFiles(),
    ...Object.fromEntries([PREVIEW_STYLE_URL, ...CLIENT_SCRIPT_URLS].map((url) => [url, path.join(CLIENT_DIR, path.posix.basename(url))])),
  };
}
