// Prints a laid-out page to PDF bytes as page.pdf does, reading them back from Chrome in quarter-megabyte pieces.

import type { Page } from "puppeteer-core";
import { PaginationError } from "../../diagnostics/errors.js";

/**
 * page.pdf reads the printed file back with no size, and Chrome then sends it as one message: 1.26 MB in 63 to
 * 88 ms, 4.66 MB (200 pages) in 0.3 to 0.45 s. In pieces of this size the same bytes came in 41 to 53 ms and
 * 0.16 to 0.33 s (docs/performance.md, the twenty-third round).
 */
export const READ_SIZE = 256 * 1024;

/** The PDF of `page` as Chrome prints it: its CSS page size, backgrounds, tagged, without Chrome's own outline. */
export async function printPdf(page: Page): Promise<Uint8Array> {
  // page.pdf waits for the fonts the same way; the layout has loaded them, so this is one round trip.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // A session of its own: Puppeteer's page session is internal to it, and the stream handle is read on the session that printed.
  const session = await page.createCDPSession();
  try {
    // Page.printToPDF's parameters as page.pdf sends them (its paper size and zero margins give way to the CSS @page).
    const { stream } = await session.send("Page.printToPDF", {
      transferMode: "ReturnAsStream",
      landscape: false,
      displayHeaderFooter: false,
      headerTemplate: "",
      footerTemplate: "",
      printBackground: true,
      scale: 1,
      paperWidth: 8.5,
      paperHeight: 11,
      marginTop: 0,
      marginBottom: 0,
      marginLeft: 0,
      marginRight: 0,
      pageRanges: "",
      preferCSSPageSize: true,
      generateTaggedPDF: true,
      generateDocumentOutline: false,
    });
    if (!stream) {
      throw new PaginationError("browser-print", "Chromium laid the pages out but sent no PDF back.", {
        hint: "Build the issue again; if it happens again, point pressroom at another Chrome or Chromium with --browser.",
      });
    }
    const pieces: Buffer[] = [];
    for (;;) {
      const { data, base64Encoded, eof } = await session.send("IO.read", { handle: stream, size: READ_SIZE });
      pieces.push(Buffer.from(data, base64Encoded ? "base64" : "binary"));
      if (eof) break;
    }
    await session.send("IO.close", { handle: stream });
    return new Uint8Array(Buffer.concat(pieces));
  } finally {
    await session.detach().catch(() => undefined);
  }
}
