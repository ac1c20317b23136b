// Covers the warning that --paper-weight changes nothing in a build that makes no booklet.

import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import type { BuildWarning } from "../../src/diagnostics/warnings.js";
import { createBuildContext } from "../../src/pipeline/build-context.js";
import { prepareIssue } from "../../src/pipeline/prepare-issue.js";
import { resolveProjectOptions } from "../../src/pipeline/resolve-project-options.js";
import { makeProject } from "../support/issue-fixture.js";

const projects: string[] = [];
afterAll(() => projects.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The paper-weight warnings prepareIssue gives for a one-article bulletin with `settings` in issue.md and the flags `options`. */
async function prepare(settings: string, options: { impose?: "booklet" | "2up"; paperWeight?: number; press?: { bleedMm?: number } }) {
  const { project, issue } = makeProject({
    "issue.md": `---\ntitle: Fold Gazette\nnumber: 1\ndate: 2026-12-07\nlanguages: [en]\nlayout: bulletin\npaper: A5\n${settings}---\n`,
    "01-market.md": "---\ntitle: Market day\n---\n\nThe market opens at nine.\n",
  });
  projects.push(project);
  const warnings: BuildWarning[] = [];
  const config = await resolveProjectOptions({ issue, projectDir: project, ...options });
  await prepareIssue(config, createBuildContext(new AbortController().signal, (warning) => warnings.push(warning)));
  return warnings.filter((warning) => warning.code === "paper-weight-ignored");
}

describe("--paper-weight", () => {
  it("is warned when the build makes no booklet: none asked for, a 2-up copy, or a press run that leaves issue.md's booklet aside", async () => {
    const none = await prepare("", { paperWeight: 120 });
    expect(none).toHaveLength(1);
    expect(none[0]?.message).toBe("--paper-weight 120 is for a booklet's paper, and this build makes no booklet, so it changes nothing.");
    expect(none[0]?.hint).toMatch(/--impose booklet/);
    expect(await prepare("", { paperWeight: 120, impose: "2up" })).toHaveLength(1);
    expect(await prepare("impose: booklet\n", { paperWeight: 120, press: {} })).toHaveLength(1);
  });

  it("is not warned with a booklet, asked for by the flag or by issue.md, nor when not given", async () => {
    expect(await prepare("", { paperWeight: 120, impose: "booklet" })).toEqual([]);
    expect(await prepare("impose: booklet\n", { paperWeight: 120 })).toEqual([]);
    expect(await prepare("paper-weight: 120\n", {})).toEqual([]);
  });
});
