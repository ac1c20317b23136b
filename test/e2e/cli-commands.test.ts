// The commands besides build, run as an editor would (no browser needed): help for each, new, check, and their exit status.

import { spawn } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GOOD_ARTICLE, GOOD_ISSUE_MD, makeProject } from "../support/issue-fixture.js";
import { CLI, runCli } from "../support/run-cli.js";

const projects: string[] = [];
afterAll(() => projects.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function fixture(files: Record<string, string>): { project: string; issue: string } {
  const made = makeProject(files);
  projects.push(made.project);
  return made;
}

describe("help", () => {
  it("lists every command, and each command answers --help with its own usage", () => {
    const main = runCli(["--help"]);
    expect(main.status).toBe(0);
    for (const command of ["new", "preview", "check", "build"]) {
      expect(main.stdout).toContain(`pressroom ${command} <`);
      const own = runCli([command, "--help"]);
      expect(own.status, command).toBe(0);
      expect(own.stdout, command).toMatch(new RegExp(`^Usage: pressroom ${command} <`));
    }
    expect(runCli(["help", "check"]).stdout).toMatch(/^Usage: pressroom check/);
  });

  it("answers an unknown command or option with exit status 2 and what to do", () => {
    const unknown = runCli(["publish", "issues/x"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('"publish" is not a pressroom command');
    expect(unknown.stderr).toContain("build, check, new, preview");
    const option = runCli(["check", "issues/x", "--pages"]);
    expect(option.status).toBe(2);
    expect(option.stderr).toContain("pressroom check --help");
    expect(runCli(["new"]).stderr).toContain("Where should the new issue go?");
  });
});

describe("pressroom new, then pressroom check", () => {
  it("makes the next issue, which checks clean, and refuses to write over it", () => {
    const { project } = fixture({ "issue.md": GOOD_ISSUE_MD, "01-a.md": GOOD_ARTICLE });
    const made = runCli(["new", "issues/next", "--json"], { cwd: project });
    expect(made.status, made.stderr).toBe(0);
    const summary = JSON.parse(made.stdout) as { number: number; date: string; files: string[]; from: string };
    expect(summary.number).toBe(4);
    expect(summary.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(summary.files).toContain("01-first-article.md");
    expect(made.stderr).toContain("pressroom check issues/next");
    const checked = runCli(["check", "issues/next", "--json"], { cwd: project });
    expect(checked.status, checked.stderr).toBe(0);
    expect(JSON.parse(checked.stdout)).toMatchObject({ ok: true, errors: [], checked: { articles: 1, languages: ["en"], pictures: 1, editions: ["en"] } });
    expect(checked.stderr).toContain("No problems found.");
    const again = runCli(["new", "issues/next"], { cwd: project });
    expect(again.status).toBe(2);
  });

  it("fails on characters no font prints, naming the file, line, column and character; 0 with warnings only", () => {
    const { project, issue } = fixture({ "issue.md": GOOD_ISSUE_MD.replace("languages: [en]", "languages: [en, es]"), "01-a.md": GOOD_ARTICLE });
    const warned = runCli(["check", "issues/test-issue"], { cwd: project });
    expect(warned.status, warned.stderr).toBe(0);
    expect(warned.stderr).toContain("01-a.md has no Spanish version");
    expect(warned.stderr).toContain("No errors, 1 warning.");
    writeFileSync(path.join(issue, "02-party.md"), "---\ntitle: Street party\n---\n\nBring a dish ก and a chair.\n");
    const failed = runCli(["check", "issues/test-issue", "--json"], { cwd: project });
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain("issues/test-issue/02-party.md:5:14");
    expect(failed.stderr).toContain("U+0E01 THAI CHARACTER KO KAI");
    const report = JSON.parse(failed.stdout) as { ok: boolean; errors: { code: string; location: { line: number } }[] };
    expect(report.ok).toBe(false);
    expect(report.errors.map((error) => [error.code, error.location.line])).toEqual([["glyph-missing", 5]]);
  });

  it("reports a front matter mistake at its line with exit status 1, even with --quiet", () => {
    const { project } = fixture({ "issue.md": GOOD_ISSUE_MD, "01-a.md": "---\ntitle: [unclosed\n---\n\nText.\n" });
    const run = runCli(["check", "issues/test-issue", "--quiet"], { cwd: project });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("issues/test-issue/01-a.md:2");
    expect(run.stderr).not.toContain("Checked");
  });

  it("lists the front matter mistake of every article, where the build tells the first and counts the rest", () => {
    const { project } = fixture({ "issue.md": GOOD_ISSUE_MD, "01-a.md": "---\ntitle: One\ncolumns: seven\n---\n\nText.\n", "02-b.md": "---\nkicker: No title\n---\n\nText.\n", "03-c.md": GOOD_ARTICLE });
    const checked = runCli(["check", "issues/test-issue", "--json"], { cwd: project });
    expect(checked.status).toBe(1);
    const report = JSON.parse(checked.stdout) as { errors: { location: { file: string; line: number } }[] };
    expect(report.errors.map((error) => [path.basename(error.location.file), error.location.line])).toEqual([["01-a.md", 3], ["02-b.md", 1]]);
    expect(checked.stderr).toContain("2 errors, 0 warnings");
    const built = runCli(["build", "issues/test-issue"], { cwd: project });
    expect(built.status).toBe(1);
    expect(built.stderr).toContain("issues/test-issue/01-a.md:3");
    expect(built.stderr).toContain("There is 1 more such problem in other files: `pressroom check` lists them all.");
  });
});

describe("pressroom preview", () => {
  it("prints the address, serves the issue's pages there, and stops cleanly on Ctrl-C", async () => {
    const { project } = fixture({ "issue.md": GOOD_ISSUE_MD, "01-a.md": GOOD_ARTICLE });
    const child = spawn(process.execPath, [CLI, "preview", "issues/test-issue", "--json"], { cwd: project, env: { ...process.env, NO_COLOR: "1" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const started = Date.now();
    while (!stdout.includes("\n") && Date.now() - started < 30_000) await new Promise((resolve) => setTimeout(resolve, 50));
    const { url } = JSON.parse(stdout.split("\n")[0] ?? "{}") as { url: string };
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(stderr).toContain(`open ${url} in your browser`);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Some words about the street");
    expect(html).toContain("pressroom-preview");
    child.kill("SIGINT");
    const status = await new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    expect(status, stderr).toBe(0);
    expect(stderr).toContain("Stopping the preview.");
  });
});
