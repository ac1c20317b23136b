// Fills the layout with one edition's articles and returns the HTML document for the browser (pure).

import { getPaperSize } from "../../config/paper.js";
import type { IssueSource } from "../load-issue/types.js";
import type { ParsedArticle, ParsedIssue } from "../parse-markdown/types.js";
import type { EditionPlan } from "../plan-editions/plan-editions.js";
import type { TemplateFunction } from "./create-handlebars.js";
import { formatDate } from "./format-date.js";
import { formatPrintedIn, getLabels } from "./labels.js";
import { renderArticleBody } from "./render-article-body.js";

/** URL prefixes the browser stage serves; the HTML refers to nothing else. */
export const ASSET_URLS = { issue: "/issue/", templates: "/templates/", fonts: "/fonts/" } as const;

export interface HtmlDocument {
  edition: EditionPlan;
  html: string;
  /** Article ids in print order with their headlines, for the PDF outline. */
  articles: { id: string; title: string; lang: string }[];
}

export interface RenderOptions {
  allowHtml: boolean;
  generator: string;
}

export function renderDocument(
  issue: IssueSource,
  parsed: ParsedIssue,
  edition: EditionPlan,
  template: TemplateFunction,
  options: RenderOptions,
): HtmlDocument {
  let footnotes = 0;
  const renderBody = (article: ParsedArticle) => {
    const body = renderArticleBody(article, { allowHtml: options.allowHtml, issueUrl: ASSET_URLS.issue, footnotesBefore: footnotes });
    footnotes += body.footnoteCount;
    return body.html;
  };
  const editorial = parsed.editorial ? { lang: parsed.editorial.lang, dir: parsed.editorial.dir, html: renderBody(parsed.editorial) } : null;
  const articles = edition.articles.map(({ article, untranslated }) => ({
    id: article.id,
    lang: article.lang,
    dir: article.dir,
    title: article.source.meta.title,
    kicker: article.source.meta.kicker,
    standfirst: article.source.meta.standfirst,
    byline: article.source.meta.byline,
    date: article.source.meta.date ? formatDate(article.source.meta.date, article.lang) : undefined,
    columns: article.source.meta.columns,
    untranslated: untranslated ? formatPrintedIn(edition.lang, article.lang) : undefined,
    html: renderBody(article),
  }));
  const paper = getPaperSize(issue.meta.paper);
  const data = {
    issue: {
      title: issue.meta.title,
      titleLength: [...issue.meta.title].length,
      subtitle: issue.meta.subtitle,
      number: String(issue.meta.number),
      date: formatDate(issue.meta.date, edition.lang),
      isoDate: issue.meta.date,
      contacts: issue.meta.contacts,
      publisher: issue.meta.publisher ?? issue.meta.title,
    },
    edition: { code: edition.code, lang: edition.lang, dir: edition.dir, isRtl: edition.dir === "rtl" },
    labels: getLabels(edition.lang),
    paper: { name: paper.name, width: `${paper.width}mm`, height: `${paper.height}mm` },
    urls: { fonts: `${ASSET_URLS.fonts}fonts.css`, layout: `${ASSET_URLS.templates}${issue.meta.layout}/`, shared: `${ASSET_URLS.templates}_shared/` },
    editorial,
    articles,
    generator: options.generator,
  };
  return {
    edition,
    html: template(data),
    articles: articles.map(({ id, title, lang }) => ({ id, title, lang })),
  };
}
