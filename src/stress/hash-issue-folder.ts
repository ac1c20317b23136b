// Hashes every file of an issue folder, names and bytes, so two stress runs can tell whether they built the same issue.

import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export function hashIssueFolder(dir: string): string {
  const hash = createHash("sha256");
  // Sorted: the hash must not depend on the order the disk lists files in.
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
  for (const file of files) hash.update(`${file}\0`).update(readFileSync(path.join(dir, file))).update("\0");
  return hash.digest("hex").slice(0, 16);
}
