// Fills the layout with one edition's articles and returns the HTML document for the browser (pure).

import { convertDigits, getCounterStyle, type NumberingSystem } from "../../config/digits.js";
import type { Direction } from "../../config/languages.js";
import type { SourceLocation } from "../../diagnostics/errors.js";
import { getPaperSize, type PaperSize } from "../../config/paper.js";
import type { Token } from "markdown-it";
import type { IssueSource } from "../load-issue/types.js";
import type { ParsedArticle } from "../parse-markdown/types.js";
import type { EditionArticle, LanguagePlan, Masthead, ParallelEdition, ParallelItem, SingleEdition } from "../plan-editions/plan-editions.js";
import type { TemplateFunction } from "./create-handlebars.js";
import { createDateFormatter, type DateFormatter } from "./format-date.js";
import { createTypesetter, type Typeset } from "../parse-markdown/typeset-plain-text.js";
import { formatPrintedIn, getLabels } from "./labels.js";
import { checkContinuations } from "./check-continuations.js";
import { checkPrintedText, type PrintedText } from "./check-printed-text.js";
import { describeContents } from "./describe-contents.js";
import { describeJump, type ContinuationData } from "./describe-jumps.js";
import { indexArticleAnchors } from "./index-article-anchors.js";
import { removeJumps, splitAtJump } from "./split-jump.js";
import { alignBlocks } from "./align-blocks.js";
import { markAddresses, markHeadText, readHeadText } from "./mark-head-text.js";
import { renderArticleBody, type BodyRenderOptions, type Endnote } from "./render-article-body.js";
import { createMarkdown } from "../parse-markdown/create-markdown.js";
import { renderEndnotes } from "./render-endnotes.js";
import { DEFAULT_LAYOUT_SETTINGS, type LayoutSettings } from "../../config/layout-settings-schema.js";
import { isPictureBlock, joinHeadingsToText, measureBlock, splitTopLevelBlocks } from "./split-blocks.js";
import { findCutEdge, planTrifold, type TrifoldPlan } from "../fold-leaflet/plan-trifold.js";

/** URL prefixes the browser stage serves; the HTML refers to nothing else. */
export const ASSET_URLS = { issue: "/issue/", templates: "/templates/", fonts: "/fonts/" } as const;

/** What later stages need to know of the edition a document prints. */
export interface DocumentEdition {
  code: string;
  lang: string;
  dir: Direction;
  /** The digits page numbers print in; page/fill-page-refs.js writes page references in them. */
  digits: NumberingSystem;
}

export interface HtmlDocument {
  edition: DocumentEdition;
  html: string;
  /**
   * Article ids in print order with their headlines, for the PDF outline; and where an article's front matter sets
   * `columns:`, for the warning when they print too narrow (report-narrow-columns.ts).
   */
  articles: { id: string; title: string; lang: string; columnsAt?: SourceLocation }[];
  /** The paper the pages are drawn for (issue.md's, else the layout's), landscape when folded: the press PDF's trim. */
  paper: PaperSize;
  /** A folded layout's panels (layout.yaml's `fold:`): the pages are panels, printed onto `paper` afterwards. */
  fold?: TrifoldPlan;
}

export interface RenderOptions {
  allowHtml: boolean;
  generator: string;
  /** The layout's defaults (its layout.yaml): paper, and where notes go. Default: A4, foot. */
  layout?: LayoutSettings;
  /** The issue's pictures, read once (read-pictures.ts): their proportions go on their figures. */
  pictureSizes?: BodyRenderOptions["pictureSizes"];
}

/**
 * Renders article bodies in print order, numbering page-foot notes on through the whole document. An
 * article whose notes go at its end gets them after its text, numbered from 1; `holdNotes` keeps them
 * for the next part of the same article (the rest of a jumped article), so they print once, at its end.
 */
type BodyRenderer = (article: ParsedArticle, holdNotes?: boolean) => string;
/** Records a piece of an article's rendered text for the layout to print, and gives it back. */
type NotePrinted = (article: ParsedArticle, html: string) => string;

