// An article that runs over a page and ends in a subheading prints once: the box after it no longer makes Paged.js restart it (page/keep-begun-elements.js).

import { readFileSync, rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { build } from "../../src/index.js";
import { getBrowserPath } from "../support/browser.js";
import { makeProject } from "../support/issue-fixture.js";
import { makeMeetingSentence } from "../support/word-lists.js";
import { extractText, toWords } from "../support/pdf-tools.js";

const projects: string[] = [];
afterAll(() => projects.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const sentence = makeMeetingSentence;
const paragraph = (sentences: number, seed: number) => Array.from({ length: sentences }, (_, i) => sentence(12 + ((seed + i) % 9), seed + i)).join(" ");
/** Paragraphs of about `words` words in all, then a subheading with nothing under it. */
const endingInHeading = (words: number) => {
  const paragraphs: string[] = [];
  for (let count = 0, seed = 0; count < words; seed++) {
    paragraphs.push(paragraph(8, seed));
    count += paragraphs.at(-1)!.split(" ").length;
  }
  return `---\ntitle: A long report from the hall\n---\n\nOpening words of the report. ${paragraphs.join("\n\n")}\n\n## What comes next\n`;
};
const ISSUE_MD = "---\ntitle: The Test Gazette\nnumber: 3\ndate: 2026-05-01\nlanguages: [en]\n---\n";

/**
 * Paged.js puts a subheading's break-after: avoid on the box after its article (the editorial, or the next
 * article); when that box did not fit under the article's end on its second page, Paged.js broke before the
 * article instead, from its start: a blank page, then the article's first page printed again. The build then
 * stopped ("printed twice or out of order"). Sizes where the box falls past the page, measured with this
 * Chromium: 1,500 to 1,900 words before the editorial, 1,900 before a next article.
 */
describe("an article that ends in a subheading, past its first page", () => {
  it.each<{ name: string; words: number; files: Record<string, string> }>([
    { name: "before the editorial", words: 1700, files: { "issue.md": `${ISSUE_MD}${paragraph(14, 3)}\n\n${paragraph(10, 5)}\n` } },
    { name: "before the next article", words: 1900, files: { "issue.md": ISSUE_MD, "02-next.md": `---\ntitle: The market opens on Saturday\n---\n\n${paragraph(14, 3)}\n\n${paragraph(10, 5)}\n` } },
  ])("prints once, $name, with the subheading warned about at its line", async ({ words, files }) => {
    const { project } = makeProject({ ...files, "01-lead.md": endingInHeading(words) });
    projects.push(project);
    const result = await build({ issue: "issues/test-issue", projectDir: project, browser: getBrowserPath() });
    const [output] = result.outputs;
    expect(output!.pages).toBe(3);
    const text = extractText(output!.path);
    // The article's first words once, and every page holds text: none left blank by a restart.
    expect(text.split("Opening words of the report").length - 1).toBe(1);
    const pages = text.split("\f").slice(0, output!.pages);
    for (const page of pages) expect(toWords(page).length).toBeGreaterThan(20);
    expect(toWords(text)).toContain("comes");
    const warning = result.warnings.find((candidate) => candidate.code === "heading-at-end");
    expect(warning?.message).toBe('The subheading "What comes next" ends the article (01-lead.md) with no text under it, so it heads nothing.');
    expect(warning?.location?.line).toBe(readFileSync(`${project}/issues/test-issue/01-lead.md`, "utf8").split("\n").indexOf("## What comes next") + 1);
    // The page check does not also call it a heading parted from its text.
    expect(output!.warnings.filter((candidate) => candidate.message.includes("apart from the text it heads"))).toEqual([]);
  }, 120_000);
});
