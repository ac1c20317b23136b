// The stress run's records: a build's --json and error read into editions, the totals, the table, and the comparison of two runs.

import { describe, expect, it } from "vitest";
import { compareStressRuns } from "../../src/stress/compare-stress-runs.js";
import { formatStressTable } from "../../src/stress/format-stress-table.js";
import { planStressIssue, type StressPlan } from "../../src/stress/plan-stress-issue.js";
import { recordStressBuild } from "../../src/stress/record-stress-build.js";
import type { IssueRecord, StressSummary } from "../../src/stress/stress-summary.js";
import { sumStressRun } from "../../src/stress/sum-stress-run.js";

const PARAGRAPHS = new Map([
  ["en", 400],
  ["ar", 40],
]);
/** A plan with the editions en, ar and parallel, whatever the seed drew. */
const plan: StressPlan = { ...planStressIssue(5, PARAGRAPHS), editionCodes: ["en", "ar", "parallel"] };

const json = (outputs: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({ issue: plan.name, outputs, warnings: [], ...extra });
const output = (edition: string, pages: number, warnings: unknown[] = []) => ({ edition, pages, warnings, timings: { pagination: 1500, pdf: 500, layouts: 3 } });

function summarize(issues: IssueRecord[]): StressSummary {
  return { version: 1, startedAt: "2026-01-01T00:00:00.000Z", firstSeed: 1, count: issues.length, text: "test", issues, totals: sumStressRun(issues) };
}

describe("recording a build", () => {
  it("reads each edition's pages, warnings with their page, place and words, and its own seconds", () => {
    const lone = { code: "break-defect", message: "On page 6, column 2, only the last line ...", location: { file: "/tmp/x/issues/n/03-a.md", line: 12 } };
    const record = recordStressBuild(
      plan,
      { exitCode: 0, stdout: json([output("en", 6, [lone]), output("ar", 5), output("parallel", 9)], { warnings: [{ code: "html-as-text", message: "..." }] }), stderr: "", seconds: 4.26 },
      "output/stress/issues/n",
      "abc",
    );
    expect(record.editions).toEqual([
      { edition: "en", pages: 6, warnings: [{ code: "break-defect", page: 6, file: "03-a.md", line: 12, message: lone.message }], seconds: 2 },
      { edition: "ar", pages: 5, warnings: [], seconds: 2 },
      { edition: "parallel", pages: 9, warnings: [], seconds: 2 },
    ]);
    expect(record.issueWarnings).toEqual([{ code: "html-as-text", message: "..." }]);
    expect(record).toMatchObject({ exitCode: 0, seconds: 4.3, inputHash: "abc", dir: "output/stress/issues/n" });
    expect(record.error).toBeUndefined();
  });

  it("keeps a failed build's error as printed, after its warnings, and marks every edition it did not write", () => {
    const stderr = "warning: something\n  hint: this\nen: laying out...\nerror: The note [^3] has no text.\n  --> issues/x/01-a.md:4:2\n  hint: Write it.\n";
    const record = recordStressBuild(plan, { exitCode: 1, stdout: "", stderr, seconds: 1 }, "d", "h");
    expect(record.error).toBe("error: The note [^3] has no text.\n  --> issues/x/01-a.md:4:2\n  hint: Write it.");
    expect(record.editions.map((edition) => [edition.edition, edition.pages, edition.failure])).toEqual([
      ["en", undefined, "error: The note [^3] has no text."],
      ["ar", undefined, "error: The note [^3] has no text."],
      ["parallel", undefined, "error: The note [^3] has no text."],
    ]);
  });

  it("tells an edition not written (a sheet it does not fit) from those written, and a build stopped for time", () => {
    const stdout = json([output("en", 2), output("parallel", 3)], { notWritten: [{ edition: "ar", code: "sheet-overflow", message: "The ar edition does not fit on 2 sides." }] });
    const record = recordStressBuild(plan, { exitCode: 1, stdout, stderr: "error: The ar edition does not fit on 2 sides.\n", seconds: 3 }, "d", "h");
    expect(record.editions.map((edition) => edition.failure)).toEqual([undefined, "not written: The ar edition does not fit on 2 sides.", undefined]);
    const stopped = recordStressBuild(plan, { exitCode: 143, stdout: "", stderr: "", seconds: 600, timedOut: 600 }, "d", "h");
    expect(stopped.exitCode).toBeNull();
    expect(stopped.editions[0]?.failure).toBe("stopped after 600 s: the build took too long");
  });
});

describe("summing up and printing a run", () => {
  const ok = recordStressBuild(plan, { exitCode: 0, stdout: json([output("en", 6, [{ code: "widow", message: "page 2" }, { code: "widow", message: "page 4" }]), output("ar", 5), output("parallel", 9, [{ code: "orphan" }])]), stderr: "", seconds: 2 }, "d", "h1");
  const failed: IssueRecord = { ...recordStressBuild(plan, { exitCode: 1, stdout: "", stderr: "error: Broken.\n", seconds: 1 }, "d", "h2"), name: "sheet-3" };
  // The run measures each PDF's pages ending blank after recording the build (run-stress.ts's addBlankPages).
  (ok.editions[2] as IssueRecord["editions"][number]).blankPages = [
    { page: 3, share: 0.52 },
    { page: 7, share: 0.31 },
  ];

  it("counts issues, editions, pages, warnings by code, pages ending blank and editions with no PDF", () => {
    expect(sumStressRun([ok, failed])).toEqual({ issues: 2, editions: 6, pages: 20, warnings: { orphan: 1, widow: 2 }, failures: 3, blankPages: 2, seconds: 3 });
  });

  it("prints a line per edition with its warnings by code, its pages ending blank or its failure, then the totals", () => {
    const table = formatStressTable(summarize([ok, failed])).split("\n");
    expect(table[0]).toMatch(/^issue\s+edition\s+pages\s+warnings\s+blank pages\s+failure$/);
    expect(table[1]).toMatch(new RegExp(`^${plan.name}\\s+en\\s+6\\s+widow 2\\s+-$`));
    expect(table[3]).toMatch(/\sparallel\s+9\s+orphan 1\s+3 \(52%\), 7 \(31%\)$/);
    expect(table[4]).toMatch(/^sheet-3\s+en\s+-\s+-\s+-\s+error: Broken\.$/);
    expect(table.at(-1)).toBe(
      "Totals: 2 issues, 6 editions, 20 pages, 3 warnings (orphan 1, widow 2), 2 pages ending a third blank or more, 3 failures (sheet-3 en, sheet-3 ar, sheet-3 parallel); 3 s of builds.",
    );
  });
});

describe("comparing two runs", () => {
  const edition = (name: string, pages: number | undefined, codes: string[] = [], failure?: string, blank: number[] = []) => ({
    edition: name,
    ...(pages !== undefined && { pages }),
    warnings: codes.map((code) => ({ code, page: 2 })),
    ...(failure && { failure }),
    ...(blank.length && { blankPages: blank.map((page) => ({ page, share: 0.4 })) }),
  });
  const issue = (name: string, editions: IssueRecord["editions"], inputHash = "same"): IssueRecord => ({
    name, seed: 1, kind: "newspaper", layout: "newspaper", paper: "A4", languages: ["en", "ar"], dir: name, inputHash, exitCode: 0, seconds: 1, editions, issueWarnings: [],
  });

  it("says nothing but the verdict when every edition came out alike", () => {
    const run = summarize([issue("newspaper-1", [edition("en", 4, ["widow"]), edition("ar", 5)])]);
    expect(compareStressRuns(run, run)).toEqual({ lines: [], verdict: "No differences: 2 editions built alike." });
  });

  it("lists pages changed, warnings and pages ending blank added and removed, editions newly failing and passing, and issues built from other files", () => {
    const before = summarize([
      issue("newspaper-1", [edition("en", 4, ["widow"], undefined, [2, 3]), edition("ar", 5), edition("parallel", undefined, [], "error: Lost text.")]),
      issue("sheet-2", [edition("en", 2)]),
      issue("leaflet-9", [edition("en", 2)]),
    ]);
    const after = summarize([
      issue("newspaper-1", [edition("en", 5, ["orphan"], undefined, [3, 4]), edition("ar", 5), edition("parallel", 8)]),
      issue("sheet-2", [edition("en", undefined, [], "not written: too long")], "other"),
      issue("bulletin-4", [edition("en", 3)]),
    ]);
    const { lines, verdict } = compareStressRuns(before, after);
    expect(lines).toEqual([
      "newspaper-1 en: pages 4 → 5; +orphan p.2; -widow p.2; +blank p.4 (40%); -blank p.2 (40%)",
      "newspaper-1 parallel: now passes",
      "sheet-2: built from other files than in the old run (the generator or the text changed)",
      "sheet-2 en: now fails: not written: too long",
      "bulletin-4: not in the old run",
      "in the old run only: leaflet-9",
    ]);
    expect(verdict).toBe("3 of 4 editions differ: 1 newly failing, 1 newly passing, 1 with other page counts, 1 with warnings added, 1 with warnings removed, 1 with pages ending blank added, 1 with pages ending blank removed (1 issue was built from other files: sheet-2).");
  });
});
