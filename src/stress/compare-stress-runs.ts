// Compares a stress run with an earlier one edition by edition: pages changed, warnings added or removed, pages ending blank added or removed, newly failing or passing (pure).

import type { BlankPage } from "./measure-blank-pages.js";
import type { EditionRecord, StressSummary, WarningRecord } from "./stress-summary.js";

export interface StressComparison {
  /** One line per edition that differs, and per issue built from other files or built in one run only. */
  lines: string[];
  verdict: string;
}

interface Tally {
  compared: number;
  differing: number;
  failing: number;
  passing: number;
  pages: number;
  added: number;
  removed: number;
  blankAdded: number;
  blankRemoved: number;
}

export function compareStressRuns(before: StressSummary, after: StressSummary): StressComparison {
  const lines: string[] = [];
  const tally: Tally = { compared: 0, differing: 0, failing: 0, passing: 0, pages: 0, added: 0, removed: 0, blankAdded: 0, blankRemoved: 0 };
  const otherInput: string[] = [];
  for (const issue of after.issues) {
    const old = before.issues.find((candidate) => candidate.name === issue.name);
    if (!old) {
      lines.push(`${issue.name}: not in the old run`);
      continue;
    }
    // The same seed writes other files when the generator or the text changed: then the code is not all that differs.
    if (old.inputHash !== issue.inputHash) {
      otherInput.push(issue.name);
      lines.push(`${issue.name}: built from other files than in the old run (the generator or the text changed)`);
    }
    const issueWide = diffWarnings(old.issueWarnings, issue.issueWarnings);
    if (issueWide.length) lines.push(`${issue.name} (issue): ${issueWide.join(", ")}`);
    for (const edition of issue.editions) {
      tally.compared++;
      const changes = compareEdition(old.editions.find((candidate) => candidate.edition === edition.edition), edition, tally);
      if (!changes.length) continue;
      tally.differing++;
      lines.push(`${issue.name} ${edition.edition}: ${changes.join("; ")}`);
    }
    for (const gone of old.editions.filter((edition) => !issue.editions.some((candidate) => candidate.edition === edition.edition))) {
      lines.push(`${issue.name} ${gone.edition}: no longer built`);
    }
  }
  const oldOnly = before.issues.filter((issue) => !after.issues.some((candidate) => candidate.name === issue.name));
  if (oldOnly.length) lines.push(`in the old run only: ${oldOnly.map((issue) => issue.name).join(", ")}`);
  return { lines, verdict: writeVerdict(tally, otherInput) };
}

function compareEdition(old: EditionRecord | undefined, edition: EditionRecord, tally: Tally): string[] {
  if (!old) return ["new edition"];
  const changes: string[] = [];
  if (!old.failure && edition.failure) {
    tally.failing++;
    changes.push(`now fails: ${edition.failure.split("\n")[0]}`);
  } else if (old.failure && !edition.failure) {
    tally.passing++;
    changes.push("now passes");
  } else if (old.failure && edition.failure && old.failure !== edition.failure) {
    changes.push(`fails otherwise: ${edition.failure.split("\n")[0]}`);
  }
  if (old.pages !== undefined && edition.pages !== undefined && old.pages !== edition.pages) {
    tally.pages++;
    changes.push(`pages ${old.pages} → ${edition.pages}`);
  }
  const warnings = diffWarnings(old.warnings, edition.warnings);
  if (warnings.some((change) => change.startsWith("+"))) tally.added++;
  if (warnings.some((change) => change.startsWith("-"))) tally.removed++;
  const blank = diffBlankPages(old.blankPages ?? [], edition.blankPages ?? []);
  if (blank.some((change) => change.startsWith("+"))) tally.blankAdded++;
  if (blank.some((change) => change.startsWith("-"))) tally.blankRemoved++;
  return [...changes, ...warnings, ...blank];
}

/** "+blank p.5 (52%)", "-blank p.7 (31%)": a page that ends blank in one run and not in the other, by its number. */
function diffBlankPages(old: readonly BlankPage[], now: readonly BlankPage[]): string[] {
  const describe = ({ page, share }: BlankPage) => `blank p.${page} (${Math.round(share * 100)}%)`;
  const added = now.filter((page) => !old.some((candidate) => candidate.page === page.page));
  const removed = old.filter((page) => !now.some((candidate) => candidate.page === page.page));
  return [...added.map((page) => `+${describe(page)}`), ...removed.map((page) => `-${describe(page)}`)];
}

/** "+lone-line p.4", "-widow p.3 (02-market.md:12)": a warning that moved to another page is one removed and one added. */
function diffWarnings(old: readonly WarningRecord[], now: readonly WarningRecord[]): string[] {
  const left = old.map(describeWarning);
  const added: string[] = [];
  for (const warning of now.map(describeWarning)) {
    const index = left.indexOf(warning);
    if (index >= 0) left.splice(index, 1);
    else added.push(warning);
  }
  return [...added.map((warning) => `+${warning}`), ...left.map((warning) => `-${warning}`)];
}

function describeWarning(warning: WarningRecord): string {
  const page = warning.page === undefined ? "" : ` p.${warning.page}`;
  const place = warning.file ? ` (${warning.file}${warning.line === undefined ? "" : `:${warning.line}`})` : "";
  return `${warning.code}${page}${place}`;
}

function writeVerdict(tally: Tally, otherInput: readonly string[]): string {
  const input = otherInput.length ? ` (${otherInput.length} ${otherInput.length === 1 ? "issue was" : "issues were"} built from other files: ${otherInput.join(", ")})` : "";
  if (!tally.differing) return `No differences: ${tally.compared} editions built alike${input}.`;
  const parts = [
    [tally.failing, "newly failing"],
    [tally.passing, "newly passing"],
    [tally.pages, "with other page counts"],
    [tally.added, "with warnings added"],
    [tally.removed, "with warnings removed"],
    [tally.blankAdded, "with pages ending blank added"],
    [tally.blankRemoved, "with pages ending blank removed"],
  ] as const;
  const described = parts.filter(([count]) => count > 0).map(([count, what]) => `${count} ${what}`);
  return `${tally.differing} of ${tally.compared} editions differ${described.length ? `: ${described.join(", ")}` : ""}${input}.`;
}
