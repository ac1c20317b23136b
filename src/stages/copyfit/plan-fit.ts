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

/** The trial at the largest setting that fits its sides, if any does. */
export const findLargestFitting = <T extends FitTrial>(trials: readonly T[], sides: number): T | undefined =>
  trials.filter((trial) => fitsSides(trial, sides)).sort((a, b) => b.dial - a.dial)[0];
export const fillsSides = (trial: FitTrial, sides: number) => trial.pages === sides && trial.lastPageFill >= FULL_ENOUGH;

/**
 * The next dial setting between one that fits (`fitting`) and one that does not (`overfull`): where the
 * edition's length, taken as straight between the two, would just fill the sides (regula falsi). It is
 * kept inside the middle 80% of the interval so each trial narrows it, whatever the length does.
 */
export function pickNextDial(fitting: FitTrial, overfull: FitTrial, sides: number): number {
  const goal = goalLength(sides);
  const low = measureLength(fitting);
  const high = measureLength(overfull);
  const span = overfull.dial - fitting.dial;
  const guess = high > low ? fitting.dial + (span * (goal - low)) / (high - low) : fitting.dial + span / 2;
  return Math.min(overfull.dial - 0.1 * span, Math.max(fitting.dial + 0.1 * span, guess));
}

/** The length copyfitting aims at: the middle of the range that counts as filled (last side 90% to 100% full). */
export const goalLength = (sides: number) => sides - (1 - (FULL_ENOUGH + 1) / 2);

/**
 * How much room the text takes at a dial setting, relative to other settings: a line holds fewer words as
 * the type grows (more lines), and each line is as tall as type × leading, so about type² × leading.
 */
export function measureRoom(bounds: FitBounds, dial: number): number {
  const sizes = findSizes(bounds, dial);
  return sizes.type * sizes.type * sizes.leading;
}

/**
 * The dial setting at which the edition would just reach the goal length, predicted from the trial nearest
 * the goal, its length taken to grow as measureRoom; 0 or 1 when the goal lies beyond them. Line breaks,
 * paragraph ends and blocks that cannot be split make the real length lumpy, so a second trial close by
 * says little about the rate: the model is kept, and the trial nearest the goal corrects its aim.
 */
export function predictDial(bounds: FitBounds, trials: readonly FitTrial[], sides: number): number {
  const goal = goalLength(sides);
  // Of trials as near as each other, the latest: a length that did not grow then sends the next trial further on.
  const base = trials.reduce<FitTrial | undefined>(
    (nearest, trial) => (nearest && Math.abs(measureLength(nearest) - goal) < Math.abs(measureLength(trial) - goal) ? nearest : trial),
    undefined,
  );
  if (!base) return findNaturalDial(bounds);
  const lengthAt = (dial: number) => (measureLength(base) * measureRoom(bounds, dial)) / measureRoom(bounds, base.dial);
  if (lengthAt(1) <= goal) return 1;
  if (lengthAt(0) >= goal) return 0;
  // The length grows with the dial: halving the interval 30 times pins the setting far below what a layout can tell apart.
  let [low, high] = [0, 1];
  for (let step = 0; step < 30; step++) {
    const middle = (low + high) / 2;
    if (lengthAt(middle) < goal) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

/** How much too long an edition is at its smallest, as a share of its sides (0.2 = 20% too long). */
export function measureOverflow(smallest: FitTrial, sides: number): number {
  return (measureLength(smallest) - sides) / sides;
}

/**
 * The next dial setting to try after `trials`, or undefined when no setting would do better: the last trial
 * fills the sides, the edition fits at the largest sizes (an underfull sheet) or not at the smallest, or the
 * settings that fit and those that do not are too close to tell apart. Between a fitting and an overfull
 * setting it narrows in (pickNextDial); on one side of the goal only, it goes where predictDial says (always
 * moving on, so each trial teaches something).
 */
export function chooseNextDial(bounds: FitBounds, trials: readonly FitTrial[], sides: number): number | undefined {
  const last = trials[trials.length - 1];
  if (!last || fillsSides(last, sides)) return undefined;
  const fitting = findLargestFitting(trials, sides);
  const overfull = trials.filter((trial) => !fitsSides(trial, sides)).sort((a, b) => a.dial - b.dial)[0];
  if (fitting && overfull) return overfull.dial - fitting.dial > 0.02 ? pickNextDial(fitting, overfull, sides) : undefined;
  if (fitting) return fitting.dial >= 1 ? undefined : Math.max(predictDial(bounds, trials, sides), Math.min(1, fitting.dial + 0.02));
  if (overfull) return overfull.dial <= 0 ? undefined : Math.min(predictDial(bounds, trials, sides), Math.max(0, overfull.dial - 0.02));
  return undefined;
}
