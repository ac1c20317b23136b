// Press PDF made by pdf-lib (no browser): page boxes in mm, marks outside the bleed, real bleed, preflight, black ink.

import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PDFDocument, PDFName, PDFRawStream, rgb, StandardFonts } from "@cantoo/pdf-lib";
import { afterAll, describe, expect, it } from "vitest";
import { parseCommand } from "../../src/cli/parse-command.js";
import { mmToPt } from "../../src/shared/units.js";
import { containsBox, type PdfBox } from "../../src/stages/postprocess-pdf/page-boxes.js";
import { convertToCmyk, GS_ENV } from "../../src/stages/press-pdf/convert-to-cmyk.js";
import { formatPreflight } from "../../src/stages/press-pdf/format-preflight.js";
import { listContentStreams } from "../../src/stages/press-pdf/list-content-streams.js";
import { makePressPdf } from "../../src/stages/press-pdf/make-press-pdf.js";
import { preflight } from "../../src/stages/press-pdf/preflight.js";
import { readPageBoxes } from "../../src/stages/press-pdf/read-page-boxes.js";
import { setNeutralsToBlackInk } from "../../src/stages/press-pdf/set-neutrals-to-black-ink.js";

const A4 = { width: 595.28, height: 841.89 };
const A5 = { width: 419.53, height: 595.28 };
const dir = mkdtempSync(path.join(os.tmpdir(), "pressroom-press-unit-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A reading PDF: a red band touching the right trim edge and a line of text well inside the margins. */
async function makeReadingPdf(size: { width: number; height: number }, pages = 2): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < pages; i++) {
    const page = doc.addPage([size.width, size.height]);
    page.drawRectangle({ x: size.width - 100, y: size.height / 2 - 50, width: 100, height: 100, color: rgb(1, 0, 0) });
    page.drawText(`Page ${i + 1} of the test`, { x: 72, y: size.height - 100, size: 12, font, color: rgb(0, 0, 0) });
  }
  return doc.save();
}

const round = (box: PdfBox) => [box.x, box.y, box.x + box.width, box.y + box.height].map((n) => Math.round(n * 100) / 100);

describe("page boxes", () => {
  for (const [name, paper] of [["A4", A4], ["A5", A5]] as const) {
    for (const bleedMm of [3, 5]) {
      it(`sets MediaBox, BleedBox and TrimBox on every ${name} page with ${bleedMm} mm bleed`, async () => {
        const press = await PDFDocument.load(await makePressPdf(await makeReadingPdf(paper), { bleedMm, marks: "rgb" }));
        const boxes = readPageBoxes(press);
        expect(boxes).toHaveLength(2);
        for (const page of boxes) {
          const { mediaBox, bleedBox, trimBox } = page as Required<typeof page>;
          // The trim is the finished page, exactly the paper; the bleed box is bleedMm bigger on every side.
          expect(trimBox.width).toBeCloseTo(paper.width, 2);
          expect(trimBox.height).toBeCloseTo(paper.height, 2);
          const bleed = mmToPt(bleedMm);
          expect(round(bleedBox)).toEqual(round({ x: trimBox.x - bleed, y: trimBox.y - bleed, width: paper.width + 2 * bleed, height: paper.height + 2 * bleed }));
          // The sheet holds the marks: at least (bleed, at least 3 mm) + 5 mm of mark outside the trim on each side.
          expect(mediaBox.x).toBe(0);
          expect(trimBox.x).toBeGreaterThanOrEqual(mmToPt(Math.max(3, bleedMm) + 5));
          expect(mediaBox.width).toBeCloseTo(paper.width + 2 * trimBox.x, 2);
          expect(mediaBox.height).toBeCloseTo(paper.height + 2 * trimBox.y, 2);
          expect(containsBox(mediaBox, bleedBox, 0)).toBe(true);
          expect(containsBox(bleedBox, trimBox, 0)).toBe(true);
          expect(bleedBox.width).toBeLessThan(mediaBox.width);
        }
      });
    }
  }
});

