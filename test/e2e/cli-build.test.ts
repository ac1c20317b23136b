// The build command in real Chromium: --json and --out, atomic output, the early browser and Ctrl-C leaving nothing behind, a killed browser started again, and a layout that takes too long stopped.

import { spawn, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GOOD_ARTICLE, GOOD_ISSUE_MD, makeProject } from "../support/issue-fixture.js";
import { CLI, runCli } from "../support/run-cli.js";

const projects: string[] = [];
afterAll(() => projects.forEach((project) => rmSync(project, { recursive: true, force: true })));

function fixture(files: Record<string, string>) {
  const made = makeProject(files);
  projects.push(made.project);
  return made;
}

/** Chromium processes running with the given profile folder (other test files run browsers too). */
function countChromium(profile: string): number {
  try {
    return execFileSync("pgrep", ["-f", profile], { encoding: "utf8" }).trim().split("\n").filter(Boolean).length;
  } catch {
    return 0;
  }
}

const profileFolders = () => readdirSync(os.tmpdir()).filter((name) => name.startsWith("pressroom-chromium-"));

describe("pressroom build", () => {
  it("prints a JSON summary with each edition's path, page count and warnings, into --out", () => {
    const { project } = fixture({ "issue.md": GOOD_ISSUE_MD, "01-a.md": GOOD_ARTICLE });
    const run = runCli(["build", "issues/test-issue", "--json", "--out", "printed"], { cwd: project });
    expect(run.status, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout) as { outputs: { edition: string; path: string; pages: number; warnings: unknown[]; summary: Record<string, unknown> }[] };
    expect(summary.outputs).toHaveLength(1);
    const [output] = summary.outputs;
    expect(output?.edition).toBe("en");
    expect(output?.path).toBe(path.join(project, "printed", "test-issue", "en.pdf"));
    expect(output?.pages).toBe(1);
    expect(output?.warnings).toEqual([]);
    expect(readFileSync(output?.path as string).subarray(0, 5).toString()).toBe("%PDF-");
    // The preflight summary: in --json, and as lines an editor reads after the progress.
    expect(output?.summary).toEqual({ pages: 1, fonts: ["NotoSerif"], unembeddedFonts: [], pictures: 0, softPictures: 0, text: { articles: 1, words: 12, lost: { unit: "page", numbers: [] } }, untranslated: 0, warnings: 0 });
    expect(run.stderr).toContain("Summary of issues/test-issue:\n  en  1 page; all text on the pages (12 words); fonts embedded (NotoSerif); no pictures; no warnings\nReady to print.");
  });

  it("times each stage, in build order, under `timings` in --json and as lines with --verbose, and each edition's own", () => {
    const { project } = fixture({ "issue.md": GOOD_ISSUE_MD, "01-a.md": GOOD_ARTICLE });
    const run = runCli(["build", "issues/test-issue", "--json", "--verbose", "--out", "printed"], { cwd: project });
    expect(run.status, run.stderr).toBe(0);
    const { timings, outputs } = JSON.parse(run.stdout) as { timings: Record<string, number>; outputs: { edition: string; timings: Record<string, number> }[] };
    // Where a slow build's time went: the stages before the browser, the browser's own parts, and after it.
    for (const stage of ["load", "parse", "render", "fonts", "page", "pagination", "pdf", "postprocess", "write"]) expect(timings[stage], stage).toBeGreaterThan(0);
    const order = Object.keys(timings);
    expect(order.indexOf("load")).toBeLessThan(order.indexOf("page"));
    expect(order.indexOf("page")).toBeLessThan(order.indexOf("pagination"));
    expect(order.indexOf("pagination")).toBeLessThan(order.indexOf("pdf"));
    expect(order.indexOf("pdf")).toBeLessThan(order.indexOf("postprocess"));
    expect(run.stderr).toMatch(/Time per stage[^\n]*\n(  \w+ +\d+ ms\n)+  whole build +\d+ ms/);
    expect(run.stderr).toMatch(/\n  pagination +\d+ ms\n/);
    // Each edition's own part, in --json and as a table: here the one edition's is the build's, laid out once.
    const own = outputs[0]?.timings ?? {};
    expect(own.layouts).toBe(1);
    for (const stage of ["page", "pagination", "pdf", "postprocess", "write"]) expect(own[stage], stage).toBeGreaterThan(0);
    expect(own.pagination).toBe(timings.pagination);
    expect(own.load).toBeUndefined();
    expect(run.stderr).toMatch(/Time per edition \(ms\):\n  edition +layouts +fonts +page +pagination[^\n]*\n  en +1 +\d+ +\d+ +\d+/);
  });

  it("never replaces a good PDF with a failed build's output", () => {
    const { project, issue } = fixture({ "issue.md": GOOD_ISSUE_MD, "01-a.md": GOOD_ARTICLE });
    expect(runCli(["build", "issues/test-issue"], { cwd: project }).status).toBe(0);
    const pdf = path.join(project, "output", "test-issue", "en.pdf");
    const before = readFileSync(pdf);
    writeFileSync(path.join(issue, "02-b.md"), "---\ntitle: Broken\n---\n\n![x](images/missing.png)\n");
    expect(runCli(["build", "issues/test-issue"], { cwd: project }).status).toBe(1);
    expect(readFileSync(pdf).equals(before)).toBe(true);
    expect(readdirSync(path.dirname(pdf))).toEqual(["en.pdf"]);
  });

  it("closes the browser it starts before reading the issue when the build stops first or the project names another", () => {
    const { project } = fixture({ "issue.md": GOOD_ISSUE_MD, "01-a.md": GOOD_ARTICLE });
    // A temporary folder of its own: the browser's profile goes there, and other test files' browsers do not.
    const tmp = mkdtempSync(path.join(os.tmpdir(), "pressroom-early-browser-"));
    projects.push(tmp);
    const missing = runCli(["build", "issues/no-such-issue"], { cwd: project, env: { TMPDIR: tmp }, timeoutMs: 30_000 });
    expect(missing.status, missing.stderr).toBe(1);
    expect(missing.stderr).toContain("There is no issue folder");
    expect(readdirSync(tmp)).toEqual([]);
    // The command line starts the browser it finds; the project's settings, read after, name one that does not exist.
    writeFileSync(path.join(project, "pressroom.config.yaml"), "browser: /nonexistent/pressroom-test/chrome\n");
    const other = runCli(["build", "issues/test-issue"], { cwd: project, env: { TMPDIR: tmp }, timeoutMs: 30_000 });
    expect(other.status, other.stderr).toBe(3);
    expect(other.stderr).toContain("The browser named by pressroom.config.yaml (/nonexistent/pressroom-test/chrome) does not exist");
    expect(readdirSync(tmp)).toEqual([]);
    // A config file that cannot be read stops the build before it could take the browser.
    writeFileSync(path.join(project, "pressroom.config.yaml"), "paper: [A4\n");
    const broken = runCli(["build", "issues/test-issue"], { cwd: project, env: { TMPDIR: tmp }, timeoutMs: 30_000 });
    expect(broken.status, broken.stderr).toBe(1);
    expect(broken.stderr).toContain("pressroom.config.yaml");
    expect(readdirSync(tmp)).toEqual([]);
  });

  it("stops on Ctrl-C with exit status 130, leaving no Chromium and no temporary profile", async () => {
    const { project } = fixture({ "issue.md": GOOD_ISSUE_MD, "01-a.md": GOOD_ARTICLE });
    const foldersBefore = new Set(profileFolders());
    const child = spawn(process.execPath, [CLI, "build", "issues/test-issue"], { cwd: project, env: { ...process.env, NO_COLOR: "1" } });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    // Wait until this build's browser is up, then interrupt as a terminal's Ctrl-C would.
    const started = Date.now();
    let profile: string | undefined;
    while (Date.now() - started < 20_000) {
      profile = profileFolders().find((name) => !foldersBefore.has(name));
      if (profile && countChromium(profile) > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(profile && countChromium(profile)).toBeGreaterThan(0);
    child.kill("SIGINT");
    const status = await new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    expect(status, stderr).toBe(130);
    expect(stderr).toContain("Stopping");
    expect(countChromium(profile as string)).toBe(0);
    expect(existsSync(path.join(os.tmpdir(), profile as string))).toBe(false);
    expect(existsSync(path.join(project, "output", "test-issue", "en.pdf"))).toBe(false);
  }, 60_000);

  it("starts the browser again when it is killed mid-layout, and still writes the PDF", async () => {
    const text = Array.from({ length: 40 }, () => "The tenants met again on Thursday to go through the repair list, flat by flat, and to agree what to ask for first.").join(" ");
    const { project } = fixture({ "issue.md": GOOD_ISSUE_MD, "01-a.md": `---\ntitle: Repairs\n---\n\n${Array.from({ length: 12 }, () => text).join("\n\n")}\n` });
    const foldersBefore = new Set(profileFolders());
    const child = spawn(process.execPath, [CLI, "build", "issues/test-issue"], { cwd: project, env: { ...process.env, NO_COLOR: "1" } });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    // Once the edition is being laid out, kill its browser as a crash would.
    const started = Date.now();
    let profile: string | undefined;
    while (Date.now() - started < 30_000) {
      profile = profileFolders().find((name) => !foldersBefore.has(name));
      if (profile && stderr.includes("laying out")) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(stderr).toContain("laying out");
    execFileSync("pkill", ["-KILL", "-f", profile as string]);
    const status = await exited;
    expect(status, stderr).toBe(0);
    expect(stderr).toContain("pressroom started it again and laid the edition out anew");
    expect(readFileSync(path.join(project, "output", "test-issue", "en.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
    // Neither the killed browser's profile nor the new one's is left behind.
    expect(profileFolders().filter((name) => !foldersBefore.has(name))).toEqual([]);
  }, 90_000);

  it("stops a layout that takes too long, naming the article and the page it reached, and writes no PDF", () => {
    const paragraph = Array.from({ length: 120 }, () => "rents repairs garden council").join(" ");
    // About 240 pages, 8 s of layout on the benchmark machine: well past the 2 s allowed however fast the layout gets
    // (150 paragraphs, 81 pages, took 2.4 to 2.7 s once the looks for overflow were aimed, and sometimes finished).
    const { project } = fixture({ "issue.md": GOOD_ISSUE_MD, "01-a.md": `---\ntitle: Long\n---\n\n${Array.from({ length: 450 }, () => paragraph).join("\n\n")}\n` });
    const foldersBefore = new Set(profileFolders());
    const run = runCli(["build", "issues/test-issue", "--timeout", "2"], { cwd: project });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Laying out the en edition took longer than 2 seconds\. (It had reached page \d+, in the article “Long”\.|It stopped before finishing the first page\.)/);
    expect(run.stderr).toContain("--timeout");
    expect(existsSync(path.join(project, "output", "test-issue", "en.pdf"))).toBe(false);
    expect(profileFolders().filter((name) => !foldersBefore.has(name))).toEqual([]);
  }, 60_000);

  it("builds the sample issue from the command line into output/2026-11/", () => {
    const out = fixture({}).project;
    const run = runCli(["build", "issues/2026-11", "--out", out, "--json"]);
    expect(run.status, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout) as { outputs: { edition: string; path: string; pages: number }[] };
    expect(summary.outputs.map((o) => o.edition)).toEqual(["en", "ar", "parallel", "flip"]);
    for (const output of summary.outputs) expect(statSync(output.path).size).toBeGreaterThan(50_000);
  }, 120_000);
});
