// Turns what one build printed (its --json summary, its exit status and error) into the stress run's record of the issue (pure).

import path from "node:path";
import type { StressPlan } from "./plan-stress-issue.js";
import type { EditionRecord, IssueRecord, WarningRecord } from "./stress-summary.js";

export interface BuildOutcome {
  /** null when the process ended by a signal. */
  exitCode: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  /** Set when the run stopped the build for taking too long. */
  timedOut?: number;
}

/** The parts of `pressroom build --json` the record reads (run-build-command.ts writes it). */
interface BuildJson {
  outputs?: { edition: string; pages: number; warnings?: JsonWarning[]; timings?: Record<string, number> }[];
  warnings?: JsonWarning[];
  notWritten?: { edition: string; code?: string; message: string }[];
}

interface JsonWarning {
  code: string;
  message?: string;
  location?: { file?: string; line?: number };
}

export function recordStressBuild(plan: StressPlan, outcome: BuildOutcome, dir: string, inputHash: string): IssueRecord {
  const json = readJson(outcome.stdout);
  const error = outcome.timedOut ? `stopped after ${outcome.timedOut} s: the build took too long` : outcome.exitCode !== 0 ? readError(outcome.stderr) : undefined;
  const editions = plan.editionCodes.map((code): EditionRecord => {
    const output = json?.outputs?.find((candidate) => candidate.edition === code);
    if (output) {
      const seconds = Object.entries(output.timings ?? {}).reduce((sum, [stage, ms]) => (stage === "layouts" ? sum : sum + ms), 0) / 1000;
      return { edition: code, pages: output.pages, warnings: (output.warnings ?? []).map(recordWarning), seconds: roundSeconds(seconds) };
    }
    const notWritten = json?.notWritten?.find((candidate) => candidate.edition === code);
    const failure = notWritten ? `not written: ${notWritten.message}` : (takeFirstLine(error) ?? "no PDF written, and the build said nothing about it");
    return { edition: code, warnings: [], failure };
  });
  return {
    name: plan.name,
    seed: plan.seed,
    kind: plan.kind,
    layout: plan.layout,
    paper: plan.paper,
    languages: plan.languages,
    dir,
    inputHash,
    exitCode: outcome.timedOut ? null : outcome.exitCode,
    ...(error && { error }),
    seconds: roundSeconds(outcome.seconds),
    editions,
    issueWarnings: (json?.warnings ?? []).map(recordWarning),
  };
}

/** The page a message names first ("... on page 4", "panel 5"): layout warnings carry their page only in words. */
function recordWarning(warning: JsonWarning): WarningRecord {
  const page = /\b(?:page|panel)s? (\d+)\b/.exec(warning.message ?? "")?.[1];
  return {
    code: warning.code,
    ...(page && { page: Number(page) }),
    ...(warning.location?.file && { file: path.basename(warning.location.file) }),
    ...(warning.location?.line !== undefined && { line: warning.location.line }),
    ...(warning.message && { message: warning.message }),
  };
}

/** A build that stopped prints no JSON: its summary is lost, not the run. */
function readJson(stdout: string): BuildJson | undefined {
  try {
    const parsed = JSON.parse(stdout) as unknown;
    return parsed && typeof parsed === "object" ? (parsed as BuildJson) : undefined;
  } catch {
    return undefined;
  }
}

/** The error block the build printed last ("error: ..." and its place and hint), after its warnings and summary. */
function readError(stderr: string): string {
  const lines = stderr.trimEnd().split("\n");
  const start = lines.findLastIndex((line) => /^error\b/.test(line));
  return (start >= 0 ? lines.slice(start) : lines.slice(-20)).join("\n").trim() || "the build failed and printed nothing";
}

function takeFirstLine(text: string | undefined): string | undefined {
  return text?.split("\n")[0];
}

function roundSeconds(seconds: number): number {
  return Math.round(seconds * 10) / 10;
}