export function renderDocument(issue: IssueSource, edition: SingleEdition | ParallelEdition, template: TemplateFunction, options: RenderOptions): HtmlDocument {
  let footnotes = 0;
  const page: LanguagePlan = edition.kind === "single" ? edition : edition.sides[0];
  const pageRefs = { resolve: indexArticleAnchors(edition), placeholder: convertDigits("00", page.digits) };
  // One markdown-it for every body of the document: making one compiles its link finder's patterns, ~1 ms each
  // time, and a 200-page issue's three editions rendered bodies (and parallel rows) ~1,000 times.
  const body = { allowHtml: options.allowHtml, issueUrl: ASSET_URLS.issue, pageRefs, digits: issue.meta.digits, pictureSizes: options.pictureSizes, markdown: createMarkdown({ allowHtml: options.allowHtml, quotes: "“”‘’" }) };
  const layout = options.layout ?? DEFAULT_LAYOUT_SETTINGS;
  const format: HeadFormat = { dates: createDateFormatter(), typeset: createTypesetter() };
  const endnotes = new Map<string, { count: number; held: Endnote[] }>();
  // Every piece of text rendered for the layout, checked to be in what it makes (check-printed-text.ts).
  const printed: PrintedText[] = [];
  const notePrinted: NotePrinted = (article, html) => {
    printed.push({ article, html });
    return html;
  };
  const renderBody: BodyRenderer = (article, holdNotes = false) => notePrinted(article, renderBodyText(article, holdNotes));
  const renderBodyText: BodyRenderer = (article, holdNotes = false) => {
    if ((article.source.meta.notes ?? issue.meta.notes ?? layout.notes) === "end") {
      const state = endnotes.get(article.id) ?? { count: 0, held: [] };
      const formatNumber = (value: number) => convertDigits(String(value), page.digits);
      const rendered = renderArticleBody(article, { ...body, footnotesBefore: state.count, notes: "end", formatNumber });
      const notes = [...state.held, ...rendered.endnotes];
      endnotes.set(article.id, { count: state.count + rendered.footnoteCount, held: holdNotes ? notes : [] });
      return holdNotes ? rendered.html : rendered.html + renderEndnotes(article.id, notes);
    }
    const rendered = renderArticleBody(article, { ...body, footnotesBefore: footnotes });
    footnotes += rendered.footnoteCount;
    return rendered.html;
  };
  // The rest of a jumped article runs after the last article; it is rendered last so its notes number on from there.
  const continuations: (() => ContinuationData)[] = [];
  const editorial = edition.kind === "single" ? describeEditorial(edition.editorial, page, renderBody) : describeParallelEditorial(edition, renderBody, body, notePrinted);
  const articles =
    edition.kind === "single"
      ? edition.articles.map((entry, index, all) =>
          // The last article has nothing after it to jump over, so it prints whole.
          describeArticle(entry, page, renderBody, format, index < all.length - 1 ? (rest) => continuations.push(rest) : undefined),
        )
      : edition.items.map((item) => describeParallelItem(item, edition, renderBody, body, format, notePrinted));
  const paper = getPaperSize(issue.meta.paper ?? layout.paper);
  // A leaflet's pages are its panels: the sheet is cut into them by the fold stage after layout.
  const fold = layout.fold === "trifold" ? planTrifold(paper, edition.dir) : undefined;
  const pageSize = fold ? fold.panel : paper;
  const masthead = page.masthead;
  const contacts = masthead.contacts.map((line) => ({ ...line, text: markAddresses(line.text) }));
  const data = {
    issue: {
      title: masthead.title.text,
      titleLength: [...masthead.title.text].length,
      subtitle: masthead.subtitle?.text,
      number: convertDigits(String(issue.meta.number), page.digits),
      date: format.dates(issue.meta.date, page.lang, page.digits),
      isoDate: issue.meta.date,
      contacts: contacts.map((line) => line.text),
      publisher: masthead.publisher.text,
    },
    masthead: {
      ...masthead,
      contacts,
      alternate: edition.kind === "parallel" ? describeAlternateTitle(masthead, edition.sides[1]) : undefined,
    },
    edition: {
      code: edition.code,
      kind: edition.kind,
      lang: edition.lang,
      dir: edition.dir,
      isRtl: edition.dir === "rtl",
      isParallel: edition.kind === "parallel",
      counterStyle: getCounterStyle(page.digits),
    },
    labels: getLabels(page.lang),
    paper: { name: paper.name, width: `${pageSize.width}mm`, height: `${pageSize.height}mm` },
    // The flap's two pages have their outer strip cut off: the template widens their margin on that edge.
    fold: fold && { insideFlapCut: findCutEdge(fold, 4), outsideFlapCut: findCutEdge(fold, 5) },
    urls: { fonts: `${ASSET_URLS.fonts}fonts.css`, layout: `${ASSET_URLS.templates}${issue.meta.layout}/`, shared: `${ASSET_URLS.templates}_shared/` },
    editorial,
    articles,
    continuations: continuations.map((render) => render()),
    contents: issue.meta.contents === false ? undefined : describeContents(articles, page),
    generator: options.generator,
  };
  const html = template(data);
  checkContinuations(html, data.continuations, issue.meta.layout);
  checkPrintedText(html, printed, issue.meta.layout);
  return {
    edition: { code: edition.code, lang: edition.lang, dir: edition.dir, digits: page.digits },
    html,
    articles: articles.map((article) => ({
      id: article.id,
      title: readHeadText(article.title),
      lang: article.lang,
      ...("columnsAt" in article && article.columnsAt && { columnsAt: article.columnsAt }),
    })),
    paper: fold ? { name: paper.name, ...fold.sheet } : paper,
    ...(fold && { fold }),
  };
}

