// {.left} and {.right} put a {.span-N} picture on that side of the text beside it, in English and in Arabic (templates/_shared/base.css).

import { describe, expect, it } from "vitest";
import { checkFixtureBuild, readSampleIssue } from "../support/build-fixture.js";
import { readPlacedWords } from "../support/pdf-words.js";

/** A word of the lead story's first lines, which run beside its picture, in each edition: where it prints tells the picture's side. */
const BESIDE = { en: "flatbed", ar: "شاحنة" } as const;

/**
 * Builds the sample issue's edition with its lead picture ({.top .span-2}) given `side` too, and tells which half of
 * page 1 the text beside the picture starts in.
 */
async function findTextSide(edition: "en" | "ar", side: string): Promise<"left" | "right"> {
  const files = readSampleIssue("2026-11", { editions: `[${edition}]` }, (file, text) =>
    file.startsWith("01-") ? text.replace("{.top .span-2}", `{.top .span-2${side ? ` .${side}` : ""}}`) : text,
  );
  let found: "left" | "right" | undefined;
  await checkFixtureBuild(files, (result) => {
    const output = result.outputs[0]!;
    expect(output.warnings).toEqual([]);
    const words = readPlacedWords(output.path).filter((word) => word.page === 1);
    // pdftotext -bbox gives an Arabic word's letters in the order they are drawn, right to left.
    const drawn = [BESIDE[edition], [...BESIDE[edition]].reverse().join("")];
    const word = words.find((candidate) => drawn.some((form) => candidate.text.includes(form)));
    expect(word, `"${BESIDE[edition]}" on page 1`).toBeDefined();
    const middle = Math.max(...words.map((candidate) => candidate.xMax)) / 2;
    found = (word!.xMin + word!.xMax) / 2 < middle ? "left" : "right";
  });
  return found!;
}

describe("a picture across two of three columns with {.left} or {.right}", () => {
  it.each([
    // The default is the row's start: the picture on the left in English, the text on the right; mirrored in Arabic.
    ["en", "", "right"],
    ["en", "right", "left"],
    ["en", "left", "right"],
    ["ar", "", "left"],
    ["ar", "left", "right"],
    ["ar", "right", "left"],
  ] as const)("%s edition, {.%s}: the text beside the picture on the %s", async (edition, side, textSide) => {
    expect(await findTextSide(edition, side)).toBe(textSide);
  }, 120_000);
});
