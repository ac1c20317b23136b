// Covers reading and resampling pictures with sharp: downscale, grayscale with lifted midtones, formats, unreadable files, copies made during layout.

import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { ContentError } from "../../src/diagnostics/errors.js";
import { readPictures, type Picture } from "../../src/stages/prepare-images/read-pictures.js";
import { resamplePicture } from "../../src/stages/prepare-images/resample-picture.js";
import type { ImageUse } from "../../src/stages/prepare-images/list-image-uses.js";
import type { MeasuredPicture } from "../../src/stages/prepare-images/plan-pictures.js";
import type { ResampledPicture } from "../../src/stages/prepare-images/resample-picture.js";
import { printPictures, resamplePicturesEarly, type PicturePrintOptions } from "../../src/stages/paginate/print-pictures.js";
import type { AssetServer } from "../../src/stages/paginate/serve-assets.js";

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
/** A JPEG's catalog entry made without reading it: readPictures refuses a file cut short before it gets here. */
const unreadPicture = (dir: string, name: string, width: number, height: number): Picture => ({
  path: `images/${name}`,
  file: path.join(dir, "images", name),
  format: "jpeg",
  pixels: { width, height },
  hasAlpha: false,
});
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

  it("refuses, naming the format, a picture sharp reads but a page cannot show: a TIFF scan printed as an empty box", async () => {
    const dir = makeIssue({ "scan.tif": await solid(40, 30, 90).tiff().toBuffer() });
    const error = (await readPictures(dir, [use("scan.tif")]).catch((caught: unknown) => caught)) as ContentError;
    expect(error).toBeInstanceOf(ContentError);
    expect([error.code, error.message]).toEqual(["image-format", 'The picture "images/scan.tif" is a TIFF file, which cannot be printed: only JPEG, PNG, WebP, GIF, AVIF or SVG can.']);
    expect(error.hint).toContain("export it as JPEG (photographs, scans) or PNG");
    expect(error.location).toEqual({ file: "issues/x/a.md", line: 6, column: 8 });
  });

  it("names a HEIC photo, a PDF and a Word document it cannot read, with what to do for each", async () => {
    // The start of a HEIC file: an ftyp box with the heic brand (sharp's build has no HEVC decoder, so it cannot be read).
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from("ftypheic"), Buffer.alloc(4), Buffer.from("mif1heic"), Buffer.alloc(500)]);
    const dir = makeIssue({ "IMG_0042.HEIC": heic, "map.pdf": "%PDF-1.7\n%not really\n", "photos.docx": "PK not really a document" });
    const refuse = async (name: string) => (await readPictures(dir, [use(name)]).catch((caught: unknown) => caught)) as ContentError;
    const photo = await refuse("IMG_0042.HEIC");
    expect([photo.code, photo.message]).toEqual(["image-format", 'The picture "images/IMG_0042.HEIC" is a HEIC photo (the format iPhones save in), which cannot be printed: only JPEG, PNG, WebP, GIF, AVIF or SVG can.']);
    expect(photo.hint).toContain("Settings > Camera > Formats > Most Compatible");
    expect((await refuse("map.pdf")).message).toContain("is a PDF, which cannot be printed");
    const word = await refuse("photos.docx");
    expect(word.message).toContain("is a Word document");
    expect(word.hint).toContain("Save the picture out of the document");
  });

  it("stops at a picture cut short, which printed with its lower part blank and 'Ready to print', in each format a page shows", async () => {
    // Noise, so each file is long and a cut leaves rows of pixels missing rather than only the closing mark.
    const noise = Buffer.from(Array.from({ length: 160 * 120 * 3 }, (_, i) => (i * 7919) % 251));
    const photo = () => sharp(noise, { raw: { width: 160, height: 120, channels: 3 } });
    const wholes: Record<string, Buffer> = {
      "p.jpg": await photo().jpeg().toBuffer(),
      "p.png": await photo().png().toBuffer(),
      "p.gif": await photo().gif().toBuffer(),
      "p.webp": await photo().webp().toBuffer(),
    };
    const cut = Object.fromEntries(Object.entries(wholes).map(([name, bytes]) => [`cut-${name}`, bytes.subarray(0, Math.floor(bytes.length * 0.6))]));
    const dir = makeIssue({ ...wholes, ...cut });
    for (const name of Object.keys(wholes)) {
      await expect(readPictures(dir, [use(name)]), name).resolves.toBeDefined();
      const error = (await readPictures(dir, [use(`cut-${name}`)]).catch((caught: unknown) => caught)) as ContentError;
      expect(error, name).toBeInstanceOf(ContentError);
      expect([error.code, error.message, error.location?.line]).toEqual([
        "image-cut-short",
        `The picture "images/cut-${name}" is cut short or damaged: it was not saved or copied whole.`,
        6,
      ]);
    }
  });

  it("keeps a whole photo that has something after its end, as phones append a video or their own data", async () => {
    const jpeg = await solid(200, 150, 120).jpeg().toBuffer();
    const dir = makeIssue({ "motion.jpg": Buffer.concat([jpeg, Buffer.from("ftypmp42 and some video bytes after the picture")]) });
    expect((await readPictures(dir, [use("motion.jpg")])).get("images/motion.jpg")?.pixels).toEqual({ width: 200, height: 150 });
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
    const picture = unreadPicture(dir, "cut.jpg", 600, 400);
    const error = await resamplePicture(picture, { size: { width: 300, height: 200 }, grayscale: false, location: use("cut.jpg").location }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).message).toContain('"images/cut.jpg" could not be decoded');
    expect((error as ContentError).location?.line).toBe(6);
  });
});

