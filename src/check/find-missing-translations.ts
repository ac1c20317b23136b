// Lists articles that have no version in one of the issue's languages, with what that edition will do instead (pure).

import { getPrimarySubtag, nameLanguage } from "../config/languages.js";
import type { BuildWarning } from "../diagnostics/warnings.js";
import type { IssueSource } from "../stages/load-issue/types.js";
import type { ParsedArticle } from "../stages/parse-markdown/types.js";
import { groupTranslations } from "../stages/plan-editions/plan-language.js";

export function findMissingTranslations(issue: IssueSource, articles: readonly ParsedArticle[]): BuildWarning[] {
  const omit = issue.meta.untranslated === "omit";
  const warnings: BuildWarning[] = [];
  const either = new Intl.ListFormat("en", { type: "disjunction" });
  const both = new Intl.ListFormat("en", { type: "conjunction" });
  for (const versions of groupTranslations(articles)) {
    const written = new Set(versions.map((version) => getPrimarySubtag(version.lang)));
    const original = versions[0] as ParsedArticle;
    const slug = original.source.slug;
    const missing = issue.meta.languages.filter((lang) => !written.has(getPrimarySubtag(lang)));
    if (missing.length === 0) continue;
    // One warning per article, every missing language in it: warnings are told once per place (the article's first
    // line), so a second language's warning of its own was never shown.
    const editions = missing.length === 1 ? `the ${missing[0]} edition` : `the ${both.format(missing)} editions`;
    const instead = omit ? `${missing.length === 1 ? "leaves" : "leave"} it out` : `${missing.length === 1 ? "prints" : "print"} it in ${nameLanguage(original.lang)}, marked as not translated`;
    const files = both.format(missing.map((lang) => `${slug}.${lang}.md`));
    warnings.push({
      code: "translation-missing",
      message: `${original.source.file.name} has no ${either.format(missing.map(nameLanguage))} version: ${editions} ${instead}.`,
      hint: `Add ${files} with the ${missing.length === 1 ? "translation" : "translations"}${omit ? "" : `, or set \`untranslated: omit\` in issue.md to leave it out of ${missing.length === 1 ? "that edition" : "those editions"}`}.`,
      location: { file: original.source.file.display, line: 1, column: 1 },
    });
  }
  return warnings;
}
