// Turns the files of an issue folder into a typed IssueSource: front matter, order, translations (pure).

import { PRINTED_SETTINGS, articleFrontMatterSchema, issueFrontMatterSchema, issueTranslationSchema } from "../../config/front-matter-schema.js";
import { isLanguageTag } from "../../config/languages.js";
import { ContentError, throwAll } from "../../diagnostics/errors.js";
import type { BuildWarning } from "../../diagnostics/warnings.js";
import { checkTranslationLanguages } from "./check-translation-languages.js";
import { parseFrontMatter } from "./parse-front-matter.js";
import { splitFrontMatter } from "./split-front-matter.js";
import { describeMissingHeadline, takeHeadline } from "./take-headline.js";
import { findUnprintedFiles } from "./find-unprinted-files.js";
import { ISSUE_TRANSLATION_NAME } from "./file-names.js";
import type { ArticleSource, IssueFolder, IssueSource, IssueTranslation, SourceFile } from "./types.js";

const TRANSLATION_NAME = /^(.+)\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\.md$/i;

/** `defaults` (the project's pressroom.config.yaml) apply where issue.md says nothing. */
export function assembleIssue(folder: IssueFolder, displayDir: string, warn: (w: BuildWarning) => void, defaults: Record<string, unknown> = {}): IssueSource {
  const issueFile = folder.issueFile;
  if (!issueFile) {
    // The folder that holds the issues, given for one of them: name them rather than suggest making an issue.md.
    const issues = [...folder.files].filter((name) => /^[^/]+\/issue\.md$/i.test(name)).map((name) => name.split("/")[0] as string).sort();
    if (issues.length) {
      throw new ContentError("issue-md-missing", `${displayDir} holds issues rather than being one: ${issues.join(", ")}.`, {
        hint: `Give one of them, e.g. ${displayDir.replace(/\/$/, "")}/${issues[issues.length - 1]}`,
        location: { file: displayDir },
      });
    }
    throw new ContentError("issue-md-missing", `${displayDir} has no issue.md.`, {
      hint: "Create issue.md in the folder with the issue's title, number and date between --- lines (see the README), or run `pressroom new`.",
      location: { file: displayDir },
    });
  }
  findUnprintedFiles(folder.files, displayDir).forEach(warn);
  const split = splitFrontMatter(issueFile.text, issueFile.display);
  const printed = { keys: PRINTED_SETTINGS, warn };
  const front = parseFrontMatter(split.yaml, split.yamlStartLine, issueFile.display, issueFrontMatterSchema, defaults, "front matter", printed);
  // Every article's front matter is read, so that `check` can list each file's mistake, not only the first.
  const problems: ContentError[] = [];
  const parsed = folder.markdownFiles.flatMap((file) => {
    try {
      return [readArticle(file, folder.markdownFiles, front.data.languages, warn)];
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(error);
      return [];
    }
  });
  throwAll(problems);
  const ordered = orderArticles(parsed, front.data.articles, (index) => front.locate(["articles", index]), warn, issueFile.display);
  checkTranslationLanguages(ordered, front.data.languages);
  if (ordered.length === 0) {
    throw new ContentError("issue-empty", `The issue in ${displayDir} has no articles.`, {
      hint: "Add one Markdown file per article beside issue.md, e.g. 01-lead-story.md starting with a `title:` in front matter.",
      location: { file: issueFile.display, line: 1, column: 1 },
    });
  }
  return {
    dir: folder.dir,
    name: folder.name,
    file: issueFile,
    meta: front.data,
    editorial: { body: split.body, bodyLineOffset: split.bodyLineOffset },
    translations: folder.issueTranslations.map((file) => readIssueTranslation(file, front.data.languages, warn)),
    articles: ordered,
    files: folder.files,
    locate: front.locate,
  };
}

/** issue.ar.md: the masthead's words and the editorial in one of the issue's other languages. */
function readIssueTranslation(file: SourceFile, languages: string[], warn: (w: BuildWarning) => void): IssueTranslation {
  const named = ISSUE_TRANSLATION_NAME.exec(file.name)?.[1] ?? "";
  const lang = languages.find((candidate) => candidate.toLowerCase() === named.toLowerCase());
  if (!lang) {
    throw new ContentError("issue-translation-language", `${file.name} is named as the "${named}" version of issue.md, but "${named}" is not one of the issue's languages (${languages.join(", ")}).`, {
      hint: `Add "${named}" to languages in issue.md, or rename the file to issue.<language>.md for one of them.`,
      location: { file: file.display, line: 1, column: 1 },
    });
  }
  const split = splitFrontMatter(file.text, file.display);
  const front = split.yaml === null ? null : parseFrontMatter(split.yaml, split.yamlStartLine, file.display, issueTranslationSchema, {}, "front matter", { keys: PRINTED_SETTINGS, warn });
  return {
    lang,
    file,
    meta: front?.data ?? {},
    editorial: { body: split.body, bodyLineOffset: split.bodyLineOffset },
    locate: front?.locate ?? (() => ({ file: file.display, line: 1, column: 1 })),
  };
}

