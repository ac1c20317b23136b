// Makes the output folder before any layout, and says in an editor's words why it cannot be written (edge).

import { constants, statSync } from "node:fs";
import { access } from "node:fs/promises";
import path from "node:path";
import { OutputError } from "../../diagnostics/errors.js";
import { makeFolder } from "../../shared/make-folder.js";

const HINT = "Choose another folder with --out, or free the one named.";

/**
 * A folder the PDFs cannot go into was found only after every edition had been laid out (a minute for a long
 * issue), and then as "an unexpected problem: ENOTDIR ... this is a bug in pressroom". It is made and tried first.
 */
export async function prepareOutputFolder(dir: string): Promise<void> {
  try {
    await makeFolder(dir);
    await access(dir, constants.W_OK);
  } catch (error) {
    throw new OutputError("write-failed", `The PDFs cannot be saved in ${dir}: ${describeWriteError(error, dir)}.`, { hint: HINT, cause: error });
  }
}

/** Why writing at `target` failed, for an editor: a file in the way, no permission, a read-only or full disk. */
export function describeWriteError(error: unknown, target: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOTDIR" || code === "EEXIST") {
    const blocking = findFileInTheWay(target);
    return blocking ? `${blocking} is a file, not a folder` : "a file has the name a folder needs";
  }
  if (code === "ENOENT") return `the folder ${(error as NodeJS.ErrnoException).path ?? target} cannot be made there`;
  if (code === "EACCES" || code === "EPERM") return "pressroom is not allowed to write there";
  if (code === "EROFS") return "the disk is read-only";
  if (code === "ENOSPC") return "the disk is full";
  return (error as Error).message;
}

/** The first part of `target`'s path that exists and is a file. */
function findFileInTheWay(target: string): string | undefined {
  let current = path.resolve(target);
  const parts: string[] = [];
  while (path.dirname(current) !== current) {
    parts.unshift(current);
    current = path.dirname(current);
  }
  return parts.find((part) => {
    try {
      return statSync(part).isFile();
    } catch {
      return false;
    }
  });
}
