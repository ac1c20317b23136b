// Removes the files an earlier build wrote for an edition this build could not write, so none is printed by mistake (edge).

import { rm, stat } from "node:fs/promises";
import path from "node:path";
import { COMPANION_SUFFIXES } from "../../shared/companion-files.js";

/**
 * Removes `<edition>.pdf` and its companions from `dir` when they are there, and returns the names removed. An
 * older PDF left beside the new editions would look like this build's: a distributor would print last month's.
 */
export async function removeStaleOutput(dir: string, edition: string): Promise<string[]> {
  const removed: string[] = [];
  for (const name of [".pdf", ...Object.values(COMPANION_SUFFIXES)].map((suffix) => `${edition}${suffix}`)) {
    const file = path.join(dir, name);
    const found = await stat(file).catch(() => null);
    if (!found || !found.isFile()) continue;
    await rm(file, { force: true });
    removed.push(name);
  }
  return removed;
}
