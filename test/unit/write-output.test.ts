// Where the PDFs cannot be saved, the build says why in an editor's words, before any layout (prepare-output-folder.ts) and when saving (write-output.ts).

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { OutputError } from "../../src/diagnostics/errors.js";
import { describeWriteError, prepareOutputFolder } from "../../src/stages/write-output/prepare-output-folder.js";
import { writeOutput } from "../../src/stages/write-output/write-output.js";

const root = mkdtempSync(path.join(os.tmpdir(), "pressroom-write-"));
const blocker = path.join(root, "blocker");
writeFileSync(blocker, "a file where a folder should be");

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("prepareOutputFolder", () => {
  it("makes the folder, however deep", async () => {
    await prepareOutputFolder(path.join(root, "out", "2026-11"));
    await writeOutput(path.join(root, "out", "2026-11", "en.pdf"), new Uint8Array([37, 80, 68, 70]));
    expect(readFileSync(path.join(root, "out", "2026-11", "en.pdf"), "latin1")).toBe("%PDF");
  });

  it("names a file standing where a folder must go", async () => {
    const error = await prepareOutputFolder(path.join(blocker, "sub", "2026-11")).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OutputError);
    expect((error as OutputError).message).toBe(`The PDFs cannot be saved in ${path.join(blocker, "sub", "2026-11")}: ${blocker} is a file, not a folder.`);
  });
});

describe("makeFolder", () => {
  // Node 20's mkdir({ recursive: true }) loops forever here: /proc exists and refuses a child with ENOENT.
  it.runIf(existsSync("/proc/self"))("gives up at once on a folder that cannot be made under one that exists", async () => {
    const error = await prepareOutputFolder("/proc/pressroom-test/2026-11").catch((caught: unknown) => caught);
    expect((error as OutputError).message).toBe("The PDFs cannot be saved in /proc/pressroom-test/2026-11: the folder /proc/pressroom-test cannot be made there.");
  }, 5_000);
});

describe("writeOutput", () => {
  it("says why a PDF was not saved, not that a temporary file could not be removed (ENOTDIR)", async () => {
    const error = await writeOutput(path.join(blocker, "2026-11", "en.pdf"), new Uint8Array([1])).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OutputError);
    expect((error as OutputError).message).toBe(`The PDF could not be saved to ${path.join(blocker, "2026-11", "en.pdf")}: ${blocker} is a file, not a folder.`);
  });
});

describe("describeWriteError", () => {
  it("says no permission, a read-only disk and a full disk in words", () => {
    const failure = (code: string) => Object.assign(new Error(`${code}: raw`), { code });
    expect(describeWriteError(failure("EACCES"), "/x")).toBe("pressroom is not allowed to write there");
    expect(describeWriteError(failure("EROFS"), "/x")).toBe("the disk is read-only");
    expect(describeWriteError(failure("ENOSPC"), "/x")).toBe("the disk is full");
  });
});
