// The glyph check runs while the browser lays out (schedule-glyph-check.ts): its error still stops the build, writes nothing and comes before any other.

import { existsSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { build } from "../../src/index.js";
import { PressroomError } from "../../src/diagnostics/errors.js";
import { getBrowserPath } from "../support/browser.js";
import { GOOD_ISSUE_MD, makeProject } from "../support/issue-fixture.js";

const projects: string[] = [];
afterAll(() => projects.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const UNPRINTABLE_ARTICLE = "---\ntitle: A party\n---\n\nThe street party ก starts at noon.\n";
const words = (count: number) => Array.from({ length: count }, (_, i) => ["council", "garden", "repairs", "rent", "neighbours", "winter"][i % 6]).join(" ");

async function buildAndCatch(files: Record<string, string>, browser = getBrowserPath()): Promise<{ project: string; error: unknown }> {
  const { project } = makeProject(files);
  projects.push(project);
  try {
    await build({ issue: "issues/test-issue", projectDir: project, browser });
    return { project, error: undefined };
  } catch (error) {
    return { project, error };
  }
}

const listPdfs = (project: string) => {
  const folder = path.join(project, "output", "test-issue");
  return existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith(".pdf")) : [];
};

describe("the glyph check, run during layout", () => {
  it("stops the build at a character no font has, located, and writes no PDF", async () => {
    const { project, error } = await buildAndCatch({ "issue.md": GOOD_ISSUE_MD, "01-a.md": UNPRINTABLE_ARTICLE });
    expect(error).toBeInstanceOf(PressroomError);
    expect((error as PressroomError).code).toBe("glyph-missing");
    expect((error as PressroomError).location?.file).toMatch(/01-a\.md$/);
    expect((error as PressroomError).location?.line).toBe(5);
    expect(listPdfs(project)).toEqual([]);
  }, 120_000);

  it("stops a long layout a moment after it starts, not once it is done", async () => {
    const articles = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`${String(i + 1).padStart(2, "0")}-a.md`, `---\ntitle: Article ${i + 1}\n---\n\n${Array.from({ length: 14 }, () => words(110) + ".").join("\n\n")}\n`]));
    const { project } = makeProject({ "issue.md": GOOD_ISSUE_MD, ...articles, "13-party.md": UNPRINTABLE_ARTICLE });
    projects.push(project);
    const warnings: string[] = [];
    let lastPage = 0;
    const error = await build({
      issue: "issues/test-issue",
      projectDir: project,
      browser: getBrowserPath(),
      onWarning: (warning) => warnings.push(warning.code),
      onProgress: (event) => {
        if (event.type === "page") lastPage = Math.max(lastPage, event.page);
      },
    }).catch((caught: unknown) => caught);
    expect((error as PressroomError).code).toBe("glyph-missing");
    // The layout given up was stopped, not taken for a crashed browser and started again (which it would say).
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(warnings).not.toContain("browser-restarted");
    // The same issue without the Thai letter: how many pages the whole layout takes.
    const { project: clean } = makeProject({ "issue.md": GOOD_ISSUE_MD, ...articles, "13-party.md": UNPRINTABLE_ARTICLE.replace(" ก", "") });
    projects.push(clean);
    const built = await build({ issue: "issues/test-issue", projectDir: clean, browser: getBrowserPath() });
    const pages = built.outputs[0]?.pages ?? 0;
    expect(pages).toBeGreaterThan(20);
    expect(lastPage).toBeGreaterThan(0);
    expect(lastPage).toBeLessThan(pages);
  }, 180_000);

  it("is told before a layout problem: a sheet too long to fit", async () => {
    const issue = GOOD_ISSUE_MD.replace("---\n", "---\nlayout: sheet\nsides: 1\n").replace(/\n\n---/, "\n---");
    const long = `---\ntitle: Too long\n---\n\n${Array.from({ length: 40 }, () => words(120) + ".").join("\n\n")}\n\nThe party ก.\n`;
    const { project, error } = await buildAndCatch({ "issue.md": issue, "01-a.md": long });
    expect((error as PressroomError).code).toBe("glyph-missing");
    expect(listPdfs(project)).toEqual([]);
    // Without the Thai letter the same sheet fails on its length: the layout problem was there to be outranked.
    const { error: lengthError } = await buildAndCatch({ "issue.md": issue, "01-a.md": long.replace(" ก", "") });
    expect((lengthError as PressroomError).code).toBe("copyfit-overflow");
  }, 180_000);

  it("is told before a browser problem: no browser at the path given", async () => {
    const missing = path.join(path.sep, "nowhere", "chromium");
    const { error } = await buildAndCatch({ "issue.md": GOOD_ISSUE_MD, "01-a.md": UNPRINTABLE_ARTICLE }, missing);
    expect((error as PressroomError).code).toBe("glyph-missing");
    const { error: browserError } = await buildAndCatch({ "issue.md": GOOD_ISSUE_MD, "01-a.md": UNPRINTABLE_ARTICLE.replace(" ก", "") }, missing);
    expect(browserError).toBeInstanceOf(PressroomError);
    expect((browserError as PressroomError).code).not.toBe("glyph-missing");
  }, 120_000);
});
