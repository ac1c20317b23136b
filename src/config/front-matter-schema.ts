// The one source of truth for issue and article front matter: types, validation and docs.

import { z } from "zod";
import { listPaperNames, PAPER_NAMES, readPaperName } from "./paper.js";
import { PAPER_WEIGHT_RANGE, readPaperWeight } from "./paper-weight.js";
import { isLanguageTag, nameLanguage, suggestLanguageCode } from "./languages.js";

const DATE_MESSAGE = "must be a date written as YYYY-MM-DD, e.g. 2026-11-20";
const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

const isoDate = z.string({ invalid_type_error: DATE_MESSAGE }).superRefine((value, ctx) => {
  if (ISO_DATE.test(value)) {
    if (!isCalendarDate(value)) ctx.addIssue({ code: z.ZodIssueCode.custom, message: "is not a real calendar date" });
    return;
  }
  const meant = suggestIsoDate(value);
  const message = Array.isArray(meant)
    ? `must be a date written as YYYY-MM-DD: ${value.trim()} is ${describeDay(meant[0])} in Europe and ${describeDay(meant[1])} in the United States, so write ${meant[0]} or ${meant[1]}`
    : meant
      ? `must be a date written as YYYY-MM-DD: write ${meant}`
      : DATE_MESSAGE;
  ctx.addIssue({ code: z.ZodIssueCode.custom, message });
});

const pad = (number: number) => String(number).padStart(2, "0");

/**
 * The YYYY-MM-DD an editor meant by 2026-12-5, 20/11/2026 or "December 5, 2026"; both readings of 5/12/2026,
 * the 5th of December in Europe and the 12th of May in the United States (day first, then month first).
 */
function suggestIsoDate(value: string): string | [string, string] | undefined {
  const parts = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(value.trim());
  if (parts) {
    const iso = `${parts[1]}-${pad(Number(parts[2]))}-${pad(Number(parts[3]))}`;
    return isCalendarDate(iso) ? iso : undefined;
  }
  const dayOrMonth = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value.trim());
  if (dayOrMonth) {
    const [, first, second, year] = dayOrMonth as unknown as [string, string, string, string];
    const readings = [`${year}-${pad(Number(second))}-${pad(Number(first))}`, `${year}-${pad(Number(first))}-${pad(Number(second))}`].filter(isCalendarDate);
    const [dayFirst, monthFirst] = readings as [string, string | undefined];
    if (readings.length === 2 && dayFirst !== monthFirst) return [dayFirst, monthFirst as string];
    return readings[0];
  }
  if (!/\p{L}{3}/u.test(value) || Number.isNaN(Date.parse(value))) return undefined;
  const date = new Date(value);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "5 December": a YYYY-MM-DD's day and month in English words, to show the two readings of 5/12/2026. */
function describeDay(iso: string): string {
  const date = new Date(`${iso}T12:00:00Z`);
  return `${date.getUTCDate()} ${date.toLocaleString("en", { month: "long", timeZone: "UTC" })}`;
}

/** True when YYYY-MM-DD names a day that exists (Date.parse would roll 2026-02-30 over to March). */
function isCalendarDate(value: string): boolean {
  const [year, month, day] = value.slice(0, 10).split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && !Number.isNaN(Date.parse(value));
}

const languageTag = z.string({ invalid_type_error: "must be a language code such as en, ar or fa" }).superRefine((value, ctx) => {
  if (isLanguageTag(value)) return;
  const code = suggestLanguageCode(value);
  const message = code ? `is not a language code: write ${code} (${nameLanguage(code)})` : "is not a language code; use codes such as en, ar, fa, ur, es, fr";
  ctx.addIssue({ code: z.ZodIssueCode.custom, message });
});

/**
 * One of the issue's languages. `parallel` and `flip` name editions made from two languages, and go in `editions:`;
 * written among the languages, they are told apart from a mistyped code.
 */
const issueLanguage = z.string({ invalid_type_error: "must be a language code such as en, ar or fa" }).superRefine((value, ctx) => {
  const edition = /^(parallel|flip)\b/i.exec(value)?.[1]?.toLowerCase();
  if (!edition) return;
  ctx.addIssue({ code: z.ZodIssueCode.custom, message: `is the ${edition} edition, not a language: list it under editions, e.g. editions: [en, ar, ${edition}]` });
}).pipe(languageTag);

/** `languages: en, ar` (or `en`) as the list [en, ar]: editors write a short list as they would say it. */
function readList(value: unknown): unknown {
  return typeof value === "string" ? value.split(/[\s,]+/).filter(Boolean) : value;
}

const digitsChoice = z.enum(["latin", "native"]);

const notePlace = z.enum(["foot", "end"], { errorMap: () => ({ message: "must be foot or end" }) }).optional();

