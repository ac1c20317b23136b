// @ts-check
// Runs inside Chromium after Paged.js: takes out of layout the groups of page-margin boxes no @page rule gives content.
/* global Paged */

(() => {
  /** The id of the style this file keeps in the document's head, rewritten for each layout. */
  const STYLE_ID = "pressroom-hide-empty-margins";

  /**
   * Paged.js's page box holds sixteen margin boxes in eight groups (top, bottom, left, right and the four
   * corners), and lays out and prints every one of them on every page, hiding those without content. A group
   * whose boxes no @page rule gives content (Paged.js's own reading of the stylesheets: `content` other than
   * `none`) can be on no page: it is taken out of layout (`display: none`) before the first page. Each group
   * sits in a grid cell of its own, so nothing else moves; the 40-page benchmark issue's PDF came out the same
   * text and pixels. With the newspaper layout (folios at the foot) that is 13 of the 16 boxes and 33 elements
   * a page, over 6,000 at 200 pages, which Chrome restyles and lays out again when it prints: printing the
   * 187-page benchmark issue took 2.85 s before and 2.44 s after (medians of eight builds each way).
   * @param {Record<string, { selector: string, hasContent: boolean }>} marginalia Paged.js's AtPage handler's
   */
  const writeHidingRules = (marginalia) => {
    const used = new Set();
    for (const { selector, hasContent } of Object.values(marginalia)) {
      if (!hasContent) continue;
      for (const match of selector.matchAll(/pagedjs_margin-([a-z]+(?:-[a-z]+)*)/g)) used.add(groupOf(match[1] || ""));
    }
    const hidden = used.has(UNKNOWN) ? [] : GROUPS.filter((group) => !used.has(group));
    let style = document.getElementById(STYLE_ID);
    if (!style) {
      style = document.createElement("style");
      style.id = STYLE_ID;
      document.head.appendChild(style);
    }
    style.textContent = hidden.length === 0 ? "" : `${hidden.map((group) => `.pagedjs_pagebox > .${GROUP_CLASSES[group]}`).join(",\n")} { display: none; }\n`;
  };

  /** @type {Record<string, string>} a group's name to the class of its holder in Paged.js's page template */
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
   * each stylesheet (afterTreeWalk, once per sheet, before any page is made), its margin boxes so far decide
   * the rules; the last sheet's reading is the whole document's.
   */
  const hideEmptyMargins = () => {
    // @ts-ignore Paged.registeredHandlers holds Paged.js's own handler classes.
    const AtPage = Paged.registeredHandlers.find((handler) => typeof handler.prototype.addMarginaliaStyles === "function");
    if (!AtPage || AtPage.prototype.__pressroomHidesEmptyMargins) return;
    const afterTreeWalk = AtPage.prototype.afterTreeWalk;
    AtPage.prototype.__pressroomHidesEmptyMargins = true;
    /** @this {any} @param {any[]} args */
    AtPage.prototype.afterTreeWalk = function (...args) {
      const result = afterTreeWalk.apply(this, args);
      writeHidingRules(this.marginalia || {});
      return result;
    };
  };

  hideEmptyMargins();
})();
