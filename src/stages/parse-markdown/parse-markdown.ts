// Parses every article's Markdown into tokens with line maps, and checks what they reference (pure).

import type MarkdownIt from "markdown-it";
import { getLanguageDirection } from "../../config/languages.js";
import type { BuildWarning } from "../../diagnostics/warnings.js";
import type { ArticleSource, IssueSource } from "../load-issue/types.js";
import { checkJumps, dropJumps } from "./check-jumps.js";
import { checkPageRefs } from "./check-page-refs.js";
import { checkContainers } from "./check-containers.js";
import { checkTrailingHeading } from "./check-trailing-heading.js";
import { checkHeadMarkup } from "./check-head-markup.js";
import { checkPicturesInText } from "./check-pictures-in-text.js";
import { checkFigurePlacement } from "./check-figure-placement.js";
import { checkHtmlAsText } from "./check-html-as-text.js";
import { checkIgnoredAttributes } from "./check-ignored-attributes.js";
import { checkPersianLetters } from "./check-persian-letters.js";
import { checkReferences } from "./check-references.js";
import { createMarkdown, getQuotes, isFrench } from "./create-markdown.js";
import { dropRepeatedHeadline } from "./drop-repeated-headline.js";
import { tidyPastedText } from "./tidy-pasted-text.js";
import type { MarkdownEnv, ParsedArticle, ParsedIssue } from "./types.js";
import { quoteTitle } from "../../diagnostics/quote-title.js";

export interface ParseOptions {
  allowHtml: boolean;
}

export function parseMarkdown(issue: IssueSource, options: ParseOptions, warn: (w: BuildWarning) => void): ParsedIssue {
  // One markdown-it per language's quotes and spacing, for this issue's articles (parsing keeps its state in each call's env):
  // making one compiles its link finder's patterns, ~1 ms each time.
  const markdowns = new Map<string, MarkdownIt>();
  const markdownFor = (lang: string) => {
    const quotes = getQuotes(lang);
    const frenchSpacing = isFrench(lang);
    const key = `${String(quotes)} ${frenchSpacing}`;
    const known = markdowns.get(key);
    if (known) return known;
    const made = createMarkdown({ allowHtml: options.allowHtml, quotes, frenchSpacing });
    markdowns.set(key, made);
    return made;
  };
  // Anchors already given, so that each article's is its own (toAnchorId gives "01-Roof.md" and "01-roof.md" one,
  // and every file named in Arabic script "a-article": the PDF had one link destination for all of them).
  const taken = new Set<string>();
  const parse = (source: ArticleSource, kind?: "editorial") => parseArticle(source, issue, markdownFor, warn, kind, taken);
  const articles = issue.articles.map((source) => parse(source));
  const primaryLang = issue.meta.languages[0] ?? "en";
  const editorialSource: ArticleSource = {
    file: issue.file,
    slug: "editorial",
    meta: { title: "", lang: primaryLang },
    body: issue.editorial.body,
    bodyLineOffset: issue.editorial.bodyLineOffset,
    locate: issue.locate,
  };
  const editorial = issue.editorial.body.trim() ? parse(editorialSource, "editorial") : null;
  const editorialTranslations = issue.translations
    .filter((translation) => translation.editorial.body.trim())
    .map((translation) =>
      parse({ ...editorialSource, file: translation.file, fileLang: translation.lang, meta: { title: "", lang: translation.lang }, ...translation.editorial, locate: translation.locate }, "editorial"),
    );
  checkPageRefs(articles, [...(editorial ? [editorial] : []), ...editorialTranslations]);
  return { articles, editorial, editorialTranslations };
}

function parseArticle(
  source: ArticleSource,
  issue: IssueSource,
  markdownFor: (lang: string) => MarkdownIt,
  warn: (w: BuildWarning) => void,
  kind: "article" | "editorial" = "article",
  taken: Set<string>,
): ParsedArticle {
  const lang = source.meta.lang ?? issue.meta.languages[0] ?? "en";
  const md = markdownFor(lang);
  const env: MarkdownEnv = {};
  const parsedTokens = md.parse(tidyPastedText(source.body), env);
  // An article may break off at one <!-- jump --> and run on later; the editorial prints whole in its box.
  const jumped = kind === "editorial" ? dropJumps(source, parsedTokens, warn) : checkJumps(source, parsedTokens, warn);
  const tokens = kind === "editorial" ? jumped : dropRepeatedHeadline(source, jumped, warn);
  checkReferences(source, tokens, env, issue.files, warn);
  checkFigurePlacement(source, tokens, warn);
  checkPicturesInText(source, tokens, warn);
  checkContainers(source, tokens, warn);
  checkTrailingHeading(source, tokens, kind, warn);
  if (kind === "article") checkHeadMarkup(source, warn);
  checkIgnoredAttributes(source, env, warn);
  if (!md.options.html) checkHtmlAsText(source, tokens, warn);
  if (kind === "article" && tokens.length === 0) {
    // A headline with nothing under it is an article not yet pasted in, not a layout choice.
    warn({
      code: "article-empty",
      message: `${source.file.name} has a headline but no text, so only ${quoteTitle(source.meta.title)} prints.`,
      hint: "Write or paste the article under the --- line that closes its settings, or move the file out of the issue folder until it is ready.",
      location: { file: source.file.display, line: source.bodyLineOffset + 1, column: 1 },
    });
  }
  checkPersianLetters(source, lang, warn);
  const id = takeAnchorId(toAnchorId(source.fileLang ? `${source.slug}-${source.fileLang}` : source.slug), taken);
  return { source, id, lang, dir: source.meta.dir ?? getLanguageDirection(lang), tokens, env };
}

/** `id`, or the first of `id`-2, `id`-3 ... not yet taken, marked taken. */
function takeAnchorId(id: string, taken: Set<string>): string {
  let unique = id;
  for (let count = 2; taken.has(unique); count++) unique = `${id}-${count}`;
  taken.add(unique);
  return unique;
}

/** An id safe for HTML anchors and CSS selectors. */
export function toAnchorId(text: string): string {
  const id = text.toLowerCase().replace(/[^a-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "");
  return `a-${id || "article"}`;
}
