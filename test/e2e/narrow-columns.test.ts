// An article's `columns:` too many for its paper is warned at that line, measured on the laid-out page in real Chromium.

import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../src/index.js";
import type { BuildWarning } from "../../src/diagnostics/warnings.js";
import { getBrowserPath } from "../support/browser.js";
import { makeFootnoteArticles } from "../support/footnote-fixture.js";
import { makeProject } from "../support/issue-fixture.js";
import { extractText } from "../support/pdf-tools.js";
import { runCli } from "../support/run-cli.js";

const sentence = "The allotment society met in the church hall on Saturday to share out the new plots and the seed order. ";
const paragraphs = (count: number) => Array.from({ length: count }, () => sentence.repeat(4).trim()).join("\n\n");
const article = (title: string, columns: number | undefined) =>
  `---\ntitle: ${title}\n${columns === undefined ? "" : `columns: ${columns}\n`}byline: By the editors\n---\n\n${paragraphs(3)}\n`;

interface JsonWarning {
  code: string;
  message: string;
  hint?: string;
  location?: { file: string; line: number; column: number };
}

describe("columns too narrow to read", () => {
  let project = "";
  let warnings: JsonWarning[] = [];
  let text = "";

  beforeAll(() => {
    // The A5 bulletin's text area is about 125 mm wide: four columns are about 28 mm (some 17 characters a line).
    ({ project } = makeProject({
      "issue.md": "---\ntitle: Allotment News\nnumber: 2\ndate: 2026-12-06\nlanguages: [en]\nlayout: bulletin\n---\n",
      "01-four.md": article("Four columns on A5", 4),
      "02-two.md": article("Two columns on A5", 2),
      "03-layout.md": article("The layout's own columns", undefined),
    }));
    const run = runCli(["build", "issues/test-issue", "--json"], { cwd: project });
    expect(run.status, run.stderr).toBe(0);
    warnings = JSON.parse(run.stdout).outputs[0].warnings;
    text = extractText(path.join(project, "output", "test-issue", "en.pdf"));
  }, 120_000);

  afterAll(() => {
    if (project) rmSync(project, { recursive: true, force: true });
  });

  it("warns of the four-column article once, at its `columns:` line, with the count that reads well", () => {
    const narrow = warnings.filter((warning) => warning.code === "narrow-columns");
    expect(narrow).toHaveLength(1);
    const [warning] = narrow as [JsonWarning];
    expect(warning.message).toMatch(/^“Four columns on A5” is set in 4 columns about (2[4-9]|3[0-2]) mm wide \(page 1\): about 1\d characters to a line/);
    expect(warning.hint).toContain("`columns: 3` or fewer");
    expect(warning.location).toMatchObject({ line: 3, column: 10 });
    expect(warning.location?.file.endsWith("01-four.md")).toBe(true);
  });

  it("prints the article as written: a warning, not a change", () => {
    expect(text.replace(/\s+/g, " ")).toContain("Four columns on A5");
    expect(warnings.filter((warning) => warning.code !== "narrow-columns")).toEqual([]);
  });
});

describe("columns too narrow to read, in a layout that stops the build", () => {
  // A leaflet panel's five columns, a few letters wide, lost text at a break (a fuzz issue): the build stopped
  // with "text ... missing", and the warning that named the cause, given after that check, was never shown.
  it("is warned before the build stops", async () => {
    // The Footnote Gazette's notes run past an A5 page foot: the layout stops early, and the build with it.
    const notes = makeFootnoteArticles({ lang: "en", articles: 2, notesPerArticle: 12 });
    const { project, issue } = makeProject({
      "issue.md": "---\ntitle: The Footnote Gazette\nnumber: 3\ndate: 2026-05-01\nlayout: bulletin\n---\n",
      "00-four.md": `---\ntitle: Four columns on A5\ncolumns: 4\n---\n\n${paragraphs(1)}\n`,
      ...notes.files,
    });
    const heard: BuildWarning[] = [];
    try {
      const stopped = await build({ issue, projectDir: project, outDir: path.join(project, "out"), browser: getBrowserPath(), onWarning: (warning) => heard.push(warning) }).then(
        () => null,
        (error: unknown) => error as { code?: string },
      );
      expect(stopped?.code).toBe("pages-lost");
      expect(heard.filter((warning) => warning.code === "narrow-columns").map((warning) => warning.location?.line)).toEqual([3]);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  }, 120_000);
});
