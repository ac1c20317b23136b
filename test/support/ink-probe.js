// @ts-check
// Runs in Chromium on pages Paged.js laid out: finds Urdu strokes that touch another line or a rule, are clipped or off the page, or leave the footer's line box.

(() => {
  /** Grid cells per CSS pixel: a cell is 0.5 px, the tolerance of every check. */
  const SCALE = 2;
  /** A cell is ink when a glyph covers at least half of it, so anti-aliased fringes never count. */
  const INK_ALPHA = 128;
  const TOLERANCE_PX = 0.5;

  const scratch = document.createElement("canvas");
  const context = /** @type {CanvasRenderingContext2D} */ (scratch.getContext("2d", { willReadFrequently: true }));

  /** @typedef {{ words: number, measured: Record<string, number>, collisions: string[], clipped: string[], offPage: string[], footer: string[], unplaced: string[] }} InkReport */
  /** @typedef {ReturnType<typeof createGrid>} Grid */

  /** @param {Element} element */
  const langOf = (element) => (element.closest("[lang]")?.getAttribute("lang") ?? "").toLowerCase();

  /** What this probe checks: text in Urdu, or set in Nastaliq whatever its lang says. */
  /** @param {Element} element @param {CSSStyleDeclaration} style */
  const isUrdu = (element, style) => /^ur(-|$)/.test(langOf(element)) || style.fontFamily.startsWith('"PR Noto Nastaliq Urdu"');

  /** @param {Element} element */
  const nameOf = (element) => {
    const first = String(element.getAttribute("class") ?? "").trim().split(/\s+/)[0];
    return `${element.tagName.toLowerCase()}${first ? `.${first}` : ""}`;
  };

  /** A short name for messages: "h2.headline", or "p in div.story-body" for an element with no class. */
  /** @param {Element} element */
  const describe = (element) => {
    const marked = element.getAttribute("class") ? null : element.parentElement?.closest("[class]");
    return marked ? `${nameOf(element)} in ${nameOf(marked)}` : nameOf(element);
  };

  /** The block whose lines a text node's words sit on: inline boxes belong to their block's lines. */
  /** @param {Element} element */
  const blockOf = (element) => {
    let current = element;
    while (current.parentElement && getComputedStyle(current).display.startsWith("inline")) current = current.parentElement;
    return current;
  };

  /** The padding boxes of the ancestors inside the page box that clip what overflows them (the footnote area). */
  /** @param {Element} element */
  const clipsOf = (element) => {
    /** @type {DOMRect[]} */
    const boxes = [];
    for (let current = element.parentElement; current && !current.classList.contains("pagedjs_pagebox"); current = current.parentElement) {
      const style = getComputedStyle(current);
      if (style.overflowX === "visible" && style.overflowY === "visible") continue;
      const rect = current.getBoundingClientRect();
      boxes.push(new DOMRect(rect.left + parseFloat(style.borderLeftWidth), rect.top + parseFloat(style.borderTopWidth), current.clientWidth, current.clientHeight));
    }
    return boxes;
  };

  /** Sets the canvas to draw text as `style` sets it. @param {CSSStyleDeclaration} style @param {string} lang */
  const useStyle = (style, lang) => {
    context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    context.direction = style.direction === "rtl" ? "rtl" : "ltr";
    context.letterSpacing = style.letterSpacing === "normal" ? "0px" : style.letterSpacing;
    if ("lang" in context) /** @type {any} */ (context).lang = lang || "inherit";
  };

  /** Ink on one page, cell by cell: each cell remembers the line (rule, picture) that inked it first. */
  /** @param {DOMRect} pageRect */
  function createGrid(pageRect) {
    const width = Math.ceil(pageRect.width * SCALE);
    const owners = new Int32Array(width * Math.ceil(pageRect.height * SCALE));
    const parties = [{ label: "", urdu: false }];
    /** Cells inked by two parties, by "first/second". @type {Map<string, number>} */
    const shared = new Map();
    return {
      pageRect,
      /** @param {string} label */
      addParty: (label) => parties.push({ label, urdu: false }) - 1,
      /** @param {number} party @param {string} example */
      markUrdu(party, example) {
        const entry = parties[party];
        if (entry && !entry.urdu) Object.assign(entry, { urdu: true, label: `${entry.label}, e.g. ${example}` });
      },
      /** @param {number} x @param {number} y @param {number} party */
      mark(x, y, party) {
        if (x < 0 || y < 0 || x >= width || y * width + x >= owners.length) return;
        const owner = owners[y * width + x] ?? 0;
        if (owner === 0) owners[y * width + x] = party;
        else if (owner !== party) shared.set(`${owner}/${party}`, (shared.get(`${owner}/${party}`) ?? 0) + 1);
      },
      /** @param {DOMRect} rect @param {number} party */
      markRect(rect, party) {
        const [x0, y0] = [Math.round((rect.left - pageRect.left) * SCALE), Math.round((rect.top - pageRect.top) * SCALE)];
        const [x1, y1] = [Math.round((rect.right - pageRect.left) * SCALE), Math.round((rect.bottom - pageRect.top) * SCALE)];
        for (let y = y0; y < Math.max(y1, y0 + 1); y++) for (let x = x0; x < Math.max(x1, x0 + 1); x++) this.mark(x, y, party);
      },
      /** Touches that involve a line with Urdu in it, as messages. */
      collisions: () =>
        Array.from(shared, ([key, cells]) => {
          const [first, second] = key.split("/").map((id) => parties[Number(id)] ?? parties[0]);
          return { first, second, cells };
        })
          .filter(({ first, second }) => first?.urdu || second?.urdu)
          .map(({ first, second, cells }) => `${second?.label} runs into ${first?.label} (${cells} cells of 0.5 px)`),
    };
  }

  /** Rules (borders, column rules) and pictures: ink that text must not run into. */
  /** @param {Element} page @param {Grid} grid */
  const markObstacles = (page, grid) => {
    for (const element of page.querySelectorAll(".pagedjs_area *")) {
      const style = getComputedStyle(element);
      if (style.visibility === "hidden") continue;
      // Each fragment on its own: a box whose content Paged.js left overflowing has a second one off the page.
      for (const rect of Array.from(element.getClientRects()).filter((box) => box.width * box.height > 0)) markBox(element, style, rect, grid);
    }
  };

  /** @param {Element} element @param {CSSStyleDeclaration} style @param {DOMRect} rect @param {Grid} grid */
  const markBox = (element, style, rect, grid) => {
    if (element instanceof HTMLImageElement || element instanceof SVGSVGElement) {
      grid.markRect(rect, grid.addParty(`picture in ${describe(element)}`));
      return;
    }
    for (const side of ["top", "bottom", "left", "right"]) {
      const width = parseFloat(style.getPropertyValue(`border-${side}-width`));
      if (!(width > 0) || style.getPropertyValue(`border-${side}-style`) === "none") continue;
      const x = side === "right" ? rect.right - width : rect.left;
      const y = side === "bottom" ? rect.bottom - width : rect.top;
      const horizontal = side === "top" || side === "bottom";
      grid.markRect(new DOMRect(x, y, horizontal ? rect.width : width, horizontal ? width : rect.height), grid.addParty(`border-${side} of ${describe(element)}`));
    }
    const ruleWidth = parseFloat(style.columnRuleWidth);
    const padding = parseFloat(style.paddingLeft);
    const width = element.clientWidth - padding - parseFloat(style.paddingRight);
    // The columns as laid out: a column width (columns: 46mm 5) makes as many as fit, not the count.
    const countColumns = /** @type {any} */ (window).pressroomCountColumns;
    const count = countColumns ? countColumns(style, width) : parseInt(style.columnCount, 10);
    if (!(ruleWidth > 0) || style.columnRuleStyle === "none" || !(count > 1)) return;
    const gap = parseFloat(style.columnGap);
    const column = (width - (count - 1) * gap) / count;
    const party = grid.addParty(`column rule of ${describe(element)}`);
    for (let i = 1; i < count; i++) grid.markRect(new DOMRect(rect.left + padding + i * column + (i - 0.5) * gap - ruleWidth / 2, rect.top, ruleWidth, rect.height), party);
  };

  /**
   * A word's pieces, one per line it is set on (a number may break after a dash, a URL anywhere):
   * each character's box tells where the line changes.
   * @param {Text} text @param {number} start @param {number} end @returns {{ text: string, rect: DOMRect }[]}
   */
  const piecesOf = (text, start, end) => {
    const range = document.createRange();
    /** @param {number} from @param {number} to */
    const boxes = (from, to) => {
      range.setStart(text, from);
      range.setEnd(text, to);
      return Array.from(range.getClientRects()).filter((rect) => rect.width > 0);
    };
    /** @param {number} from @param {number} to */
    const piece = (from, to) => {
      const rects = boxes(from, to);
      const left = Math.min(...rects.map((rect) => rect.left));
      const right = Math.max(...rects.map((rect) => rect.right));
      return rects.length ? [{ text: text.data.slice(from, to), rect: new DOMRect(left, rects[0]?.top, right - left, rects[0]?.height) }] : [];
    };
    const whole = boxes(start, end);
    if (whole.every((rect) => Math.abs(rect.top - (whole[0]?.top ?? 0)) <= 1)) return piece(start, end);
    // A mark or joiner has an empty box, but its box still sits on its line.
    /** @param {number} index */
    const topOf = (index) => {
      range.setStart(text, index);
      range.setEnd(text, index + 1);
      return range.getClientRects()[0]?.top ?? 0;
    };
    const pieces = [];
    let from = start;
    for (let index = start + 1; index <= end; index++) {
      if (index < end && Math.abs(topOf(index) - topOf(from)) <= 1) continue;
      pieces.push(...piece(from, index));
      from = index;
    }
    return pieces;
  };

  /**
   * Draws `word` where the browser set it (its box `rect`; the canvas already in its font), marks its
   * ink on the grid, and returns its ink box. The scratch canvas's pixels are the grid's cells.
   * @param {string} word @param {DOMRect} rect @param {Grid} grid @param {number} party
   */
  const inkWord = (word, rect, grid, party) => {
    const metrics = context.measureText(word);
    const baseline = rect.top + metrics.fontBoundingBoxAscent;
    const left = rect.left - metrics.actualBoundingBoxLeft;
    const top = baseline - metrics.actualBoundingBoxAscent;
    const ink = new DOMRect(left, top, metrics.actualBoundingBoxLeft + metrics.actualBoundingBoxRight, metrics.actualBoundingBoxAscent + metrics.actualBoundingBoxDescent);
    const cellX = Math.floor((left - grid.pageRect.left) * SCALE) - 1;
    const cellY = Math.floor((top - grid.pageRect.top) * SCALE) - 1;
    const width = Math.ceil(ink.width * SCALE) + 3;
    const height = Math.ceil(ink.height * SCALE) + 3;
    // Resizing a canvas resets its state: keep the font and direction across it.
    const { font, direction, letterSpacing } = context;
    Object.assign(scratch, { width, height });
    Object.assign(context, { font, direction, letterSpacing, textAlign: "left", textBaseline: "alphabetic" });
    context.setTransform(SCALE, 0, 0, SCALE, -cellX - grid.pageRect.left * SCALE, -cellY - grid.pageRect.top * SCALE);
    context.fillText(word, rect.left, baseline);
    const pixels = context.getImageData(0, 0, width, height).data;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) if ((pixels[(y * width + x) * 4 + 3] ?? 0) >= INK_ALPHA) grid.mark(cellX + x, cellY + y, party);
    }
    return ink;
  };

  /** @param {DOMRect} ink @param {DOMRect} clip */
  const overflowOf = (ink, clip) => Math.max(clip.top - ink.top, ink.bottom - clip.bottom, clip.left - ink.left, ink.right - clip.right);

  /**
   * Inks every word of a page's text, by line (baselines within half a line of each other, in one
   * block); checks Urdu words for clipping and for a box the font's ascent and descent explain.
   * @param {Element} page @param {Grid} grid @param {InkReport} report @param {number} pageNumber
   */
  const inkText = (page, grid, report, pageNumber) => {
    /** @type {Map<Element, { baseline: number, party: number }[]>} */
    const lines = new Map();
    /** Clipped and off-page words by block, so one cut-off footnote is one message. @type {Map<string, { words: number, cut: number, example: string }>} */
    const clipped = new Map();
    /** @type {Map<string, { words: number, cut: number, example: string }>} */
    const offPage = new Map();
    /** @param {typeof clipped} map @param {string} key @param {number} cut @param {string} word */
    const count = (map, key, cut, word) => {
      const entry = map.get(key) ?? { words: 0, cut: 0, example: word };
      map.set(key, { words: entry.words + 1, cut: Math.max(entry.cut, cut), example: cut > entry.cut ? word : entry.example });
    };
    const walker = document.createTreeWalker(page, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = /** @type {Text} */ (node);
      const element = text.parentElement;
      if (!element || !/\S/.test(text.data)) continue;
      const style = getComputedStyle(element);
      const clips = clipsOf(element);
      // Text hidden on purpose in a zero-size box: the masthead's copy of the folio, for string-set.
      if (style.visibility === "hidden" || clips.some((clip) => clip.width * clip.height === 0)) continue;
      const urdu = isUrdu(element, style);
      const block = blockOf(element);
      const label = describe(block);
      const blockLines = lines.get(block) ?? lines.set(block, []).get(block) ?? [];
      useStyle(style, langOf(element));
      for (const match of text.data.matchAll(/\S+/g)) {
        for (const piece of piecesOf(text, match.index ?? 0, (match.index ?? 0) + match[0].length)) {
          const word = style.textTransform === "uppercase" ? piece.text.toUpperCase() : piece.text;
          const metrics = context.measureText(word);
          const baseline = piece.rect.top + metrics.fontBoundingBoxAscent;
          const halfLine = (style.lineHeight === "normal" ? piece.rect.height : parseFloat(style.lineHeight)) / 2;
          let line = blockLines.find((entry) => Math.abs(entry.baseline - baseline) < halfLine);
          if (!line) blockLines.push((line = { baseline, party: grid.addParty(`line at y=${Math.round(baseline - grid.pageRect.top)}px of ${label}`) }));
          const ink = inkWord(word, piece.rect, grid, line.party);
          if (!urdu) continue;
          grid.markUrdu(line.party, `"${word}" in ${label}`);
          report.words += 1;
          report.measured[label] = (report.measured[label] ?? 0) + 1;
          // The baseline is read from the box the browser gives the text: its height must be the font's.
          const fontHeight = metrics.fontBoundingBoxAscent + metrics.fontBoundingBoxDescent;
          if (Math.abs(piece.rect.height - fontHeight) > 1) report.unplaced.push(`"${word}" in ${label} on page ${pageNumber}: box ${piece.rect.height.toFixed(1)} px high, font ${fontHeight.toFixed(1)} px`);
          // Text laid out beyond the page (Paged.js leaving a column's overflow behind) is lost from print.
          if (overflowOf(ink, grid.pageRect) > TOLERANCE_PX) count(offPage, `${label} on page ${pageNumber}`, overflowOf(ink, grid.pageRect), word);
          const clip = clips.find((box) => overflowOf(ink, box) > TOLERANCE_PX);
          if (clip) count(clipped, `${label} on page ${pageNumber}, clipped at y=${Math.round(clip.top - grid.pageRect.top)}..${Math.round(clip.bottom - grid.pageRect.top)}px`, overflowOf(ink, clip), word);
        }
      }
    }
    for (const [key, entry] of clipped) report.clipped.push(`${key}: ${entry.words} words lose up to ${entry.cut.toFixed(1)} px of ink, e.g. "${entry.example}"`);
    for (const [key, entry] of offPage) report.offPage.push(`${key}: ${entry.words} words set up to ${entry.cut.toFixed(0)} px beyond the page, e.g. "${entry.example}"`);
  };

  /**
   * The running footer is generated content, with no text node to place: each Urdu word's ink must
   * fit the margin box's line box, from its line height and the font's ascent and descent.
   * @param {Element} page @param {InkReport} report @param {number} pageNumber
   */
  const checkMarginBoxes = (page, report, pageNumber) => {
    for (const content of page.querySelectorAll(".pagedjs_margin.hasContent .pagedjs_margin-content")) {
      const style = getComputedStyle(content, "::after");
      const quoted = style.content.replace(/counter\(page[^)]*\)/g, `"${pageNumber}"`).match(/"(?:[^"\\]|\\.)*"/g) ?? [];
      const text = quoted.map((part) => part.slice(1, -1)).join("");
      if (!text.trim() || !isUrdu(content, style)) continue;
      useStyle(style, langOf(content));
      report.measured["margin box"] = (report.measured["margin box"] ?? 0) + 1;
      for (const word of text.split(/\s+/).filter(Boolean)) {
        const metrics = context.measureText(word);
        const { fontBoundingBoxAscent: ascent, fontBoundingBoxDescent: descent } = metrics;
        const halfLeading = ((style.lineHeight === "normal" ? ascent + descent : parseFloat(style.lineHeight)) - ascent - descent) / 2;
        const above = metrics.actualBoundingBoxAscent - (ascent + halfLeading);
        const below = metrics.actualBoundingBoxDescent - (descent + halfLeading);
        report.words += 1;
        if (above <= TOLERANCE_PX && below <= TOLERANCE_PX) continue;
        const where = content.parentElement?.className.match(/pagedjs_margin-[a-z-]+/)?.[0];
        report.footer.push(`${where} "${word}" on page ${pageNumber}: ink ${above.toFixed(1)} px above and ${below.toFixed(1)} px below its line box (line-height ${style.lineHeight}, font-size ${style.fontSize})`);
      }
    }
  };

  /** @returns {InkReport} */
  function probeInk() {
    /** @type {InkReport} */
    const report = { words: 0, measured: {}, collisions: [], clipped: [], offPage: [], footer: [], unplaced: [] };
    document.querySelectorAll(".pagedjs_page").forEach((page, index) => {
      const grid = createGrid(page.getBoundingClientRect());
      markObstacles(page, grid);
      inkText(page, grid, report, index + 1);
      report.collisions.push(...grid.collisions().map((message) => `page ${index + 1}: ${message}`));
      checkMarginBoxes(page, report, index + 1);
    });
    return report;
  }

  /** @type {any} */ (window).pressroomProbeInk = probeInk;
})();
