// Lays an edition out again and again, moving the fitting dial, until it fills exactly its sheet's sides (edge: drives the browser through layoutOnce).

import type { FitSettings } from "../../config/layout-settings-schema.js";
import { ContentError } from "../../diagnostics/errors.js";
import type { PaginateResponse } from "../../shared/browser-messages.js";
import {
  chooseNextDial,
  fillsSides,
  findLargestFitting,
  findNaturalDial,
  findSizes,
  fitsSides,
  measureLength,
  measureOverflow,
  resolveBounds,
  toVariables,
  type FitSizes,
  type FitTrial,
} from "./plan-fit.js";
import { describeFit, describeOverflow, describeOverflowHint, describeUnderfill, type FitTarget } from "./describe-fit.js";

/** Layouts one edition may take, each about a second: most fit on the second, a few need a third or fourth. */
const MAX_TRIALS = 7;

/** One layout of the edition, as copyfitting reads it; whatever else it holds is the caller's. */
export interface FitLayout {
  layout: PaginateResponse;
}

export interface FitOutcome<T extends FitLayout> {
  /** The layout kept. */
  kept: T;
  sizes: FitSizes;
  /** What copyfitting did, in an editor's words. */
  message: string;
  /** Set when the sheet stays partly empty even at the largest sizes. */
  underfilled?: string;
}

interface LaidOut<T> extends FitTrial {
  kept: T;
  sizes: FitSizes;
}

/**
 * Finds the largest sizes, within the layout's bounds, at which the edition still fits its sides: a sheet too
 * long gets smaller type, tighter leading and smaller pictures; one too short gets larger, up to the bounds.
 * Each edition is fitted on its own (a translation runs longer or shorter than its original).
 */
export async function fitEdition<T extends FitLayout>(
  edition: { code: string; titleOf(articleId: string): string },
  fit: FitSettings,
  target: FitTarget,
  layoutOnce: (variables: Record<string, string>) => Promise<T>,
): Promise<FitOutcome<T>> {
  const bounds = resolveBounds(fit);
  const sides = target.pages;
  const layOut = async (dial: number): Promise<LaidOut<T>> => {
    const sizes = findSizes(bounds, dial);
    const kept = await layoutOnce(toVariables(sizes));
    return { dial, sizes, kept, pages: kept.layout.pageCount, lastPageFill: kept.layout.lastPageFill };
  };
  // Only a sheet that stays short at the largest sizes is underfull. Below them, what is left under the last lines
  // is a block that cannot be split (a contacts box, a picture), which the next size up pushes onto another page.
  const finish = (best: LaidOut<T>): FitOutcome<T> => {
    const underfilled = fillsSides(best, sides) || best.dial < 1 ? undefined : describeUnderfill(fit, best.sizes, target, measureLength(best));
    return { kept: best.kept, sizes: best.sizes, message: describeFit(fit, best.sizes, target, underfilled !== undefined), underfilled };
  };

  const trials: LaidOut<T>[] = [];
  let trial = await layOut(findNaturalDial(bounds));
  trials.push(trial);
  for (let next = chooseNextDial(bounds, trials, sides); next !== undefined && trials.length < MAX_TRIALS; next = chooseNextDial(bounds, trials, sides)) {
    trial = await layOut(next);
    trials.push(trial);
  }
  if (fillsSides(trial, sides)) return finish(trial);
  // The largest setting that fitted; if none did, the smallest sizes decide whether the edition can fit at all.
  const fitting = findLargestFitting(trials, sides) ?? trials.find((laidOut) => laidOut.dial === 0) ?? (await layOut(0));
  if (!fitsSides(fitting, sides)) {
    const articles = fitting.kept.layout.articles.map((article) => ({ title: edition.titleOf(article.id), words: article.words }));
    throw new ContentError("copyfit-overflow", describeOverflow(edition.code, fit, bounds.type[0], target, measureOverflow(fitting, sides), articles), {
      hint: describeOverflowHint(target),
    });
  }
  return finish(fitting);
}
