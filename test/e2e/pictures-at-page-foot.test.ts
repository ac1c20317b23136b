// A picture across an article's columns that would end a page with none of its text after it goes to the next page, whole, with its headline (page/keep-lines.js, keepPicturesWhole).

import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { build } from "../../src/index.js";
import { getBrowserPath } from "../support/browser.js";
import { makeProject } from "../support/issue-fixture.js";
import { extractText } from "../support/pdf-tools.js";

const projects: string[] = [];
afterAll(() => projects.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const WORDS = "the tenants association met on tuesday evening in the hall behind the library to plan the winter market the new benches on the green and the repairs to the river path which floods every year".split(" ");
const words = (count: number, shift: number) => Array.from({ length: count }, (_, i) => WORDS[(i * 7 + shift + ((i * i) % 5)) % WORDS.length]).join(" ");
/** Paragraphs of 60 words, `total` words in all. */
const paragraphs = (total: number) => {
  const list: string[] = [];
  for (let left = total, shift = 0; left > 0; left -= 60, shift++) list.push(`${words(Math.min(60, left), shift).replace(/^./, (letter) => letter.toUpperCase())}.`);
  return list;
};

/**
 * A report of 1,300 words ends page 2 so that the next article's headline fits at its foot and its {.top} picture
 * just under it. As laid out the picture fitted; once the text after it was taken off the page, Chromium set it
 * past the page, and the PDF had the headline at the foot of page 2 and the picture nowhere (a page-overflow
 * warning said it ran past the text area).
 */
describe("an article's {.top} picture under a headline at a page's foot", () => {
  it("goes to the next page with its headline, and is printed", async () => {
    const report = paragraphs(1300);
    const { project, issue } = makeProject({
      "issue.md": "---\ntitle: Pictures first\nnumber: 1\ndate: 2026-12-05\nlanguages: [en]\ncontents: false\n---\n",
      "01-report.md": `---\ntitle: The report\n---\n\n${report.join("\n\n")}\n`,
      "02-pictured.md": `---\ntitle: The kitchen opens on Friday\n---\n\n![The kitchen](images/kitchen.svg "The long table, ready for Friday"){.top}\n\n${report.slice(0, 4).join("\n\n")}\n`,
    });
    projects.push(project);
    mkdirSync(path.join(issue, "images"));
    copyFileSync(path.resolve(import.meta.dirname, "../../issues/2026-11/images/long-table-kitchen.svg"), path.join(issue, "images", "kitchen.svg"));
    const result = await build({ issue, projectDir: project, browser: getBrowserPath() });
    const [output] = result.outputs;
    expect(output!.warnings.map((warning) => warning.message)).toEqual([]);
    const pages = extractText(output!.path).split("\f");
    const headPage = pages.findIndex((page) => page.includes("The kitchen opens on Friday"));
    expect(headPage).toBeGreaterThan(0);
    expect(pages[headPage]).toContain("The long table, ready for Friday");
  }, 120_000);
});
