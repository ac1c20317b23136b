// The front page's "In this issue" box: every article in print order, with its page filled in after layout (pure).

import { convertDigits } from "../../config/digits.js";
import type { Direction } from "../../config/languages.js";
import type { LanguagePlan } from "../plan-editions/plan-editions.js";
import { getLabels } from "./labels.js";
import type { HeadText } from "./mark-head-text.js";

interface ArticleHead {
  id: string;
  title: HeadText;
  lang: string;
  dir: Direction;
}

/** What the layout has for each article: a head, or (parallel editions) the two sides' heads. */
type PrintedArticle = ArticleHead | { id: string; sides: ArticleHead[] };

export interface ContentsData {
  label: string;
  lang: string;
  dir: Direction;
  entries: { target: string; placeholder: string; titles: { text: HeadText; lang: string; dir: Direction }[] }[];
}

/** Same articles, order and targets as the PDF outline (postprocess-pdf/add-outline.ts), so the two agree. */
export function describeContents(articles: PrintedArticle[], page: LanguagePlan): ContentsData | undefined {
  if (articles.length === 0) return undefined;
  const placeholder = convertDigits("00", page.digits);
  return {
    label: getLabels(page.lang).contents,
    lang: page.lang,
    dir: page.dir,
    entries: articles.map((article) => ({
      target: article.id,
      placeholder,
      titles: ("sides" in article ? article.sides : [article]).map((head) => ({ text: head.title, lang: head.lang, dir: head.dir })),
    })),
  };
}
