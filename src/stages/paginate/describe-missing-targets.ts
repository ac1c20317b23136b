// Turns page references the browser could not place into warnings an editor can act on (pure).

import type { BuildWarning } from "../../diagnostics/warnings.js";
import type { PageRefPlacement } from "../../shared/browser-messages.js";

/**
 * The parse stage already refuses names that nothing in the issue has; what is left is a name that
 * exists only in another language's file (a heading id given in the English text, pointed at from
 * the Arabic one), so this edition does not print it. One warning per name.
 */
export function describeMissingTargets(refs: PageRefPlacement[]): BuildWarning[] {
  const missing = [...new Set(refs.filter((ref) => ref.page === null).map((ref) => ref.target))];
  return missing.map((target) => ({
    code: "page-ref-missing",
    message: `A page reference points at "#${target}", which this edition does not print, so it shows "?" instead of a page number.`,
    hint: `Give the element the same {#${target}} in every language's file, or point at something each edition prints (an article by its file name).`,
  }));
}