function readArticle(file: SourceFile, all: SourceFile[], languages: string[], warn: (w: BuildWarning) => void): ArticleSource {
  const primaryLang = languages[0] ?? "en";
  const split = splitFrontMatter(file.text, file.display);
  const headline = split.yaml === null ? takeHeadline(split) : undefined;
  if (split.yaml === null && !headline) {
    throw new ContentError("article-no-front-matter", `${file.name} has no front matter and does not start with a # headline, so it has no headline.`, {
      // Every .md file beside issue.md is an article: a desk's notes file is the usual cause.
      hint: describeMissingHeadline(split),
      location: { file: file.display, line: 1, column: 1 },
    });
  }
  const front = headline
    ? { data: articleFrontMatterSchema.parse({ title: headline.title }), locate: () => ({ file: file.display, line: headline.line, column: 1 }) }
    : parseFrontMatter(split.yaml, split.yamlStartLine, file.display, articleFrontMatterSchema, {}, "front matter", { keys: PRINTED_SETTINGS, warn });
  const body = headline ?? split;
  const match = TRANSLATION_NAME.exec(file.name);
  const isTranslation = Boolean(match && isLanguageTag(match[2] ?? "") && all.some((other) => other !== file && other.name.replace(/\.md$/i, "") === match[1]));
  const fileLang = isTranslation ? match?.[2] : undefined;
  // "foo.ar.md" with no "foo.md" is an article of its own, but its name still says its language
  // (only when that is one of the issue's languages: "story.new.md" is not in Newari).
  const namedLang = languages.find((lang) => lang.toLowerCase() === match?.[2]?.toLowerCase());
  if (fileLang && front.data.lang && front.data.lang.toLowerCase() !== fileLang.toLowerCase()) {
    throw new ContentError("article-lang-mismatch", `${file.name} is named as the "${fileLang}" translation, but its front matter says lang: ${front.data.lang}.`, {
      hint: `Make them agree: rename the file or change lang to ${fileLang}.`,
      location: front.locate(["lang"]),
    });
  }
  const slug = isTranslation ? (match?.[1] ?? file.name) : file.name.replace(/\.md$/i, "");
  const meta = { ...front.data, lang: front.data.lang ?? fileLang ?? namedLang ?? primaryLang };
  return { file, slug, fileLang, meta, body: body.body, bodyLineOffset: body.bodyLineOffset, locate: front.locate };
}

/** Orders articles by `articles:` when given (warning about files it leaves out), else by file name. */
function orderArticles(
  articles: ArticleSource[],
  listed: string[] | undefined,
  locateListed: (index: number) => ReturnType<ArticleSource["locate"]>,
  warn: (w: BuildWarning) => void,
  issueDisplay: string,
): ArticleSource[] {
  // One collator for the whole sort: localeCompare with options makes one per comparison (40 ms for 128 files).
  const collator = new Intl.Collator("en", { numeric: true });
  const byName = (a: ArticleSource, b: ArticleSource) => collator.compare(a.file.name, b.file.name);
  const sorted = [...articles].sort(byName);
  // Keep each translation right after its original so later stages find pairs next to each other.
  const originals = sorted.filter((article) => !article.fileLang);
  const withTranslations = (original: ArticleSource) => [original, ...sorted.filter((a) => a.fileLang && a.slug === original.slug)];
  if (!listed) return originals.flatMap(withTranslations);
  const chosen = listed.map((name, index) => {
    const original = originals.find((article) => article.file.name === name || article.slug === name);
    if (!original) {
      throw new ContentError("article-list-missing", `issue.md lists "${name}" under articles, but there is no such article file.`, {
        hint: `Check the spelling. The article files are: ${originals.map((a) => a.file.name).join(", ")}.`,
        location: locateListed(index),
      });
    }
    return original;
  });
  for (const left of originals.filter((article) => !chosen.includes(article))) {
    warn({
      code: "article-not-listed",
      message: `${left.file.name} is not in the articles list of issue.md, so it is left out of this issue.`,
      hint: "Add it to `articles:` in issue.md to print it, or move the file out of the issue folder.",
      location: { file: issueDisplay },
    });
  }
  return chosen.flatMap(withTranslations);
}
