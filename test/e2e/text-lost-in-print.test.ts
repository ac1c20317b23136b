// Text the browser prints otherwise than laid out: a page of the PDF missing words its laid-out page shows is warned, named by page and words, and the summary says so.

import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { build, type BuildResult } from "../../src/index.js";
import { getBrowserPath } from "../support/browser.js";
import { addHostileLayout, makeProject } from "../support/issue-fixture.js";
import { ROOT } from "../support/run-cli.js";

const projects: string[] = [];
afterAll(() => projects.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const STREETS = ["Mill Lane", "Weir Street", "Ferry Road", "Quay Row", "Orchard Walk", "Tannery Yard"];
/** Enough paragraphs to fill the first page and run onto a second. */
const ARTICLE = `---\ntitle: The ferry timetable, street by street\n---\n\n${Array.from(
  { length: 14 },
  (_, index) =>
    `From ${STREETS[index % STREETS.length]} the walk to the landing takes ${index + 4} minutes, and the first boat leaves at ${index % 3 === 0 ? "six" : "seven"} in the morning. Residents asked for a later evening crossing in winter, when the footbridge is closed for repairs, and the council has promised an answer before the spring.`,
).join("\n\n")}\n`;

const ARABIC_STREETS = ["شارع الطاحونة", "شارع السد", "طريق المعدية", "صف الرصيف", "ممر البستان", "ساحة الدباغة"];
/** The same in Arabic, written for this test. */
const ARABIC_ARTICLE = `---\ntitle: مواعيد المعدية شارعاً شارعاً\n---\n\n${Array.from(
  { length: 14 },
  (_, index) =>
    `من ${ARABIC_STREETS[index % ARABIC_STREETS.length]} يستغرق المشي إلى المرسى بضع دقائق، ويغادر القارب الأول في الصباح الباكر. طلب السكان عبوراً متأخراً في مساء الشتاء حين يغلق الجسر للإصلاح، ووعد المجلس بجواب قبل الربيع.`,
).join("\n\n")}\n`;

/** Builds the article (in `language`) in a copy of the newspaper layout with `extra` before its </body>. */
async function buildWith(extra: string, name: string, language: "en" | "ar" = "en"): Promise<BuildResult["outputs"][number]> {
  const issue = `---\ntitle: The Print Test\nnumber: 1\ndate: 2026-12-05\nlanguages: [${language}]\nlayout: hostile\npaper: A5\n---\n`;
  const made = makeProject({ "issue.md": issue, "01-ferry.md": language === "ar" ? ARABIC_ARTICLE.replace("---\n\n", "lang: ar\n---\n\n") : ARTICLE }, name);
  projects.push(made.project);
  addHostileLayout(made.project, ROOT, extra);
  const result = await build({ issue: made.issue, projectDir: made.project, outDir: path.join(made.project, "out"), browser: getBrowserPath() });
  return result.outputs[0]!;
}

const pageText = (file: string, page: number) =>
  execFileSync("pdftotext", ["-enc", "UTF-8", "-f", String(page), "-l", String(page), file, "-"], { encoding: "utf8" }).replace(/\u00AD/g, "").replace(/\s+/g, " ");

describe("text lost in print", () => {
  it("warns of a page whose printed text lacks words laid out on it, quoting them, and the summary does not say all text is on the pages", async () => {
    // Wider letters in print only: the browser's printed lines run longer than the laid-out ones, and the last fall off the page.
    const output = await buildWith("<style>@media print { .story-body p { letter-spacing: 0.3em; } }</style>", "print-wider");
    const lost = output.warnings.filter((warning) => warning.code === "text-lost-in-print");
    expect(lost.length).toBeGreaterThan(0);
    const first = lost[0]!;
    const [, page, near] = /^Page (\d+) of the en PDF is missing text that pressroom laid out on it, near the words “(.+)”/.exec(first.message) ?? [];
    expect(page, first.message).toBeDefined();
    // The quoted words are the article's, and that page of the PDF does not have them.
    expect(ARTICLE.replace(/\s+/g, " ")).toContain(near);
    expect(pageText(output.path, Number(page))).not.toContain(near);
    expect(output.summary.text.lost.numbers).toContain(Number(page));
  }, 120_000);

  it("checks Arabic-script letters too: an Arabic edition's page missing words is warned with them", async () => {
    const output = await buildWith("<style>@media print { .story-body p { word-spacing: 0.6em; } }</style>", "print-wider-ar", "ar");
    const lost = output.warnings.filter((warning) => warning.code === "text-lost-in-print");
    expect(lost.length, output.warnings.map((warning) => warning.message).join("\n")).toBeGreaterThan(0);
    const near = /near the words “(.+)”/.exec(lost[0]!.message)?.[1] ?? "";
    expect(ARABIC_ARTICLE.replace(/\s+/g, " ")).toContain(near);
    expect(near).toMatch(/\p{Script=Arabic}/u);
    // As laid out, nothing is missing.
    expect((await buildWith("", "print-same-ar", "ar")).warnings.filter((warning) => warning.code === "text-lost-in-print")).toEqual([]);
  }, 120_000);

  it("finds nothing missing when the browser prints the pages as laid out", async () => {
    const output = await buildWith("", "print-same");
    expect(output.pages).toBeGreaterThanOrEqual(2);
    expect(output.warnings.filter((warning) => warning.code === "text-lost-in-print")).toEqual([]);
    expect(output.summary.text.lost.numbers).toEqual([]);
    // Every paragraph's words are in the PDF.
    const text = pageText(output.path, 1) + pageText(output.path, 2) + (output.pages > 2 ? pageText(output.path, 3) : "");
    for (const street of STREETS) expect(text).toContain(`From ${street}`);
  }, 120_000);
});