/** How heads are formatted: dates in the edition's words and digits, front matter text set as the body's. */
interface HeadFormat {
  dates: DateFormatter;
  typeset: Typeset;
}

/**
 * An article's head (headline, kicker, byline...) as the templates print it, without its body. Its lines get the
 * body's curly quotes, dashes and ellipses (front matter is not Markdown, so they were printed as typed).
 */
function describeHead(article: ParsedArticle, digits: NumberingSystem, { dates, typeset }: HeadFormat) {
  const meta = article.source.meta;
  const set = (text: string) => markHeadText(typeset(text, article.lang));
  return {
    id: article.id,
    lang: article.lang,
    dir: article.dir,
    title: set(meta.title),
    kicker: meta.kicker === undefined ? undefined : set(meta.kicker),
    standfirst: meta.standfirst === undefined ? undefined : set(meta.standfirst),
    byline: meta.byline === undefined ? undefined : set(meta.byline),
    date: meta.date ? dates(meta.date, article.lang, digits) : undefined,
    columns: meta.columns,
    columnsAt: meta.columns === undefined ? undefined : article.source.locate(["columns"]),
  };
}

/**
 * An article as printed in place. With `onJump`, an article with a jump marker prints up to it and a
 * "Continued on page" line, and hands over the rest; without (parallel editions) it prints whole.
 */
function describeArticle(
  { article, untranslated }: EditionArticle,
  page: LanguagePlan,
  renderBody: BodyRenderer,
  format: HeadFormat,
  onJump?: (rest: () => ContinuationData) => void,
) {
  const parts = onJump ? splitAtJump(article.tokens) : { first: removeJumps(article.tokens), rest: null };
  const head = describeHead(article, page.digits, format);
  const html = renderBody({ ...article, tokens: parts.first }, parts.rest !== null && onJump !== undefined);
  const rest = parts.rest;
  const jump = rest && onJump ? describeJump({ ...head, title: article.source.meta.jumphead === undefined ? head.title : markHeadText(format.typeset(article.source.meta.jumphead, article.lang)) }, page.digits) : undefined;
  if (jump && rest && onJump) onJump(() => ({ ...jump.continuation, html: renderBody({ ...article, tokens: rest }) }));
  return {
    ...head,
    untranslated: untranslated ? formatPrintedIn(page.lang, article.lang) : undefined,
    untranslatedLang: page.lang,
    untranslatedDir: page.dir,
    html,
    jump: jump?.line,
  };
}

function describeEditorial(entry: EditionArticle | null, page: LanguagePlan, renderBody: BodyRenderer) {
  if (!entry) return null;
  const { article, untranslated } = entry;
  return {
    lang: article.lang,
    dir: article.dir,
    label: getLabels(article.lang).editorial,
    untranslated: untranslated ? formatPrintedIn(page.lang, article.lang) : undefined,
    untranslatedLang: page.lang,
    untranslatedDir: page.dir,
    html: renderBody(article),
  };
}

/**
 * A parallel edition's editorial: the two languages in rows of aligned paragraphs, as an article's, so that a long
 * one can go on overleaf between rows with both sides (two whole sides in one box had only one place to break: past
 * a page, the box went to the next page whole, leaving the page before it three quarters empty).
 */
