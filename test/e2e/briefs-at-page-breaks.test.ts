// A bulletin of two dozen one-column briefs, each opening with a list or a paragraph: no headline is left at a page's foot, no line alone overleaf, no word lost from the PDF's text.

import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { build } from "../../src/index.js";
import { getBrowserPath } from "../support/browser.js";
import { makeProject } from "../support/issue-fixture.js";
import { makeMeetingSentence } from "../support/word-lists.js";

const projects: string[] = [];
afterAll(() => projects.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const sentence = makeMeetingSentence;

/**
 * 24 briefs in one column (`columns: 1`, which Paged.js took for an element not displayed: see-styled-elements.js),
 * opening with a list of three items or a paragraph, their lengths varied by `shift`.
 */
function makeBriefs(opening: "list" | "paragraph", shift: number): Record<string, string> {
  const files: Record<string, string> = { "issue.md": "---\ntitle: The Test Gazette\nnumber: 3\ndate: 2026-05-01\nlanguages: [en]\nlayout: bulletin\ncontents: false\n---\n" };
  for (let a = 0; a < 24; a++) {
    const lead = opening === "list" ? Array.from({ length: 3 }, (_, i) => `- ${sentence(30 + ((a + i) % 7) * 3, a + i)}`).join("\n") : sentence(60 + (a % 5) * 7, a);
    const tail = Array.from({ length: 1 + ((a * 5 + shift) % 4) }, (_, i) => sentence(20 + ((a * 3 + i + shift) % 11) * 4, a * 2 + i)).join(" ");
    files[`${String(a + 1).padStart(2, "0")}-brief.md`] = `---\ntitle: Brief number ${a + 1} from the hall\ncolumns: 1\n---\n\n${lead}\n\n${tail}\n`;
  }
  return files;
}

/**
 * Each of these issues had, before: headlines at a page's foot with their briefs overleaf (the break moved
 * before a brief's first paragraph or list item left its head behind; Paged.js never kept the head with a
 * body that has a style attribute), a list item's last line alone overleaf (a hyphenated word moved whole to
 * the next page was counted as a line there), or "floods" at a page's top read back as "foods" (the
 * first-letter box Paged.js gives a carried-over paragraph, and the fl ligature in it: base.css).
 */
describe("one-column briefs at page breaks", () => {
  it.each([
    ["list", 0],
    ["list", 3],
    ["paragraph", 1],
    ["paragraph", 5],
  ] as const)("builds the briefs opening with a %s (lengths shifted by %i) with no warning", async (opening, shift) => {
    const { project, issue } = makeProject(makeBriefs(opening, shift), "briefs");
    projects.push(project);
    const result = await build({ issue, projectDir: project, browser: getBrowserPath() });
    const [output] = result.outputs;
    expect(output!.pages).toBeGreaterThanOrEqual(9);
    expect([...result.warnings, ...output!.warnings].map((warning) => warning.message)).toEqual([]);
  }, 120_000);
});
