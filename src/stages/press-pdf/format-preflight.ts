// Writes the preflight report as text: one line per finding (what, where, what to do) and a summary (pure).

import type { PreflightFinding } from "./preflight.js";

export function formatPreflight(file: string, findings: PreflightFinding[], notes: string[] = []): string {
  const lines = [`Preflight of ${file}`];
  for (const finding of findings) lines.push(`- ${finding.where}: ${finding.what} ${finding.todo}`);
  for (const note of notes) lines.push(`  note: ${note}`);
  lines.push(summarizePreflight(findings));
  return `${lines.join("\n")}\n`;
}

export function summarizePreflight(findings: PreflightFinding[]): string {
  if (!findings.length) return "Ready for the press: no problems found.";
  return `${findings.length} problem${findings.length === 1 ? "" : "s"} for the press: see the lines above.`;
}
