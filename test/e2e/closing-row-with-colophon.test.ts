// An article that closes with a picture's row goes over whole with the colophon rather than leave the colophon alone on the last page (page/keep-lines.js), in real Chromium.

import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { checkFirstEdition, readFixture } from "../support/build-fixture.js";
import { drawFlatPicture } from "../support/flat-picture.js";

/**
 * test/fixtures/closing-row-with-colophon: the Spanish edition of a Tabloid newspaper written by `npm run stress`
 * (seed 859, the project's own text; three articles print in Persian, untranslated). Its last article is a picture
 * across two columns with its text beside it (`{.span-2}` at the article's end: a row, compose-modules.js, the picture
 * after its text in the source), and it filled page 2 a little short of room for the colophon: page 3 printed the
 * colophon alone (warned). Lines taken from the row's text would carry the picture over with them, and the rule that
 * sends an article's closing picture over with the colophon did not know rows: now the row goes over whole.
 */
async function readIssue(): Promise<Record<string, string | Buffer>> {
  return { ...readFixture("closing-row-with-colophon"), "images/square.png": await drawFlatPicture(1700, 1700), "images/tall.png": await drawFlatPicture(1700, 2550) };
}

describe("an article closing with a picture's row a little short of room for the colophon", () => {
  it("goes on to the last page whole, the colophon under it, with no warning", async () => {
    await checkFirstEdition(await readIssue(), (output) => {
      expect(output.warnings.map((warning) => warning.message)).toEqual([]);
      expect(output.pages).toBe(3);
      // The row's picture (the tall one, 1470 px wide at the size printed) is on the last page, with the colophon.
      const pictures = execFileSync("pdfimages", ["-list", output.path], { encoding: "utf8" }).trim().split("\n").slice(2).map((row) => row.trim().split(/\s+/));
      expect(pictures.filter((row) => row[3] === "1470").map((row) => Number(row[0]))).toEqual([3]);
      const last = execFileSync("pdftotext", ["-f", "3", "-l", "3", output.path, "-"], { encoding: "utf8" });
      expect(last).toContain("stress@pressroom.example");
      expect(last.split(/\s+/).filter(Boolean).length).toBeGreaterThan(200);
    });
  }, 120_000);
});
