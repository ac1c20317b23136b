// @ts-check
// Runs inside Chromium after layout: lays an invisible, faithful copy of Nastaliq lines over them for the PDF's text layer.

(() => {
  /**
   * Why: Chrome writes most Nastaliq glyphs into the PDF with no Unicode value, at staircase positions that
   * make every PDF reader invent and lose spaces, so Urdu copied or searched in the PDF is broken (see
   * PITFALLS.md). Each printed line (or piece of one) gets a twin in a face whose glyphs map one to one to letters (Naskh),
   * transparent, at its place and width, in reading order. Post-processing then makes the visible
   * Nastaliq glyphs silent in the text layer and turns the twins into PDF invisible text (render mode 3),
   * so the page prints exactly as laid out and reads back as written.
   *
   * @param {{ families: string[], shadowFamily: string }} options  shadowFamily is a CSS font-family list
   * @returns {Promise<number>} how many pieces of lines were shadowed
   */
  async function addShadowText(options) {
    // The twin's face may not be used anywhere else in the document, so it may not be loaded yet.
    await document.fonts.load(`16px ${options.shadowFamily}`, "\u0627\u0628");
    const wanted = new Set(options.families.map((family) => family.toLowerCase()));
    const segmenter = new Intl.Segmenter("ur", { granularity: "word" });
    let count = 0;
    for (const page of Array.from(document.querySelectorAll(".pagedjs_page"))) {
      const pageBox = page.getBoundingClientRect();
      const layer = document.createElement("div");
      layer.className = "pressroom-shadow-text";
      layer.setAttribute("aria-hidden", "true");
      layer.style.cssText = "position:absolute;left:0;top:0;width:0;height:0;pointer-events:none;";
      const walker = document.createTreeWalker(page, NodeFilter.SHOW_TEXT);
      /** @type {Text[]} */
      const nodes = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(/** @type {Text} */ (node));
      for (const node of nodes) {
        const element = node.parentElement;
        if (!element || !node.data.trim()) continue;
        const style = getComputedStyle(element);
        const family = (style.fontFamily.split(",")[0] || "").trim().replace(/^["']|["']$/g, "").toLowerCase();
        if (!wanted.has(family) || style.visibility === "hidden" || style.display === "none") continue;
        // One twin per piece of a line: words that share a line stay one string, spaces and all.
        /** @type {{ start: number, end: number, rect: DOMRect } | null} */
        let run = null;
        const flush = () => {
          if (!run) return;
          layer.appendChild(makeTwin(node.data.slice(run.start, run.end), run.rect, pageBox, style, options.shadowFamily));
          count++;
          run = null;
        };
        for (const segment of segmenter.segment(node.data)) {
          if (!segment.segment.trim()) continue;
          const range = document.createRange();
          range.setStart(node, segment.index);
          range.setEnd(node, segment.index + segment.segment.length);
          const rect = range.getBoundingClientRect();
          if (rect.width <= 0 || rect.height <= 0) continue;
          const end = segment.index + segment.segment.length;
          if (run && Math.abs(run.rect.top - rect.top) < 1 && Math.abs(run.rect.height - rect.height) < 1) {
            const left = Math.min(run.rect.left, rect.left);
            const right = Math.max(run.rect.right, rect.right);
            run = { start: run.start, end, rect: new DOMRect(left, run.rect.top, right - left, run.rect.height) };
          } else {
            flush();
            run = { start: segment.index, end, rect };
          }
        }
        flush();
      }
      if (!layer.childNodes.length) continue;
      // The twins are placed from the page's corner, so the page must be their containing block.
      if (getComputedStyle(page).position === "static") /** @type {HTMLElement} */ (page).style.position = "relative";
      page.appendChild(layer);
    }
    return count;
  }

  /**
   * @param {string} text @param {DOMRect} rect @param {DOMRect} pageBox
   * @param {CSSStyleDeclaration} style @param {string} shadowFamily
   */
  function makeTwin(text, rect, pageBox, style, shadowFamily) {
    const twin = document.createElement("span");
    twin.textContent = text;
    twin.dir = "rtl";
    twin.lang = "ur";
    // Same size and weight, centred on the printed box; scaled to its width so readers that sort by
    // position see words where the ink is, and selections highlight the printed words.
    twin.style.cssText =
      `position:absolute;white-space:pre;color:transparent;line-height:1;font-family:${shadowFamily};` +
      `font-size:${style.fontSize};font-weight:${style.fontWeight};font-style:normal;letter-spacing:0;` +
      `left:${rect.left - pageBox.left}px;top:${rect.top - pageBox.top + rect.height / 2}px;transform-origin:0 0;`;
    document.body.appendChild(twin);
    const width = twin.getBoundingClientRect().width;
    const height = twin.getBoundingClientRect().height;
    twin.remove();
    const scale = width > 0 ? rect.width / width : 1;
    twin.style.top = `${rect.top - pageBox.top + (rect.height - height) / 2}px`;
    twin.style.transform = `scaleX(${scale.toFixed(4)})`;
    return twin;
  }

  /** @type {any} */ (window).pressroomAddShadowText = addShadowText;
})();
