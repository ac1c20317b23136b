// A build's warnings: each place's told once an edition (a flip edition's two halves give theirs apart), every other kept.

import { describe, expect, it } from "vitest";
import type { BuildWarning } from "../../src/diagnostics/warnings.js";
import { createBuildContext } from "../../src/pipeline/build-context.js";

describe("a build's warnings", () => {
  it("keeps one warning of a kind for each place in each edition, and every warning without a place", () => {
    const heard: BuildWarning[] = [];
    const ctx = createBuildContext(new AbortController().signal, (warning) => heard.push(warning));
    const at = { file: "issues/x/03-market.md", line: 4, column: 10 };
    const narrow = (page: number, edition: string) => ({ code: "narrow-columns", message: `page ${page}`, location: at, edition });
    ctx.warn(narrow(2, "flip"));
    ctx.warn(narrow(9, "flip"));
    ctx.warn(narrow(3, "en"));
    ctx.warn({ code: "picture-low-resolution", message: "the same line, another kind", location: at, edition: "flip" });
    ctx.warn({ ...narrow(4, "flip"), location: { ...at, line: 5 } });
    ctx.warn({ code: "break-defect", message: "On page 2, column 1", edition: "flip" });
    ctx.warn({ code: "break-defect", message: "On page 2, column 1", edition: "flip" });
    expect(ctx.warnings.map((warning) => `${warning.edition} ${warning.code} ${warning.message}`)).toEqual([
      "flip narrow-columns page 2",
      "en narrow-columns page 3",
      "flip picture-low-resolution the same line, another kind",
      "flip narrow-columns page 4",
      "flip break-defect On page 2, column 1",
      "flip break-defect On page 2, column 1",
    ]);
    expect(heard).toEqual(ctx.warnings);
  });
});
