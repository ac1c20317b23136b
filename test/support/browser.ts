// Finds the browser the end-to-end tests use, the same way pressroom does, and opens sessions on pressroom's own templates and fonts.

import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { openBrowserSession, type BrowserSession } from "../../src/stages/paginate/browser-session.js";
import { findBrowser } from "../../src/stages/paginate/find-browser.js";

const ROOT = path.resolve(import.meta.dirname, "../..");

export function getBrowserPath(): string {
  return findBrowser(undefined, process.env).path;
}

/** A browser session serving pressroom's templates (also as the issue folder) and fonts, for tests that write their own pages. */
export function openTemplateSession(): Promise<BrowserSession> {
  const templates = path.join(ROOT, "templates");
  return openBrowserSession(findBrowser(getBrowserPath(), process.env), { issueDir: templates, templatesDir: templates, fontsDir: path.join(ROOT, "fonts") }, 30_000);
}

/** Opens a template session before a test file's tests and closes it after them; the returned function gives it. */
export function useTemplateSession(): () => BrowserSession {
  let session: BrowserSession | undefined;
  beforeAll(async () => {
    session = await openTemplateSession();
  }, 60_000);
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error("The browser session did not open: see the error from beforeAll.");
    return session;
  };
}
