// An article whose headline and opening picture would go overleaf and leave most of a page empty starts on that page, its picture drawn shorter (page/fit-opening-pictures.js).

import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkFixtureBuild, readSampleIssue } from "../support/build-fixture.js";
import { toWords } from "../support/pdf-tools.js";

const SAMPLE = path.resolve(import.meta.dirname, "../../issues/2026-11");

/** Words without Arabic vowel marks, which the extracted text may place apart from their letters. */
const toPlainWords = (text: string) => toWords(text.replace(/[\u064B-\u065F\u0670\u0640]/g, ""));

/** A setting of one of the sample's articles, as its front matter writes it. */
function readSetting(file: string, key: string): string {
  const match = new RegExp(`^${key}: (.*)$`, "m").exec(readFileSync(path.join(SAMPLE, file), "utf8"));
  if (!match?.[1]) throw new Error(`${file} has no ${key}`);
  return match[1];
}

/** The words printed on one page, and how far down the page its lowest word (the running footer aside) reaches, as a share of its height. */
function readPage(file: string, page: number): { words: string[]; reach: number } {
  const range = ["-f", String(page), "-l", String(page)];
  const words = toPlainWords(execFileSync("pdftotext", [...range, "-enc", "UTF-8", file, "-"], { encoding: "utf8" }));
  const boxes = execFileSync("pdftotext", [...range, "-bbox", file, "-"], { encoding: "utf8" });
  const height = Number(/<page width="[\d.]+" height="([\d.]+)"/.exec(boxes)?.[1]);
  const bottoms = Array.from(boxes.matchAll(/yMax="([\d.]+)"/g), (match) => Number(match[1])).filter((bottom) => bottom < 0.92 * height);
  return { words, reach: Math.max(...bottoms) / height };
}

describe("an article opening with a picture, after a front page's masthead and contents", () => {
  // The sample issue in the A5 bulletin: the lead story's picture across its two columns and its headline did not fit
  // under the masthead and the contents box, and went to page 2 together: the front page printed two thirds empty.
  it.each([
    ["en", "01-alder-court-roof.md"],
    ["ar", "01-alder-court-roof.ar.md"],
  ])("starts on the front page (%s), its picture drawn shorter, and the page is filled", async (edition, article) => {
    await checkFixtureBuild(readSampleIssue("2026-11", { layout: "bulletin", paper: "A5", editions: `[${edition}]` }), (result) => {
      const output = result.outputs[0]!;
      expect(output.warnings.filter((warning) => warning.code === "break-defect")).toEqual([]);
      const front = readPage(output.path, 1);
      const headline = toPlainWords(readSetting(article, "title"));
      const opening = toPlainWords(readFileSync(path.join(SAMPLE, article), "utf8").split(/^---$/m)[2] ?? "").slice(0, 6);
      expect(front.words).toEqual(expect.arrayContaining([...headline, ...opening]));
      expect(front.reach).toBeGreaterThan(0.85);
    });
  }, 120_000);
});
