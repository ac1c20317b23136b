// A kept browser page takes the next edition's document in place of its own (page/replace-document.js): the page's scripts live on, each edition lays out as its own, and a document with a script of its own is loaded anew.

import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BuildWarning } from "../../src/diagnostics/warnings.js";
import type { BrowserSession } from "../../src/stages/paginate/browser-session.js";
import { layOutAndPrint, openEditionPage, type PaginatedPdf } from "../../src/stages/paginate/paginate.js";
import type { HtmlDocument } from "../../src/stages/render-html/render-document.js";
import { openIssueSession, type IssueSession } from "../support/browser.js";
import { makeProject } from "../support/issue-fixture.js";

let project = "";
let session: BrowserSession;
let documents: IssueSession["documents"];
/** Every page taken from the session, and whether it was one an edition gave back. */
let takes: IssueSession["takes"];

/** A mark left in a page's JavaScript world: a navigation starts a new world without it. */
const MARK = "pressroomTestMark";
const markWorld = (page: Page) => page.evaluate((name) => void ((window as unknown as Record<string, string>)[name] = "kept"), MARK);
const readMark = (page: Page) => page.evaluate((name) => (window as unknown as Record<string, string | undefined>)[name] ?? "none", MARK);

beforeAll(async () => {
  const made = makeProject({
    "issue.md": "---\ntitle: The Test Gazette\nnumber: 4\ndate: 2026-05-01\nlanguages: [en, ar]\nlayout: bulletin\n---\n",
    "01-a.md": "---\ntitle: Market\n---\n\nThe market opens on Saturday at the bridge.\n",
    "01-a.ar.md": "---\ntitle: السوق\n---\n\nيفتح السوق يوم السبت عند الجسر.\n",
  });
  project = made.project;
  ({ session, documents, takes } = await openIssueSession(made.issue, project));
}, 120_000);

afterAll(async () => {
  await session?.close();
  if (project) rmSync(project, { recursive: true, force: true });
});

/** Lays a document out and prints it as the build does; `mark` runs on its page once laid out, before printing. */
async function printDocument(document: HtmlDocument, mark?: (page: Page) => Promise<void>): Promise<{ pdf: PaginatedPdf; text: string; warnings: BuildWarning[] }> {
  const warnings: BuildWarning[] = [];
  const page = await openEditionPage(document, session, { timeoutMs: 60_000, signal: new AbortController().signal, warn: (warning) => warnings.push(warning), shadowText: true });
  await page.layOut();
  const taken = takes.at(-1);
  if (mark && taken) await mark(taken.page);
  const pdf = await layOutAndPrint(page);
  // Chrome's own PDF, before the text layer is repaired: its soft hyphens and line ends are taken out here.
  const text = execFileSync("pdftotext", ["-enc", "UTF-8", "-", "-"], { input: pdf.bytes, encoding: "utf8" }).replace(/\u00AD/g, "").replace(/\s+/g, " ");
  return { pdf, text, warnings };
}

const edition = (code: string) => {
  const document = documents.get(code);
  if (!document) throw new Error(`no ${code} edition prepared`);
  return document;
};

describe("a document put in place of another in a kept page", () => {
  let english: Awaited<ReturnType<typeof printDocument>>;
  let arabic: Awaited<ReturnType<typeof printDocument>>;
  let englishAgain: Awaited<ReturnType<typeof printDocument>>;
  let marks: string[];

  beforeAll(async () => {
    english = await printDocument(edition("en"), markWorld);
    arabic = await printDocument(edition("ar"));
    englishAgain = await printDocument(edition("en"));
    marks = await Promise.all(takes.slice(0, 3).map(({ page }) => readMark(page)));
  }, 120_000);

  it("keeps the page's scripts: one page, never navigated, for all three", () => {
    expect(takes.slice(0, 3).map(({ reused }) => reused)).toEqual([false, true, true]);
    expect(takes[1]?.page).toBe(takes[0]?.page);
    expect(takes[2]?.page).toBe(takes[0]?.page);
    expect(marks).toEqual(["kept", "kept", "kept"]);
  });

  it("lays each edition out in its own direction: a right-to-left one opens on a left-hand page, a left-to-right one after it on a right-hand page", () => {
    expect(english.pdf.layout.pageSides[0]).toBe("right");
    expect(arabic.pdf.layout.pageSides[0]).toBe("left");
    expect(englishAgain.pdf.layout.pageSides[0]).toBe("right");
  });

  it("prints each edition's own text and none of the one before, the same as a new page", () => {
    expect(english.text).toContain("The market opens on Saturday at the bridge.");
    expect(arabic.text).toMatch(/[\u0600-\u06FF]/);
    expect(arabic.text).not.toContain("The market opens");
    expect(englishAgain.text).not.toMatch(/[\u0600-\u06FF]/);
    expect(englishAgain.text).toBe(english.text);
    expect(englishAgain.pdf.layout.pageCount).toBe(english.pdf.layout.pageCount);
    for (const printed of [english, arabic, englishAgain]) expect(printed.warnings).toEqual([]);
  });

  it("loads a document with a script of its own anew, refuses and reports the script, and does not keep its page", async () => {
    const before = takes.length;
    const scripted = edition("en");
    const withScript = { ...scripted, html: scripted.html.replace("</body>", "<script>document.body.textContent = 'rewritten';</script>\n</body>") };
    let mark = "";
    const printed = await printDocument(withScript, async (page) => void (mark = await readMark(page)));
    expect(takes[before]?.reused).toBe(true);
    // A navigation: the page's world is a new one.
    expect(mark).toBe("none");
    expect(printed.warnings.filter((warning) => warning.code === "blocked-script")).toHaveLength(1);
    expect(printed.text).toContain("The market opens on Saturday at the bridge.");
    // Its page was closed rather than kept: the next edition opens a new one.
    await printDocument(edition("ar"));
    expect(takes[before + 1]?.reused).toBe(false);
  }, 120_000);

  it("navigates, as a new page would, when putting the document in place fails", async () => {
    const kept = takes.at(-1)?.page as Page;
    await markWorld(kept);
    await kept.evaluate(() => {
      (window as unknown as { pressroomReplaceDocument(): Promise<void> }).pressroomReplaceDocument = () => Promise.reject(new Error("broken on purpose"));
    });
    const before = takes.length;
    let mark = "";
    const printed = await printDocument(edition("en"), async (page) => void (mark = await readMark(page)));
    expect(takes[before]).toMatchObject({ page: kept, reused: true });
    expect(mark).toBe("none");
    expect(printed.text).toBe(english.text);
    expect(printed.warnings).toEqual([]);
  }, 120_000);
});