function describeParallelEditorial(edition: ParallelEdition, renderBody: BodyRenderer, body: Omit<BodyRenderOptions, "footnotesBefore">, notePrinted: NotePrinted) {
  const item = edition.editorial;
  if (!item) return null;
  if (item.kind === "alone") return describeEditorial(item.entry, edition.sides[item.side === 1 ? 0 : 1], renderBody);
  const { rows, notes } = alignSides(item.articles, edition, body, notePrinted);
  return {
    parallel: true,
    sides: item.articles.map((article, index) => ({
      lang: article.lang,
      dir: article.dir,
      label: getLabels(article.lang).editorial,
      // Each side's whole text, as the editorial partial printed it before it had rows: a layout copied then prints it still.
      html: rows.map((row) => row.cells[index]?.html ?? "").join("\n") + renderEndnotes(article.id, notes?.[index]?.notes ?? []),
    })),
    rows,
    notes,
  };
}

function describeParallelItem(
  item: ParallelItem,
  edition: ParallelEdition,
  renderBody: BodyRenderer,
  body: Omit<BodyRenderOptions, "footnotesBefore">,
  format: HeadFormat,
  notePrinted: NotePrinted,
) {
  if (item.kind === "alone") {
    // The label is for the readers of the side that has no translation.
    const reader = edition.sides[item.side === 0 ? 1 : 0];
    return describeArticle(item.entry, reader, renderBody, format);
  }
  const [first, second] = item.articles;
  const heads = [describeHead(first, edition.sides[0].digits, format), describeHead(second, edition.sides[1].digits, format)];
  return { parallel: true, id: first.id, lang: first.lang, title: heads.map((head) => head.title).join(" / "), sides: heads, ...alignSides(item.articles, edition, body, notePrinted) };
}

/**
 * A pair becomes rows of aligned blocks: each row holds a paragraph (or a few) of each side, so
 * the two languages start together at every row and neither runs pages ahead of the other.
 */
function alignSides(articles: readonly [ParsedArticle, ParsedArticle], edition: ParallelEdition, body: Omit<BodyRenderOptions, "footnotesBefore">, notePrinted: NotePrinted) {
  const sides = articles.map((article, index) => {
    // Parallel editions print every article whole, beside its translation: jump markers are ignored.
    const { blocks, notes } = splitTopLevelBlocks(removeJumps(article.tokens));
    return { article, digits: edition.sides[index === 0 ? 0 : 1].digits, notesSoFar: 0, endnotes: [] as Endnote[], blocks: joinHeadingsToText(blocks), notes };
  });
  const [left, right] = sides as [(typeof sides)[number], (typeof sides)[number]];
  const beads = alignBlocks(left.blocks.map(measureBlock), right.blocks.map(measureBlock), { left: left.blocks.map(isPictureBlock), right: right.blocks.map(isPictureBlock) });
  let leftAt = 0;
  let rightAt = 0;
  // Notes go after the text, numbered from 1 on each side: Paged.js's page-foot notes lose text
  // when their call sits in one of two cells side by side (found by test/e2e/nastaliq-lines.test.ts).
  const renderCell = (side: (typeof sides)[number], blocks: Token[][]) => {
    const rendered = renderArticleBody(
      { ...side.article, tokens: [...blocks.flat(), ...side.notes] },
      { ...body, footnotesBefore: side.notesSoFar, notes: "end", formatNumber: (value) => convertDigits(String(value), side.digits) },
    );
    side.notesSoFar += rendered.footnoteCount;
    side.endnotes.push(...rendered.endnotes);
    return { lang: side.article.lang, dir: side.article.dir, html: notePrinted(side.article, rendered.html) };
  };
  const rows = beads.map(([takeLeft, takeRight]) => {
    const cells = [renderCell(left, left.blocks.slice(leftAt, leftAt + takeLeft)), renderCell(right, right.blocks.slice(rightAt, rightAt + takeRight))];
    leftAt += takeLeft;
    rightAt += takeRight;
    return { cells };
  });
  // The notes print after the rows, each side's in turn.
  for (const side of sides) for (const note of side.endnotes) notePrinted(side.article, note.html);
  const notes = sides.some((side) => side.endnotes.length)
    ? sides.map((side) => ({ lang: side.article.lang, dir: side.article.dir, notes: side.endnotes }))
    : undefined;
  return { rows, notes };
}

/** The other language's title under the masthead of a parallel edition, when it differs. */
function describeAlternateTitle(masthead: Masthead, other: LanguagePlan) {
  const title = other.masthead.title;
  return title.text === masthead.title.text ? undefined : title;
}
