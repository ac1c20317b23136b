// Where a tri-fold leaflet's six panels go on the two sides of its sheet, and how wide each prints (pure).

import type { Direction } from "../../config/languages.js";
import type { Mm } from "../../shared/units.js";

/**
 * The panel that folds in is this much narrower than the other two, so that it turns inside the cover
 * without buckling at the fold (the usual allowance is 2 to 3 mm: 97 + 100 + 100 mm on A4).
 */
export const FLAP_INSET_MM: Mm = 3;

/** One panel on one side of the sheet: which page of the panel document prints there, and where. */
export interface PanelSlot {
  /** The page of the laid-out panels, from 1: 1 cover, 2 to 4 inside, 5 the flap's outer face, 6 the back. */
  page: number;
  /** Its left edge on the side, from the sheet's left edge. */
  x: Mm;
  /** How wide it prints: the panel width, or the flap's. */
  width: Mm;
  /** The page's edge whose FLAP_INSET_MM strip falls off the sheet (the flap's outer edge), if any. */
  cut: "left" | "right" | null;
}

export interface TrifoldPlan {
  /** The sheet, landscape: the paper's long edge across. */
  sheet: { width: Mm; height: Mm };
  /** Every page is laid out at this size; the flap's pages lose FLAP_INSET_MM on their cut edge. */
  panel: { width: Mm; height: Mm };
  flap: Mm;
  /** Left to right as each side is seen: the outside (cover, back and the flap's outer face), then the inside. */
  outside: PanelSlot[];
  inside: PanelSlot[];
}

/**
 * A letter fold: the outside holds [flap, back, cover] and the inside [2, 3, 4], read left to right; the
 * sheet turns over on its short edge, so the flap's two faces are at opposite ends. A right-to-left
 * leaflet opens the other way: every side is mirrored, the cover on the left.
 */
export function planTrifold(paper: { width: Mm; height: Mm }, direction: Direction): TrifoldPlan {
  const sheet = { width: Math.max(paper.width, paper.height), height: Math.min(paper.width, paper.height) };
  const panelWidth = (sheet.width + FLAP_INSET_MM) / 3;
  const flap = sheet.width - 2 * panelWidth;
  const place = (pages: readonly number[], flapCut: "left" | "right"): PanelSlot[] => {
    const ordered = direction === "rtl" ? [...pages].reverse() : pages;
    let x = 0;
    return ordered.map((page) => {
      const isFlap = page === 4 || page === 5;
      const width = isFlap ? flap : panelWidth;
      // The flap's outer edge is the sheet's edge: whichever end of the side it is at.
      const cut = isFlap ? (direction === "rtl" ? mirror(flapCut) : flapCut) : null;
      const slot = { page, x, width, cut };
      x += width;
      return slot;
    });
  };
  return {
    sheet,
    panel: { width: panelWidth, height: sheet.height },
    flap,
    outside: place([5, 6, 1], "left"),
    inside: place([2, 3, 4], "right"),
  };
}

/** The edge of a flap page that is cut away: the template widens that page's margin there by FLAP_INSET_MM. */
export function findCutEdge(plan: TrifoldPlan, page: 4 | 5): "left" | "right" {
  const slot = [...plan.outside, ...plan.inside].find((candidate) => candidate.page === page);
  return slot?.cut ?? "right";
}

/** The side (1 outside, 2 inside) a panel page prints on. */
export function findSide(plan: TrifoldPlan, page: number): 1 | 2 {
  return plan.outside.some((slot) => slot.page === page) ? 1 : 2;
}

/** Where the sheet folds on each side, outside then inside, from its left edge: between the panels. */
export function listFolds(plan: TrifoldPlan): Mm[][] {
  return [plan.outside, plan.inside].map((side) => side.slice(1).map((slot) => slot.x));
}

function mirror(edge: "left" | "right"): "left" | "right" {
  return edge === "left" ? "right" : "left";
}
