// Makes a folder and the folders above it that are missing, one at a time (edge).

import { mkdir, stat } from "node:fs/promises";
import path from "node:path";

/**
 * mkdir with `recursive`, one folder at a time: Node 20's own looped forever where a parent exists but refuses
 * a child with ENOENT (`--out /proc/x` kept a core busy until killed).
 */
export async function makeFolder(dir: string): Promise<void> {
  const missing: string[] = [];
  let current = path.resolve(dir);
  while (!(await stat(current).catch(() => null))) {
    missing.unshift(current);
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const folder of missing) {
    await mkdir(folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "EEXIST") throw error;
    });
  }
}