describe("paper", () => {
  it("sets the TrimBox to the exact paper when Chrome printed the page a fraction off it (594.96 x 841.92 pt for A4)", async () => {
    const chromeA4 = { width: 594.96, height: 841.92 };
    const paper = { width: mmToPt(210), height: mmToPt(297) };
    const press = await PDFDocument.load(await makePressPdf(await makeReadingPdf(chromeA4, 1), { bleedMm: 3, marks: "rgb", paper }));
    const trim = readPageBoxes(press)[0]?.trimBox;
    expect(trim?.width).toBeCloseTo(595.28, 2);
    expect(trim?.height).toBeCloseTo(841.89, 2);
    // A landscape page takes the paper turned; a page of another size keeps its own.
    const turned = await PDFDocument.load(await makePressPdf(await makeReadingPdf({ width: 841.92, height: 594.96 }, 1), { bleedMm: 3, marks: "rgb", paper }));
    expect(readPageBoxes(turned)[0]?.trimBox?.width).toBeCloseTo(841.89, 2);
    const custom = await PDFDocument.load(await makePressPdf(await makeReadingPdf({ width: 500, height: 700 }, 1), { bleedMm: 3, marks: "rgb", paper }));
    expect(readPageBoxes(custom)[0]?.trimBox?.width).toBeCloseTo(500, 2);
  });
});

/** Every straight line drawn on the sheet itself (the marks): pdf-lib writes `x y m x y l S`. */
function readLines(doc: PDFDocument): { x1: number; y1: number; x2: number; y2: number; width: number }[] {
  // The embedded reading page is a form XObject; the sheet's own streams are the rest.
  const forms = new Set([...doc.context.enumerateIndirectObjects()].filter(([, object]) => object instanceof PDFRawStream && object.dict.get(PDFName.of("Subtype")) === PDFName.of("Form")).map(([ref]) => ref));
  const text = listContentStreams(doc).filter((stream) => !forms.has(stream.ref)).map((stream) => stream.text).join("\n");
  const lines: { x1: number; y1: number; x2: number; y2: number; width: number }[] = [];
  let width = 1;
  for (const match of text.matchAll(/([\d.]+) w|([\d.-]+) ([\d.-]+) m\s+([\d.-]+) ([\d.-]+) l\s+S/g)) {
    if (match[1]) width = Number(match[1]);
    else lines.push({ x1: Number(match[2]), y1: Number(match[3]), x2: Number(match[4]), y2: Number(match[5]), width });
  }
  return lines;
}

