// A last page that prints only the colophon is warned, in real Chromium: the articles ended just short of room for it.

import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { buildFixture } from "../support/build-fixture.js";
import { extractText } from "../support/pdf-tools.js";

const projects: string[] = [];
afterAll(() => projects.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const sentence = "The tenants of the north block met the council on Monday about the windows and the heating. ";

/** An A4 newspaper issue of one report, `count` paragraphs of five sentences and two by turns. */
async function buildReport(count: number) {
  const paragraphs = Array.from({ length: count }, (_, index) => sentence.repeat(index % 3 === 2 ? 2 : 5).trim());
  const { project, result } = await buildFixture({
    "issue.md": "---\ntitle: Colophon Gazette\nnumber: 4\ndate: 2026-12-06\nlanguages: [en]\ncontents: false\n---\n",
    "01-report.md": `---\ntitle: The winter report\n---\n\n${paragraphs.join("\n\n")}\n`,
  });
  projects.push(project);
  const output = result.outputs[0]!;
  return { output, pages: extractText(output.path).split("\f").filter((page) => page.trim()) };
}

describe("a last page that prints only the colophon", () => {
  it("is warned, naming it and the page the articles end on", async () => {
    // 28 paragraphs fill pages 1 and 2 to the foot: the colophon goes on alone (found so in generated reports).
    const { output, pages } = await buildReport(28);
    expect(output.pages).toBe(3);
    const last = pages[2]?.split("\n").map((line) => line.trim()).filter(Boolean) ?? [];
    expect(last.every((line) => line.startsWith("Colophon Gazette") || line === "3"), last.join(" | ")).toBe(true);
    expect(output.warnings.map((warning) => [warning.code, warning.message])).toEqual([
      ["colophon-alone", expect.stringMatching(/^The last page, page 3, prints only the colophon .*: the articles end on page 2, just short of room for it\.$/)],
    ]);
  }, 120_000);

  it("is not warned when the articles' last lines print with it", async () => {
    const { output, pages } = await buildReport(29);
    expect(output.pages).toBe(3);
    expect(pages[2]).toContain("The tenants of the north block");
    expect(output.warnings).toEqual([]);
  }, 120_000);
});
