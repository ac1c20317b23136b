// The shape of a stress run's summary.json: what each generated issue's build produced, edition by edition, and the totals.

import type { BlankPage } from "./measure-blank-pages.js";

export interface WarningRecord {
  code: string;
  /** The page (or panel) the warning's message names first, when it names one. */
  page?: number;
  /** The file in the issue folder, and its line, when the warning has a place. */
  file?: string;
  line?: number;
  /** The warning as the build worded it, to read what a warning in a run says without building the issue again. */
  message?: string;
}

export interface EditionRecord {
  /** As the build names the PDF: `en`, `parallel`, `parallel-ar-en`, `flip`. */
  edition: string;
  /** Absent when no PDF was written. */
  pages?: number;
  warnings: WarningRecord[];
  /** Why no PDF was written for it: the build's error, or the edition's own (a sheet it does not fit). */
  failure?: string;
  /** The edition's own share of the build, from its stages' timings. */
  seconds?: number;
  /** Its pages (the last aside) that end a third blank or more, as drawn, each with the share blank; absent when none. */
  blankPages?: BlankPage[];
}

export interface IssueRecord {
  /** `<kind>-<seed>`, the issue folder's name. */
  name: string;
  seed: number;
  kind: string;
  layout: string;
  paper: string;
  languages: string[];
  /** The issue folder, relative to where the run was started. */
  dir: string;
  /** A hash of every file written for the issue: two runs compared with different hashes built different issues. */
  inputHash: string;
  /** The build's exit status; null when it was stopped for taking too long. */
  exitCode: number | null;
  /** The build's error as it printed it, when it ended with one. */
  error?: string;
  seconds: number;
  editions: EditionRecord[];
  /** Warnings about the issue as a whole, which belong to every edition. */
  issueWarnings: WarningRecord[];
}

export interface StressTotals {
  issues: number;
  editions: number;
  pages: number;
  /** Warnings by code, issue-wide ones counted once. */
  warnings: Record<string, number>;
  /** Editions with no PDF. */
  failures: number;
  /** Pages that end a third blank or more (EditionRecord's blankPages), in all. */
  blankPages: number;
  seconds: number;
}

export interface StressSummary {
  version: 1;
  startedAt: string;
  firstSeed: number;
  count: number;
  /** Where the text came from. */
  text: string;
  issues: IssueRecord[];
  totals: StressTotals;
}
