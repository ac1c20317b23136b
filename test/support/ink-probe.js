// @ts-check
// Runs in Chromium after Paged.js: finds text whose strokes touch another line's, are clipped, or leave the footer's line box.
/* eslint-disable */

(() => {
  /** Canvas cells per CSS pixel: a cell is 0.5 px, the tolerance of every check. */
  const SCALE = 2;
  /** A cell is ink when the glyph covers at least half of it, so anti-aliased fringes never count. */
  const INK_ALPHA = 128;
  const TOLERANCE_PX = 0.5;

  const scratch = /** @type {HTMLCanvasElement} */ (document.createElement("canvas"));
  const context = /** @type {CanvasRenderingContext2D} */ (scratch.getContext("2d", { willReadFrequently: true }));

  /** @param {Element} element */
  const langOf = (element) => (element.closest("[lang]")?.getAttribute("lang") ?? "").toLowerCase();

  /** Urdu by language, or set in Nastaliq whatever its language says: both are what this probe checks. */
  /** @param {Element} element @param {CSSStyleDeclaration} style */
  const isSubject = (element, style) => /^ur(-|$)/.test(langOf(element)) || style.fontFamily.startsWith('"PR Noto Nastaliq Urdu"');

  /** @param {Element} element */
  const nameOf = (element) => {
    const first = String(element.getAttribute("class") ?? "").trim().split(/\s+/)[0];
    return `${element.tagName.toLowerCase()}${first ? `.${first}` : ""}`;
  };

  /** A short name for messages: "h2.headline", or "p in div.story-body" for an element with no class. */
  /** @param {Element} element */
  const describeElement = (element) => {
    if (element.getAttribute("class")) return nameOf(element);
    const marked = element.parentElement?.closest("[class]");
    return marked ? `${nameOf(element)} in ${nameOf(marked)}` : nameOf(element);
  };

  /** The block whose lines a text node's words sit on (inline boxes belong to their block's lines). */
  /** @param {Element} element */
  const blockOf = (element) => {
    /** @type {Element | null} */
    let current = element;
    while (current && getComputedStyle(current).display.startsWith("inline")) current = current.parentElement;
    return current ?? element;
  };

  /** Ancestors that clip what overflows them, innermost first. */
  /** @param {Element} element @param {Element} page */
  const clippingAncestors = (element, page) => {
    /** @type {DOMRect[]} */
    const boxes = [];
    for (let current = element.parentElement; current && current !== page.parentElement; current = current.parentElement) {
      const style = getComputedStyle(current);
      if (style.overflowX === "visible" && style.overflowY === "visible") continue;
      const rect = current.getBoundingClientRect();
      const left = parseFloat(style.borderLeftWidth);
      const top = parseFloat(style.borderTopWidth);
      boxes.push(new DOMRect(rect.left + left, rect.top + top, current.clientWidth, current.clientHeight));
    }
    return boxes;
  };

  /** @param {CSSStyleDeclaration} style */
  const fontOf = (style) => `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;

  /** @param {string} text @param {string} transform */
  const transformText = (text, transform) =>
    transform === "uppercase" ? text.toUpperCase() : transform === "lowercase" ? text.toLowerCase() : text;

  /** @param {CSSStyleDeclaration} style @param {string} lang */
  const setUpContext = (style, lang) => {
    context.font = fontOf(style);
    context.direction = style.direction === "rtl" ? "rtl" : "ltr";
    context.letterSpacing = style.letterSpacing === "normal" ? "0px" : style.letterSpacing;
    context.textAlign = "left";
    context.textBaseline = "alphabetic";
    if ("lang" in context) /** @type {any} */ (context).lang = lang || "inherit";
  };

  /** The line height in px a computed style gives, for a font whose content area is ascent + descent. */
  /** @param {CSSStyleDeclaration} style @param {number} contentArea */
  const lineHeightOf = (style, contentArea) => (style.lineHeight === "normal" ? contentArea : parseFloat(style.lineHeight));

  /**
   * One page's ink, cell by cell: each cell remembers which line (or rule, or picture) inked it first.
   * @param {DOMRect} pageRect
   */
  const createGrid = (pageRect) => {
    const width = Math.ceil(pageRect.width * SCALE);
    const height = Math.ceil(pageRect.height * SCALE);
    const owners = new Int32Array(width * height);
    /** @type {{ label: string, subject: boolean }[]} */
    const parties = [{ label: "", subject: false }];
    /** Cells inked by two parties, by "first/second" party. */
    /** @type {Map<string, number>} */
    const collisions = new Map();
    /** @param {string} label @param {boolean} subject */
    const addParty = (label, subject) => parties.push({ label, subject }) - 1;
    /** Marks a cell for `party`; a cell another party already inked is a collision. @param {number} x @param {number} y @param {number} party */
    const mark = (x, y, party) => {
      if (x < 0 || y < 0 || x >= width || y >= height) return;
      const index = y * width + x;
      const owner = owners[index] ?? 0;
      if (owner === 0) owners[index] = party;
      else if (owner !== party) collisions.set(`${owner}/${party}`, (collisions.get(`${owner}/${party}`) ?? 0) + 1);
    };
    /** @param {DOMRect} rect @param {number} party */
    const markRect = (rect, party) => {
      const x0 = Math.round((rect.left - pageRect.left) * SCALE);
      const y0 = Math.round((rect.top - pageRect.top) * SCALE);
      const x1 = Math.round((rect.right - pageRect.left) * SCALE);
      const y1 = Math.round((rect.bottom - pageRect.top) * SCALE);
      for (let y = y0; y < Math.max(y1, y0 + 1); y++) for (let x = x0; x < Math.max(x1, x0 + 1); x++) mark(x, y, party);
    };
    /** Collisions that involve at least one line with Urdu in it. */
    const subjectCollisions = () =>
      Array.from(collisions, ([key, cells]) => {
        const [first, second] = key.split("/").map((id) => parties[Number(id)] ?? { label: "", subject: false });
        return { first, second, cells };
      }).filter(({ first, second }) => first?.subject || second?.subject);
    /** @param {number} party @param {string} label */
    const makeSubject = (party, label) => {
      const entry = parties[party];
      if (entry && !entry.subject) Object.assign(entry, { subject: true, label: `${entry.label}, e.g. ${label}` });
    };
    return { pageRect, addParty, mark, markRect, makeSubject, subjectCollisions };
  };

  /** Rules (borders, column rules) and pictures are ink that text must not run into. */
  /** @param {Element} page @param {ReturnType<typeof createGrid>} grid */
  const markObstacles = (page, grid) => {
    for (const element of page.querySelectorAll(".pagedjs_area *")) {
      const style = getComputedStyle(element);
      if (style.visibility === "hidden" || style.display === "none") continue;
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      const label = describeElement(element);
      if (element instanceof HTMLImageElement || element instanceof SVGSVGElement) {
        grid.markRect(rect, grid.addParty(`picture in ${label}`, false));
        continue;
      }
      for (const side of /** @type {const} */ (["Top", "Bottom", "Left", "Right"])) {
        const width = parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`));
        if (!(width > 0) || style.getPropertyValue(`border-${side.toLowerCase()}-style`) === "none") continue;
        const box =
          side === "Top" ? new DOMRect(rect.left, rect.top, rect.width, width)
          : side === "Bottom" ? new DOMRect(rect.left, rect.bottom - width, rect.width, width)
          : side === "Left" ? new DOMRect(rect.left, rect.top, width, rect.height)
          : new DOMRect(rect.right - width, rect.top, width, rect.height);
        grid.markRect(box, grid.addParty(`border-${side.toLowerCase()} of ${label}`, false));
      }
      const ruleWidth = parseFloat(style.columnRuleWidth);
      const count = parseInt(style.columnCount, 10);
      if (ruleWidth > 0 && style.columnRuleStyle !== "none" && count > 1) {
        const gap = parseFloat(style.columnGap);
        const inner = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        const column = (inner - (count - 1) * gap) / count;
        const party = grid.addParty(`column rule of ${label}`, false);
        for (let i = 1; i < count; i++) {
          const x = rect.left + parseFloat(style.paddingLeft) + i * column + (i - 0.5) * gap - ruleWidth / 2;
          grid.markRect(new DOMRect(x, rect.top, ruleWidth, rect.height), party);
        }
      }
    }
  };

  /**
   * Draws `word` as the browser set it (its box `rect`, the context already set to its font) and
   * marks its ink on the grid; returns its ink box in page coordinates.
   * @param {string} word @param {DOMRect} rect @param {ReturnType<typeof createGrid>} grid @param {number} party
   */
  const inkWord = (word, rect, grid, party) => {
    const metrics = context.measureText(word);
    const baseline = rect.top + metrics.fontBoundingBoxAscent;
    const ink = new DOMRect(
      rect.left - metrics.actualBoundingBoxLeft,
      baseline - metrics.actualBoundingBoxAscent,
      metrics.actualBoundingBoxLeft + metrics.actualBoundingBoxRight,
      metrics.actualBoundingBoxAscent + metrics.actualBoundingBoxDescent,
    );
    // The scratch canvas's cells line up with the page grid's, so a scratch pixel is a grid cell.
    const cellX = Math.floor((ink.left - grid.pageRect.left) * SCALE) - 1;
    const cellY = Math.floor((ink.top - grid.pageRect.top) * SCALE) - 1;
    const width = Math.ceil(ink.width * SCALE) + 3;
    const height = Math.ceil(ink.height * SCALE) + 3;
    if (width <= 3 || height <= 3) return ink;
    const font = context.font;
    const { direction, letterSpacing } = context;
    scratch.width = width;
    scratch.height = height;
    context.font = font;
    context.direction = direction;
    context.letterSpacing = letterSpacing;
    context.textAlign = "left";
    context.textBaseline = "alphabetic";
    context.setTransform(SCALE, 0, 0, SCALE, -cellX - grid.pageRect.left * SCALE, -cellY - grid.pageRect.top * SCALE);
    context.fillText(word, rect.left, baseline);
    const pixels = context.getImageData(0, 0, width, height).data;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) if ((pixels[(y * width + x) * 4 + 3] ?? 0) >= INK_ALPHA) grid.mark(cellX + x, cellY + y, party);
    }
    return ink;
  };

  /** @param {DOMRect} inner @param {DOMRect} outer */
  const inside = (inner, outer) =>
    inner.left >= outer.left - TOLERANCE_PX && inner.right <= outer.right + TOLERANCE_PX &&
    inner.top >= outer.top - TOLERANCE_PX && inner.bottom <= outer.bottom + TOLERANCE_PX;

  /**
   * Every word of the page's text, drawn on the grid by line; Urdu words also checked for clipping.
   * @param {Element} page @param {ReturnType<typeof createGrid>} grid @param {any} report @param {number} pageNumber
   */
  const inkText = (page, grid, report, pageNumber) => {
    /** Lines by block: baselines within half a line of each other are one line. */
    /** @type {Map<Element, { baseline: number, party: number }[]>} */
    const lines = new Map();
    const walker = document.createTreeWalker(page, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    /** Clipped words grouped by block and clipping box, so one cut-off footnote is one message. */
    /** @type {Map<string, { words: number, cut: number, example: string }>} */
    const clipped = new Map();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = /** @type {Text} */ (node);
      const element = text.parentElement;
      if (!element || !/\S/.test(text.data)) continue;
      const style = getComputedStyle(element);
      if (style.visibility === "hidden") continue;
      const clips = clippingAncestors(element, page);
      // Text hidden on purpose in a zero-size box (the masthead's copy of the folio for string-set).
      if (clips.some((box) => box.width === 0 || box.height === 0)) continue;
      const subject = isSubject(element, style);
      const lang = langOf(element);
      setUpContext(style, lang);
      const font = fontOf(style);
      const block = blockOf(element);
      const blockLines = lines.get(block) ?? [];
      lines.set(block, blockLines);
      const label = describeElement(block);
      for (const match of text.data.matchAll(/\S+/g)) {
        range.setStart(text, match.index ?? 0);
        range.setEnd(text, (match.index ?? 0) + match[0].length);
        const rects = Array.from(range.getClientRects()).filter((rect) => rect.width > 0);
        if (rects.length === 0) continue;
        const word = transformText(match[0], style.textTransform);
        if (rects.some((rect) => Math.abs(rect.top - (rects[0]?.top ?? 0)) > 1)) {
          // A word broken across lines (a long URL): its pieces cannot be told apart here.
          if (subject) report.skipped.push(`${word} (${label}, page ${pageNumber})`);
          continue;
        }
        const rect = new DOMRect(
          Math.min(...rects.map((r) => r.left)), rects[0]?.top ?? 0,
          Math.max(...rects.map((r) => r.right)) - Math.min(...rects.map((r) => r.left)), rects[0]?.height ?? 0,
        );
        context.font = font;
        const metrics = context.measureText(word);
        const baseline = rect.top + metrics.fontBoundingBoxAscent;
        const half = lineHeightOf(style, metrics.fontBoundingBoxAscent + metrics.fontBoundingBoxDescent) / 2;
        let line = blockLines.find((entry) => Math.abs(entry.baseline - baseline) < half);
        if (!line) {
          line = { baseline, party: grid.addParty(`line at y=${Math.round(baseline - grid.pageRect.top)}px of ${describeElement(block)}`, false) };
          blockLines.push(line);
        }
        const party = line.party;
        if (subject) {
          // A line with an Urdu word in it is checked against everything it touches.
          grid.makeSubject(party, `"${word}" in ${label}`);
          report.words += 1;
          report.measured[label] = (report.measured[label] ?? 0) + 1;
        }
        const ink = inkWord(word, rect, grid, party);
        if (!subject) continue;
        const clip = clips.find((box) => !inside(ink, box));
        if (clip) {
          const key = `${label} on page ${pageNumber}, clipped by the box ${box(clip)}`;
          const cut = Math.max(clip.top - ink.top, ink.bottom - clip.bottom, clip.left - ink.left, ink.right - clip.right);
          const entry = clipped.get(key) ?? { words: 0, cut: 0, example: word };
          clipped.set(key, { words: entry.words + 1, cut: Math.max(entry.cut, cut), example: cut > entry.cut ? word : entry.example });
        }
      }
    }
    for (const [key, entry] of clipped) {
      report.clipped.push(`${key}: ${entry.words} words lose up to ${entry.cut.toFixed(1)} px of ink, e.g. "${entry.example}"`);
    }
  };

  /** @param {DOMRect} rect */
  const box = (rect) => `[${rect.left.toFixed(1)}, ${rect.top.toFixed(1)}, ${rect.right.toFixed(1)}, ${rect.bottom.toFixed(1)}]`;

  /**
   * The running footer is generated content (no text nodes): each word's ink must fit the margin
   * box's line box, from its computed line height and the font's ascent and descent.
   * @param {Element} page @param {any} report @param {number} pageNumber
   */
  const checkMarginBoxes = (page, report, pageNumber) => {
    for (const content of page.querySelectorAll(".pagedjs_margin.hasContent .pagedjs_margin-content")) {
      for (const pseudo of ["::before", "::after"]) {
        const style = getComputedStyle(content, pseudo);
        const raw = style.content;
        if (!raw || raw === "none" || raw === "normal") continue;
        const text = raw.replace(/counter\(page[^)]*\)/g, `"${pageNumber}"`).match(/"((?:[^"\\]|\\.)*)"/g)?.map((part) => part.slice(1, -1)).join("") ?? "";
        if (!text.trim()) continue;
        const subject = isSubject(content, style);
        if (!subject) continue;
        setUpContext(style, langOf(content));
        const label = `margin box ${content.parentElement?.className.match(/pagedjs_margin-[a-z-]+/)?.[0] ?? ""}`;
        report.measured["margin box"] = (report.measured["margin box"] ?? 0) + 1;
        for (const word of text.split(/\s+/).filter(Boolean)) {
          const metrics = context.measureText(word);
          const ascent = metrics.fontBoundingBoxAscent;
          const descent = metrics.fontBoundingBoxDescent;
          const halfLeading = (lineHeightOf(style, ascent + descent) - ascent - descent) / 2;
          const above = metrics.actualBoundingBoxAscent - (ascent + halfLeading);
          const below = metrics.actualBoundingBoxDescent - (descent + halfLeading);
          report.words += 1;
          if (above > TOLERANCE_PX || below > TOLERANCE_PX) {
            report.footer.push(`${label} "${word}" on page ${pageNumber}: ink ${above.toFixed(1)} px above / ${below.toFixed(1)} px below its line box (line-height ${style.lineHeight}, font ${style.fontSize})`);
          }
        }
      }
    }
  };

  function probeInk() {
    const report = {
      words: 0,
      /** @type {Record<string, number>} */ measured: {},
      /** @type {string[]} */ collisions: [],
      /** @type {string[]} */ clipped: [],
      /** @type {string[]} */ footer: [],
      /** @type {string[]} */ skipped: [],
    };
    document.querySelectorAll(".pagedjs_page").forEach((page, index) => {
      const pageRect = page.getBoundingClientRect();
      const grid = createGrid(pageRect);
      markObstacles(page, grid);
      inkText(page, grid, report, index + 1);
      for (const entry of grid.subjectCollisions()) {
        report.collisions.push(`page ${index + 1}: ${entry.second?.label} runs into ${entry.first?.label} (${entry.cells} cells of 0.5 px)`);
      }
      checkMarginBoxes(page, report, index + 1);
    });
    return report;
  }

  /** @type {any} */ (window).pressroomProbeInk = probeInk;
})();
