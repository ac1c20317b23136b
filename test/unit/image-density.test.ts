// Covers the picture arithmetic: ppi at printed size, the 300 ppi downscale decision, the low-ppi flag, per-file plans.

import { describe, expect, it } from "vitest";
import {
  computeNeededPixels,
  computePpi,
  convertPxToMm,
  decideResample,
  findLargestBox,
  LOW_PPI,
  TARGET_PPI,
} from "../../src/stages/prepare-images/image-density.js";
import { needsNewBytes, planPictures } from "../../src/stages/prepare-images/plan-pictures.js";
import type { Picture } from "../../src/stages/prepare-images/read-pictures.js";

// A 55 mm column is 207.87 CSS px (96 px = 1 in = 25.4 mm).
const COLUMN = { widthPx: (55 / 25.4) * 96, heightPx: (41.25 / 25.4) * 96 };

describe("computePpi", () => {
  it("divides pixels by printed inches at 96 CSS px to the inch", () => {
    expect(computePpi({ width: 960, height: 480 }, { widthPx: 96, heightPx: 48 })).toBe(960);
    expect(computePpi({ width: 300, height: 150 }, { widthPx: 96, heightPx: 48 })).toBe(300);
  });

  it("takes the lower axis when the picture is squashed", () => {
    expect(computePpi({ width: 600, height: 300 }, { widthPx: 96, heightPx: 192 })).toBe(150);
  });

  it("gives Infinity for a box with no size (nothing printed)", () => {
    expect(computePpi({ width: 100, height: 100 }, { widthPx: 0, heightPx: 10 })).toBe(Infinity);
  });
});

describe("decideResample", () => {
  it("downscales a 4000 × 3000 photo in a 55 mm column to 300 ppi, keeping its aspect ratio", () => {
    const decision = decideResample({ width: 4000, height: 3000 }, COLUMN);
    expect(decision.action).toBe("downscale");
    if (decision.action !== "downscale") return;
    expect(decision.width).toBe(Math.ceil((55 / 25.4) * 300)); // 650 px
    expect(decision.height).toBe(Math.round((decision.width * 3) / 4));
    expect(computePpi(decision, COLUMN)).toBeGreaterThanOrEqual(TARGET_PPI - 1);
    expect(computePpi(decision, COLUMN)).toBeLessThan(TARGET_PPI + 2);
  });

  it("keeps a picture at or under 300 ppi", () => {
    expect(decideResample({ width: 650, height: 488 }, COLUMN)).toEqual({ action: "keep" });
    expect(decideResample({ width: 200, height: 150 }, COLUMN)).toEqual({ action: "keep" });
  });

  it("keeps a picture barely over 300 ppi: re-encoding would lose more than the bytes saved", () => {
    // 700 px where 650 are needed: the resampled one would keep 93% of its width.
    expect(decideResample({ width: 700, height: 525 }, COLUMN)).toEqual({ action: "keep" });
    expect(decideResample({ width: 800, height: 600 }, COLUMN).action).toBe("downscale");
  });
});

describe("sizes for messages", () => {
  it("finds the largest of several boxes, and none of none", () => {
    expect(findLargestBox([{ widthPx: 10, heightPx: 10 }, { widthPx: 30, heightPx: 20 }, { widthPx: 20, heightPx: 20 }])).toEqual({ widthPx: 30, heightPx: 20 });
    expect(findLargestBox([])).toBeNull();
  });

  it("says how many pixels a box needs at a density, and its size in mm", () => {
    expect(computeNeededPixels({ widthPx: 96, heightPx: 48 }, 300)).toEqual({ width: 300, height: 150 });
    expect(convertPxToMm(COLUMN.widthPx)).toBe(55);
  });
});

const picture = (path: string, format: string, width: number, height: number): Picture => ({
  path,
  file: `/virtual/${path}`,
  format,
  pixels: { width, height },
  hasAlpha: false,
});

describe("planPictures", () => {
  const catalog = new Map([
    ["images/big.jpg", picture("images/big.jpg", "jpeg", 4000, 3000)],
    ["images/small.png", picture("images/small.png", "png", 200, 150)],
    ["images/map.svg", picture("images/map.svg", "svg", 1200, 800)],
    ["images/anim.gif", picture("images/anim.gif", "gif", 4000, 3000)],
  ]);

  it("downscales big bitmaps to their largest use, flags small ones, leaves drawings alone", () => {
    const plans = planPictures(
      [
        { index: 0, path: "images/big.jpg", ...COLUMN, articleId: "a-one" },
        { index: 1, path: "images/big.jpg", widthPx: COLUMN.widthPx * 3, heightPx: COLUMN.heightPx * 3, articleId: "a-two" },
        { index: 2, path: "images/small.png", ...COLUMN, articleId: "a-one" },
        { index: 3, path: "images/map.svg", ...COLUMN },
        { index: 4, path: "images/anim.gif", ...COLUMN },
      ],
      catalog,
      { grayscale: false },
    );
    const byPath = new Map(plans.map((plan) => [plan.path, plan]));
    const big = byPath.get("images/big.jpg");
    expect(big?.indexes).toEqual([0, 1]);
    expect(big?.articleId).toBe("a-two");
    expect(big?.resizeTo?.width).toBe(Math.ceil(((55 * 3) / 25.4) * 300));
    expect(big?.low).toBe(false);
    const small = byPath.get("images/small.png");
    expect(small?.resizeTo).toBeNull();
    expect(small?.low).toBe(true);
    expect(small?.ppi).toBeLessThan(LOW_PPI);
    expect(small && needsNewBytes(small)).toBe(false);
    expect(byPath.get("images/map.svg")).toMatchObject({ ppi: Infinity, resizeTo: null, low: false });
    // GIF (and other formats Chromium embeds as they are) is not resampled, only measured.
    expect(byPath.get("images/anim.gif")?.resizeTo).toBeNull();
  });

  it("rasterises drawings at 300 ppi of their printed size for a grayscale edition", () => {
    const [plan] = planPictures([{ index: 0, path: "images/map.svg", ...COLUMN }], catalog, { grayscale: true });
    expect(plan?.resizeTo).toEqual(computeNeededPixels(COLUMN, TARGET_PPI));
    expect(plan && needsNewBytes(plan)).toBe(true);
  });

  it("skips pictures laid out with no size and files it does not know", () => {
    const plans = planPictures(
      [
        { index: 0, path: "images/big.jpg", widthPx: 0, heightPx: 0 },
        { index: 1, path: "images/other.jpg", ...COLUMN },
      ],
      catalog,
      { grayscale: false },
    );
    expect(plans).toEqual([]);
  });
});

describe("issue.md grayscale", () => {
  it("is off by default, takes true or false, and refuses anything else", async () => {
    const { issueFrontMatterSchema } = await import("../../src/config/front-matter-schema.js");
    const parse = (extra: Record<string, unknown>) => issueFrontMatterSchema.safeParse({ title: "T", number: 1, date: "2026-11-20", ...extra });
    const plain = parse({});
    expect(plain.success && plain.data.grayscale).toBe(false);
    const gray = parse({ grayscale: true });
    expect(gray.success && gray.data.grayscale).toBe(true);
    const wrong = parse({ grayscale: "yes" });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]?.message).toBe("must be true or false");
  });
});