/** Settings printed on the page as written (keep-printed-text.ts): `title: 1984` is a headline, not a number. */
export const PRINTED_SETTINGS: ReadonlySet<string> = new Set(["title", "subtitle", "publisher", "kicker", "standfirst", "byline", "jumphead"]);

const text = (what: string) => z.string({ invalid_type_error: `must be text (${what})` });

export const issueFrontMatterSchema = z
  .object({
    title: text("the paper's name").min(1, "must not be empty").describe("The paper's name, printed in the masthead and the running footer."),
    subtitle: text("a line under the title").optional().describe("A line printed under the title in the masthead."),
    number: z
      .union([z.number().int("must be a whole number, e.g. 14").nonnegative("must be 0 or more"), z.string().min(1)], {
        errorMap: () => ({ message: "must be the issue number, e.g. 14" }),
      })
      .describe("The issue number, printed in the masthead and the running footer."),
    date: isoDate.describe("The publication date, written YYYY-MM-DD."),
    languages: z
      .preprocess(
        readList,
        z
          .array(issueLanguage, { invalid_type_error: "must be a list of language codes, e.g. [en, ar]" })
          .min(1, "must list at least one language")
          .default(["en"]),
      )
      .describe("The issue's languages as BCP 47 codes; the first is the primary language."),
    layout: z
      .string()
      .regex(/^[a-z0-9][a-z0-9_-]*$/i, "must be the name of a folder in templates/, e.g. newspaper")
      .default("newspaper")
      .describe("The layout: the name of a folder in templates/."),
    paper: z
      .preprocess(readPaperName, z.enum(PAPER_NAMES, { errorMap: () => ({ message: `must be one of ${listPaperNames()}` }) }).optional())
      .describe(`Paper size: ${listPaperNames()}, any case. Default: the layout's (A4 for newspaper, A5 for bulletin).`),
    notes: notePlace.describe(
      "Where notes ([^1]) print: `foot` of the page their call is on, or `end` of their article. An article's own `notes:` wins. Default: the layout's (foot).",
    ),
    sides: z
      .union([z.literal(1), z.literal(2)], { errorMap: () => ({ message: "must be 1 or 2" }) })
      .optional()
      .describe("For the sheet layout: print on one side of the sheet or both. Default: the layout's (2)."),
    editions: z
      .array(z.string(), { invalid_type_error: "must be a list, e.g. [en, ar, parallel, flip]" })
      .min(1, "must list at least one edition")
      .optional()
      .describe(
        "The PDFs to make. A language code makes a one-language edition; `parallel` sets each article beside its translation; " +
          "`flip` prints the left-to-right language from the front cover and the right-to-left one from the back. " +
          "`parallel` and `flip` use the first two languages, or name them: parallel:ar+en. Default: one edition per language.",
      ),
    grayscale: z
      .boolean({ invalid_type_error: "must be true or false" })
      .default(false)
      .describe("`true` prints every picture in grayscale with lifted midtones, for photocopied editions (also `pressroom build --grayscale`). Default: false."),
    press: z
      .object(
        {
          bleed: z
            .number({ invalid_type_error: "must be a number of millimetres from 0 to 10, e.g. 3" })
            .min(0, "must be from 0 to 10 millimetres")
            .max(10, "must be from 0 to 10 millimetres")
            .optional(),
        },
        { invalid_type_error: "must be settings under it, e.g. press: { bleed: 3 }" },
      )
      .strict()
      .optional()
      .describe("Settings for the press PDF that `pressroom build --press` writes: `bleed` in millimetres (0 to 10; `--bleed` wins). Default: { bleed: 3 }."),
    impose: z
      .enum(["booklet", "2up"], { errorMap: () => ({ message: "must be booklet or 2up" }) })
      .optional()
      .describe(
        "Also write each edition laid out for an office printer: `booklet` (folded and stapled, <edition>.booklet.pdf) or `2up` " +
          "(two pages per sheet, <edition>.2up.pdf). `pressroom build --impose` wins. Default: none.",
      ),
    // Written as on the ream's label too: "120 g/m²", "120gsm".
    "paper-weight": z
      .preprocess(
        (value) => (typeof value === "string" ? (readPaperWeight(value) ?? value) : value),
        z
          .number({ invalid_type_error: "must be the paper's weight in g/m², a number such as 80 or 120" })
          .min(PAPER_WEIGHT_RANGE.min, `must be from ${PAPER_WEIGHT_RANGE.min} to ${PAPER_WEIGHT_RANGE.max} g/m²`)
          .max(PAPER_WEIGHT_RANGE.max, `must be from ${PAPER_WEIGHT_RANGE.min} to ${PAPER_WEIGHT_RANGE.max} g/m²`),
      )
      .optional()
      .describe(
        "The weight of the paper a booklet (`impose: booklet`) is printed on, in g/m² as written on the ream: the thicker the paper, " +
          "the further its inner pages are moved toward the fold, so that the text keeps its place once the sheets are nested (creep). " +
          "`pressroom build --paper-weight` wins. Default: 80, office paper.",
      ),
    untranslated: z
      .enum(["include", "omit"], { errorMap: () => ({ message: "must be include or omit" }) })
      .default("include")
      .describe("An article with no translation into an edition's language: `include` prints it in its own language, marked as such; `omit` leaves it out of that edition."),
    digits: z
      .union([digitsChoice, z.record(languageTag, digitsChoice)], {
        errorMap: () => ({ message: "must be latin or native, or a list per language such as { fa: native, ar: latin }" }),
      })
      .default("latin")
      .describe(
        "Digits for page numbers, the issue number, dates, note numbers and numbered lists: `latin` (0123) or `native` (Arabic-Indic ٠١٢ for Arabic, " +
          "extended ۰۱۲ for Persian and Urdu). One value, or one per language. Numbers in articles print as written.",
      ),
    contacts: z
      .array(z.string(), { invalid_type_error: "must be a list of lines" })
      .default([])
      .describe("Lines printed in the masthead and colophon: address, e-mail, price."),
    publisher: text("who publishes the paper").optional().describe("Who publishes the paper; written as the PDF's author. Default: the title."),
    articles: z
      .array(z.string(), { invalid_type_error: "must be a list of file names" })
      .optional()
      .describe("The order of articles as file names (e.g. 02-syria.md). Default: file-name order."),
    contents: z
      .boolean({ invalid_type_error: "must be true or false" })
      .default(true)
      .describe("`true` (default) prints an \"In this issue\" box on the front page listing the articles with their pages; `false` leaves it out."),
    hyphenate: z
      .union([z.boolean(), z.object({ never: z.array(z.string(), { invalid_type_error: "must be a list of words" }) }).strict()], {
        errorMap: () => ({ message: "must be true, false, or a list of words never to break: { never: [Riverside, pressroom] }" }),
      })
      .default(true)
      .describe(
        "Hyphenation of body text in Latin-script languages (en, es, fr, de, it, pt and more): `true` (default), `false`, " +
          "or `{ never: [Riverside, pressroom] }` to keep those words whole. Arabic-script text is never hyphenated.",
      ),
  })
  .strict();

