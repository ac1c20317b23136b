// Counts the articles an edition prints in another language than its own, for lack of a translation (pure).

import type { EditionPlan } from "../plan-editions/plan-editions.js";
import type { LanguagePlan } from "../plan-editions/plan-language.js";

/**
 * The build printed such an article marked "Printed in English" and said nothing of it; only `check` listed them.
 * Counted per edition for the summary line, so the editor sees which editions are not wholly translated.
 */
export function countUntranslated(edition: EditionPlan): number {
  const count = (plan: LanguagePlan) => plan.articles.filter((entry) => entry.untranslated).length;
  if (edition.kind === "single") return count(edition);
  if (edition.kind === "flip") return count(edition.halves[0]) + count(edition.halves[1]);
  return edition.items.filter((item) => item.kind === "alone" && item.entry.untranslated).length;
}
