// The stress run's measure of pages ended early: drawn small by poppler, each page but the last read for its lowest ink above the footer.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PDFDocument, rgb } from "@cantoo/pdf-lib";
import { afterAll, describe, expect, it } from "vitest";
import { measureBlankPages } from "../../src/stress/measure-blank-pages.js";

const dir = mkdtempSync(path.join(os.tmpdir(), "pressroom-test-blank-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An A5 PDF whose pages are inked from 8% of their height down to each share given (none: a blank page), a footer on each. */
async function writePages(reaches: (number | null)[]): Promise<string> {
  const pdf = await PDFDocument.create();
  for (const reach of reaches) {
    const page = pdf.addPage([420, 595]);
    const height = page.getHeight();
    // The running footer, under the band read.
    page.drawRectangle({ x: 40, y: height * 0.04, width: 340, height: 6, color: rgb(0, 0, 0) });
    if (reach === null) continue;
    // Lines of "text": a dark bar every 16 pt from the top margin to the reach.
    for (let top = height * 0.08; top + 8 <= height * reach; top += 16) page.drawRectangle({ x: 40, y: height - top - 8, width: 340, height: 8, color: rgb(0.1, 0.1, 0.1) });
  }
  const file = path.join(dir, `pages-${reaches.length}.pdf`);
  writeFileSync(file, await pdf.save());
  return file;
}

describe("measureBlankPages", () => {
  it("lists the pages that end a third blank or more, not a page left blank on purpose, nor the last", async () => {
    const file = await writePages([0.88, 0.4, null, 0.75, 0.1]);
    const pages = await measureBlankPages(file);
    expect(pages.map((page) => page.page)).toEqual([2]);
    // Ink to 40% of the page, read down to its footer band at 91%: about half the page blank.
    expect(pages[0]?.share).toBeGreaterThan(0.45);
    expect(pages[0]?.share).toBeLessThan(0.56);
  });

  it("takes a lower share when asked", async () => {
    const file = await writePages([0.88, 0.75, 0.2]);
    expect((await measureBlankPages(file, 0.1)).map((page) => page.page)).toEqual([2]);
    expect(await measureBlankPages(file)).toEqual([]);
  });
});
