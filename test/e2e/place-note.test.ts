// A note put at the page foot by keep-notes.js's placeNote, through Paged.js's own footnote handler, on a page Paged.js laid out.

import { rmSync } from "node:fs";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserSession } from "../../src/stages/paginate/browser-session.js";
import { openEditionPage } from "../../src/stages/paginate/paginate.js";
import { openIssueSession, type IssueSession } from "../support/browser.js";
import { makeProject } from "../support/issue-fixture.js";

let project = "";
let session: BrowserSession;
let takes: IssueSession["takes"];
let page: Page;

beforeAll(async () => {
  const made = makeProject({
    "issue.md": "---\ntitle: The Note Gazette\nnumber: 5\ndate: 2026-05-01\nlanguages: [en]\nlayout: bulletin\n---\n",
    "01-a.md": "---\ntitle: Market\n---\n\nThe market opens on Saturday at the bridge.[^1]\n\nStalls are free for growers from the valley.\n\n[^1]: Every Saturday from May to October.\n",
  });
  project = made.project;
  const opened = await openIssueSession(made.issue, project);
  ({ session, takes } = opened);
  const document = opened.documents.get("en");
  if (!document) throw new Error("no en edition prepared");
  const edition = await openEditionPage(document, session, { timeoutMs: 60_000, signal: new AbortController().signal, warn: () => undefined, shadowText: false });
  await edition.layOut();
  page = (takes.at(-1) as IssueSession["takes"][number]).page;
}, 120_000);

afterAll(async () => {
  await session?.close();
  if (project) rmSync(project, { recursive: true, force: true });
});

describe("placeNote (page/keep-notes.js), for a note a moved break keeps on its page", () => {
  it("puts a note still in the text at its page's foot, with its call, as Paged.js does for a call it lays out", async () => {
    const placed = await page.evaluate(() => {
      const paragraph = document.querySelectorAll(".pagedjs_page .story-body p")[1] as HTMLElement;
      // A note as Paged.js leaves one in the text when it first sees the call past the page.
      const note = document.createElement("span");
      note.className = "footnote";
      note.dataset.note = "footnote";
      note.dataset.ref = "placed-note";
      note.dataset.notePolicy = "auto";
      note.textContent = "A note the test placed.";
      paragraph.append(note);
      const pageArea = paragraph.closest(".pagedjs_area") as Element;
      const done = (window as unknown as { pressroomPlaceNote: (n: HTMLElement, a: Element) => boolean }).pressroomPlaceNote(note, pageArea);
      return {
        done,
        atFoot: pageArea.querySelector(".pagedjs_footnote_inner_content")?.contains(note) ?? false,
        call: paragraph.querySelector('[data-footnote-call="placed-note"]') !== null,
        notesHeight: (pageArea as HTMLElement).style.getPropertyValue("--pagedjs-footnotes-height"),
      };
    });
    expect(placed.done).toBe(true);
    expect(placed.atFoot).toBe(true);
    expect(placed.call).toBe(true);
    // The page's notes area grew to hold it.
    expect(parseFloat(placed.notesHeight)).toBeGreaterThan(0);
  });
});
