// Data the load-issue stage hands to the rest of the pipeline: files as text, front matter typed.

import type { ArticleFrontMatter, IssueFrontMatter, IssueTranslationFrontMatter } from "../../config/front-matter-schema.js";
import type { SourceLocation } from "../../diagnostics/errors.js";

/** A text file as read from disk. `name` is relative to the issue folder, with forward slashes. */
export interface SourceFile {
  path: string;
  name: string;
  /** The path as the editor would type it (relative to where the command ran), for messages. */
  display: string;
  text: string;
}

export interface ArticleSource {
  file: SourceFile;
  /** The article's key: its file name without language suffix and `.md` (e.g. "02-syria"). */
  slug: string;
  /** The language the file name says it is in (`02-syria.ar.md` -> "ar"), if any. */
  fileLang?: string;
  meta: ArticleFrontMatter;
  body: string;
  bodyLineOffset: number;
  locate(path: (string | number)[]): SourceLocation;
}

export interface IssueSource {
  /** Absolute path of the issue folder. */
  dir: string;
  /** The folder's name (e.g. "2022-03"), used for the output folder. */
  name: string;
  file: SourceFile;
  meta: IssueFrontMatter;
  /** The editorial under issue.md's front matter (may be empty). */
  editorial: { body: string; bodyLineOffset: number };
  /** issue.<lang>.md files: the masthead and editorial in other languages. */
  translations: IssueTranslation[];
  /** Articles and translations, in reading order (a translation follows its original). */
  articles: ArticleSource[];
  /** Every file in the issue folder, relative and with forward slashes, for link and image checks. */
  files: ReadonlySet<string>;
  locate(path: (string | number)[]): SourceLocation;
}

export interface IssueTranslation {
  lang: string;
  file: SourceFile;
  meta: IssueTranslationFrontMatter;
  editorial: { body: string; bodyLineOffset: number };
  locate(path: (string | number)[]): SourceLocation;
}

/** What is read from disk before anything is parsed. */
export interface IssueFolder {
  dir: string;
  name: string;
  issueFile: SourceFile | null;
  /** issue.<lang>.md files. */
  issueTranslations: SourceFile[];
  markdownFiles: SourceFile[];
  files: ReadonlySet<string>;
}
