// A build's timings: per stage for the whole build and per edition (BuildContext), and how --verbose lays them out.

import { describe, expect, it } from "vitest";
import { formatEditionTimings, formatStageTimings, roundTimings } from "../../src/cli/format-timings.js";
import { createBuildContext } from "../../src/pipeline/build-context.js";

describe("a build's timings", () => {
  it("adds an edition's time to its own stages as well as to the build's, and counts its layouts", async () => {
    const ctx = createBuildContext(new AbortController().signal);
    ctx.time("parse", () => undefined);
    ctx.record("pagination", 300, "en");
    ctx.record("pagination", 200, "en");
    ctx.record("pagination", 700, "ur");
    ctx.record("fonts", 40);
    await ctx.time("postprocess", () => new Promise((resolve) => setTimeout(resolve, 20)), "ur");
    ctx.countLayout("en");
    ctx.countLayout("en");
    ctx.countLayout("ur");

    expect(ctx.timings.pagination).toBe(1200);
    expect(ctx.timings.fonts).toBe(40);
    expect(ctx.editionTimings.get("en")).toEqual({ stages: { pagination: 500 }, layouts: 2 });
    const ur = ctx.editionTimings.get("ur");
    expect(ur?.stages.pagination).toBe(700);
    expect(ur?.stages.postprocess).toBeGreaterThanOrEqual(15);
    expect(ctx.timings.postprocess).toBe(ur?.stages.postprocess);
    // Time that belongs to no one edition (reading the issue, the glyph check) stays the build's.
    expect([...ctx.editionTimings.keys()]).toEqual(["en", "ur"]);
  });

  it("rounds to whole milliseconds in build order, leaving out stages that did not run", () => {
    expect(Object.entries(roundTimings({ postprocess: 10.6, load: 3.2, pagination: 99.5 }))).toEqual([
      ["load", 3],
      ["pagination", 100],
      ["postprocess", 11],
    ]);
  });

  it("prints the stages with the whole build, then a table of the editions with the stages any of them had", () => {
    expect(formatStageTimings({ load: 12, pdf: 340.4 }, 2500.2)).toEqual(["Time per stage (editions laid out side by side add up):", "  load             12 ms", "  pdf             340 ms", "  whole build    2500 ms"]);
    const table = formatEditionTimings([
      { edition: "en", timings: { stages: { pagination: 412.3, postprocess: 120 }, layouts: 2 } },
      { edition: "parallel", timings: { stages: { pagination: 1350, pdf: 201, postprocess: 484.2 }, layouts: 13 } },
    ]);
    expect(table).toEqual([
      "Time per edition (ms):",
      "  edition   layouts  pagination  pdf  postprocess",
      "  en              2         412    0          120",
      "  parallel       13        1350  201          484",
    ]);
  });
});
