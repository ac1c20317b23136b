// Lays a fixture issue's edition out as the build does, in a real browser, for tests that look inside the laid-out pages.

import { rmSync } from "node:fs";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll } from "vitest";
import type { BrowserSession } from "../../src/stages/paginate/browser-session.js";
import { openEditionPage } from "../../src/stages/paginate/paginate.js";
import { openIssueSession } from "./browser.js";
import { makeProject } from "./issue-fixture.js";

/**
 * Writes `files` as an issue, lays out its edition `code` before the file's tests (its browser closed and its
 * folder removed after them), and gives the browser page holding the laid-out pages.
 */
export function useLaidOutFixture(files: Record<string, string>, code = "en"): () => Page {
  let project = "";
  let session: BrowserSession | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    const made = makeProject(files);
    project = made.project;
    const opened = await openIssueSession(made.issue, project);
    session = opened.session;
    const document = opened.documents.get(code);
    if (!document) throw new Error(`no ${code} edition prepared`);
    const edition = await openEditionPage(document, session, { timeoutMs: 60_000, signal: new AbortController().signal, warn: () => undefined, shadowText: false });
    await edition.layOut();
    page = opened.takes.at(-1)?.page;
  }, 120_000);
  afterAll(async () => {
    await session?.close();
    if (project) rmSync(project, { recursive: true, force: true });
  });
  return () => {
    if (!page) throw new Error("The fixture issue was not laid out.");
    return page;
  };
}
