// Covers the warning that a folded leaflet has nothing to impose: told once for the issue, at issue.md's `impose:` line.

import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import type { BuildWarning } from "../../src/diagnostics/warnings.js";
import { createBuildContext } from "../../src/pipeline/build-context.js";
import { prepareIssue } from "../../src/pipeline/prepare-issue.js";
import { resolveProjectOptions } from "../../src/pipeline/resolve-project-options.js";
import { makeProject } from "../support/issue-fixture.js";

const projects: string[] = [];
afterAll(() => projects.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The warnings prepareIssue gives for an issue of three languages in `layout`, with `settings` in issue.md. */
async function prepare(layout: string, settings: string, impose?: "booklet" | "2up") {
  const article = (lang: string) => `---\ntitle: Market day ${lang}\n---\n\nThe market opens at nine.\n`;
  const { project, issue } = makeProject({
    "issue.md": `---\ntitle: Fold Gazette\nnumber: 1\ndate: 2026-12-06\nlanguages: [en, es, fr]\nlayout: ${layout}\n${settings}---\n`,
    "01-market.md": article("en"),
    "01-market.es.md": article("es"),
    "01-market.fr.md": article("fr"),
  });
  projects.push(project);
  const warnings: BuildWarning[] = [];
  const config = await resolveProjectOptions({ issue, projectDir: project, ...(impose && { impose }) });
  await prepareIssue(config, createBuildContext(new AbortController().signal, (warning) => warnings.push(warning)));
  return warnings.filter((warning) => warning.code === "impose-ignored");
}

describe("impose on a folded leaflet", () => {
  it("is warned once for the issue, not once an edition, at issue.md's impose: line", async () => {
    const warnings = await prepare("leaflet", "impose: booklet\n");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.edition).toBeUndefined();
    expect(warnings[0]?.message).toMatch(/^The leaflet layout already prints its panels on both sides of one sheet/);
    expect(warnings[0]?.location).toMatchObject({ file: expect.stringMatching(/issue\.md$/), line: 7 });
  });

  it("is warned once, with no line to point at, when it comes from --impose", async () => {
    const warnings = await prepare("leaflet", "", "2up");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.location).toBeUndefined();
  });

  it("is not warned for a layout that imposes", async () => {
    expect(await prepare("bulletin", "impose: booklet\n")).toEqual([]);
  });
});
