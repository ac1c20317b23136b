// The data a layout prints for a jumped article: the "Continued on page" line and the continuation's head (pure).

import { convertDigits, type NumberingSystem } from "../../config/digits.js";
import type { Direction } from "../../config/languages.js";
import { getLabels, splitPageLabel } from "./labels.js";
import type { HeadText } from "./mark-head-text.js";

/** A line holding a page number that page/fill-page-refs.js fills in after layout: text, the number's link, text. */
export interface PageLine {
  /** The line's own id, so the other end of the jump can point at it. */
  id: string;
  before: string;
  after: string;
  /** The id of the element whose page the number gives. */
  target: string;
  placeholder: string;
  lang: string;
  dir: Direction;
}

export interface ContinuationData {
  id: string;
  articleId: string;
  title: HeadText;
  kicker?: HeadText;
  lang: string;
  dir: Direction;
  from: PageLine;
  html: string;
}

interface JumpHead {
  id: string;
  title: HeadText;
  kicker?: HeadText;
  lang: string;
  dir: Direction;
}

/**
 * The two ends of a jump, each pointing at the other: the line closing the first part gives the page
 * the continuation starts on, and the continuation's line the page the first part ends on. Words are
 * in the article's language; digits are the edition's, the digits its folios are printed in.
 */
export function describeJump(head: JumpHead, digits: NumberingSystem): { line: PageLine; continuation: Omit<ContinuationData, "html"> } {
  const labels = getLabels(head.lang);
  const placeholder = convertDigits("00", digits);
  const lineId = `${head.id}-jump-to`;
  const continuationId = `${head.id}-jump`;
  const line = { id: lineId, ...splitPageLabel(labels.continuedOn), target: continuationId, placeholder, lang: head.lang, dir: head.dir };
  const from = { id: `${head.id}-jump-from`, ...splitPageLabel(labels.continuedFrom), target: lineId, placeholder, lang: head.lang, dir: head.dir };
  return { line, continuation: { id: continuationId, articleId: head.id, title: head.title, kicker: head.kicker, lang: head.lang, dir: head.dir, from } };
}
