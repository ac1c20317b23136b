// Covers reading and resampling pictures with sharp: downscale, grayscale with lifted midtones, formats, unreadable files.

import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { ContentError } from "../../src/diagnostics/errors.js";
import { readPictures } from "../../src/stages/prepare-images/read-pictures.js";
import { resamplePicture } from "../../src/stages/prepare-images/resample-picture.js";
import type { ImageUse } from "../../src/stages/prepare-images/list-image-uses.js";

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** An issue folder with the given files in images/. */
function makeIssue(files: Record<string, Buffer | string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "pressroom-pictures-"));
  dirs.push(dir);
  mkdirSync(path.join(dir, "images"));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(dir, "images", name), bytes);
  return dir;
}
const use = (name: string): ImageUse => ({ path: `images/${name}`, articleId: "a-a", location: { file: "issues/x/a.md", line: 6, column: 8 }, classes: [] });
const solid = (width: number, height: number, gray: number, channels: 3 | 4 = 3) =>
  sharp({ create: { width, height, channels, background: { r: gray, g: gray, b: gray, alpha: channels === 4 ? 0.5 : 1 } } });

describe("readPictures", () => {
  it("reads each used picture once with its format and displayed pixel size", async () => {
    const jpeg = await solid(400, 300, 128).jpeg().toBuffer();
    // EXIF orientation 6 (rotated 90°): the browser shows it 300 wide and 400 high.
    const rotated = await solid(400, 300, 128).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80"><rect width="120" height="80" fill="#c33"/></svg>';
    const dir = makeIssue({ "a.jpg": jpeg, "r.jpg": rotated, "d.svg": svg });
    const catalog = await readPictures(dir, [use("a.jpg"), use("a.jpg"), use("r.jpg"), use("d.svg")]);
    expect([...catalog.keys()]).toEqual(["images/a.jpg", "images/r.jpg", "images/d.svg"]);
    expect(catalog.get("images/a.jpg")).toMatchObject({ format: "jpeg", pixels: { width: 400, height: 300 }, hasAlpha: false });
    expect(catalog.get("images/r.jpg")?.pixels).toEqual({ width: 300, height: 400 });
    expect(catalog.get("images/d.svg")).toMatchObject({ format: "svg", pixels: { width: 120, height: 80 } });
  });

  it("stops with a located error naming a file that is not a picture", async () => {
    const dir = makeIssue({ "notes.jpg": "These are my notes, not a photograph." });
    const error = await readPictures(dir, [use("notes.jpg")]).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).code).toBe("image-unreadable");
    expect((error as ContentError).message).toContain('"images/notes.jpg" is not a picture');
    expect((error as ContentError).location).toEqual({ file: "issues/x/a.md", line: 6, column: 8 });
    expect((error as ContentError).hint).toMatch(/save or export it again/);
  });

  it("refuses a picture that is a symbolic link out of the issue folder", async () => {
    const outside = makeIssue({ "secret.png": await solid(10, 10, 0).png().toBuffer() });
    const dir = makeIssue({});
    symlinkSync(path.join(outside, "images", "secret.png"), path.join(dir, "images", "link.png"));
    const error = await readPictures(dir, [use("link.png")]).catch((caught: unknown) => caught);
    expect((error as ContentError).code).toBe("image-outside");
  });
});

describe("resamplePicture", () => {
  it("downscales a JPEG to the asked size and keeps it a JPEG", async () => {
    const dir = makeIssue({ "big.jpg": await solid(4000, 3000, 90).jpeg().toBuffer() });
    const picture = (await readPictures(dir, [use("big.jpg")])).get("images/big.jpg")!;
    const made = await resamplePicture(picture, { size: { width: 650, height: 488 }, grayscale: false });
    expect(made.type).toBe("image/jpeg");
    expect(made.pixels).toEqual({ width: 650, height: 488 });
    const metadata = await sharp(made.bytes).metadata();
    expect([metadata.format, metadata.width, metadata.height, metadata.channels]).toEqual(["jpeg", 650, 488, 3]);
  });

  it("makes a grayscale edition's picture one gray channel with lifted midtones (128 -> about 145)", async () => {
    const dir = makeIssue({ "mid.jpg": await solid(200, 100, 128).jpeg({ quality: 100 }).toBuffer() });
    const picture = (await readPictures(dir, [use("mid.jpg")])).get("images/mid.jpg")!;
    const made = await resamplePicture(picture, { size: null, grayscale: true });
    const metadata = await sharp(made.bytes).metadata();
    expect([metadata.format, metadata.channels, metadata.space]).toEqual(["jpeg", 1, "b-w"]);
    const { data } = await sharp(made.bytes).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
    expect(data[0]).toBeGreaterThanOrEqual(138);
    expect(data[0]).toBeLessThanOrEqual(150);
  });

  it("keeps a PNG with transparency a PNG with its alpha, in colour and in gray", async () => {
    const dir = makeIssue({ "logo.png": await solid(800, 400, 60, 4).png().toBuffer() });
    const picture = (await readPictures(dir, [use("logo.png")])).get("images/logo.png")!;
    for (const grayscale of [false, true]) {
      const made = await resamplePicture(picture, { size: { width: 400, height: 200 }, grayscale });
      const metadata = await sharp(made.bytes).metadata();
      expect([made.type, metadata.hasAlpha, metadata.width]).toEqual(["image/png", true, 400]);
    }
  });

  it("rasterises a drawing for a grayscale edition at the asked size, on white", async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80"><circle cx="60" cy="40" r="20" fill="#c33"/></svg>';
    const dir = makeIssue({ "d.svg": svg });
    const picture = (await readPictures(dir, [use("d.svg")])).get("images/d.svg")!;
    const made = await resamplePicture(picture, { size: { width: 690, height: 460 }, grayscale: true });
    const metadata = await sharp(made.bytes).metadata();
    expect([metadata.format, metadata.width, metadata.height, metadata.channels]).toEqual(["jpeg", 690, 460, 1]);
    const { data } = await sharp(made.bytes).raw().toBuffer({ resolveWithObject: true });
    expect(data[0]).toBeGreaterThan(245); // the corner: white paper, not black
  });

  it("turns a picture cut short into a located error naming it", async () => {
    const whole = await solid(600, 400, 100).jpeg().toBuffer();
    const dir = makeIssue({ "cut.jpg": whole.subarray(0, Math.floor(whole.length / 3)) });
    const picture = (await readPictures(dir, [use("cut.jpg")])).get("images/cut.jpg")!;
    const error = await resamplePicture(picture, { size: { width: 300, height: 200 }, grayscale: false, location: use("cut.jpg").location }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).message).toContain('"images/cut.jpg" could not be decoded');
    expect((error as ContentError).location?.line).toBe(6);
  });
});
