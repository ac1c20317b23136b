// Errors an editor can act on: each names the file, line and column, gives a hint, exits non-zero, shows no stack trace.

import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GOOD_ARTICLE, GOOD_ISSUE_MD, makeProject } from "../support/issue-fixture.js";
import { runCli } from "../support/run-cli.js";

const projects: string[] = [];
afterAll(() => projects.forEach((project) => rmSync(project, { recursive: true, force: true })));

function buildFixture(files: Record<string, string>) {
  const { project } = makeProject(files);
  projects.push(project);
  return runCli(["build", "issues/test-issue"], { cwd: project });
}

const where = (file: string, line: number, column: number) => `--> ${path.join("issues/test-issue", file)}:${line}:${column}`;

describe("build errors", () => {
  it("reports malformed YAML at its line and column", () => {
    const run = buildFixture({ "issue.md": "---\ntitle: The Test Gazette\nnumber: [3\ndate: 2026-05-01\n---\n", "01-a.md": GOOD_ARTICLE });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/error: The front matter is not valid YAML/);
    expect(run.stderr).toMatch(/--> issues\/test-issue\/issue\.md:\d+:\d+/);
    expect(run.stderr).toMatch(/hint:/);
  });

  it("reports an unknown front matter key at the key", () => {
    const run = buildFixture({ "issue.md": GOOD_ISSUE_MD, "01-a.md": "---\ntitle: Hello\nauthr: Sam\n---\n\nText.\n" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('"authr" is not a setting pressroom knows');
    expect(run.stderr).toContain(where("01-a.md", 3, 1));
    expect(run.stderr).toContain("3 | authr: Sam");
  });

  it("reports a bad value at the value", () => {
    const run = buildFixture({ "issue.md": GOOD_ISSUE_MD.replace("languages: [en]", "languages: [en]\npaper: B5"), "01-a.md": GOOD_ARTICLE });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('The setting "paper" must be one of A3, A4, A5, Letter, Tabloid or Half Letter');
    expect(run.stderr).toContain(where("issue.md", 6, 8));
  });

  it("reports a missing image at the line and column of its path", () => {
    const run = buildFixture({ "issue.md": GOOD_ISSUE_MD, "01-a.md": "---\ntitle: Hello\n---\n\nIntro.\n\n![A bridge](images/bridge.jpg \"The bridge\")\n" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('The image "images/bridge.jpg" is not in the issue folder');
    expect(run.stderr).toContain(where("01-a.md", 7, 13));
    expect(run.stderr).toMatch(/hint: .*images\/ folder/);
  });

  it("reports an unknown layout at the layout setting, listing the layouts there are", () => {
    const run = buildFixture({ "issue.md": GOOD_ISSUE_MD.replace("languages: [en]", "languages: [en]\nlayout: magazine"), "01-a.md": GOOD_ARTICLE });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('There is no layout called "magazine"');
    expect(run.stderr).toContain(where("issue.md", 6, 9));
    expect(run.stderr).toContain("newspaper");
  });

  it("reports an empty issue", () => {
    const run = buildFixture({ "issue.md": GOOD_ISSUE_MD });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("has no articles");
    expect(run.stderr).toContain(where("issue.md", 1, 1));
  });

  it("refuses JavaScript front matter instead of running it", () => {
    const run = buildFixture({ "issue.md": GOOD_ISSUE_MD, "01-a.md": "---js\n{ title: require('fs').readFileSync('/etc/passwd', 'utf8') }\n---\n\nText.\n" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('only reads YAML front matter');
    expect(run.stderr).not.toContain("root:");
  });

  it("shows no stack trace unless --debug", () => {
    const files = { "issue.md": GOOD_ISSUE_MD, "01-a.md": "---\ntitle: Hello\nauthr: Sam\n---\n" };
    const plain = buildFixture(files);
    expect(plain.stderr).not.toMatch(/\n\s+at .*\.(js|ts):\d+/);
    const { project } = makeProject(files);
    projects.push(project);
    const debug = runCli(["build", "issues/test-issue", "--debug"], { cwd: project });
    expect(debug.stderr).toMatch(/\n\s+at .*\.js:\d+/);
  });

  it("tells how to install a browser when none is found, with exit status 3", () => {
    const { project } = makeProject({ "issue.md": GOOD_ISSUE_MD, "01-a.md": GOOD_ARTICLE });
    projects.push(project);
    const run = runCli(["build", "issues/test-issue", "--browser", "/nonexistent/chrome"], { cwd: project });
    expect(run.status).toBe(3);
    expect(run.stderr).toContain("/nonexistent/chrome");
    expect(run.stderr).toContain("apt-get install chromium");
  });

  it("stops at a character no bundled font has, naming it and its place, and counting the others, with no PDF written", () => {
    const run = buildFixture({ "issue.md": GOOD_ISSUE_MD, "01-a.md": "---\ntitle: Street party\n---\n\nBring a dish ก and a chair 中.\n\nMore ก.\n" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("U+0E01 THAI CHARACTER KO KAI");
    expect(run.stderr).toContain(where("01-a.md", 5, 14));
    expect(run.stderr).toContain("(2 times in this file)");
    expect(run.stderr).toContain("There is 1 more such place: `pressroom check` lists them all.");
    // The check runs while the first pages are laid out (schedule-glyph-check.ts): nothing gets as far as a PDF.
    expect(run.stderr).not.toContain("done en");
    expect(run.stdout + run.stderr).not.toContain(".pdf");
  });

  it("answers a usage mistake with exit status 2", () => {
    expect(runCli(["build"]).status).toBe(2);
    expect(runCli(["print", "issues/2026-11"]).status).toBe(2);
    expect(runCli(["build", "issues/2026-11", "--timeout", "soon"]).status).toBe(2);
  });
});
