// The summary after a build: fonts read from the PDF (embedded or not), the lowest ppi and soft pictures, and the lines an editor reads.

import { PDFDocument, StandardFonts } from "@cantoo/pdf-lib";
import { surveyFonts } from "../../src/stages/press-pdf/list-unembedded-fonts.js";
import { describe, expect, it } from "vitest";
import { formatSummary } from "../../src/cli/format-summary.js";
import { createStyle } from "../../src/cli/style.js";
import { summarizeEdition } from "../../src/stages/summarize-edition/summarize-edition.js";

const plain = createStyle({ isTTY: false } as NodeJS.WriteStream, {});

describe("summarizeEdition", () => {
  it("names a font printed without its program, finds the lowest ppi (rounded down, as the warning says it), and counts pictures under 150 ppi once each", async () => {
    const doc = await PDFDocument.create();
    doc.addPage().drawText("Hello", { font: await doc.embedFont(StandardFonts.Helvetica) });
    const summary = summarizeEdition({
      fonts: surveyFonts(await PDFDocument.load(await doc.save())).fonts,
      pages: 1,
      pictures: [{ path: "images/map.svg" }, { path: "images/a.jpg" }, { path: "images/a.jpg", ppi: 120.7 }, { path: "images/b.jpg", ppi: 310 }, { path: "images/a.jpg", ppi: 130 }],
      articles: [{ words: 120 }, { words: 80 }],
      textLost: { unit: "page", numbers: [] },
      untranslated: 1,
      warnings: 2,
    });
    expect(summary).toEqual({
      pages: 1,
      fonts: ["Helvetica"],
      unembeddedFonts: ["Helvetica"],
      pictures: 3,
      lowestPpi: { path: "images/a.jpg", ppi: 120 },
      softPictures: 1,
      text: { articles: 2, words: 200, lost: { unit: "page" as const, numbers: [] } },
      untranslated: 1,
      warnings: 2,
    });
  });
});

describe("formatSummary", () => {
  it("gives one line per edition and a verdict: ready, or read the warnings", () => {
    const clean = { pages: 6, fonts: ["NotoSerif"], unembeddedFonts: [], pictures: 2, lowestPpi: { path: "a.jpg", ppi: 300 }, softPictures: 0, text: { articles: 5, words: 2400, lost: { unit: "page" as const, numbers: [] } }, untranslated: 0, warnings: 0 };
    expect(formatSummary("issues/x", [{ edition: "en", summary: clean }, { edition: "parallel", summary: { ...clean, pages: 1, pictures: 0, lowestPpi: undefined } }], plain)).toBe(
      [
        "Summary of issues/x:",
        "  en        6 pages; all text on the pages (2400 words); fonts embedded (NotoSerif); 2 pictures, lowest 300 ppi; no warnings",
        "  parallel  1 page; all text on the pages (2400 words); fonts embedded (NotoSerif); no pictures; no warnings",
        "Ready to print.",
      ].join("\n"),
    );
    const soft = formatSummary("issues/x", [{ edition: "ar", summary: { ...clean, softPictures: 1, warnings: 1, unembeddedFonts: ["Arial"] } }], plain);
    expect(soft).toContain("1 font not embedded; 2 pictures, lowest 300 ppi (1 under 150 ppi); 1 warning");
    expect(soft).toContain("Read the warnings above before printing.");
    expect(formatSummary("issues/x", [{ edition: "ar", summary: { ...clean, untranslated: 2 } }], plain)).toContain(
      "  ar  6 pages; all text on the pages (2400 words); 2 articles not translated; fonts embedded (NotoSerif);",
    );
    // Text the PDF lacks on a page (the browser printed it otherwise than laid out) is not "all text on the pages".
    const lost = formatSummary("issues/x", [{ edition: "en", summary: { ...clean, text: { ...clean.text, lost: { unit: "page" as const, numbers: [4] } }, warnings: 1 } }], plain);
    expect(lost).toContain("  en  6 pages; text missing from page 4 of the PDF; fonts embedded (NotoSerif);");
    expect(lost).toContain("Read the warnings above before printing.");
  });

  it("counts the warnings about the issue as a whole, which belong to no one edition, in the verdict", () => {
    const clean = { pages: 1, fonts: ["NotoSerif"], unembeddedFonts: [], pictures: 0, softPictures: 0, text: { articles: 1, words: 20, lost: { unit: "page" as const, numbers: [] } }, untranslated: 0, warnings: 0 };
    expect(formatSummary("issues/x", [{ edition: "en", summary: clean }], plain, 2)).toBe(
      [
        "Summary of issues/x:",
        "  en  1 page; all text on the pages (20 words); fonts embedded (NotoSerif); no pictures; no warnings",
        "      and 2 warnings about the issue as a whole, for every edition",
        "Read the warnings above before printing.",
      ].join("\n"),
    );
  });

  it("names an edition too long for its sheet, which was not written, and says the issue is not ready", () => {
    const clean = { pages: 1, fonts: ["NotoSerif"], unembeddedFonts: [], pictures: 0, softPictures: 0, text: { articles: 1, words: 20, lost: { unit: "page" as const, numbers: [] } }, untranslated: 0, warnings: 0 };
    expect(formatSummary("issues/x", [{ edition: "en", summary: clean }], plain, 0, ["ur"])).toBe(
      [
        "Summary of issues/x:",
        "  en  1 page; all text on the pages (20 words); fonts embedded (NotoSerif); no pictures; no warnings",
        "  ur  not written: it does not fit its sheet (see below)",
        "Not ready: 1 edition was not written.",
      ].join("\n"),
    );
    // None written (a one-language sheet): the line and the verdict still say so.
    expect(formatSummary("issues/x", [], plain, 0, ["fa", "ur"])).toBe(
      ["Summary of issues/x:", "  fa  not written: it does not fit its sheet (see below)", "  ur  not written: it does not fit its sheet (see below)", "Not ready: 2 editions were not written."].join("\n"),
    );
  });
});
