// `pressroom new` for a sheet and a leaflet, then `pressroom build`: the samples fill what they are fitted to, so a first build is clean.

import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../support/run-cli.js";

const projects: string[] = [];
afterAll(() => projects.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

interface BuildReport {
  warnings: unknown[];
  outputs: { edition: string; pages: number; warnings: unknown[]; fitted?: string; panels?: { count: number }; summary: { text: { articles: number } } }[];
}

function buildNewIssue(layout: string): { issueMd: string; report: BuildReport; stderr: string } {
  const project = mkdtempSync(path.join(os.tmpdir(), "pressroom-new-sample-"));
  projects.push(project);
  const made = runCli(["new", "issues/first", "--layout", layout, "--language", "en,ar"], { cwd: project });
  expect(made.status, made.stderr).toBe(0);
  const built = runCli(["build", "issues/first", "--json"], { cwd: project, timeoutMs: 240_000 });
  expect(built.status, built.stderr).toBe(0);
  return { issueMd: readFileSync(path.join(project, "issues/first/issue.md"), "utf8"), report: JSON.parse(built.stdout) as BuildReport, stderr: built.stderr };
}

describe("a new issue's samples in the fitted layouts", () => {
  it("a first sheet is one-sided and its two sample articles fill it in both editions, without a warning", () => {
    const { issueMd, report, stderr } = buildNewIssue("sheet");
    expect(issueMd).toMatch(/^sides: 1 # one side of the sheet; write 2 to print on both$/m);
    expect(report.warnings).toEqual([]);
    for (const output of report.outputs) {
      expect(output.warnings, `${output.edition}: ${stderr}`).toEqual([]);
      expect(output.pages).toBe(1);
      expect(output.summary.text.articles).toBe(2);
      expect(output.fitted).toMatch(/^(Fitted to|Fits) its one side/);
    }
    expect(stderr).toContain("Ready to print.");
  });

  it("a first leaflet's two sample articles fill all six panels in both editions, without a warning", () => {
    const { issueMd, report, stderr } = buildNewIssue("leaflet");
    expect(issueMd).not.toContain("sides:");
    expect(report.warnings).toEqual([]);
    for (const output of report.outputs) {
      expect(output.warnings, `${output.edition}: ${stderr}`).toEqual([]);
      expect(output.panels?.count).toBe(6);
      expect(output.fitted).toMatch(/^(Fitted to|Fits) its 6 panels/);
    }
    expect(stderr).toContain("Ready to print.");
  });
});
