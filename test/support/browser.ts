// Finds the browser the end-to-end tests use, the same way pressroom does, and opens sessions on pressroom's own templates and fonts or on an issue's, or a blank page.

import path from "node:path";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll } from "vitest";
import { createBuildContext } from "../../src/pipeline/build-context.js";
import { prepareIssue } from "../../src/pipeline/prepare-issue.js";
import { resolveProjectOptions } from "../../src/pipeline/resolve-project-options.js";
import { listLayoutFolders } from "../../src/stages/load-issue/load-layout.js";
import { openBrowserSession, type BrowserSession } from "../../src/stages/paginate/browser-session.js";
import { findBrowser } from "../../src/stages/paginate/find-browser.js";
import { launchBrowser, type LaunchedBrowser } from "../../src/stages/paginate/launch-browser.js";
import type { HtmlDocument } from "../../src/stages/render-html/render-document.js";

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

/** Launches the browser before a test file's tests, with one blank page, and closes it after them; the returned function gives the page. */
export function useBlankPage(): () => Page {
  let launched: LaunchedBrowser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    launched = await launchBrowser(findBrowser(undefined, process.env), 30_000);
    page = await launched.browser.newPage();
  }, 60_000);
  afterAll(async () => {
    await launched?.close();
  });
  return () => {
    if (!page) throw new Error("The browser did not start: see the error from beforeAll.");
    return page;
  };
}

/** A session for an issue's own editions, as the build opens it, recording every page it gives out and whether an edition gave it back first. */
export interface IssueSession {
  session: BrowserSession;
  /** Each document to lay out, by its edition code (`document.edition.code`). */
  documents: Map<string, HtmlDocument>;
  takes: { page: Page; reused: boolean }[];
}

/** Prepares the issue at `issue` (in `projectDir`) as the build does and opens a session on its folders. */
export async function openIssueSession(issue: string, projectDir: string): Promise<IssueSession> {
  const config = await resolveProjectOptions({ issue, projectDir, browser: getBrowserPath() });
  const { parts, issue: source, layout } = await prepareIssue(config, createBuildContext(new AbortController().signal));
  const documents = new Map(parts.map(({ document }) => [document.edition.code, document]));
  const folders = { issueDir: source.dir, templatesDir: config.templatesDir, fontsDir: config.fontsDir, layoutFolders: listLayoutFolders(layout) };
  const session = await openBrowserSession(findBrowser(getBrowserPath(), process.env), folders, 30_000);
  const takes: IssueSession["takes"] = [];
  const takePage = session.takePage;
  session.takePage = async () => {
    const taken = await takePage();
    takes.push(taken);
    return taken;
  };
  return { session, documents, takes };
}
