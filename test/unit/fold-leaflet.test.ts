// Covers the tri-fold plan (panel order, widths and the flap's cut edge, both directions, A4 and Letter) and foldLeaflet on PDFs made with pdf-lib.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PDFDocument, StandardFonts } from "@cantoo/pdf-lib";
import { afterAll, describe, expect, it } from "vitest";
import { foldLeaflet } from "../../src/stages/fold-leaflet/fold-leaflet.js";
import { findCutEdge, findSide, listFolds, planTrifold, type PanelSlot } from "../../src/stages/fold-leaflet/plan-trifold.js";
import type { PdfMetadata } from "../../src/stages/postprocess-pdf/set-metadata.js";
import { mmToPt, ptToMm } from "../../src/shared/units.js";
import { readPlacedWords } from "../support/pdf-words.js";

const A4 = { width: 210, height: 297 };
const LETTER = { width: 215.9, height: 279.4 };
const METADATA: PdfMetadata = { title: "Leaflet — 1", author: "Tester", keywords: [], lang: "en", direction: "ltr", date: new Date("2026-12-02"), creator: "test" };
const folder = mkdtempSync(path.join(os.tmpdir(), "pressroom-fold-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const round = (mm: number) => Math.round(mm * 100) / 100;
const describeSide = (side: PanelSlot[]) => side.map((slot) => [slot.page, round(slot.x), round(slot.width), slot.cut]);

describe("planTrifold", () => {
  it("puts an A4 leaflet's flap, back and cover outside and panels 2 to 4 inside, the flap 3 mm narrower", () => {
    const plan = planTrifold(A4, "ltr");
    expect(plan.sheet).toEqual({ width: 297, height: 210 });
    expect(plan.panel).toEqual({ width: 100, height: 210 });
    expect(plan.flap).toBe(97);
    expect(describeSide(plan.outside)).toEqual([[5, 0, 97, "left"], [6, 97, 100, null], [1, 197, 100, null]]);
    expect(describeSide(plan.inside)).toEqual([[2, 0, 100, null], [3, 100, 100, null], [4, 200, 97, "right"]]);
  });

  it("mirrors both sides for a right-to-left leaflet: the cover on the left, the flap cut on the right outside", () => {
    const plan = planTrifold(A4, "rtl");
    expect(describeSide(plan.outside)).toEqual([[1, 0, 100, null], [6, 100, 100, null], [5, 200, 97, "right"]]);
    expect(describeSide(plan.inside)).toEqual([[4, 0, 97, "left"], [3, 97, 100, null], [2, 197, 100, null]]);
    expect([findCutEdge(plan, 4), findCutEdge(plan, 5)]).toEqual(["left", "right"]);
  });

  it("makes each outside panel the back of an inside one when the sheet turns over on its short edge", () => {
    for (const paper of [A4, LETTER]) {
      for (const direction of ["ltr", "rtl"] as const) {
        const plan = planTrifold(paper, direction);
        const backs = plan.outside.map((slot) => {
          const mirrored = plan.sheet.width - slot.x - slot.width;
          return plan.inside.find((inside) => Math.abs(inside.x - mirrored) < 1e-9 && Math.abs(inside.width - slot.width) < 1e-9)?.page;
        });
        // The flap's outer face (5) backs panel 4; the back (6) backs 3; the cover (1) backs 2.
        expect(backs, `${paper.width} ${direction}`).toEqual(direction === "ltr" ? [4, 3, 2] : [2, 3, 4]);
        const widths = (side: PanelSlot[]) => side.reduce((sum, slot) => sum + slot.width, 0);
        expect(widths(plan.outside)).toBeCloseTo(plan.sheet.width, 9);
        expect(widths(plan.inside)).toBeCloseTo(plan.sheet.width, 9);
      }
    }
  });

  it("lists the folds of each side between its panels, and the side each panel prints on", () => {
    expect(listFolds(planTrifold(A4, "ltr"))).toEqual([[97, 197], [100, 200]]);
    expect(listFolds(planTrifold(A4, "rtl"))).toEqual([[100, 200], [97, 197]]);
    expect([1, 2, 3, 4, 5, 6].map((page) => findSide(planTrifold(A4, "ltr"), page))).toEqual([1, 2, 2, 2, 1, 1]);
  });

  it("sizes a Letter leaflet's panels from its own width", () => {
    const plan = planTrifold(LETTER, "ltr");
    expect(plan.sheet).toEqual({ width: 279.4, height: 215.9 });
    expect(plan.panel.width).toBeCloseTo(94.13, 2);
    expect(plan.flap).toBeCloseTo(91.13, 2);
  });
});

/** Six panel pages of `width` mm, page n printing "panelN" near its left edge and "edgeN" in the 3 mm strip at its right edge. */
async function makePanels(width: number, height: number, count = 6): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= count; n++) {
    const page = doc.addPage([mmToPt(width), mmToPt(height)]);
    page.drawText(`panel${n}`, { x: mmToPt(10), y: mmToPt(height - 20), size: 12, font });
    page.drawText(`right${n}`, { x: mmToPt(width - 2.5), y: mmToPt(height / 2), size: 3, font });
    page.drawText(`left${n}`, { x: mmToPt(0.3), y: mmToPt(height / 3), size: 3, font });
  }
  return doc.save();
}

