// The files a build writes beside an edition's PDF are named from one list, and an edition not written loses them all (companion-files.ts, remove-stale-output.ts).

import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { COMPANION_SUFFIXES, nameCompanion, type CompanionKind } from "../../src/shared/companion-files.js";
import { removeStaleOutput } from "../../src/stages/write-output/remove-stale-output.js";

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe("nameCompanion", () => {
  it("puts each file beside the reading PDF, named after its edition", () => {
    const names = (Object.keys(COMPANION_SUFFIXES) as CompanionKind[]).map((kind) => nameCompanion(path.join("output", "2026-11", "ar.pdf"), kind));
    expect(names).toEqual(["ar.panels.pdf", "ar.booklet.pdf", "ar.2up.pdf", "ar.press.pdf", "ar.preflight.txt"].map((name) => path.join("output", "2026-11", name)));
  });
});

describe("removeStaleOutput", () => {
  it("removes an edition's PDF and every file named beside it, and nothing of another edition", async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), "pressroom-companions-"));
    folders.push(folder);
    const reading = path.join(folder, "es.pdf");
    const written = [reading, ...(Object.keys(COMPANION_SUFFIXES) as CompanionKind[]).map((kind) => nameCompanion(reading, kind)), path.join(folder, "en.pdf"), path.join(folder, "en.press.pdf")];
    for (const file of written) writeFileSync(file, "x");
    const removed = await removeStaleOutput(folder, "es");
    expect(removed.sort()).toEqual(["es.2up.pdf", "es.booklet.pdf", "es.panels.pdf", "es.pdf", "es.preflight.txt", "es.press.pdf"]);
    expect(readdirSync(folder).sort()).toEqual(["en.pdf", "en.press.pdf"]);
  });
});
