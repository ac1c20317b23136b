// Covers naming the font files whose licence bits (OS/2 fsType) forbid embedding, which Chromium prints as Type 3 pictures of letters.

import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findUnembeddableFonts } from "../../src/check/find-unembeddable-fonts.js";

const SERIF = path.resolve(import.meta.dirname, "../../fonts/noto-serif/NotoSerif-Regular.ttf");
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Noto Serif with its OS/2 fsType set to `fsType`, written as `name` under `dir`. */
function writeFont(dir: string, name: string, fsType: number): void {
  const font = readFileSync(SERIF);
  for (let index = 0; index < font.readUInt16BE(4); index++) {
    const entry = 12 + 16 * index;
    if (font.toString("latin1", entry, entry + 4) === "OS/2") font.writeUInt16BE(fsType, font.readUInt32BE(entry + 8) + 8);
  }
  mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  writeFileSync(path.join(dir, name), font);
}

describe("findUnembeddableFonts", () => {
  it("names fonts marked restricted or bitmap only, not those also marked preview-and-print or editable, nor installable ones", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "pressroom-fstype-"));
    dirs.push(dir);
    copyFileSync(SERIF, path.join(dir, "Installable.ttf"));
    writeFont(dir, "brand/Restricted.ttf", 0x0002);
    writeFont(dir, "PreviewPrint.ttf", 0x0006);
    writeFont(dir, "Editable.ttf", 0x000a);
    writeFont(dir, "BitmapOnly.ttf", 0x0200);
    writeFileSync(path.join(dir, "Broken.ttf"), "");
    expect(await findUnembeddableFonts(dir)).toEqual(["BitmapOnly.ttf", "brand/Restricted.ttf"]);
  });
});
