// @ts-check
// Runs inside Chromium before bridge.js: decides when Paged.js looks for a page's overflow, so each page is looked at about twice.
/* global Paged */

(() => {
  /** How far past the page's estimated end, as a share of what a page holds, the next look is aimed: past rather than short. */
  const AIM_PAST_END = 0.03;

  /**
   * @typedef {{ added: number, threshold: number, last?: { added: number, filled: number } }} Pace
   * `added`: characters added to the page so far, counted as Paged.js's renderTo counts them; `threshold`: where
   * the next look is; `last`: the characters and the share of the page's height filled at the last look.
   */

  /**
   * The characters at which to look again, after a look that found the page not yet full. Right after that look
   * the page is laid out, so how far down its content reaches costs no layout: the characters still missing are
   * the height left at the rate the characters since the page's last look filled it (or, at the first look, the
   * page's own average), aimed a little past the end. A page of pictures or headings fills faster than its
   * characters say: the aim then falls short, and the next look aims again from closer. Null when the page
   * cannot tell (a box as tall as the page, or almost nothing on it yet).
   * @param {Pace} pace @param {Element} wrapper @param {number} pageChars what the last pages held, 0 if none yet
   * @returns {number | null}
   */
  const aimNextLook = (pace, wrapper, pageChars) => {
    const area = wrapper.parentElement;
    const content = wrapper.lastElementChild;
    if (!area || !content) return null;
    const box = area.getBoundingClientRect();
    const filled = box.height > 0 ? (content.getBoundingClientRect().bottom - box.top) / box.height : 0;
    const last = pace.last;
    pace.last = { added: pace.added, filled };
    if (!(filled > 0.05 && filled < 1)) return null;
    const perPage = last && filled - last.filled > 0.02 ? (pace.added - last.added) / (filled - last.filled) : pace.added / filled;
    const aim = pace.added + (1 - filled + AIM_PAST_END) * perPage;
    // Never more than a page's worth further on (a rate read off a few lines can be wild), never less than a few words.
    return Math.max(pace.added + 40, Math.min(aim, pace.added + Math.max(perPage, pageChars)));
  };

  /**
   * Paged.js looks for overflow (a forced layout of the whole page) once a page holds maxChars characters, then
   * after every node it adds: every paragraph, heading or picture, up to the break. Its maxChars comes out far
   * below what a page holds (about 700 characters against 4,500 on a newspaper page), so most pages were
   * measured eight or more times (at 201 pages, 2,400 looks: 2.8 s of 8.6 s). Here the first look waits until
   * the page holds most of what the last pages held, and each look that finds no overflow aims the next at
   * where the page should be full (aimNextLook). Before that aim (a twentieth of a page further each time),
   * the 187-page benchmark issue took 560 looks, 117 of them on the page after its front page, which held 145
   * characters; now 325, none over three a page. Profiles of the renderer, four builds each way: the looks
   * 1.85 → 1.38 s, adding nodes 1.29 → 1.46 s (more is added past the page, and taken away again), the
   * layout's renderTo 3.19 → 2.90 s. The break is found where it was either way (findOverflow takes the
   * first line past the page, however much follows it).
   */
  // @ts-ignore Paged is the global from paged.js, loaded before this file.
  class PaceOverflowChecks extends Paged.Handler {
    constructor(/** @type {any[]} */ ...args) {
      // @ts-ignore
      super(...args);
      /** Characters each of the last pages held, as laid out. */
      /** @type {number[]} */
      this.held = [];
    }

    /** @param {Element} wrapper @param {any} _breakToken @param {any} layout */
    onPageLayout(wrapper, _breakToken, layout) {
      const held = [...this.held].sort((a, b) => a - b)[this.held.length >> 1] || 0;
      // A page whose layout goes on (wait-picture-rows.js) names its own first look: it adds what its room holds.
      const first = layout.pressroomFirstLook;
      delete layout.pressroomFirstLook;
      /** @type {Pace} */
      const pace = { added: 0, threshold: first || (held ? held * 0.85 : layout.maxChars) };
      const step = held ? held * 0.05 : Math.max(40, layout.maxChars * 0.2);
      layout.pressroomPace = pace;
      // renderTo compares the characters it has added with this.maxChars before each node.
      Object.defineProperty(layout, "maxChars", { configurable: true, get: () => pace.threshold, set: (/** @type {number} */ value) => void (pace.threshold = value) });
      // Paged.js's own, kept once: a layout that goes on runs this hook again, and must not wrap the wrapper.
      const findBreakToken = layout.pressroomFindBreakToken || (layout.pressroomFindBreakToken = layout.findBreakToken);
      /** @param {any[]} args */
      layout.findBreakToken = (...args) => {
        const token = findBreakToken.apply(layout, args);
        if (!token) pace.threshold = Math.max(pace.threshold, aimNextLook(pace, wrapper, held) ?? pace.added + step);
        else if (args[4] !== false) {
          // The overflow is taken away by now (unless the caller only asked where the break would be).
          this.held.push((wrapper.textContent || "").length);
          if (this.held.length > 5) this.held.shift();
        }
        return token;
      };
    }

    /** @param {Node} clone @param {Node} _node @param {any} layout */
    renderNode(clone, _node, layout) {
      if (layout && layout.pressroomPace) layout.pressroomPace.added += (clone.textContent || "").length;
    }
  }

  Object.defineProperty(window, "pressroomPaceOverflowChecks", { value: PaceOverflowChecks, writable: false });
})();
