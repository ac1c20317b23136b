// Decides a block's direction: first-strong (UAX #9 P2-P3), confirmed by a majority of its strong words.

import type { Direction } from "../../config/languages.js";
import type { DirectionMeasure } from "./detect-direction.js";

/**
 * The direction a block is laid out in, given the direction around it (its article's, or an enclosing
 * block's). The first-strong rule alone turns "Riverside Library تفتح أبوابها يوم السبت" into an
 * English paragraph inside an Arabic article: a name opening a paragraph does not make it an English
 * paragraph. So a block turns only when its first strong character is of the other direction AND most
 * of its strong text is (counted in words, see DirectionMeasure); otherwise it keeps the surrounding
 * direction, and the name is isolated inline instead (see isolate-runs.ts). A tie keeps the surrounding
 * direction.
 */
export function resolveBlockDirection(measure: DirectionMeasure, around: Direction): Direction {
  if (measure.first === null || measure.first === around) return around;
  const against = measure.first === "ltr" ? measure.ltr : measure.rtl;
  const along = measure.first === "ltr" ? measure.rtl : measure.ltr;
  return against > along ? measure.first : around;
}
