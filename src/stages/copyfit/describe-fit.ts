// What copyfitting did or could not do, in an editor's words (pure).

import type { FitSettings } from "../../config/layout-settings-schema.js";
import type { FitSizes } from "./plan-fit.js";
import { quoteTitle } from "../../diagnostics/quote-title.js";

const points = (value: number) => `${(Math.round(value * 10) / 10).toString()} pt`;
const percent = (share: number) => `${Math.round(share * 100)}%`;

/** What an edition is fitted to: a sheet's sides, or a folded leaflet's panels. */
export interface FitTarget {
  pages: number;
  unit: "side" | "panel";
}

const sidesWord = ({ pages, unit }: FitTarget) => (pages === 1 ? `its one ${unit}` : `its ${pages} ${unit}s`);

/**
 * The sizes an edition was fitted at, compared with the layout's own. One still short at the largest sizes
 * (`underfilled`, warned on its own) is not said to fit its sides: a two-sided sheet's text on one side printed
 * "Fitted to its 2 sides" over a one-page PDF.
 */
export function describeFit(fit: FitSettings, sizes: FitSizes, sides: FitTarget, underfilled = false): string {
  const unchanged = [sizes.type, sizes.leading, sizes.pictures].every((share) => Math.abs(share - 1) < 0.005);
  if (unchanged && !underfilled) return `Fits ${sidesWord(sides)} at the layout's own sizes.`;
  const type = points(fit.bodySize * sizes.type);
  const body = type === points(fit.bodySize) ? `body type ${type} as set` : `body type ${points(fit.bodySize)} → ${type}`;
  const what = underfilled ? "Set at the largest sizes the layout allows" : `Fitted to ${sidesWord(sides)}`;
  return `${what}: ${body}, leading ${percent(sizes.leading)}, pictures ${percent(sizes.pictures)} of the layout's own.`;
}

/** A sheet still partly empty at the largest sizes the layout allows. */
export function describeUnderfill(fit: FitSettings, sizes: FitSizes, sides: FitTarget, length: number): string {
  const empty = Math.max(0, Math.round(((sides.pages - length) / sides.pages) * 100));
  return (
    `The ${sides.unit === "panel" ? "leaflet" : "sheet"} is not full even with the largest type the layout allows (${points(fit.bodySize * sizes.type)}): ` +
    `about ${empty}% of ${sidesWord(sides)} stays empty.`
  );
}

/**
 * What an editor can do about an edition too long for its sheet: cut, or give it more room. A one-sided sheet can
 * take its second side; a two-sided one has none left to take (the hint offered it to an edition already on two).
 */
export function describeOverflowHint(sides: FitTarget): string {
  const cut = "Shorten the longest articles or leave out a picture";
  const bulletin = "the bulletin layout, which has as many pages as the text needs";
  if (sides.unit === "panel") return `${cut}; or choose the sheet layout (\`layout: sheet\`), which holds more, or ${bulletin}.`;
  if (sides.pages === 1) return `${cut}; or print on both sides (\`sides: 2\`), or in ${bulletin}.`;
  return `${cut}; or choose the bulletin layout (\`layout: bulletin\`), which has as many pages as the text needs.`;
}

/**
 * An edition too long for its sheet at the smallest sizes: by how much (share and words) and which article
 * is longest, so the editor knows where to cut.
 */
export function describeOverflow(
  edition: string,
  fit: FitSettings,
  smallestType: number,
  sides: FitTarget,
  overflow: number,
  articles: readonly { title: string; words: number }[],
): string {
  const total = articles.reduce((sum, article) => sum + article.words, 0);
  const longest = [...articles].sort((a, b) => b.words - a.words)[0];
  // The text that would have to go: the overflow's share of the text, not of the sheet (headlines and pictures stay).
  const words = Math.ceil((total * overflow) / (1 + overflow) / 10) * 10;
  const where = longest ? ` Its longest article is ${quoteTitle(longest.title)} (${longest.words} words).` : "";
  return (
    `The ${edition} edition does not fit on ${sidesWord(sides).replace(/^its /, "")} even with the smallest type the layout allows ` +
    `(${points(fit.bodySize * smallestType)}): it is about ${percent(overflow)} too long, about ${words} words.${where}`
  );
}