describe("marks", () => {
  it("draws 0.25 pt crop marks on the trim lines, at least 3 mm off the trim and outside the bleed", async () => {
    for (const bleedMm of [3, 5]) {
      const press = await PDFDocument.load(await makePressPdf(await makeReadingPdf(A4, 1), { bleedMm, marks: "rgb" }));
      const { bleedBox, trimBox } = readPageBoxes(press)[0] as Required<ReturnType<typeof readPageBoxes>[number]>;
      const lines = readLines(press);
      const onTrimLine = lines.filter((l) => [trimBox.x, trimBox.x + trimBox.width].some((x) => Math.abs(l.x1 - x) < 0.01 && Math.abs(l.x2 - x) < 0.01));
      // Two vertical crop marks per side (top and bottom corners).
      expect(onTrimLine).toHaveLength(4);
      for (const line of lines) {
        expect(line.width).toBe(0.25);
        // No mark reaches into the bleed box: it lies wholly left, right, above or below it.
        const outside =
          Math.max(line.x1, line.x2) <= bleedBox.x + 0.01 ||
          Math.min(line.x1, line.x2) >= bleedBox.x + bleedBox.width - 0.01 ||
          Math.max(line.y1, line.y2) <= bleedBox.y + 0.01 ||
          Math.min(line.y1, line.y2) >= bleedBox.y + bleedBox.height - 0.01;
        expect(outside).toBe(true);
      }
      for (const line of onTrimLine) {
        const gap = Math.min(Math.abs(Math.min(line.y1, line.y2) - (trimBox.y + trimBox.height)), Math.abs(trimBox.y - Math.max(line.y1, line.y2)));
        expect(gap).toBeGreaterThanOrEqual(mmToPt(3) - 0.01);
        expect(gap).toBeGreaterThan(mmToPt(bleedMm));
      }
    }
  });

  it("draws dashed fold marks above and below the trim at each fold of a folded sheet, each side at its own folds", async () => {
    const landscape = { width: 841.89, height: 595.28 };
    // A leaflet's outside folds at 97 and 197 mm, its inside at 100 and 200 mm.
    const folds = [[97, 197], [100, 200]].map((side) => side.map(mmToPt));
    const press = await PDFDocument.load(await makePressPdf(await makeReadingPdf(landscape, 2), { bleedMm: 3, marks: "rgb", paper: A4, folds }));
    const { bleedBox, trimBox } = readPageBoxes(press)[0] as Required<ReturnType<typeof readPageBoxes>[number]>;
    expect([trimBox.width, trimBox.height]).toEqual([landscape.width, landscape.height]);
    const lines = readLines(press);
    for (const fold of folds.flat()) {
      const marks = lines.filter((line) => Math.abs(line.x1 - (trimBox.x + fold)) < 0.01 && Math.abs(line.x2 - (trimBox.x + fold)) < 0.01);
      // One above the trim, one below, both past the bleed: on one side only.
      expect(marks, `fold at ${fold} pt`).toHaveLength(2);
      expect(marks.filter((line) => Math.min(line.y1, line.y2) >= bleedBox.y + bleedBox.height)).toHaveLength(1);
      expect(marks.filter((line) => Math.max(line.y1, line.y2) <= bleedBox.y)).toHaveLength(1);
    }
    const streams = listContentStreams(press).map((stream) => stream.text).join("\n");
    expect(streams).toContain("[2 1.5] 0 d");
  });

  it("prints the marks and continues the edge into the bleed (pixels of the rendered sheet)", async () => {
    const file = path.join(dir, "probe.pdf");
    // A page a fraction off its paper, as Chrome prints it, so the bleed is probed with the page scaled onto the trim.
    writeFileSync(file, await makePressPdf(await makeReadingPdf({ width: 594.96, height: 841.92 }, 1), { bleedMm: 3, marks: "rgb", paper: A4 }));
    const press = await PDFDocument.load(readFileSync(file));
    const { trimBox, mediaBox } = readPageBoxes(press)[0] as Required<ReturnType<typeof readPageBoxes>[number]>;
    // 72 dpi: one pixel per point; PPM rows from the top.
    execFileSync("pdftoppm", ["-r", "72", "-singlefile", path.join(dir, "probe.pdf"), path.join(dir, "probe")]);
    const ppm = readFileSync(path.join(dir, "probe.ppm"));
    const header = ppm.toString("latin1", 0, 20).split(/\s+/);
    const [width, height] = [Number(header[1]), Number(header[2])];
    const dataStart = ppm.indexOf("255\n") + 4;
    const pixel = (x: number, yFromBottom: number) => {
      const row = Math.round(height - yFromBottom);
      const offset = dataStart + (row * width + Math.round(x)) * 3;
      return [ppm[offset], ppm[offset + 1], ppm[offset + 2]];
    };
    expect(Math.abs(height - mediaBox.height)).toBeLessThan(1.5);
    const middle = trimBox.y + trimBox.height / 2;
    // 1.5 mm into the bleed beside the red band: red, not white.
    expect(pixel(trimBox.x + trimBox.width + mmToPt(1.5), middle)).toEqual([255, 0, 0]);
    // The bleed on the left, where nothing touches the edge, stays white.
    expect(pixel(trimBox.x - mmToPt(1.5), middle)).toEqual([255, 255, 255]);
    // Past the bleed (in the slug) there is no red: the bleed stops at the BleedBox.
    expect(pixel(trimBox.x + trimBox.width + mmToPt(3.5), middle + 40)).toEqual([255, 255, 255]);
    // A crop mark, 6 mm above the top-left corner on the trim line: darker than paper (0.25 pt antialiased at 72 dpi).
    const column = [-1, 0, 1].map((dx) => pixel(trimBox.x + dx, trimBox.y + trimBox.height + mmToPt(6))[0] ?? 255);
    expect(Math.min(...column)).toBeLessThan(230);
    // The same height beside it, off the trim line, is paper.
    expect(pixel(trimBox.x + mmToPt(4), trimBox.y + trimBox.height + mmToPt(6))).toEqual([255, 255, 255]);
    // The text is printed once, in place: the extended edges add no words.
    const words = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).split(/\s+/).filter(Boolean);
    expect(words).toEqual(["Page", "1", "of", "the", "test"]);
  });
});

