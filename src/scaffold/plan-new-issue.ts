// What `pressroom new` writes: issue.md carried over from the latest issue with the next number and today's date, a sample article and picture (pure).

import { stringify } from "yaml";
import { getPrimarySubtag } from "../config/languages.js";

/** The settings a new issue carries over from the latest one: the same paper, its next number. */
export interface PreviousIssue {
  number: number | string;
  meta: Record<string, unknown>;
  /** issue.<lang>.md's settings by language as its file names it: the paper's name, subtitle, contacts and publisher in that language. */
  translations?: Record<string, Record<string, unknown>>;
}

export interface NewIssuePlan {
  number: number | string;
  date: string;
  /** File path inside the new folder -> its text. */
  files: Record<string, string>;
}

/** Settings copied from the latest issue: what makes the paper itself, not this issue's content. */
const CARRIED = ["title", "subtitle", "languages", "layout", "paper", "sides", "notes", "editions", "digits", "contacts", "publisher", "hyphenate", "untranslated", "contents", "impose", "press", "grayscale"];

export interface NewIssueChoices {
  /** YYYY-MM-DD. */
  today: string;
  layout?: string;
  languages?: string[];
  title?: string;
  /**
   * What the layout prints on, from its layout.yaml: pages, one sheet's sides (`sides:`) or a folded leaflet's
   * panels (`fold:`). The last two must be filled, so their sample has a second article about how they are made.
   */
  shape?: "pages" | "sheet" | "leaflet";
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
  // `sides:` belongs to a sheet layout: a leaflet after a one-sided sheet was warned that it does not apply.
  if (latest?.meta.layout !== meta.layout) delete meta.sides;
  // The first issue in a sheet or leaflet layout gets an article on how it is made; after that the editor knows.
  const explained = choices.shape === "sheet" || choices.shape === "leaflet" ? (latest?.meta.layout === meta.layout ? undefined : choices.shape) : undefined;
  // Two sides take about twice the sample's text: a first sheet on one side is full, and says how to make it two.
  const oneSided = explained === "sheet" && meta.sides === undefined;
  if (oneSided) meta.sides = 1;
  const issueMd = oneSided ? writeFrontMatter(meta).replace(/^sides: 1$/m, "sides: 1 # one side of the sheet; write 2 to print on both") : writeFrontMatter(meta);
  return {
    number,
    date: choices.today,
    files: {
      "issue.md": issueMd,
      "01-first-article.md": writeSampleArticle(SAMPLE_ARTICLE, meta.languages as string[]),
      ...(explained === "sheet" && { "02-how-this-sheet-is-made.md": writeSampleArticle(SAMPLE_SHEET_ARTICLE, meta.languages as string[]) }),
      ...(explained === "leaflet" && { "02-how-this-leaflet-is-made.md": writeSampleArticle(SAMPLE_LEAFLET_ARTICLE, meta.languages as string[]) }),
      ...carryTranslations(latest, meta.languages as string[]),
      "images/sample-drawing.svg": SAMPLE_DRAWING,
    },
  };
}

const writeFrontMatter = (meta: Record<string, unknown>) => `---\n${stringify(meta, { lineWidth: 0 })}---\n`;

/**
 * The latest issue's issue.<lang>.md settings for the languages the new issue keeps: without them the next
 * Arabic edition printed the paper's English name in its masthead. Their text (that issue's editorial) stays.
 */
function carryTranslations(latest: PreviousIssue | undefined, languages: readonly string[]): Record<string, string> {
  const kept = new Set(languages.map((language) => language.toLowerCase()));
  const files: Record<string, string> = {};
  for (const [language, meta] of Object.entries(latest?.translations ?? {})) {
    if (kept.has(language.toLowerCase()) && Object.keys(meta).length > 0) files[`issue.${language}.md`] = writeFrontMatter(meta);
  }
  return files;
}

/**
 * The sample article is written in English. In an issue whose first language is another, it said nothing of
 * that and was laid out as that language: English words set right to left in an Arabic edition, with Arabic
 * quotes. It says `lang: en` there, with a note to change it once the text is replaced.
 */
