// Opens a fixture issue's edition in a real browser as the build does and lays it out once, for tests that look inside its pages or lay it out again.

import { rmSync } from "node:fs";
import type { Page } from "puppeteer-core";
import type { BrowserSession } from "../../src/stages/paginate/browser-session.js";
import { openEditionPage, type EditionPage } from "../../src/stages/paginate/paginate.js";
import { openIssueSession } from "./browser.js";
import { makeProject } from "./issue-fixture.js";

export interface FixtureEdition {
  /** The browser page holding the laid-out pages. */
  page: Page;
  /** The edition's page as the build holds it: `layOut()` lays it out again (as a copyfitting trial does). */
  edition: EditionPage;
  /** Closes the browser and removes the fixture's folder. */
  close(): Promise<void>;
}

/**
 * Writes `files` as an issue, opens its edition `code` and lays it out once. Handlers registered in the page after
 * that (Paged.registerHandlers) take part in the next layout.
 */
export async function openFixtureEdition(files: Record<string, string | Buffer>, code = "en"): Promise<FixtureEdition> {
  const { project, issue } = makeProject(files);
  let session: BrowserSession | undefined;
  const close = async () => {
    await session?.close();
    rmSync(project, { recursive: true, force: true });
  };
  try {
    const opened = await openIssueSession(issue, project);
    session = opened.session;
    const document = opened.documents.get(code);
    if (!document) throw new Error(`no ${code} edition prepared`);
    const edition = await openEditionPage(document, session, { timeoutMs: 60_000, signal: new AbortController().signal, warn: () => undefined, shadowText: false });
    await edition.layOut();
    const page = opened.takes.at(-1)?.page;
    if (!page) throw new Error("no browser page taken");
    return { page, edition, close };
  } catch (error) {
    await close();
    throw error;
  }
}