describe("foldLeaflet", () => {
  const plan = planTrifold(A4, "ltr");

  it("prints the six panels onto two A4 landscape sides at their planned places, the flap's cut strip left off", async () => {
    const bytes = await foldLeaflet(await makePanels(100, 210), plan, METADATA);
    const file = path.join(folder, "a4.pdf");
    writeFileSync(file, bytes);
    const folded = await PDFDocument.load(bytes);
    expect(folded.getPageCount()).toBe(2);
    for (const page of folded.getPages()) {
      expect([page.getWidth(), page.getHeight()].map((value) => Math.round(value * 100) / 100)).toEqual([841.89, 595.28]);
      expect(page.getTrimBox()).toEqual(page.getMediaBox());
    }
    const words = readPlacedWords(file);
    const find = (text: string) => words.find((word) => word.text === text);
    // Each panel's word sits 10 mm right of its slot's left edge; on the flap's outer face (5, cut on the left) 7 mm.
    const where = [1, 2, 3, 4, 5, 6].map((n) => {
      const word = find(`panel${n}`);
      return [n, word?.page, word && Math.round(ptToMm(word.xMin))];
    });
    expect(where).toEqual([[1, 1, 207], [2, 2, 10], [3, 2, 110], [4, 2, 210], [5, 1, 7], [6, 1, 107]]);
    // The strips that fall off the sheet print nowhere: the right edge of page 4 and the left edge of page 5.
    expect(find("right4")).toBeUndefined();
    expect(find("left5")).toBeUndefined();
    // Every other edge strip prints, inside its own slot.
    for (const text of ["right1", "right2", "right3", "right5", "right6", "left1", "left2", "left3", "left4", "left6"]) expect(find(text), text).toBeDefined();
  });

  it("leaves the last panels blank when the text ended early, and keeps the title and language", async () => {
    const bytes = await foldLeaflet(await makePanels(100, 210, 4), planTrifold(A4, "rtl"), { ...METADATA, lang: "ar", direction: "rtl" });
    const file = path.join(folder, "short.pdf");
    writeFileSync(file, bytes);
    const texts = readPlacedWords(file).filter((word) => word.text.startsWith("panel"));
    expect(texts.map((word) => [word.page, word.text])).toEqual([[1, "panel1"], [2, "panel4"], [2, "panel3"], [2, "panel2"]]);
    const folded = await PDFDocument.load(bytes);
    expect(folded.getTitle()).toBe("Leaflet — 1");
  });
});
