// A front-page lead opening with two stacked pictures too tall for the front page even drawn at half: its first picture is still set in its first column there (page/fit-pictures-at-breaks.js), in real Chromium.

import { execFileSync } from "node:child_process";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { checkFirstEdition, readFixture } from "../support/build-fixture.js";
import { toWords } from "../support/pdf-tools.js";

const picture = (width: number, height: number, format: "jpeg" | "png") => {
  const made = sharp({ create: { width, height, channels: 3, background: { r: 150, g: 90, b: 80 } } });
  return (format === "jpeg" ? made.jpeg() : made.png()).toBuffer();
};

/** The pictures at the sizes `npm run stress` writes them (only their shapes matter to the layout). */
async function readIssue(): Promise<Record<string, string | Buffer>> {
  return {
    ...readFixture("front-page-stacked-pictures"),
    "images/photo.jpg": await picture(1800, 1200, "jpeg"),
    "images/square.png": await picture(1700, 1700, "png"),
    "images/tall.png": await picture(1700, 2550, "png"),
    "images/panorama.png": await picture(2400, 800, "png"),
    "images/drawing.svg": '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600" viewBox="0 0 800 600"><rect width="800" height="600" fill="#edd"/></svg>',
  };
}

describe("an A5 newspaper's lead story opening with two pictures ({.top} twice) that even at half their heights leave the front page no room", () => {
  // test/fixtures/front-page-stacked-pictures: a Persian A5 newspaper written by `npm run stress` (seed 33,
  // --project-text). Drawing the two pictures shorter together cannot keep them under the masthead and contents box;
  // then, as with one picture, the lead's first picture goes in its first column and the story starts on the front
  // page. The first version of the stacked pictures' mend returned before that: the front page printed the masthead
  // and contents box alone, the lead on page 2.
  it("starts on the front page, its opening picture's caption and credit there", async () => {
    await checkFirstEdition(await readIssue(), (output) => {
      const front = toWords(execFileSync("pdftotext", ["-f", "1", "-l", "1", output.path, "-"], { encoding: "utf8" })).join(" ");
      expect(front).toContain(toWords("جواد حیدری، مربی تیم").join(" "));
      expect(front).toContain("photo stress desk");
    });
  }, 120_000);
});