function writeSampleArticle(article: string, languages: readonly string[]): string {
  if (getPrimarySubtag(languages[0] ?? "en") === "en") return article;
  const note = `lang: en  # the sample text is English; write your article's language here, e.g. lang: ${languages[0]}`;
  return article.replace("\n---\n", `\n${note}\n---\n`);
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

/*
 * A sheet or a leaflet is filled to its last line by copyfitting: the first sample alone left three quarters of
 * it empty, and the first build of a new issue warned so. The second sample fills the rest with what an editor
 * of a sheet needs to know, and is the article to replace first.
 */
const SAMPLE_SHEET_ARTICLE = `---
title: How this sheet is made
kicker: About the sheet
---

Every edition of this sheet fills its side exactly, whatever the length of its text. pressroom lays the
edition out, then lays it out again with the type, the space between the lines and the pictures a little
larger or smaller, until the page is full. A short edition is set in larger type and a long one in
smaller type, never below 8 points, the smallest size a photocopy keeps readable. Each build says what it
changed, for example "body type 9.5 pt → 10.4 pt".

Each language is a sheet of its own and is fitted on its own: a translation that runs longer than the
original is set a little smaller rather than cut, so no reader gets less of the news.

## When the text does not fit

An edition too long even in the smallest type stops the build, which says how many words are too many and
which article is the longest: shorten that one first, or leave out a picture. An edition that stays short
even in the largest type is printed with a warning saying how much of the sheet is empty: add an article
or a picture.

## In more than one language

Write an article's translation in a file beside it, named like it with the language's code before .md:
01-first-article.ar.md beside 01-first-article.md. The paper's name, its subtitle and the contact lines in
that language go in issue.ar.md. An article not yet translated is printed in its own language in the other
editions, marked as such; write \`untranslated: omit\` in issue.md to leave it out of them instead.

## Writing for a sheet

A sheet is read standing up, at a bus stop or a school gate. Put what matters first: what is happening,
where, when and who to ask. Keep paragraphs short and headlines plain. One good picture says more than
three small ones; when the text runs long, copyfitting makes pictures smaller along with the type.

## One side or two

This sheet is printed on one side, as issue.md says with \`sides: 1\`. Write \`sides: 2\` there to
print on both sides of the paper: the text is then fitted to two sides, and the printer is set to print on
both sides, turning the sheet on its long edge so the back is the right way up. Print one copy and check
it before printing a hundred.

## How readers reach you

Write your phone number, email address and meeting place in issue.md under \`contacts:\`, one line each,
and who publishes the sheet under \`publisher:\`. They are printed in a box at the foot of the sheet,
under a heading in the edition's language.

When your own articles are written, delete this one: its file is the one whose name starts with 02.
`;

/** The leaflet's second sample: what folding and copyfitting mean for it, filling the panels the first leaves empty. */
const SAMPLE_LEAFLET_ARTICLE = `---
title: How this leaflet is made
kicker: About the leaflet
---

This leaflet is one sheet of paper printed on both sides and folded in three, like a letter, into six
panels: the cover, three panels inside, one that folds in and the back. The articles run from the cover
through the panels in order, and the back closes with how readers reach you.

Every edition fills its six panels exactly, whatever the length of its text. pressroom lays the edition
out, then lays it out again with the type, the space between the lines and the pictures a little larger
or smaller, until the last panel is full. A short edition is set in larger type and a long one in smaller
type, never below 8 points, the smallest size a photocopy keeps readable. Each build says what it
changed, for example "body type 9.5 pt → 10.4 pt".

Each language is a leaflet of its own and is fitted on its own: a translation that runs longer than the
original is set a little smaller rather than cut. A right-to-left edition is folded the other way, its
cover on the left.

## When the text does not fit

An edition too long even in the smallest type stops the build, which says how many words are too many and
which article is the longest: shorten that one first, or leave out a picture. An edition that stays short
even in the largest type is printed with a warning saying how much of the leaflet is empty: add an
article or a picture.

## Writing for a leaflet

A leaflet is picked up, carried home and kept in a drawer. The cover does the asking: a plain title, and
a first article that says who the leaflet is for and what it will help them do. Inside, one subject to a
panel reads best, with a subheading at its top, short paragraphs under it and the question readers ask
most answered first. Keep the phone number and the address for the back, where people look for them.

Write the way you would speak to a neighbour at the door: plain words, short sentences, and "you" rather
than "residents". A reader who has to look a word up has already put the leaflet down. If a rule or a
right has a name, give the name once, then say what it means for the reader, in a sentence of their own.

## In more than one language

Write an article's translation in a file beside it, named like it with the language's code before .md:
01-first-article.ar.md beside 01-first-article.md. The paper's name, its subtitle and the contact lines in
that language go in issue.ar.md. An article not yet translated is printed in its own language in the other
editions, marked as such; write \`untranslated: omit\` in issue.md to leave it out of them instead.

## Pictures

Put pictures in the images folder and write them as the first article does: a description for readers who
cannot see them, then the file's name, then the caption in quotes. A photograph 1000 pixels wide prints
sharp across a panel; the build warns about any picture too small to print sharply. A map or a drawing
saved as SVG prints sharp at any size.

## Steps and lists

A numbered list keeps steps in order, and a list of lines starting with a dash keeps points apart:

1. Write the articles, one file each.
2. Check the issue with \`pressroom check\` and mend what it finds.
3. Make the PDFs with \`pressroom build\` and print one copy.
4. Fold it, and read it through once more.
5. Print the rest.

- Keep the cover's headline to a few words.
- Give a person's name to ask for, not only an office.
- Say when an offer ends, and where.

## Printing and folding it

Each build writes two files for each language. The one to print holds the two sides of the sheet: print
it on both sides, choosing "flip on short edge" in the printer's settings. Print one copy, fold it and
check that the cover is on the outside before printing a hundred. The other file holds the panels in
reading order, for sending by email or showing on a screen.

To fold it, lay the sheet with the inside up. Fold the narrower third in first (it is 3 mm narrower, so it
turns inside without buckling), then the other third over it: the cover comes out on top, the back
underneath.

## How readers reach you

Write your phone number, email address and meeting place in issue.md under \`contacts:\`, one line each,
and who publishes the leaflet under \`publisher:\`. They are printed in a box on the back panel.

When your own articles are written, delete this one: its file is the one whose name starts with 02.
`;

const SAMPLE_DRAWING = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800" viewBox="0 0 1200 800">
  <title>A placeholder drawing: replace it with your own picture</title>
  <rect width="1200" height="800" fill="#e9e5dc"/>
  <polygon points="0,800 380,360 640,620 860,420 1200,800" fill="#9c9a92"/>
  <circle cx="930" cy="210" r="90" fill="#d8c9a3"/>
</svg>
`;
