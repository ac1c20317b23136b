// A picture much taller than wide is kept within the page, whole and in proportion, with its caption under it: it ran off the page's foot and was cut.

import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { build } from "../../src/index.js";
import { getBrowserPath } from "../support/browser.js";
import { makeProject } from "../support/issue-fixture.js";
import { readPlacedWords } from "../support/pdf-words.js";

/** A drawing twelve times as tall as wide, one flat colour (#88aabb) to find on the page. */
const TALL = `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="1200" viewBox="0 0 100 1200"><rect width="100" height="1200" fill="#88aabb"/></svg>`;

/** The rows and columns of the page's pixels (at 20 dpi) in the drawing's colour. */
function findColour(pdf: string, page: number): { top: number; bottom: number; left: number; right: number; height: number; width: number } | undefined {
  const ppm = execFileSync("pdftoppm", ["-r", "20", "-f", String(page), "-l", String(page), pdf]);
  // P6 header: "P6\n<w> <h>\n255\n".
  const header = ppm.subarray(0, 20).toString("latin1").match(/^P6\s+(\d+)\s+(\d+)\s+255\s/);
  if (!header) throw new Error("not a PPM");
  const [width, height] = [Number(header[1]), Number(header[2])];
  const start = header[0].length;
  let found: { top: number; bottom: number; left: number; right: number } | undefined;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = start + (y * width + x) * 3;
      if (Math.abs(ppm[at]! - 0x88) < 6 && Math.abs(ppm[at + 1]! - 0xaa) < 6 && Math.abs(ppm[at + 2]! - 0xbb) < 6) {
        found = found ? { top: found.top, bottom: y, left: Math.min(found.left, x), right: Math.max(found.right, x) } : { top: y, bottom: y, left: x, right: x };
      }
    }
  }
  return found && { ...found, height, width };
}

describe("a picture taller than the page", () => {
  it("prints whole inside its page, in proportion, its caption under it (A5 bulletin)", async () => {
    const { project, issue } = makeProject(
      {
        "issue.md": "---\ntitle: The Picture Test\nnumber: 1\ndate: 2026-12-05\nlanguages: [en]\nlayout: bulletin\npaper: A5\n---\n",
        "01-tall.md": `---\ntitle: A tall drawing\n---\n\nA paragraph before the drawing.\n\n![A tall drawing](images/tall.svg "The tall caption")\n\nA paragraph after it.\n`,
        "images/tall.svg": TALL,
      },
      "tall",
    );
    try {
      const result = await build({ issue, projectDir: project, outDir: path.join(project, "out"), browser: getBrowserPath() });
      const output = result.outputs[0]!;
      expect(output.warnings).toEqual([]);
      const caption = readPlacedWords(output.path).find((word) => word.text === "caption");
      expect(caption).toBeDefined();
      const drawn = findColour(output.path, caption!.page);
      expect(drawn).toBeDefined();
      const box = drawn!;
      // Inside the page with room to spare (A5 at 20 dpi is 117 × 165 pixels), above its caption.
      expect(box.top).toBeGreaterThan(2);
      expect(box.bottom).toBeLessThan(box.height - 10);
      expect(box.bottom / 20 * 72).toBeLessThan(caption!.yMin + 1);
      // Twelve times as tall as wide, give or take a pixel at each edge.
      const ratio = (box.bottom - box.top + 1) / (box.right - box.left + 1);
      expect(ratio).toBeGreaterThan(9);
      expect(ratio).toBeLessThan(15);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  }, 120_000);
});
