// Lists articles that have no version in one of the issue's languages, with what that edition will do instead (pure).

import { getPrimarySubtag, nameLanguage } from "../config/languages.js";
import type { BuildWarning } from "../diagnostics/warnings.js";
import type { IssueSource } from "../stages/load-issue/types.js";
import type { ParsedArticle } from "../stages/parse-markdown/types.js";
import { groupTranslations } from "../stages/plan-editions/plan-language.js";

export function findMissingTranslations(issue: IssueSource, articles: readonly ParsedArticle[]): BuildWarning[] {
  const omit = issue.meta.untranslated === "omit";
  const warnings: BuildWarning[] = [];
  for (const versions of groupTranslations(articles)) {
    const written = new Set(versions.map((version) => getPrimarySubtag(version.lang)));
    const original = versions[0] as ParsedArticle;
    const slug = original.source.slug;
    for (const lang of issue.meta.languages) {
      if (written.has(getPrimarySubtag(lang))) continue;
      const instead = omit ? "leaves it out" : `prints it in ${nameLanguage(original.lang)}, marked as not translated`;
      warnings.push({
        code: "translation-missing",
        message: `${original.source.file.name} has no ${nameLanguage(lang)} version: the ${lang} edition ${instead}.`,
        hint: `Add ${slug}.${lang}.md with the translation${omit ? "" : ", or set `untranslated: omit` in issue.md to leave it out of that edition"}.`,
        location: { file: original.source.file.display, line: 1, column: 1 },
      });
    }
  }
  return warnings;
}
