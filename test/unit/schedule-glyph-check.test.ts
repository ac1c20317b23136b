// Covers when the glyph check runs and which problem a build tells: the check's, as soon as it is found, before the layout's own.

import { describe, expect, it } from "vitest";
import { ContentError } from "../../src/diagnostics/errors.js";
import { scheduleGlyphCheck } from "../../src/pipeline/schedule-glyph-check.js";

const glyphError = (line: number) => new ContentError("glyph-missing", `A character on line ${line} is in no font.`, { hint: "Replace it.", location: { file: "01-a.md", line } });
const never = () => new Promise<never>(() => undefined);
const live = () => new AbortController().signal;

describe("scheduleGlyphCheck", () => {
  it("does not run the check until it is started", async () => {
    let runs = 0;
    const glyphs = scheduleGlyphCheck(async () => (runs++, []));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(runs).toBe(0);
    glyphs.start();
    glyphs.start();
    expect(await glyphs.guard(Promise.resolve("pdf"), live())).toBe("pdf");
    expect(runs).toBe(1);
  });

  it("runs the check when the work ends before anything started it", async () => {
    const glyphs = scheduleGlyphCheck(async () => [glyphError(5)]);
    await expect(glyphs.guard(Promise.resolve("pdf"), live())).rejects.toMatchObject({ code: "glyph-missing" });
  });

  it("throws the check's problem while the work is still going, counting the others", async () => {
    const glyphs = scheduleGlyphCheck(async () => [glyphError(5), glyphError(7), glyphError(9)]);
    const guarded = glyphs.guard(never(), live());
    glyphs.start();
    const error = await guarded.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).location?.line).toBe(5);
    expect((error as ContentError).hint).toContain("There are 2 more such places");
  });

  it("tells the check's problem before the work's own error, and the work's when the check finds none", async () => {
    const failing = () => Promise.reject(new Error("the sheet does not fit"));
    await expect(scheduleGlyphCheck(async () => [glyphError(5)]).guard(failing(), live())).rejects.toMatchObject({ code: "glyph-missing" });
    await expect(scheduleGlyphCheck(async () => []).guard(failing(), live())).rejects.toThrow("the sheet does not fit");
    // A font the check cannot read is the check's problem too.
    const unreadable = scheduleGlyphCheck(() => Promise.reject(new ContentError("font-unreadable", "Broken.ttf is not a font.")));
    await expect(unreadable.guard(failing(), live())).rejects.toMatchObject({ code: "font-unreadable" });
  });

  it("says a build was stopped, without waiting for the check", async () => {
    const controller = new AbortController();
    controller.abort();
    let runs = 0;
    const glyphs = scheduleGlyphCheck(async () => (runs++, [glyphError(5)]));
    await expect(glyphs.guard(Promise.reject(new Error("stopped")), controller.signal)).rejects.toThrow("stopped");
    expect(runs).toBe(0);
  });
});
