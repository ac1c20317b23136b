// Plans which page goes on which half of which printed side, for a folded booklet or two pages per sheet (pure).

export type ImposeMode = "booklet" | "2up";
export const IMPOSE_MODES: readonly ImposeMode[] = ["booklet", "2up"];

/** A page number of the reading PDF (1-based), or null for a blank half. */
export type Slot = number | null;

/** One printed side of a sheet, as it lies on the table: what is printed on its left and right halves. */
export interface SheetSide {
  left: Slot;
  right: Slot;
}

export interface ImpositionPlan {
  mode: ImposeMode;
  /** Pages in the reading PDF. */
  pages: number;
  /** Blank halves added to make whole sheets. */
  blanks: number;
  /** Sheets of paper. */
  sheets: number;
  /** Every printed side in the order the printer takes them (booklet: front, back, front, back, ...). */
  sides: SheetSide[];
}

/**
 * A saddle-stitched booklet: n pages padded to a multiple of 4, each sheet printed on both sides and
 * folded once, the sheets nested. Blanks go just before the last page, so the back cover (often the
 * colophon and contacts) stays on the back of the booklet, which is what print shops and imposition
 * software do; a one-page PDF is the exception (its single page is the front cover).
 * Sides are for duplex printing flipped on the short edge: the back of each sheet is upright when the
 * sheet is turned over from left to right. Left-to-right editions are bound on the left; right-to-left
 * editions on the right, which swaps the two halves of every side.
 */
export function planBooklet(pages: number, direction: "ltr" | "rtl"): ImpositionPlan {
  checkPageCount(pages);
  const padded = Math.ceil(pages / 4) * 4;
  const blanks = padded - pages;
  const order = orderWithBlanksBeforeBackCover(pages, blanks);
  const sides: SheetSide[] = [];
  for (let sheet = 0; sheet < padded / 4; sheet++) {
    const outerLow = order[2 * sheet] ?? null;
    const innerLow = order[2 * sheet + 1] ?? null;
    const innerHigh = order[padded - 2 - 2 * sheet] ?? null;
    const outerHigh = order[padded - 1 - 2 * sheet] ?? null;
    // Bound on the left, the later page of the outer side sits left of the spine, the earlier one right.
    const front = { left: outerHigh, right: outerLow };
    const back = { left: innerLow, right: innerHigh };
    sides.push(direction === "ltr" ? front : swap(front), direction === "ltr" ? back : swap(back));
  }
  return { mode: "booklet", pages, blanks, sheets: padded / 4, sides };
}

/**
 * Two pages side by side on each side of a sheet twice their width (A5 on A4), for cutting in half:
 * consecutive pages in reading order, 1 and 2, then 3 and 4; in right-to-left editions the earlier page
 * is on the right, where their readers start. An odd last page gets a blank beside it.
 */
export function planTwoUp(pages: number, direction: "ltr" | "rtl"): ImpositionPlan {
  checkPageCount(pages);
  const sides: SheetSide[] = [];
  for (let first = 1; first <= pages; first += 2) {
    const pair = { left: first, right: first + 1 <= pages ? first + 1 : null };
    sides.push(direction === "ltr" ? pair : swap(pair));
  }
  return { mode: "2up", pages, blanks: sides.length * 2 - pages, sheets: sides.length, sides };
}

/**
 * The thickness (points) of a sheet of uncoated paper of `weight` g/m²: about 1.25 µm per g/m² (80 g/m² office
 * paper is 0.1 mm; 120 g/m², 0.15 mm; 160 g/m² card, 0.2 mm).
 */
export function measureCaliper(weight: number): number {
  return (weight * 0.00125 * 72) / 25.4;
}

/**
 * How far toward the fold a booklet side's pages are moved (points), for creep: folded and nested, each sheet
 * sits outside the ones it wraps, so a sheet's fold lies a paper's thickness further out for every sheet around
 * it, and its pages' text moved outward with it (in a 48-page booklet of office paper, 1.1 mm on the middle
 * sheet). Each side's pages are moved back toward the fold by that much: 0 on the outer sheet. `side` counts
 * from 0 in `plan.sides` (two a sheet), `caliper` is the paper's thickness (measureCaliper); 2-up sheets are cut,
 * not folded, and are not moved.
 */
export function measureCreep(plan: ImpositionPlan, side: number, caliper: number): number {
  return plan.mode === "booklet" ? Math.floor(side / 2) * caliper : 0;
}

export function planImposition(mode: ImposeMode, pages: number, direction: "ltr" | "rtl"): ImpositionPlan {
  return mode === "booklet" ? planBooklet(pages, direction) : planTwoUp(pages, direction);
}

/** Reading order with blanks: 1 .. n-1, the blanks, then n (the back cover); a lone page leads instead. */
function orderWithBlanksBeforeBackCover(pages: number, blanks: number): Slot[] {
  const numbers = Array.from({ length: pages }, (_, index) => index + 1);
  const padding: Slot[] = Array.from({ length: blanks }, () => null);
  if (pages === 1) return [1, ...padding];
  return [...numbers.slice(0, -1), ...padding, pages];
}

function swap(side: SheetSide): SheetSide {
  return { left: side.right, right: side.left };
}

function checkPageCount(pages: number): void {
  if (!Number.isInteger(pages) || pages < 1) throw new RangeError(`An imposition needs a whole number of pages, at least 1 (got ${pages}).`);
}
