// Decides which PDFs an issue makes: one-language editions, parallel (side by side) and flip (tête-bêche) (pure).

import { getLanguageDirection, type Direction } from "../../config/languages.js";
import { ContentError } from "../../diagnostics/errors.js";
import type { IssueSource } from "../load-issue/types.js";
import type { ParsedIssue } from "../parse-markdown/types.js";
import { planLanguage, type LanguagePlan } from "./plan-language.js";
import { pairArticles, type ParallelItem } from "./pair-articles.js";

export type { EditionArticle, LanguagePlan, Masthead, MastheadText } from "./plan-language.js";
export type { ParallelItem } from "./pair-articles.js";

interface EditionBase {
  /** The edition's name, also its output file name: output/<issue>/<code>.pdf. */
  code: string;
  /** The language and direction of the pages themselves (page numbers, running footer, PDF /Lang). */
  lang: string;
  dir: Direction;
}

/** One language throughout. */
export interface SingleEdition extends EditionBase, LanguagePlan {
  kind: "single";
}

/** Each article beside its translation; sides[0] takes the side where the page's reading starts. */
export interface ParallelEdition extends EditionBase {
  kind: "parallel";
  sides: [LanguagePlan, LanguagePlan];
  items: ParallelItem[];
  editorial: ParallelItem | null;
}

/** Tête-bêche: the left-to-right half from the front cover, the right-to-left half from the back. */
export interface FlipEdition extends EditionBase {
  kind: "flip";
  halves: [SingleEdition, SingleEdition];
}

export type EditionPlan = SingleEdition | ParallelEdition | FlipEdition;

const COMBINED = /^(parallel|flip)(?::([^+\s]+)\+([^+\s]+))?$/i;

export function planEditions(issue: IssueSource, parsed: ParsedIssue): EditionPlan[] {
  const codes = issue.meta.editions ?? issue.meta.languages;
  return codes.map((code, index) => {
    const where = issue.locate(["editions", index]);
    const combined = COMBINED.exec(code.trim());
    if (!combined) return planSingle(issue, parsed, findLanguage(issue, code, where));
    const kind = (combined[1] ?? "").toLowerCase() as "parallel" | "flip";
    const named = combined[2] && combined[3] ? [combined[2], combined[3]] : issue.meta.languages.slice(0, 2);
    if (named.length < 2) {
      throw new ContentError("edition-needs-two-languages", `A ${kind} edition needs two languages, but the issue lists only ${issue.meta.languages.join(", ")}.`, {
        hint: "Add the second language to languages in issue.md, e.g. languages: [en, ar].",
        location: where,
      });
    }
    const pair = named.map((lang) => findLanguage(issue, lang, where)) as [string, string];
    const editionCode = combined[2] ? `${kind}-${pair[0]}-${pair[1]}` : kind;
    return kind === "parallel" ? planParallel(issue, parsed, pair, editionCode) : planFlip(issue, parsed, pair, editionCode, where);
  });
}

function findLanguage(issue: IssueSource, code: string, where: ReturnType<IssueSource["locate"]>): string {
  const lang = issue.meta.languages.find((candidate) => candidate.toLowerCase() === code.trim().toLowerCase());
  if (!lang) {
    throw new ContentError("edition-unknown", `The edition "${code}" is not one of the issue's languages (${issue.meta.languages.join(", ")}), nor parallel or flip.`, {
      hint: `List editions by language code, or parallel / flip, e.g. editions: [${issue.meta.languages.join(", ")}, parallel]; or add "${code}" to languages.`,
      location: where,
    });
  }
  return lang;
}

function planSingle(issue: IssueSource, parsed: ParsedIssue, lang: string, code = lang): SingleEdition {
  const plan = planLanguage(issue, parsed, lang);
  return { kind: "single", code, ...plan };
}

function planParallel(issue: IssueSource, parsed: ParsedIssue, pair: [string, string], code: string): ParallelEdition {
  const sides = pair.map((lang) => planLanguage(issue, parsed, lang)) as [LanguagePlan, LanguagePlan];
  const omit = issue.meta.untranslated === "omit";
  const editorials = parsed.editorial ? [parsed.editorial, ...parsed.editorialTranslations] : [];
  return {
    kind: "parallel",
    code,
    lang: sides[0].lang,
    dir: sides[0].dir,
    sides,
    items: pairArticles(parsed.articles, pair, omit),
    editorial: editorials.length ? (pairArticles(editorials, pair, omit)[0] ?? null) : null,
  };
}

function planFlip(issue: IssueSource, parsed: ParsedIssue, pair: [string, string], code: string, where: ReturnType<IssueSource["locate"]>): FlipEdition {
  const directions = pair.map(getLanguageDirection);
  if (directions[0] === directions[1]) {
    throw new ContentError("flip-needs-both-directions", `A flip edition prints a left-to-right language from the front and a right-to-left one from the back, but ${pair.join(" and ")} are both ${directions[0] === "rtl" ? "right-to-left" : "left-to-right"}.`, {
      hint: "Use flip with one language of each direction, e.g. flip:en+ar, or make a parallel edition instead.",
      location: where,
    });
  }
  const [front, back] = directions[0] === "ltr" ? pair : [pair[1], pair[0]];
  const halves = [planSingle(issue, parsed, front, `${code}-${front}`), planSingle(issue, parsed, back, `${code}-${back}`)] as [SingleEdition, SingleEdition];
  return { kind: "flip", code, lang: front, dir: "ltr", halves };
}
