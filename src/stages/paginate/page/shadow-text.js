// @ts-check
// Runs inside Chromium after layout: lays an invisible, faithful copy of Nastaliq lines over them for the PDF's text layer.

(() => {
  /**
   * Why: Chrome writes most Nastaliq glyphs into the PDF with no Unicode value, at staircase positions that
   * make every PDF reader invent and lose spaces, so Urdu copied or searched in the PDF is broken (see
   * PITFALLS.md). Each printed line (or piece of one) gets a twin in a face whose glyphs map one to one to letters (Naskh),
   * transparent, at its place and width, on its baseline, in its direction; so does text Paged.js generates in
   * the margin boxes (running footer, page number). Post-processing then makes every visible Nastaliq glyph
   * silent in the text layer, turns the twins into PDF invisible text (render mode 3) and draws each right
   * after the line it stands for (src/stages/postprocess-pdf/finish-shadow-text.ts), so the page prints
   * exactly as laid out and reads back as written.
   *
   * @param {{ families: string[], shadowFamily: string, printed?: [number, number][] }} options  shadowFamily is a CSS
   *   font-family list; printed, the code points the shadowed faces have glyphs for (read-shadowed-coverage.ts)
   * @returns {Promise<number>} how many pieces of lines were shadowed
   */
  async function addShadowText(options) {
    const wanted = new Set(options.families.map((family) => family.toLowerCase()));
    const draws = makeCoverageTest(options.printed);
    // No face of those families was loaded, so no text is drawn in one: nothing to shadow, and neither the twins'
    // face (a font file read for nothing in a Latin edition) nor a walk over every text node of every page.
    if (!Array.from(document.fonts).some((face) => face.status === "loaded" && wanted.has(unquote(face.family)))) return 0;
    // The twin's face may not be used anywhere else in the document, so it may not be loaded yet: loaded before the
    // pages are read, as a face arriving after a read would make the next read lay the pages out again.
    await document.fonts.load(`16px ${options.shadowFamily}`, "\u0627\u0628");
    const segmenter = new Intl.Segmenter("ur", { granularity: "word" });
    const noteNumbers = numberNotes();
    // Every page is read before anything is written: a read after a write lays the document out again, and a
    // twin measured as it was made cost three layouts of all the pages (0.3 s for one Urdu sheet).
    const pages = Array.from(document.querySelectorAll(".pagedjs_page"), (page) => ({
      page,
      pageBox: page.getBoundingClientRect(),
      pieces: [...findShadowedPieces(page, wanted, segmenter, draws), ...findNoteNumbers(page, wanted, noteNumbers)],
      margins: findMarginText(page, wanted),
      isStatic: getComputedStyle(page).position === "static",
    }));
    const marginRuns = measureGeneratedTexts(pages.flatMap(({ margins }) => margins), segmenter, draws);
    let marginIndex = 0;
    for (const entry of pages) {
      for (const margin of entry.margins) {
        for (const { text, rect } of marginRuns[marginIndex++] || []) entry.pieces.push({ text, rect, style: margin.style });
      }
    }
    // A sign such as ← in a twin is set in the symbols face, which only a page with such signs loads: the faces
    // the twins' own text needs are loaded before any twin is written, so that none is drawn in a fallback font
    // of the computer's (nothing to load, and no new layout, on a page without them).
    const twinText = pages.flatMap(({ pieces }) => pieces.map((piece) => piece.text)).join("");
    await document.fonts.load(`16px ${options.shadowFamily}`, `\u0627\u0628${twinText}`);
    const twins = makeTwins(
      pages.flatMap(({ pieces, pageBox }) => pieces.map((piece) => ({ ...piece, pageBox }))),
      options.shadowFamily,
    );
    let twinIndex = 0;
    for (const { page, pieces, isStatic } of pages) {
      if (!pieces.length) continue;
      const layer = document.createElement("div");
      layer.className = "pressroom-shadow-text";
      layer.setAttribute("aria-hidden", "true");
      layer.style.cssText = "position:absolute;left:0;top:0;width:0;height:0;pointer-events:none;";
      for (let index = 0; index < pieces.length; index++) layer.appendChild(/** @type {HTMLElement} */ (twins[twinIndex++]));
      // The twins are placed from the page's corner, so the page must be their containing block.
      if (isStatic) /** @type {HTMLElement} */ (page).style.position = "relative";
      page.appendChild(layer);
    }
    return twins.length;
  }

  /**
   * The pieces of printed lines in a shadowed face on `page`, with where each prints (findDrawnRuns). Only reads
   * the page.
   * @param {Element} page @param {Set<string>} wanted @param {Intl.Segmenter} segmenter
   * @param {(codePoint: number) => boolean} draws  whether the shadowed face has a glyph for a character
   * @returns {{ text: string, rect: DOMRect, style: CSSStyleDeclaration }[]}
   */
  function findShadowedPieces(page, wanted, segmenter, draws) {
    /** @type {{ text: string, rect: DOMRect, style: CSSStyleDeclaration }[]} */
    const pieces = [];
    const walker = document.createTreeWalker(page, NodeFilter.SHOW_TEXT);
    for (let node = /** @type {Text | null} */ (walker.nextNode()); node; node = /** @type {Text | null} */ (walker.nextNode())) {
      const element = node.parentElement;
      if (!element || !node.data.trim()) continue;
      const style = getComputedStyle(element);
      if (!wanted.has(readFirstFamily(style)) || style.visibility === "hidden" || style.display === "none") continue;
      const clips = findClips(element, page);
      for (const { text, rect } of findDrawnRuns(node, segmenter, draws)) {
        // Text clipped out of sight (the masthead's zero-height copy of the running folio) is not printed.
        if (clips.every((clip) => overlaps(rect, clip))) pieces.push({ text, rect, style });
      }
    }
    return pieces;
  }

  /**
   * The runs of `node`'s text that the shadowed face draws, with where each prints: words that share a line kept as
   * one string, spaces and all. The spaces at a run's ends come too: where a Latin name, a number or another face's
   * words go on in the same line, the space between is then a space in the text layer, not a gap too narrow for
   * readers to see as one. A run ends where the face stops drawing (splitByFace), at a line's end, and before a
   * word whose box would take it across something the face does not draw: a number after a Latin name in
   * right-to-left text ("Fuzz 44 · شمارہ") prints beside the name, on its far side from the words after it, and one
   * box over both laid their twin over the name. Only reads the layout.
   * @param {Text} node @param {Intl.Segmenter} segmenter @param {(codePoint: number) => boolean} draws
   * @returns {{ text: string, rect: DOMRect }[]}
   */
  function findDrawnRuns(node, segmenter, draws) {
    const text = node.data;
    /** @type {{ text: string, rect: DOMRect }[]} */
    const runs = [];
    const range = document.createRange();
    /** @type {DOMRect[]} the boxes of what the face does not draw */
    const skipped = [];
    /** @type {{ start: number, end: number, rect: DOMRect, words: boolean } | null} */
    let run = null;
    const flush = () => {
      if (run?.words) runs.push({ text: text.slice(run.start, run.end), rect: run.rect });
      run = null;
    };
    for (const segment of segmenter.segment(text)) {
      for (const part of splitByFace(segment.segment, segment.index, draws)) {
        const end = part.index + part.text.length;
        range.setStart(node, part.index);
        range.setEnd(node, end);
        const rect = range.getBoundingClientRect();
        const shown = rect.width > 0 && rect.height > 0;
        // Letters of another script ("mph" in an Urdu standfirst) and signs the face has no glyph for (←, ?, …)
        // are printed in a fallback face, whose text layer reads as it is: a twin would say them twice.
        if (!part.drawn) {
          flush();
          if (shown) skipped.push(rect);
          continue;
        }
        if (!shown) continue;
        const words = part.text.trim() !== "";
        if (run && Math.abs(run.rect.top - rect.top) < 1 && Math.abs(run.rect.height - rect.height) < 1) {
          const left = Math.min(run.rect.left, rect.left);
          const right = Math.max(run.rect.right, rect.right);
          /** @type {DOMRect} */
          const joined = new DOMRect(left, run.rect.top, right - left, run.rect.height);
          if (!skipped.some((box) => crosses(joined, box))) {
            run = { start: run.start, end, rect: joined, words: run.words || words };
            continue;
          }
        }
        flush();
        run = { start: part.index, end, rect, words };
      }
    }
    flush();
    return runs;
  }

  /**
   * Whether a run's box takes in a skipped box of its own line: the skipped box's middle inside the run's box. (A
   * box beside the run, touching it by a fraction of a pixel, or on the line above or below, which Nastaliq's tall
   * boxes can touch, does not: "ہے… کیا" lost its space so.)
   * @param {DOMRect} run @param {DOMRect} box
   */
  const crosses = (run, box) => {
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    return x > run.left && x < run.right && y > run.top && y < run.bottom;
  };

  /**
   * Whether the shadowed face has a glyph for a code point, from its inclusive ranges (searched by halves); every
   * code point when they are not known.
   * @param {[number, number][] | undefined} ranges @returns {(codePoint: number) => boolean}
   */
  function makeCoverageTest(ranges) {
    if (!ranges) return () => true;
    return (codePoint) => {
      let low = 0;
      let high = ranges.length - 1;
      while (low <= high) {
        const middle = (low + high) >> 1;
        const [first, last] = /** @type {[number, number]} */ (ranges[middle]);
        if (codePoint < first) high = middle - 1;
        else if (codePoint > last) low = middle + 1;
        else return true;
      }
      return false;
    };
  }

  /**
   * `text` (found at `index` of its node) cut where Chrome goes from the shadowed face to a fallback one or back:
   * a letter of another script, or a character the face has no glyph for, is not drawn by it. Spaces, format
   * characters (joiners, direction marks) and marks need no glyph of their own and go with what comes before.
   * @param {string} text @param {number} index @param {(codePoint: number) => boolean} draws
   * @returns {{ text: string, index: number, drawn: boolean }[]}
   */
  function splitByFace(text, index, draws) {
    /** @type {{ text: string, index: number, drawn: boolean }[]} */
    const parts = [];
    let offset = 0;
    for (const char of text) {
      const last = parts[parts.length - 1];
      const drawn = NEEDS_NO_GLYPH.test(char) ? (last?.drawn ?? true) : !OTHER_SCRIPT_LETTER.test(char) && draws(/** @type {number} */ (char.codePointAt(0)));
      if (last && last.drawn === drawn) last.text += char;
      else parts.push({ text: char, index: index + offset, drawn });
      offset += char.length;
    }
    return parts;
  }

  // Characters that print no glyph of their own, or go with the letter before (needs-glyph.ts's, and marks).
  const NEEDS_NO_GLYPH = /[\s\p{Cc}\p{Cf}\p{M}\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}]/u;

  /** @param {CSSStyleDeclaration} style */
  const readFirstFamily = (style) => unquote((style.fontFamily.split(",")[0] || "").trim());

  /** A family name as CSS may quote it, unquoted and in lower case. @param {string} family */
  const unquote = (family) => family.replace(/^["']|["']$/g, "").toLowerCase();

  /** @param {DOMRect} a @param {DOMRect} b */
  const overlaps = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

  /**
   * The boxes of the element's ancestors, up to the page, that clip what overflows them.
   * @param {Element} element @param {Element} page
   */
  function findClips(element, page) {
    const clips = [];
    for (let ancestor = element; ancestor && ancestor !== page; ancestor = ancestor.parentElement) {
      const { overflowX, overflowY } = getComputedStyle(ancestor);
      if (overflowX !== "visible" || overflowY !== "visible") clips.push(ancestor.getBoundingClientRect());
    }
    return clips;
  }

  /** Digits of the counter styles a page number may be printed in. */
  const COUNTER_DIGITS = /** @type {Record<string, string>} */ ({
    decimal: "0123456789",
    "arabic-indic": "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669",
    persian: "\u06F0\u06F1\u06F2\u06F3\u06F4\u06F5\u06F6\u06F7\u06F8\u06F9",
    urdu: "\u06F0\u06F1\u06F2\u06F3\u06F4\u06F5\u06F6\u06F7\u06F8\u06F9",
  });

  /**
   * Text Paged.js generates in a page's margin boxes in a shadowed face (the running footer's string(), the
   * page number). It has no text node to take a range of, and Chrome prints it in Nastaliq like the rest, so
   * its place is found by laying the same text out the same way in a hidden probe over the box
   * (measureGeneratedTexts). Only strings and counter(page) in digits of a known style; anything else is left
   * without a twin. Only reads the page.
   * @param {Element} page @param {Set<string>} wanted
   * @returns {{ box: Element, text: string, style: CSSStyleDeclaration }[]}
   */
  function findMarginText(page, wanted) {
    const found = [];
    for (const box of Array.from(page.querySelectorAll(".pagedjs_margin-content"))) {
      const style = getComputedStyle(box, "::after");
      if (!wanted.has(readFirstFamily(style)) || style.visibility === "hidden" || style.display === "none") continue;
      const text = readGeneratedText(style.content, { page: Number(/** @type {HTMLElement} */ (page).dataset.pageNumber) });
      if (text?.trim()) found.push({ box, text, style });
    }
    return found;
  }

  /**
   * The text of a computed `content`: CSS strings and counters of `counters` (the page's, a note's number) in digits
   * of a known style, in any sequence; undefined for anything else (an unknown counter or style, attr(), quotes).
   * @param {string} content @param {Record<string, number>} counters
   */
  function readGeneratedText(content, counters) {
    let text = "";
    let rest = content.trim();
    while (rest) {
      const string = /^"((?:[^"\\]|\\.)*)"\s*/.exec(rest);
      const counter = /^counter\(([\w-]+)(?:,\s*([\w-]+))?\)\s*/.exec(rest);
      if (string) text += (string[1] || "").replace(/\\(.)/g, "$1");
      else if (counter) {
        const value = counters[counter[1] || ""];
        const digits = COUNTER_DIGITS[counter[2] || "decimal"];
        if (value === undefined || !digits || !Number.isInteger(value) || value < 1) return undefined;
        text += String(value).replace(/[0-9]/g, (digit) => digits[Number(digit)] || digit);
      } else return undefined;
      rest = rest.slice((string || counter)?.[0].length);
    }
    return text;
  }

  /**
   * Each note call's and each note's number, as Paged.js's counters give them (base.css prints them with
   * counter(footnote) and counter(footnote-marker)): both count through the whole document, the calls in the
   * pages' text areas, the notes but the parts carried over from a page before. Only reads the document.
   * @returns {Map<Element, number>}
   */
  function numberNotes() {
    /** @type {Map<Element, number>} */
    const numbers = new Map();
    document.querySelectorAll(".pagedjs_area [data-footnote-call]").forEach((call, index) => numbers.set(call, index + 1));
    document.querySelectorAll("[data-footnote-marker]:not([data-split-from])").forEach((note, index) => numbers.set(note, index + 1));
    return numbers;
  }

  /**
   * The numbers of note calls and notes on `page` printed in a shadowed face, with where each prints. A number is
   * generated text, printed in Nastaliq and so silenced like the rest, but with no text node for a twin: a copied
   * Urdu note came without its number, and its call's word without the call. A call is an empty link whose
   * ::after is its number, so its box is the number's; a note's number is its ::marker, set inside at the start of
   * its first line, before the first letter. Only reads the page.
   * @param {Element} page @param {Set<string>} wanted @param {Map<Element, number>} numbers
   * @returns {{ text: string, rect: DOMRect, style: CSSStyleDeclaration }[]}
   */
  function findNoteNumbers(page, wanted, numbers) {
    const found = [];
    for (const call of Array.from(page.querySelectorAll("[data-footnote-call]"))) {
      const style = getComputedStyle(call, "::after");
      const text = readNumber(style, { footnote: numbers.get(call) ?? 0 }, wanted);
      const rect = call.getBoundingClientRect();
      if (text && rect.width > 0 && rect.height > 0) found.push({ text, rect, style });
    }
    for (const note of Array.from(page.querySelectorAll("[data-footnote-marker]:not([data-split-from])"))) {
      const style = getComputedStyle(note, "::marker");
      const text = readNumber(style, { "footnote-marker": numbers.get(note) ?? 0 }, wanted);
      const rect = text ? findMarkerBox(note, style) : undefined;
      if (text && rect) found.push({ text, rect, style });
    }
    return found;
  }

  /**
   * A number's text when it prints in a shadowed face, visible. @param {CSSStyleDeclaration} style
   * @param {Record<string, number>} counters @param {Set<string>} wanted
   */
  function readNumber(style, counters, wanted) {
    if (!wanted.has(readFirstFamily(style)) || style.visibility === "hidden" || style.display === "none") return undefined;
    const text = readGeneratedText(style.content, counters);
    return text?.trim() && !OTHER_SCRIPT_LETTER.test(text) ? text : undefined;
  }

  /**
   * Where a note's ::marker prints: on its first line, from the note's start edge (its content box's, right in
   * right-to-left text) to where its first letter starts. Undefined when the note has no text to measure from.
   * @param {Element} note @param {CSSStyleDeclaration} markerStyle
   */
  function findMarkerBox(note, markerStyle) {
    const walker = document.createTreeWalker(note, NodeFilter.SHOW_TEXT);
    for (let node = /** @type {Text | null} */ (walker.nextNode()); node; node = /** @type {Text | null} */ (walker.nextNode())) {
      const offset = node.data.search(/\S/);
      if (offset < 0) continue;
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      const letter = range.getBoundingClientRect();
      const box = note.getBoundingClientRect();
      const noteStyle = getComputedStyle(note);
      const inset = (/** @type {string} */ side) => parseFloat(noteStyle.getPropertyValue(`border-${side}-width`)) + parseFloat(noteStyle.getPropertyValue(`padding-${side}`));
      const rtl = markerStyle.direction === "rtl";
      const left = rtl ? letter.right : box.left + inset("left");
      const right = rtl ? box.right - inset("right") : letter.left;
      return right - left > 0 && letter.height > 0 ? new DOMRect(left, letter.top, right - left, letter.height) : undefined;
    }
    return undefined;
  }

  /**
   * Where the runs of each generated text that the face draws print in its box: the same text set in a hidden
   * probe with the box's content area, alignment and the generated text's face, size and leading, on one line, its
   * runs found there as in the pages' text (findDrawnRuns). All probes are laid out at once. Whole, a folio holding
   * a Latin name ("Fuzz 44 · شمارہ ۲") got no twin, and read as the name alone.
   * @param {{ box: Element, text: string, style: CSSStyleDeclaration }[]} margins
   * @param {Intl.Segmenter} segmenter @param {(codePoint: number) => boolean} draws
   * @returns {{ text: string, rect: DOMRect }[][]}
   */
  function measureGeneratedTexts(margins, segmenter, draws) {
    const probes = margins.map(({ box, text, style }) => {
      const boxStyle = getComputedStyle(box);
      const outer = box.getBoundingClientRect();
      const inset = (/** @type {string} */ side) => parseFloat(boxStyle.getPropertyValue(`border-${side}-width`)) + parseFloat(boxStyle.getPropertyValue(`padding-${side}`));
      const probe = document.createElement("div");
      probe.textContent = text;
      probe.style.cssText =
        `position:absolute;left:${outer.left + inset("left") + window.scrollX}px;top:${outer.top + inset("top") + window.scrollY}px;` +
        `width:${outer.width - inset("left") - inset("right")}px;margin:0;padding:0;border:0;white-space:pre;visibility:hidden;` +
        `direction:${style.direction};text-align:${boxStyle.textAlign};font-family:${style.fontFamily};font-size:${style.fontSize};` +
        `font-weight:${style.fontWeight};font-style:${style.fontStyle};line-height:${style.lineHeight};letter-spacing:${style.letterSpacing};`;
      return probe;
    });
    for (const probe of probes) document.body.appendChild(probe);
    const measured = probes.map((probe) => findDrawnRuns(/** @type {Text} */ (probe.firstChild), segmenter, draws));
    for (const probe of probes) probe.remove();
    return measured;
  }

  // A letter that is not of the Arabic script: the shadowed faces (Nastaliq) have none.
  const OTHER_SCRIPT_LETTER = /(?=\p{L})\P{Script=Arabic}/u;

  /**
   * The twins of `pieces`, each in order, measured together: every twin is laid out once, off the pages, to find
   * its baseline and natural width, then placed on its page's corner coordinates and scaled to the printed width.
   * @param {{ text: string, rect: DOMRect, style: CSSStyleDeclaration, pageBox: DOMRect }[]} pieces
   * @param {string} shadowFamily
   * @returns {HTMLElement[]}
   */
  function makeTwins(pieces, shadowFamily) {
    const twins = pieces.map(({ text, rect, style, pageBox }) => {
      const twin = document.createElement("span");
      twin.textContent = text;
      // A number run isolated left to right inside Urdu (a phone number, a date range) keeps its direction.
      twin.dir = style.direction === "ltr" ? "ltr" : "rtl";
      twin.lang = "ur";
      // Same size and weight, on the printed baseline; scaled to the printed width so readers that sort by
      // position see words where the ink is, and selections highlight the printed words.
      twin.style.cssText =
        `position:absolute;white-space:pre;color:transparent;line-height:1;font-family:${shadowFamily};` +
        `font-size:${style.fontSize};font-weight:${style.fontWeight};font-style:normal;letter-spacing:0;` +
        `left:${rect.left - pageBox.left}px;top:${rect.top - pageBox.top + rect.height / 2}px;transform-origin:0 0;`;
      // A zero-size inline block sits on the twin's baseline.
      const probe = document.createElement("span");
      probe.style.cssText = "display:inline-block;width:0;height:0;";
      twin.appendChild(probe);
      return twin;
    });
    for (const twin of twins) document.body.appendChild(twin);
    const boxes = twins.map((twin) => {
      const box = twin.getBoundingClientRect();
      return { box, baseline: /** @type {Element} */ (twin.lastChild).getBoundingClientRect().bottom - box.top };
    });
    // The width is read without the probe, as the twin prints.
    for (const twin of twins) /** @type {Element} */ (twin.lastChild).remove();
    const widths = twins.map((twin) => twin.getBoundingClientRect().width);
    twins.forEach((twin, index) => {
      twin.remove();
      const { rect, style, pageBox } = /** @type {(typeof pieces)[number]} */ (pieces[index]);
      const { box, baseline: twinBaseline } = /** @type {(typeof boxes)[number]} */ (boxes[index]);
      const width = /** @type {number} */ (widths[index]);
      const scale = width > 0 ? rect.width / width : 1;
      // Readers put text on one line by its baseline: a twin off the baseline of the Latin words and numbers
      // printed beside it in the line would be read as a line of its own. Centred where the baseline is not known.
      const baseline = findBaseline(rect, style);
      const top = baseline === undefined ? rect.top + (rect.height - box.height) / 2 : baseline - twinBaseline;
      twin.style.top = `${top - pageBox.top}px`;
      twin.style.transform = `scaleX(${scale.toFixed(4)})`;
    });
    return twins;
  }

  const measuringContext = document.createElement("canvas").getContext("2d");

  /**
   * The baseline of text printed in `rect` (the box of a range of its text: from its face's ascent above the
   * baseline to its descent below); undefined when the box is not that high, so the ascent does not place it.
   * @param {DOMRect} rect @param {CSSStyleDeclaration} style
   */
  function findBaseline(rect, style) {
    if (!measuringContext) return undefined;
    measuringContext.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const metrics = measuringContext.measureText("\u0627");
    const ascent = metrics.fontBoundingBoxAscent;
    return Math.abs(ascent + metrics.fontBoundingBoxDescent - rect.height) < 0.5 ? rect.top + ascent : undefined;
  }

  /** @type {any} */ (window).pressroomAddShadowText = addShadowText;
})();
