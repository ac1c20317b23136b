// Copyfitting's trials: a trial that stops the build still tells its warnings (the cause it found is often in them).

import { describe, expect, it } from "vitest";
import type { LayoutSettings } from "../../src/config/layout-settings-schema.js";
import type { BuildWarning } from "../../src/diagnostics/warnings.js";
import { layOutToSides } from "../../src/stages/copyfit/lay-out-to-sides.js";
import type { EditionPage } from "../../src/stages/paginate/paginate.js";
import type { HtmlDocument } from "../../src/stages/render-html/render-document.js";

const DOCUMENT = {
  edition: { code: "en", lang: "en", dir: "ltr", digits: "latn" },
  html: "<html></html>",
  articles: [{ id: "01-story", title: "Story", lang: "en" }],
  paper: { name: "A4", width: 210, height: 297 },
} as unknown as HtmlDocument;

const NARROW: BuildWarning = { code: "narrow-columns", message: "“Story” is set in 5 columns about 15 mm wide (page 1)", edition: "en" };

describe("layOutToSides", () => {
  it("tells the warnings of a trial that stops the build, then stops", async () => {
    let closed = false;
    const page: EditionPage = {
      async layOut(_variables, warn) {
        warn?.(NARROW);
        throw new Error("In the en edition, text of “Story” is missing from the laid-out pages");
      },
      async print() {
        throw new Error("not printed");
      },
      async close() {
        closed = true;
      },
    };
    const told: BuildWarning[] = [];
    const settings: LayoutSettings = { paper: "A4", notes: "end", sides: 1, fit: { bodySize: 9.5, minimumSize: 8, type: [0.84, 1.2], leading: [0.9, 1.15], pictures: [0.6, 1] } };
    const laidOut = layOutToSides(DOCUMENT, settings, 1, async () => page, (warning) => told.push(warning));
    await expect(laidOut).rejects.toThrow(/missing from the laid-out pages/);
    expect(told).toEqual([NARROW]);
    expect(closed).toBe(true);
  });
});
