// Answers the preview's HTTP requests: edition pages, the event stream, and files from the issue, templates and fonts only.

import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { nameLanguage } from "../config/languages.js";
import { decodeUriSafely } from "../shared/decode-uri.js";
import { CONTENT_TYPES, DOCUMENT_POLICY, resolveFile } from "../stages/paginate/serve-assets.js";
import { listServedFolders } from "../stages/paginate/browser-session.js";
import { renderErrorPage } from "./error-page.js";
import type { EventStream } from "./event-stream.js";
import { injectPreview, type PageData } from "./inject-preview.js";
import { pickStreamedState, type PreviewState } from "./preview-state.js";
import { EVENTS_URL, editionUrl } from "./preview-urls.js";

export interface PreviewFolders {
  issueDir: string;
  templatesDir: string;
  fontsDir: string;
}

const EDITION_PATH = /^\/edition\/([^/]+)(\/?)$/;

/** The build's policy, except that a page may frame its own origin: the next version is laid out in a hidden frame of the page itself. */
const PAGE_POLICY = DOCUMENT_POLICY.replace("frame-src 'none'", "frame-src 'self'");

export function createPreviewHandler(getState: () => PreviewState, folders: PreviewFolders, files: Record<string, string>, events: EventStream) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    const refuse = () => void response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found");
    if (request.method !== "GET" && request.method !== "HEAD") return refuse();
    const urlPath = decodeUriSafely(new URL(request.url ?? "/", "http://localhost").pathname);
    const state = getState();
    if (urlPath === EVENTS_URL) return events.add(request, response, pickStreamedState(state));
    if (urlPath === "/") return state.editions[0] ? redirect(response, editionUrl(state.editions[0].code)) : sendPage(response, renderErrorPage(describePage(state, null)));
    const [, code, slash] = EDITION_PATH.exec(urlPath) ?? [];
    if (code !== undefined) {
      if (!slash) return redirect(response, editionUrl(code));
      const edition = state.editions.find((candidate) => candidate.code === code);
      if (edition) return sendPage(response, injectPreview(edition.html, describePage(state, edition)));
      // An edition that went away after an edit (or never rendered): back to whatever there is.
      return state.editions.length ? redirect(response, "/") : sendPage(response, renderErrorPage(describePage(state, null)));
    }
    const roots = { folders: listServedFolders({ ...folders, layoutFolders: state.layoutFolders }), files };
    resolveFile(roots, urlPath).then(async (file) => {
      if (!file) return refuse();
      // The browser asks again on every reload (an edited picture must show) and keeps what did not change:
      // Paged.js and the fonts are most of a reload's bytes.
      const info = await stat(file);
      const tag = `W/"${info.size}-${Math.round(info.mtimeMs)}"`;
      // pressroom's own scripts do not change while it runs: kept for a while, they spare each reload a dozen round trips.
      const cache = Object.hasOwn(files, urlPath) ? "max-age=600" : "no-cache";
      const headers = { "content-type": CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream", "cache-control": cache, etag: tag };
      if (request.headers["if-none-match"] === tag) return void response.writeHead(304, headers).end();
      response.writeHead(200, headers);
      createReadStream(file).on("error", () => response.destroy()).pipe(response);
    }).catch(refuse);
  };
}

function describePage(state: PreviewState, edition: PreviewState["editions"][number] | null): PageData {
  return {
    title: state.title,
    version: state.version,
    edition: edition && { code: edition.code, dir: edition.dir, digits: edition.digits },
    editions: state.editions.map((entry) => ({ code: entry.code, label: labelEdition(entry.code, entry.lang), url: editionUrl(entry.code) })),
    error: state.error,
    warnings: state.warnings,
  };
}

/** "Spanish" for the es edition, "flip-ar · Arabic" for a half of a flip edition. */
function labelEdition(code: string, lang: string): string {
  const name = nameLanguage(lang);
  return code === lang ? name : `${code} · ${name}`;
}

function sendPage(response: ServerResponse, html: string): void {
  response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", "content-security-policy": PAGE_POLICY }).end(html);
}

function redirect(response: ServerResponse, location: string): void {
  response.writeHead(302, { location, "cache-control": "no-store" }).end();
}