describe("print copies made while the pages are laid out", () => {
  /** A browser page that measures `measured` and swaps every picture without fault, and a server that keeps what it is given. */
  function makeStubs(measured: MeasuredPicture[]) {
    const added: { name: string; bytes: Uint8Array }[] = [];
    let evaluations = 0;
    const page = { evaluate: async () => (evaluations++ === 0 ? measured : []) };
    const server = { addFile: (name: string, bytes: Uint8Array) => (added.push({ name, bytes }), `/_made/${added.length}/${name}`) };
    return { page: page as never, server: server as unknown as AssetServer, added };
  }
  // A 1200 × 800 photograph printed 300 CSS px wide: 300 ppi needs 938 × 625 pixels.
  const printed = (name: string, index: number, page: number): MeasuredPicture => ({ index, path: `/issue/images/${name}`, widthPx: 300, heightPx: 200, articleId: "a-a", page });

  it("makes a picture's copy once, early, and prints that copy", async () => {
    const dir = makeIssue({ "a.jpg": await solid(1200, 800, 90).jpeg().toBuffer() });
    const options: PicturePrintOptions = { catalog: await readPictures(dir, [use("a.jpg")]), uses: [use("a.jpg")], grayscale: false, made: new Map() };
    // Pages 1 and 2 are done while page 3 is laid out; a picture from outside the issue folder is not the build's to make.
    resamplePicturesEarly([printed("a.jpg", -1, 1), { ...printed("a.jpg", -1, 2), path: "/fonts/elsewhere.jpg" }], options);
    expect(options.made.size).toBe(1);
    const early = [...options.made.values()][0] as Promise<ResampledPicture>;
    const { page, server, added } = makeStubs([printed("a.jpg", 0, 1)]);
    const warnings: unknown[] = [];
    const { urls } = await printPictures(page, server, options, (warning) => warnings.push(warning));
    expect(options.made.size).toBe(1);
    expect(urls).toHaveLength(1);
    expect(added[0]?.bytes).toBe((await early).bytes);
    expect((await sharp((await early).bytes).metadata()).width).toBe(938);
    expect(warnings).toEqual([]);
  });

  it("makes another copy when the printed size turned out otherwise, and none for a drawing in colour", async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80"><rect width="120" height="80" fill="#c33"/></svg>';
    const dir = makeIssue({ "a.jpg": await solid(1200, 800, 90).jpeg().toBuffer(), "d.svg": svg });
    const options: PicturePrintOptions = { catalog: await readPictures(dir, [use("a.jpg"), use("d.svg")]), uses: [use("a.jpg"), use("d.svg")], grayscale: false, made: new Map() };
    resamplePicturesEarly([printed("a.jpg", -1, 1), printed("d.svg", -1, 1)], options);
    expect(options.made.size).toBe(1);
    const { page, server, added } = makeStubs([{ ...printed("a.jpg", 0, 1), widthPx: 150, heightPx: 100 }, printed("d.svg", 1, 1)]);
    await printPictures(page, server, options, () => undefined);
    expect(options.made.size).toBe(2);
    expect(added).toHaveLength(1);
    expect((await sharp(added[0]?.bytes).metadata()).width).toBe(469);
  });

  it("leaves a picture that cannot be decoded to the printing, which says where it is, with nothing unhandled meanwhile", async () => {
    const whole = await solid(1200, 800, 90).jpeg().toBuffer();
    const dir = makeIssue({ "cut.jpg": whole.subarray(0, Math.floor(whole.length / 3)) });
    const catalog = new Map([["images/cut.jpg", unreadPicture(dir, "cut.jpg", 1200, 800)]]);
    const options: PicturePrintOptions = { catalog, uses: [use("cut.jpg")], grayscale: false, made: new Map() };
    const unhandled: unknown[] = [];
    const listen = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", listen);
    try {
      resamplePicturesEarly([printed("cut.jpg", -1, 1)], options);
      // Long enough for sharp to fail and for Node to call a rejection nobody handles unhandled.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(unhandled).toEqual([]);
      const { page, server } = makeStubs([printed("cut.jpg", 0, 1)]);
      const error = await printPictures(page, server, options, () => undefined).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ContentError);
      expect((error as ContentError).message).toContain('"images/cut.jpg" could not be decoded');
    } finally {
      process.off("unhandledRejection", listen);
    }
  });
});
