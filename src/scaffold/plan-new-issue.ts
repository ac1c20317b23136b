// What `pressroom new` writes: issue.md carried over from the latest issue with the next number and today's date, a sample article and picture (pure).

import { stringify } from "yaml";
import { getPrimarySubtag } from "../config/languages.js";

/** The settings a new issue carries over from the latest one: the same paper, its next number. */
export interface PreviousIssue {
  number: number | string;
  meta: Record<string, unknown>;
}

export interface NewIssuePlan {
  number: number | string;
  date: string;
  /** File path inside the new folder -> its text. */
  files: Record<string, string>;
}

/** Settings copied from the latest issue: what makes the paper itself, not this issue's content. */
const CARRIED = ["title", "subtitle", "languages", "layout", "paper", "notes", "editions", "digits", "contacts", "publisher", "hyphenate", "untranslated", "impose", "press", "grayscale"];

export interface NewIssueChoices {
  /** YYYY-MM-DD. */
  today: string;
  layout?: string;
  languages?: string[];
  title?: string;
}

/** The next number after the highest one found (1 for the first issue); a number written as text ("5a") is skipped. */
export function findNextNumber(previous: readonly PreviousIssue[]): number {
  const numbers = previous.map((issue) => Number(issue.number)).filter((value) => Number.isInteger(value) && value >= 0);
  return numbers.length ? Math.max(...numbers) + 1 : 1;
}

/** The latest issue by number: the one whose settings the new issue starts from. */
export function findLatest(previous: readonly PreviousIssue[]): PreviousIssue | undefined {
  return [...previous].filter((issue) => Number.isFinite(Number(issue.number))).sort((a, b) => Number(b.number) - Number(a.number))[0];
}

export function planNewIssue(previous: readonly PreviousIssue[], choices: NewIssueChoices): NewIssuePlan {
  const latest = findLatest(previous);
  const carried = Object.fromEntries(CARRIED.filter((key) => latest?.meta[key] !== undefined).map((key) => [key, latest?.meta[key]]));
  const number = findNextNumber(previous);
  const meta: Record<string, unknown> = {
    title: choices.title ?? carried.title ?? "Community News",
    ...(carried.subtitle !== undefined && { subtitle: carried.subtitle }),
    number,
    date: choices.today,
    languages: choices.languages ?? carried.languages ?? ["en"],
    layout: choices.layout ?? carried.layout ?? "newspaper",
  };
  for (const [key, value] of Object.entries(carried)) if (!(key in meta)) meta[key] = value;
  const issueMd = `---\n${stringify(meta, { lineWidth: 0 })}---\n`;
  return {
    number,
    date: choices.today,
    files: {
      "issue.md": issueMd,
      "01-first-article.md": writeSampleArticle(meta.languages as string[]),
      "images/sample-drawing.svg": SAMPLE_DRAWING,
    },
  };
}

/**
 * The sample article is written in English. In an issue whose first language is another, it said nothing of
 * that and was laid out as that language: English words set right to left in an Arabic edition, with Arabic
 * quotes. It says `lang: en` there, with a note to change it once the text is replaced.
 */
function writeSampleArticle(languages: readonly string[]): string {
  if (getPrimarySubtag(languages[0] ?? "en") === "en") return SAMPLE_ARTICLE;
  const note = `lang: en  # the sample text is English; write your article's language here, e.g. lang: ${languages[0]}`;
  return SAMPLE_ARTICLE.replace("\n---\n", `\n${note}\n---\n`);
}

/** A first article that shows, by example, what an article can hold. */
const SAMPLE_ARTICLE = `---
title: Write your first headline here
kicker: News
byline: Your name
standfirst: One or two sentences that tell the reader what the article is about.
---

Replace this text with your article. Write in plain paragraphs, with an empty line between them.
Files are printed in the order of their names: 01-, 02-, 03- and so on.

![Describe the picture for readers who cannot see it.](images/sample-drawing.svg "A caption under the picture. Photo: who took it")

A word in *italics* or **bold**, a note at the foot of the page,[^1] and a quotation set large:

::: pullquote
A sentence from the article, printed large between two rules.
:::

## A subheading

Check the issue with \`pressroom check\`, see it with \`pressroom preview\`, and make the PDFs with
\`pressroom build\`.

[^1]: The text of the note, printed at the foot of the page where its number is.
`;

const SAMPLE_DRAWING = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800" viewBox="0 0 1200 800">
  <title>A placeholder drawing: replace it with your own picture</title>
  <rect width="1200" height="800" fill="#e9e5dc"/>
  <polygon points="0,800 380,360 640,620 860,420 1200,800" fill="#9c9a92"/>
  <circle cx="930" cy="210" r="90" fill="#d8c9a3"/>
</svg>
`;
