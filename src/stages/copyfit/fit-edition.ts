// Lays an edition out again and again, moving the fitting dial, until it fills exactly its sheet's sides (edge: drives the browser through layoutOnce).

import type { FitSettings } from "../../config/layout-settings-schema.js";
import { ContentError } from "../../diagnostics/errors.js";
import type { PaginatedPdf } from "../paginate/paginate.js";
import {
  fillsSides,
  findNaturalDial,
  findSizes,
  fitsSides,
  measureLength,
  measureOverflow,
  pickNextDial,
  resolveBounds,
  toVariables,
  type FitSizes,
  type FitTrial,
} from "./plan-fit.js";
import { describeFit, describeOverflow, describeUnderfill, type FitTarget } from "./describe-fit.js";

/** Trials after the first two (the layout's own sizes, then one end of the range): each about one layout. */
const MAX_NARROWING = 5;

export interface FitOutcome {
  pdf: PaginatedPdf;
  sizes: FitSizes;
  /** What copyfitting did, in an editor's words. */
  message: string;
  /** Set when the sheet stays partly empty even at the largest sizes. */
  underfilled?: string;
}

interface LaidOut extends FitTrial {
  pdf: PaginatedPdf;
  sizes: FitSizes;
}

/**
 * Finds the largest sizes, within the layout's bounds, at which the edition still fits its sides: a sheet too
 * long gets smaller type, tighter leading and smaller pictures; one too short gets larger, up to the bounds.
 * Each edition is fitted on its own (a translation runs longer or shorter than its original).
 */
export async function fitEdition(
  edition: { code: string; titleOf(articleId: string): string },
  fit: FitSettings,
  target: FitTarget,
  layoutOnce: (variables: Record<string, string>) => Promise<PaginatedPdf>,
): Promise<FitOutcome> {
  const bounds = resolveBounds(fit);
  const sides = target.pages;
  const layOut = async (dial: number): Promise<LaidOut> => {
    const sizes = findSizes(bounds, dial);
    const pdf = await layoutOnce(toVariables(sizes));
    return { dial, sizes, pdf, pages: pdf.layout.pageCount, lastPageFill: pdf.layout.lastPageFill };
  };
  // Only a sheet that stays short at the largest sizes is underfull. Below them, what is left under the last lines
  // is a block that cannot be split (a contacts box, a picture), which the next size up pushes onto another page.
  const finish = (best: LaidOut): FitOutcome => ({
    pdf: best.pdf,
    sizes: best.sizes,
    message: describeFit(fit, best.sizes, target),
    underfilled: fillsSides(best, sides) || best.dial < 1 ? undefined : describeUnderfill(fit, best.sizes, target, measureLength(best)),
  });

  const natural = await layOut(findNaturalDial(bounds));
  if (fitsSides(natural, sides) && fillsSides(natural, sides)) return finish(natural);
  let fitting: LaidOut;
  let overfull: LaidOut;
  if (fitsSides(natural, sides)) {
    const largest = await layOut(1);
    if (fitsSides(largest, sides)) return finish(largest);
    [fitting, overfull] = [natural, largest];
  } else {
    const smallest = natural.dial === 0 ? natural : await layOut(0);
    if (!fitsSides(smallest, sides)) {
      const articles = smallest.pdf.layout.articles.map((article) => ({ title: edition.titleOf(article.id), words: article.words }));
      throw new ContentError("copyfit-overflow", describeOverflow(edition.code, fit, bounds.type[0], target, measureOverflow(smallest, sides), articles), {
        hint:
          target.unit === "panel"
            ? "Shorten the longest articles or leave out a picture; or choose the sheet layout (`layout: sheet`), which holds more, or the bulletin layout, which has as many pages as the text needs."
            : "Shorten the longest articles or leave out a picture; or print on both sides (`sides: 2`), or in the bulletin layout, which has as many pages as the text needs.",
      });
    }
    [fitting, overfull] = [smallest, natural];
  }
  for (let step = 0; step < MAX_NARROWING && !fillsSides(fitting, sides) && overfull.dial - fitting.dial > 0.02; step++) {
    const trial = await layOut(pickNextDial(fitting, overfull, sides));
    if (fitsSides(trial, sides)) fitting = trial;
    else overfull = trial;
  }
  return finish(fitting);
}