describe("preflight", () => {
  it("passes a press PDF with every box and embedded fonts, and flags fonts that are not embedded", async () => {
    const press = await makePressPdf(await makeReadingPdf(A4), { bleedMm: 3, marks: "rgb" });
    const findings = await preflight({ press, trimSizes: [A4, A4], pictures: [] });
    // pdf-lib's Helvetica is one of the 14 standard fonts, which it never embeds: exactly what a print shop rejects.
    expect(findings).toHaveLength(1);
    expect(findings[0]?.what).toMatch(/The font "Helvetica" is not embedded/);
    expect(formatPreflight("x.press.pdf", findings)).toMatch(/1 problem for the press/);
    expect(formatPreflight("x.press.pdf", [])).toMatch(/^Ready for the press/m);
  });

  it("flags a missing TrimBox and a TrimBox that is not the edition's page", async () => {
    const doc = await PDFDocument.create();
    doc.addPage([600, 850]);
    const findings = await preflight({ press: await doc.save(), trimSizes: [A4], pictures: [] });
    expect(findings.map((finding) => `${finding.where}: ${finding.what}`)).toEqual(["page 1: No BleedBox, TrimBox: the print shop cannot tell where to cut."]);
    const press = await PDFDocument.load(await makePressPdf(await makeReadingPdf(A5, 1), { bleedMm: 3, marks: "rgb" }));
    const wrong = await preflight({ press: await press.save(), trimSizes: [A4], pictures: [] });
    expect(wrong.some((finding) => /TrimBox is 419.53 × 595.28 pt, not the edition's page size \(595.28 × 841.89 pt\)/.test(finding.what))).toBe(true);
  });

  it("names a picture under 300 ppi with its page and Markdown file:line:column, and lets 300 ppi pass", async () => {
    const doc = await PDFDocument.create();
    doc.addPage([A4.width, A4.height]);
    const press = await makePressPdf(await doc.save(), { bleedMm: 3, marks: "rgb" });
    const location = { file: "issues/x/01-market.md", line: 11, column: 15 };
    const findings = await preflight({
      press,
      trimSizes: [A4],
      pictures: [
        { path: "images/map.png", page: 2, ppi: 96.4, pixels: { width: 200, height: 150 }, location },
        { path: "images/dawn.jpg", page: 1, ppi: 300, pixels: { width: 900, height: 600 }, location },
      ],
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.where).toBe("page 2, issues/x/01-market.md:11:15");
    expect(findings[0]?.what).toMatch(/"images\/map.png" prints at 96 ppi .*the press needs 300/);
    expect(findings[0]?.todo).toMatch(/3.12 times as wide/);
  });
});

describe("black ink", () => {
  it("writes neutral RGB and gray colours as black ink only, and leaves colours alone", () => {
    expect(setNeutralsToBlackInk("0 0 0 RG 0 0 0 rg\nBT")).toBe("0 0 0 1 K 0 0 0 1 k\nBT");
    expect(setNeutralsToBlackInk(".1843 .1843 .1843 rg")).toBe("0 0 0 0.8157 k");
    expect(setNeutralsToBlackInk("1 g 0.5 G")).toBe("0 0 0 0 k 0 0 0 0.5 K");
    expect(setNeutralsToBlackInk(".8471 .7255 .6118 rg")).toBe(".8471 .7255 .6118 rg");
    // Numbers that belong to other operators stay as they are.
    expect(setNeutralsToBlackInk("0 0 0 0 re f 10 0 0 10 0 0 cm")).toBe("0 0 0 0 re f 10 0 0 10 0 0 cm");
  });

  it("says Ghostscript is missing, how to install it, and that the file stays RGB", async () => {
    const result = await convertToCmyk(await makeReadingPdf(A5, 1), { [GS_ENV]: path.join(dir, "no-such-gs") });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toMatch(/Ghostscript \(".*no-such-gs"\) is not installed, so the press PDF could not be converted to CMYK/);
    expect(result.hint).toMatch(/apt-get install ghostscript/);
    expect(result.hint).toMatch(/kept in RGB/);
  });
});

describe("command line", () => {
  it("reads --press, --bleed and --cmyk, and refuses them out of range or without --press", () => {
    expect(parseCommand(["build", "issues/x", "--press"])).toMatchObject({ press: { bleedMm: undefined, cmyk: false } });
    expect(parseCommand(["build", "issues/x", "--press", "--bleed", "5", "--cmyk"])).toMatchObject({ press: { bleedMm: 5, cmyk: true } });
    expect(parseCommand(["build", "issues/x", "--press", "--bleed", "0"])).toMatchObject({ press: { bleedMm: 0 } });
    expect(parseCommand(["build", "issues/x"])).toMatchObject({ press: undefined });
    expect(() => parseCommand(["build", "issues/x", "--press", "--bleed", "10.5"])).toThrow(/--bleed takes a number from 0 to 10; "10.5" is not one/);
    expect(() => parseCommand(["build", "issues/x", "--press", "--bleed=-1"])).toThrow(/--bleed takes a number/);
    // Written as two arguments, -1 still reaches the range check (Node's parser would call it ambiguous).
    expect(() => parseCommand(["build", "issues/x", "--press", "--bleed", "-1"])).toThrow(/--bleed takes a number from 0 to 10; "-1" is not one/);
    expect(() => parseCommand(["build", "x", "--timeout", "-5"])).toThrow(/--timeout takes a number from 1 to 3600; "-5" is not one/);
    expect(() => parseCommand(["build", "issues/x", "--bleed", "3"])).toThrow(/--bleed is for the press PDF, so it needs --press/);
  });
});
