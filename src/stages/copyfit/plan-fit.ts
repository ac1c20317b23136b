// Copyfitting's arithmetic: the sizes at each setting of the one fitting dial, the next setting to try, and how full a trial is (pure).

import type { FitSettings } from "../../config/layout-settings-schema.js";

/** How far each size may go, as shares of the layout's own sizes (1 = as the stylesheet sets it). */
export interface FitBounds {
  type: readonly [number, number];
  leading: readonly [number, number];
  pictures: readonly [number, number];
}

export interface FitSizes {
  type: number;
  leading: number;
  pictures: number;
}

/** One layout of the edition at a dial setting: its page count and how far down the last page it reaches. */
export interface FitTrial {
  dial: number;
  pages: number;
  lastPageFill: number;
}

/** A sheet counts as filled when its last side is this full (the rest is the space under the last lines). */
export const FULL_ENOUGH = 0.9;

/** The bounds the layout allows, with the type never below its readable minimum. */
export function resolveBounds(fit: FitSettings): FitBounds {
  const floor = fit.minimumSize / fit.bodySize;
  const low = Math.max(fit.type[0], floor);
  return { type: [low, Math.max(low, fit.type[1])], leading: fit.leading, pictures: fit.pictures };
}

/** The sizes at dial setting `dial`: 0 is everything at its smallest, 1 at its largest; all move together. */
export function findSizes(bounds: FitBounds, dial: number): FitSizes {
  const at = ([low, high]: readonly [number, number]) => low + (high - low) * dial;
  return { type: at(bounds.type), leading: at(bounds.leading), pictures: at(bounds.pictures) };
}

/** The dial setting closest to the layout's own sizes (type at 100%), where fitting starts. */
export function findNaturalDial(bounds: FitBounds): number {
  const [low, high] = bounds.type;
  if (high === low) return 0;
  return Math.min(1, Math.max(0, (1 - low) / (high - low)));
}

/** The CSS custom properties the layout's stylesheet reads. */
export function toVariables(sizes: FitSizes): Record<string, string> {
  return { "--fit-type": sizes.type.toFixed(4), "--fit-leading": sizes.leading.toFixed(4), "--fit-pictures": sizes.pictures.toFixed(4) };
}

/** The edition's length in pages: whole pages before the last, and the part of the last that is used. */
export function measureLength(trial: FitTrial): number {
  return trial.pages - 1 + trial.lastPageFill;
}

export const fitsSides = (trial: FitTrial, sides: number) => trial.pages <= sides;
export const fillsSides = (trial: FitTrial, sides: number) => trial.pages === sides && trial.lastPageFill >= FULL_ENOUGH;

/**
 * The next dial setting between one that fits (`fitting`) and one that does not (`overfull`): where the
 * edition's length, taken as straight between the two, would just fill the sides (regula falsi). It is
 * kept inside the middle 80% of the interval so each trial narrows it, whatever the length does.
 */
export function pickNextDial(fitting: FitTrial, overfull: FitTrial, sides: number): number {
  const goal = sides - (1 - (FULL_ENOUGH + 1) / 2);
  const low = measureLength(fitting);
  const high = measureLength(overfull);
  const span = overfull.dial - fitting.dial;
  const guess = high > low ? fitting.dial + (span * (goal - low)) / (high - low) : fitting.dial + span / 2;
  return Math.min(overfull.dial - 0.1 * span, Math.max(fitting.dial + 0.1 * span, guess));
}

/** How much too long an edition is at its smallest, as a share of its sides (0.2 = 20% too long). */
export function measureOverflow(smallest: FitTrial, sides: number): number {
  return (measureLength(smallest) - sides) / sides;
}
