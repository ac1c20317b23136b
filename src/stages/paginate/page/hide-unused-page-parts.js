// @ts-check
// Runs inside Chromium after Paged.js: takes out of layout the parts of its page template no @page rule uses.
/* global Paged */

(() => {
  /** The id of the style this file keeps in the document's head, rewritten for each layout. */
  const STYLE_ID = "pressroom-hide-unused-page-parts";

  /**
   * Every page Paged.js makes is a copy of one template: sixteen margin boxes in eight groups (top, bottom,
   * left, right and the four corners) and four bleed strips holding crop and cross marks, laid out and printed
   * on every page whether anything is in them or not. A part no @page rule can fill (Paged.js's own reading
   * of the stylesheets) is taken out of layout (`display: none`) before the first page:
   * - a group of margin boxes none of which gets `content` other than `none`;
   * - the bleed strips, when no @page rule asks for bleed or marks (they are then zero-sized).
   * Each sits in a grid cell of its own, so nothing else moves: the five sample issues' 25 PDFs and the
   * benchmark issues' come out the same text and pixels. With the newspaper layout (folios at the foot) that
   * is 53 of a page's 97 elements, over 9,000 at 187 pages, which Chrome restyles and lays out again when it
   * prints: printing the 187-page benchmark issue took 2.85 s before the margins were hidden and 2.44 s after
   * (medians of eight builds each way); hiding the bleed strips too, 2.56 → 2.36 s (seven).
   * @param {{ marginalia?: Record<string, { selector: string, hasContent: boolean }>, pages?: Record<string, { bleed?: unknown, marks?: unknown }> }} atPage
   *   Paged.js's AtPage handler, once it has read a stylesheet
   */
  const writeHidingRules = (atPage) => {
    const hidden = listEmptyMarginGroups(atPage.marginalia || {}).map((group) => `.pagedjs_pagebox > .${GROUP_CLASSES[group]}`);
    const usesBleed = Object.values(atPage.pages || {}).some((page) => page.bleed !== undefined || page.marks !== undefined);
    if (!usesBleed) hidden.push(".pagedjs_sheet > .pagedjs_bleed");
    let style = document.getElementById(STYLE_ID);
    if (!style) {
      style = document.createElement("style");
      style.id = STYLE_ID;
      document.head.appendChild(style);
    }
    style.textContent = hidden.length === 0 ? "" : `${hidden.join(",\n")} { display: none; }\n`;
  };

  /** @type {Record<string, string>} a margin-box group's name to the class of its holder in Paged.js's page template */
  const GROUP_CLASSES = {
    top: "pagedjs_margin-top",
    bottom: "pagedjs_margin-bottom",
    left: "pagedjs_margin-left",
    right: "pagedjs_margin-right",
    "top-left-corner": "pagedjs_margin-top-left-corner-holder",
    "top-right-corner": "pagedjs_margin-top-right-corner-holder",
    "bottom-left-corner": "pagedjs_margin-bottom-left-corner-holder",
    "bottom-right-corner": "pagedjs_margin-bottom-right-corner-holder",
  };
  const GROUPS = Object.keys(GROUP_CLASSES);
  const UNKNOWN = "unknown";

  /**
   * The margin-box groups no box of which has content on any page.
   * @param {Record<string, { selector: string, hasContent: boolean }>} marginalia by the boxes' selectors
   */
  const listEmptyMarginGroups = (marginalia) => {
    const used = new Set();
    for (const { selector, hasContent } of Object.values(marginalia)) {
      if (!hasContent) continue;
      for (const match of selector.matchAll(/pagedjs_margin-([a-z]+(?:-[a-z]+)*)/g)) used.add(groupOf(match[1] || ""));
    }
    return used.has(UNKNOWN) ? [] : GROUPS.filter((group) => !used.has(group));
  };

  /**
   * The group a margin box belongs to, from its name (`top-center`, `left-middle`, `bottom-right-corner`);
   * UNKNOWN for a name it does not know, which keeps every group: nothing is hidden that might be needed.
   * @param {string} box
   */
  const groupOf = (box) => {
    if (box.endsWith("-corner")) return box;
    const side = box.split("-")[0] || "";
    return side in GROUP_CLASSES ? side : UNKNOWN;
  };

  /**
   * Wraps Paged.js's AtPage handler, found by a method (the minified build loses class names): after it reads
   * each stylesheet (afterTreeWalk, once per sheet, before any page is made), what it found so far decides the
   * rules; the last sheet's reading is the whole document's.
   */
  const hideUnusedPageParts = () => {
    // @ts-ignore Paged.registeredHandlers holds Paged.js's own handler classes.
    const AtPage = Paged.registeredHandlers.find((handler) => typeof handler.prototype.addMarginaliaStyles === "function");
    if (!AtPage || AtPage.prototype.__pressroomHidesUnusedParts) return;
    const afterTreeWalk = AtPage.prototype.afterTreeWalk;
    AtPage.prototype.__pressroomHidesUnusedParts = true;
    /** @this {any} @param {any[]} args */
    AtPage.prototype.afterTreeWalk = function (...args) {
      const result = afterTreeWalk.apply(this, args);
      writeHidingRules(this);
      return result;
    };
  };

  hideUnusedPageParts();
})();
