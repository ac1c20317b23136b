// The PDF's document information for one edition: its masthead's words, in its language (pure).

import { convertDigits } from "../config/digits.js";
import type { IssueSource } from "../stages/load-issue/types.js";
import type { EditionPlan } from "../stages/plan-editions/plan-editions.js";
import type { LanguagePlan } from "../stages/plan-editions/plan-language.js";
import type { PdfMetadata } from "../stages/postprocess-pdf/set-metadata.js";

/**
 * Every edition's PDF was titled from issue.md as written: the Arabic edition, whose masthead reads "مشاع
 * ريفرسايد" (issue.ar.md), showed "The Riverside Commons — 14" in a reader's title bar and to a screen reader
 * told its language is Arabic, and a title written with "quotes" kept them straight. The title, author and
 * subject are now the masthead's own (typeset, in the edition's language), the number in its digits; a
 * parallel edition's or a flip half's are those of the language its document is in (`lang`).
 */
export function describeMetadata(issue: IssueSource, edition: EditionPlan, lang: string, creator: string): PdfMetadata {
  const plan = pickLanguagePlan(edition, lang);
  const { masthead } = plan;
  const number = convertDigits(String(issue.meta.number), plan.digits);
  return {
    title: `${masthead.title.text} — ${number}`,
    author: masthead.publisher.text,
    subject: masthead.subtitle?.text,
    keywords: [masthead.title.text, number, ...issue.meta.languages],
    lang: plan.lang,
    direction: plan.dir,
    date: new Date(issue.meta.date),
    creator,
  };
}

function pickLanguagePlan(edition: EditionPlan, lang: string): LanguagePlan {
  if (edition.kind === "single") return edition;
  const plans = edition.kind === "parallel" ? edition.sides : edition.halves;
  return plans.find((plan) => plan.lang === lang) ?? plans[0];
}
