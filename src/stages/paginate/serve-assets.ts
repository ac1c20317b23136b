// A loopback HTTP origin that serves the document and only the issue, templates and fonts folders (edge).

import { createServer, type Server } from "node:http";
import { createReadStream } from "node:fs";
import { readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { decodeUriSafely } from "../../shared/decode-uri.js";

export interface AssetRoots {
  /** URL prefix (e.g. "/issue/") -> absolute folder served under it. */
  folders: Record<string, string>;
  /** Single files by exact URL path (e.g. the Paged.js bundle). */
  files: Record<string, string>;
  /** Scripts served as one, by exact URL path: the files' text joined in order (read once per server). */
  joined?: Record<string, string[]>;
}

export interface AssetServer {
  origin: string;
  /** Makes `html` available at a fresh URL on this origin and returns that URL. */
  addDocument(name: string, html: string): string;
  removeDocument(url: string): void;
  /**
   * Serves bytes pressroom made itself (a picture resampled for print) at a fresh URL on this origin; nothing
   * from disk is reachable this way, only what Node handed over, so the boundary stays the roots above.
   */
  addFile(name: string, bytes: Uint8Array, type: string): string;
  removeFile(url: string): void;
  close(): Promise<void>;
}

/** Content types of the files the browser may be served, by extension. */
export const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ttf": "font/ttf",
  ".otf": "font/otf",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
};

/** Anything not listed in `roots` answers 404; the page reports 404s per edition (paginate.ts). */
/**
 * A second wall behind request interception: scripts only from this origin (Paged.js and the
 * bridge), no frames, objects or forms, whatever HTML a project lets through.
 */
export const DOCUMENT_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

export async function startAssetServer(roots: AssetRoots): Promise<AssetServer> {
  const documents = new Map<string, string>();
  const made = new Map<string, { bytes: Uint8Array; type: string }>();
  const joinedTexts = new Map<string, Promise<string>>();
  const readJoined = (urlPath: string, files: string[]) => {
    let text = joinedTexts.get(urlPath);
    if (!text) {
      text = joinScripts(files);
      joinedTexts.set(urlPath, text);
    }
    return text;
  };
  let counter = 0;
  const server: Server = createServer((request, response) => {
    const urlPath = decodeUriSafely(new URL(request.url ?? "/", "http://localhost").pathname);
    const refuse = () => {
      response.writeHead(404, { "content-type": "text/plain" }).end("Not found");
    };
    if (request.method !== "GET" && request.method !== "HEAD") return refuse();
    const document = documents.get(urlPath);
    if (document !== undefined) {
      response.writeHead(200, { "content-type": CONTENT_TYPES[".html"], "cache-control": "no-store", "content-security-policy": DOCUMENT_POLICY }).end(document);
      return;
    }
    const file = made.get(urlPath);
    if (file !== undefined) {
      response.writeHead(200, { "content-type": file.type, "cache-control": "no-store" }).end(file.bytes);
      return;
    }
    const joined = roots.joined?.[urlPath];
    if (joined) {
      readJoined(urlPath, joined).then((text) => {
        // Like the files below, kept by the browser for the build's other editions and copyfitting trials.
        response.writeHead(200, { "content-type": CONTENT_TYPES[".js"], "cache-control": "private, max-age=3600" }).end(text);
      }, refuse);
      return;
    }
    resolveFile(roots, urlPath).then((file) => {
      if (!file) return refuse();
      // Every edition and copyfitting trial loads the same scripts, stylesheets and fonts: the browser may keep them.
      // It lives for one build (its profile is a new folder each time), so nothing cached outlives the build.
      response.writeHead(200, { "content-type": CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream", "cache-control": "private, max-age=3600" });
      createReadStream(file).on("error", () => response.destroy()).pipe(response);
    }, refuse);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    addDocument(name, html) {
      counter += 1;
      const urlPath = `/_document/${counter}/${encodeURIComponent(name)}.html`;
      documents.set(urlPath, html);
      return origin + urlPath;
    },
    removeDocument(url) {
      documents.delete(new URL(url).pathname);
    },
    addFile(name, bytes, type) {
      counter += 1;
      const urlPath = `/_made/${counter}/${encodeURIComponent(name)}`;
      made.set(decodeUriSafely(urlPath), { bytes, type });
      return origin + urlPath;
    },
    removeFile(url) {
      made.delete(decodeUriSafely(new URL(url).pathname));
    },
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** Scripts in order as one, each after a line naming its file (a page error's line number is found from those). */
async function joinScripts(files: string[]): Promise<string> {
  const texts = await Promise.all(files.map((file) => readFile(file, "utf8")));
  // The semicolon ends a last statement a file left open, as separate <script> tags would.
  return texts.map((text, index) => `/* ${path.basename(files[index] as string)} */\n${text}\n;\n`).join("");
}

/** Maps a URL path to a file inside one of the roots, or null; symbolic links may not lead out. */
export async function resolveFile(roots: AssetRoots, urlPath: string): Promise<string | null> {
  const single = roots.files[urlPath];
  if (single) return single;
  for (const [prefix, folder] of Object.entries(roots.folders)) {
    if (!urlPath.startsWith(prefix)) continue;
    const candidate = path.resolve(folder, "." + path.posix.normalize("/" + urlPath.slice(prefix.length)));
    if (!isInside(folder, candidate)) return null;
    const real = await realpath(candidate).catch(() => null);
    const realRoot = await realpath(folder).catch(() => folder);
    if (!real || !isInside(realRoot, real)) return null;
    const info = await stat(real);
    return info.isFile() ? real : null;
  }
  return null;
}

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
}

