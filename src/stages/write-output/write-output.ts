// Writes a finished PDF atomically: a failed build never leaves a truncated file or replaces a good one (edge).

import { open, rename, rm } from "node:fs/promises";
import path from "node:path";
import { OutputError } from "../../diagnostics/errors.js";
import { makeFolder } from "../../shared/make-folder.js";
import { describeWriteError } from "./prepare-output-folder.js";

export async function writeOutput(file: string, bytes: Uint8Array): Promise<void> {
  const dir = path.dirname(file);
  const temporary = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await makeFolder(dir);
    const handle = await open(temporary, "w");
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    // rename() within one folder replaces the old file in one step.
    await rename(temporary, file);
  } catch (error) {
    // Where the folder could not be made there is no temporary file, and rm fails too (ENOTDIR): the editor must
    // hear why the PDF was not saved, not of that.
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new OutputError("write-failed", `The PDF could not be saved to ${file}: ${describeWriteError(error, dir)}.`, {
      hint: "Check that the output folder exists and is writable, and that the disk is not full. Choose another folder with --out.",
      cause: error,
    });
  }
}
