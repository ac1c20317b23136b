// An edition laid out in a browser page another edition printed from: its own warnings, its own blocked requests, its own text, and nothing of the edition before.

import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BuildWarning } from "../../src/diagnostics/warnings.js";
import type { BrowserSession } from "../../src/stages/paginate/browser-session.js";
import { layOutAndPrint, openEditionPage } from "../../src/stages/paginate/paginate.js";
import { openIssueSession, type IssueSession } from "../support/browser.js";
import { addHostileLayout, makeProject } from "../support/issue-fixture.js";
import { ROOT } from "../support/run-cli.js";

/** A server on another loopback port, counting the requests it gets: no page may reach it. */
let bait: Server;
let baitPort = 0;
const baitHits: string[] = [];
let project = "";
let session: BrowserSession;
let documents: IssueSession["documents"];
/** Whether each page taken from the session was one an edition gave back. */
let taken: IssueSession["takes"];
const takes = () => taken.map(({ reused }) => reused);

beforeAll(async () => {
  bait = createServer((request, response) => {
    baitHits.push(request.url ?? "");
    response.writeHead(200, { "content-type": "image/png" }).end();
  });
  await new Promise<void>((resolve) => bait.listen(0, "127.0.0.1", () => resolve()));
  baitPort = (bait.address() as AddressInfo).port;
  const made = makeProject({
    "issue.md": "---\ntitle: The Test Gazette\nnumber: 3\ndate: 2026-05-01\nlanguages: [en, es]\nlayout: hostile\n---\n",
    "01-a.md": "---\ntitle: Market\n---\n\nThe market opens on Saturday at the bridge.\n",
    "01-a.es.md": "---\ntitle: Mercado\n---\n\nEl mercado abre el sábado junto al puente.\n",
  });
  project = made.project;
  // Each edition's layout reaches for a local file and for a picture on the bait server named after the edition.
  addHostileLayout(project, ROOT, `<img src="file:///etc/hostname"><img src="http://127.0.0.1:${baitPort}/{{edition.code}}.png">`);

  ({ session, documents, takes: taken } = await openIssueSession(made.issue, project));
}, 120_000);

afterAll(async () => {
  await session?.close();
  await new Promise<void>((resolve) => bait.close(() => resolve()));
  if (project) rmSync(project, { recursive: true, force: true });
});

/** Lays an edition out and prints it as the build does, with warnings of its own. */
async function printEdition(code: string): Promise<{ text: string; warnings: BuildWarning[] }> {
  const document = documents.get(code);
  if (!document) throw new Error(`no ${code} edition prepared`);
  const warnings: BuildWarning[] = [];
  const page = await openEditionPage(document, session, { timeoutMs: 60_000, signal: new AbortController().signal, warn: (warning) => warnings.push(warning), shadowText: true });
  const pdf = await layOutAndPrint(page);
  // Chrome's own PDF, before the text layer is repaired: its soft hyphens and line ends are taken out here.
  const text = execFileSync("pdftotext", ["-enc", "UTF-8", "-", "-"], { input: pdf.bytes, encoding: "utf8" }).replace(/\u00AD/g, "").replace(/\s+/g, " ");
  return { text, warnings };
}

const blockedIn = (warnings: BuildWarning[]) => warnings.filter((warning) => warning.code === "blocked-request").map((warning) => warning.message);

describe("an edition laid out in a page kept from the edition before", () => {
  let english: { text: string; warnings: BuildWarning[] };
  let englishAfter: number;
  let spanish: { text: string; warnings: BuildWarning[] };

  beforeAll(async () => {
    english = await printEdition("en");
    englishAfter = english.warnings.length;
    spanish = await printEdition("es");
  }, 120_000);

  it("is laid out in the page the first edition printed from", () => {
    expect(takes()).toEqual([false, true]);
  });

  it("has every outside request blocked and reported to it, and none to the edition before", () => {
    expect(blockedIn(english.warnings).some((message) => message.includes("file:///etc/hostname"))).toBe(true);
    expect(blockedIn(english.warnings).some((message) => message.includes(`${baitPort}/en.png`))).toBe(true);
    const blocked = blockedIn(spanish.warnings);
    expect(blocked.some((message) => message.includes("file:///etc/hostname")), JSON.stringify(blocked)).toBe(true);
    expect(blocked.some((message) => message.includes(`${baitPort}/es.png`)), JSON.stringify(blocked)).toBe(true);
    expect(blocked.some((message) => message.includes(`${baitPort}/en.png`))).toBe(false);
    expect(english.warnings).toHaveLength(englishAfter);
    expect(baitHits).toEqual([]);
  });

  it("prints its own text and none of the edition before", () => {
    expect(english.text).toContain("The market opens on Saturday at the bridge.");
    expect(spanish.text).toContain("El mercado abre el sábado junto al puente.");
    expect(spanish.text).not.toContain("The market opens");
  });

  it("is not kept when its edition was not printed: the next edition gets a new page", async () => {
    const document = documents.get("en");
    if (!document) throw new Error("no en edition prepared");
    const page = await openEditionPage(document, session, { timeoutMs: 60_000, signal: new AbortController().signal, warn: () => undefined, shadowText: true });
    await page.layOut();
    await page.close();
    const next = await printEdition("es");
    expect(takes().slice(2)).toEqual([true, false]);
    expect(next.text).toContain("El mercado abre el sábado junto al puente.");
  }, 120_000);
});
