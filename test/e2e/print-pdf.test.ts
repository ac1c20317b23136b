// print-pdf.ts in real Chromium: a PDF read back in many pieces is whole, the same as page.pdf's, at the CSS page size and tagged.

import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PDFDocument, PDFName } from "@cantoo/pdf-lib";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { printPdf, READ_SIZE } from "../../src/stages/paginate/print-pdf.js";
import { useTemplateSession } from "../support/browser.js";
import { extractText } from "../support/pdf-tools.js";

const useSession = useTemplateSession();
const folder = mkdtempSync(path.join(os.tmpdir(), "pressroom-print-pdf-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function writeTemporary(name: string, bytes: Uint8Array): string {
  const file = path.join(folder, name);
  writeFileSync(file, bytes);
  return file;
}

/** Three A5 pages; the noise picture cannot be compressed, so the PDF is several times READ_SIZE. */
async function writeDocument(): Promise<string> {
  const side = 700;
  const noise = await sharp(randomBytes(side * side * 3), { raw: { width: side, height: side, channels: 3 } }).png().toBuffer();
  const paragraphs = Array.from({ length: 3 }, (_, page) => `<h1 style="break-before: page">Page ${page + 1}</h1><p>The market opens at eight on the square.</p>`).join("");
  return `<!doctype html><html lang="en"><head><style>@page { size: A5; margin: 15mm } img { width: 100mm }</style></head>
    <body>${paragraphs}<img alt="noise" src="data:image/png;base64,${noise.toString("base64")}"></body></html>`;
}

describe("printPdf", () => {
  it("reads a PDF larger than one piece whole: the pages, size, tags and text page.pdf gives", async () => {
    const page = await useSession().browser.newPage();
    await page.setContent(await writeDocument());
    const bytes = await printPdf(page);
    expect(bytes.length).toBeGreaterThan(3 * READ_SIZE);
    expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    expect(Buffer.from(bytes.subarray(-8)).toString("latin1")).toContain("%%EOF");
    const referenceBytes = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: false });
    expect(extractText(writeTemporary("printed.pdf", bytes))).toBe(extractText(writeTemporary("reference.pdf", referenceBytes)));
    const doc = await PDFDocument.load(bytes);
    const reference = await PDFDocument.load(referenceBytes);
    expect(doc.getPageCount()).toBe(reference.getPageCount());
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(3);
    // A5 from the CSS @page rule, not page.pdf's default Letter paper.
    const { width, height } = doc.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([420, 595]);
    expect(doc.catalog.has(PDFName.of("StructTreeRoot"))).toBe(true);
    // Chrome's own outline stays off: pressroom writes its own.
    expect(doc.catalog.has(PDFName.of("Outlines"))).toBe(false);
    await page.close();
  }, 60_000);
});
