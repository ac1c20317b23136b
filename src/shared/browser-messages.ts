// Plain data that crosses between Node and the page code running inside Chromium (page/bridge.js).

import type { NumberingSystem } from "../config/digits.js";
import type { Px } from "./units.js";

/** Options the Node side passes to window.pressroomPaginate(). */
export interface PaginateRequest {
  /** How long to wait for web fonts before laying out anyway. */
  fontTimeoutMs: number;
  /** Which way the pages turn: "rtl" makes page 1 a left-hand page and mirrors every spread. */
  pageProgression: "ltr" | "rtl";
  /** The digits page references are written in (Intl numbering system: latn, arab, arabext). */
  numberingSystem: NumberingSystem;
  /** CSS custom properties set on the root before layout, e.g. copyfitting's --fit-type. */
  variables?: Record<string, string>;
  /** Load every @font-face before layout, as Paged.js does, not only the faces the text uses (page/load-used-fonts.js). */
  allFonts?: boolean;
}

/** A page reference as laid out: the id it counts and the page written into it (null: no such element). */
export interface PageRefPlacement {
  target: string;
  page: number | null;
}

/** Where an article's first fragment landed. Page numbers are 1-based; topPx is from the page's top edge. */
export interface ArticlePlacement {
  id: string;
  page: number;
  topPx: Px;
  /** Words printed of the article, on every page (copyfitting names the longest). */
  words: number;
}

/**
 * The id page/check-integrity.js gives the editorial, checked as an article is: the colon keeps any article's id
 * (made from its file's name) from being it.
 */
export const EDITORIAL_TEXT_ID = "pressroom:editorial";

/** Text Paged.js lost (or printed twice) in an article: where, as the source's (or the page's) next words. */
export interface IntegrityProblem {
  /** The article's id, EDITORIAL_TEXT_ID for the editorial; empty for the page-foot notes. */
  articleId: string;
  kind: "lost" | "added";
  near: string;
}

export interface PaginateResponse {
  pageCount: number;
  /** The side of the spread each page was laid out as, in page order. */
  pageSides: ("left" | "right")[];
  pageWidthPx: Px;
  pageHeightPx: Px;
  articles: ArticlePlacement[];
  /** Every page number written after layout ("Continued on page", contents box, [#](#name)), in page order. */
  pageRefs: PageRefPlacement[];
  /** Pieces of lines given an invisible twin for the text layer (page/shadow-text.js); set on the Node side. */
  shadowedWords?: number;
  /** Problems seen inside the page, e.g. a font that failed to load. */
  warnings: string[];
  /** How far down the last page's text area its content reaches, 0 to 1 (copyfitting's measure of fill). */
  lastPageFill: number;
  /** Articles (or, with no id, the page-foot notes) whose letters on the pages are not those written (page/check-integrity.js). */
  integrity: IntegrityProblem[];
  /**
   * Each page's article text that has Latin or Arabic-script letters, as shown on screen, a line per piece (page/check-integrity.js):
   * the printed PDF's page must hold those letters too (find-text-lost-in-print.ts).
   */
  pageTexts: string[];
  /** Faces layout needed that were not loaded before it ("family weight style"): the layout is then redone with every face. */
  unaskedFonts: string[];
  /** Milliseconds inside the page: waiting for fonts, Paged.js's layout, the checks after it (reported per stage). */
  timings: { fontsMs: number; layoutMs: number; checksMs: number };
}

/** A picture as the page measures it (page/print-pictures.js): its URL's path, the box it prints in (CSS px), its article and page. */
export interface PagePicture {
  /** Its number in the page, for a swap; -1 when measured only to start making its print copy. */
  index: number;
  path: string;
  widthPx: number;
  heightPx: number;
  articleId?: string;
  page?: number;
}

/** Messages the page sends while it works, through the one exposed bridge function. */
export type BridgeMessage =
  /** A page laid out; with the pictures of the page before it, whose print sizes are then known. */
  | { type: "page"; page: number; articleId?: string; pictures?: PagePicture[] }
  | { type: "warning"; message: string };

/** The name of the function exposed to the page for BridgeMessage. */
export const BRIDGE_FUNCTION = "__pressroomReport";
