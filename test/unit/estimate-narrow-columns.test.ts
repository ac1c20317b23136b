// `check`'s estimate of an article's columns on the issue's paper: too narrow warned at the columns: line, before any layout.

import { describe, expect, it } from "vitest";
import { estimateNarrowColumns } from "../../src/check/estimate-narrow-columns.js";
import type { ArticleSource } from "../../src/stages/load-issue/types.js";

const article = (slug: string, columns: number | undefined) =>
  ({
    slug,
    meta: { title: `The ${slug} story`, ...(columns === undefined ? {} : { columns }) },
    locate: (path: (string | number)[]) => ({ file: `${slug}.md`, line: path[0] === "columns" ? 3 : 1, column: 10 }),
  }) as unknown as ArticleSource;

describe("estimateNarrowColumns", () => {
  it("warns of four columns on A5 (about 28 mm, as the build measures them) at the columns: line, with the count to use", () => {
    const warnings = estimateNarrowColumns([article("four", 4), article("two", 2), article("plain", undefined)], 148);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toBe(
      "“The four story” is set in 4 columns about 28 mm wide: about 16 characters to a line, where a newspaper column holds 30 to 45. Long words break on most lines and spaces gape.",
    );
    expect(warnings[0]?.hint).toMatch(/^Use `columns: 3` or fewer/);
    expect(warnings[0]?.location).toEqual({ file: "four.md", line: 3, column: 10 });
  });

  it("asks for fewer columns on a leaflet's panel, and none on A3", () => {
    expect(estimateNarrowColumns([article("panel", 3)], 99).map((warning) => warning.hint?.slice(0, 26))).toEqual(["Use `columns: 2` or fewer "]);
    expect(estimateNarrowColumns([article("wide", 5)], 297)).toEqual([]);
  });
});
