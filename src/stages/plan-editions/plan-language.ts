// Picks, for one language, which version of each article and of the editorial it prints, and its masthead (pure).

import { pickNumberingSystem, type NumberingSystem } from "../../config/digits.js";
import { getLanguageDirection, getPrimarySubtag, type Direction } from "../../config/languages.js";
import { createDirectionDetector } from "../analyze-text/detect-direction.js";
import type { IssueSource } from "../load-issue/types.js";
import type { ParsedArticle, ParsedIssue } from "../parse-markdown/types.js";
import { createTypesetter } from "../parse-markdown/typeset-plain-text.js";

export interface EditionArticle {
  article: ParsedArticle;
  /** True when the edition wanted another language but this article has no translation into it. */
  untranslated: boolean;
}

/** A line of the masthead with the language it is written in, so it gets its own font and direction. */
export interface MastheadText {
  text: string;
  lang: string;
  dir: Direction;
}

export interface Masthead {
  title: MastheadText;
  subtitle?: MastheadText;
  contacts: MastheadText[];
  publisher: MastheadText;
}

/** Everything one language's pages print: the same shape for a whole edition or one side or half of one. */
export interface LanguagePlan {
  lang: string;
  dir: Direction;
  digits: NumberingSystem;
  masthead: Masthead;
  articles: EditionArticle[];
  editorial: EditionArticle | null;
}

export function planLanguage(issue: IssueSource, parsed: ParsedIssue, lang: string): LanguagePlan {
  const omit = issue.meta.untranslated === "omit";
  const articles = groupTranslations(parsed.articles)
    .map((group) => pickVersion(group, lang))
    .filter((entry) => !(omit && entry.untranslated));
  const editorials = parsed.editorial ? [parsed.editorial, ...parsed.editorialTranslations] : [];
  const editorial = editorials.length ? pickVersion(editorials, lang) : null;
  return {
    lang,
    dir: getLanguageDirection(lang),
    digits: pickNumberingSystem(lang, issue.meta.digits),
    masthead: planMasthead(issue, lang),
    articles,
    editorial: editorial && !(omit && editorial.untranslated) ? editorial : null,
  };
}

/** Article groups (an original and its translations), in reading order. */
export function groupTranslations(articles: readonly ParsedArticle[]): ParsedArticle[][] {
  const groups = new Map<string, ParsedArticle[]>();
  for (const article of articles) groups.set(article.source.slug, [...(groups.get(article.source.slug) ?? []), article]);
  return [...groups.values()];
}

/** The version in `lang` (exactly, else by primary subtag: an en-GB edition takes an en article), else the original. */
export function pickVersion(group: ParsedArticle[], lang: string): EditionArticle {
  const wanted = getPrimarySubtag(lang);
  const match = group.find((article) => article.lang.toLowerCase() === lang.toLowerCase())
    ?? group.find((article) => getPrimarySubtag(article.lang) === wanted);
  const original = group.find((article) => !article.source.fileLang) ?? (group[0] as ParsedArticle);
  return match ? { article: match, untranslated: false } : { article: original, untranslated: true };
}

/**
 * The masthead in `lang` where issue.<lang>.md gives its words, else in the issue's primary language.
 * A line written in the other direction's script (an e-mail address or an English publisher's name
 * in an Urdu masthead) is tagged with a language of that script, so it gets that script's face.
 */
function planMasthead(issue: IssueSource, lang: string): Masthead {
  const primary = issue.meta.languages[0] ?? "en";
  const translation = issue.translations.find((entry) => entry.lang.toLowerCase() === lang.toLowerCase());
  const detector = createDirectionDetector();
  const typeset = createTypesetter();
  // Contacts are printed as written: an address or e-mail's -- or ... is not punctuation.
  const line = (own: string | undefined, fallback: string, typographic = true): MastheadText => {
    const written = own !== undefined && translation ? translation.lang : primary;
    const text = typographic ? typeset(own ?? fallback, written) : (own ?? fallback);
    const dir = detector.detectDirection(text) ?? getLanguageDirection(written);
    if (dir === getLanguageDirection(written)) return { text, lang: written, dir };
    const other = issue.meta.languages.find((candidate) => getLanguageDirection(candidate) === dir);
    return { text, lang: other ?? (dir === "rtl" ? "und-Arab" : "und-Latn"), dir };
  };
  const meta = translation?.meta ?? {};
  const subtitle = meta.subtitle ?? issue.meta.subtitle;
  return {
    title: line(meta.title, issue.meta.title),
    subtitle: subtitle === undefined ? undefined : line(meta.subtitle, subtitle),
    contacts: meta.contacts ? meta.contacts.map((text) => line(text, text, false)) : issue.meta.contacts.map((text) => line(undefined, text, false)),
    // Who publishes defaults to the paper's name in this edition's language: the Arabic edition's colophon and PDF
    // author gave its English name beside an Arabic masthead. A publisher written in issue.md is a name, kept as written.
    publisher: meta.publisher !== undefined || issue.meta.publisher !== undefined ? line(meta.publisher, issue.meta.publisher ?? "") : line(meta.title, issue.meta.title),
  };
}