export const articleFrontMatterSchema = z
  .object({
    title: text("the headline").min(1, "must not be empty").describe("The headline (required)."),
    lang: languageTag.optional().describe("The article's language. Default: the issue's primary language."),
    dir: z
      .enum(["ltr", "rtl"], { errorMap: () => ({ message: "must be ltr or rtl" }) })
      .optional()
      .describe("Writing direction, when it should differ from what the language implies."),
    kicker: text("a short label above the headline").optional().describe("A short section label printed above the headline."),
    standfirst: text("the summary under the headline").optional().describe("A one- or two-sentence summary printed under the headline."),
    byline: text("the author line").optional().describe("The author line, e.g. 'By Maryam Haddad'."),
    date: isoDate.optional().describe("The article's date, written YYYY-MM-DD."),
    jumphead: text("a short headline for the jump")
      .optional()
      .describe("A short headline printed over the rest of the article where it continues after a <!-- jump -->. Default: the headline."),
    columns: z
      .number({ invalid_type_error: "must be a whole number of columns, 1 to 5" })
      .int("must be a whole number of columns, 1 to 5")
      .min(1, "must be at least 1")
      .max(5, "must be at most 5")
      .optional()
      .describe("How many columns the article's body runs in; columns that print narrower than about 20 characters a line are warned. Default: the layout's."),
    notes: notePlace.describe("Where this article's notes print: `foot` of the page or `end` of the article. Default: the issue's."),
    hyphenate: z
      .boolean({ invalid_type_error: "must be true or false" })
      .optional()
      .describe("`false` keeps every word of this article whole (no hyphenation at line ends). Default: the issue's setting."),
  })
  .strict();

/** issue.<lang>.md: the masthead's words in another language; its body is the editorial's translation. */
export const issueTranslationSchema = z
  .object({
    title: text("the paper's name in this language").min(1, "must not be empty").optional().describe("The paper's name in this language."),
    subtitle: text("a line under the title").optional().describe("The line under the title, in this language."),
    contacts: z.array(z.string(), { invalid_type_error: "must be a list of lines" }).optional().describe("The contact lines, in this language."),
    publisher: text("who publishes the paper").optional().describe("Who publishes the paper, in this language."),
  })
  .strict();

export type IssueTranslationFrontMatter = z.infer<typeof issueTranslationSchema>;
export type IssueFrontMatter = z.infer<typeof issueFrontMatterSchema>;
export type ArticleFrontMatter = z.infer<typeof articleFrontMatterSchema>;
