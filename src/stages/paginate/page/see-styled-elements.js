// @ts-check
// Runs inside Chromium before Paged.js lays anything out: stops Paged.js taking every element with a style attribute for one that is not displayed.
/* global Paged */

(() => {
  /**
   * Paged.js 0.4.3's UndisplayedFilter marks an element `data-undisplayed` when the stylesheets give it
   * `display: none`, or (meaning the same for a style attribute) when its style attribute... does not set
   * display at all: its `removable(element)` is true for an empty `style.display`, so every element with a
   * style attribute was marked. Paged.js then passes over a marked element when it carries a "do not break
   * here" across: an article body with `style="column-count: 1"` (an article's `columns:`) never got its head's
   * break-after: avoid, and Paged.js left the headline alone at a page's foot with the article on the next
   * page. Here the style-attribute half marks only what a style attribute hides; the stylesheet half is
   * Paged.js's own. The filter is found by its methods: the minified build loses class names.
   */
  const seeStyledElements = () => {
    // @ts-ignore Paged.registeredHandlers holds Paged.js's own handler classes.
    const Filter = Paged.registeredHandlers.find((handler) => typeof handler.prototype.sortDisplayedSelectors === "function" && typeof handler.prototype.removable === "function");
    if (!Filter || Filter.prototype.pressroomSeesStyled) return;
    Filter.prototype.pressroomSeesStyled = true;
    /** @this {any} @param {DocumentFragment} content */
    Filter.prototype.filter = function (content) {
      const { matches, selectors } = this.sortDisplayedSelectors(content, this.displayRules);
      matches.forEach((/** @type {HTMLElement} */ element, /** @type {number} */ index) => {
        const rules = selectors[index];
        if (this.removable(element) && rules[rules.length - 1].value === "none") element.dataset.undisplayed = "undisplayed";
      });
      content.querySelectorAll("[style]").forEach((element) => {
        if (/** @type {HTMLElement} */ (element).style.display === "none") /** @type {HTMLElement} */ (element).dataset.undisplayed = "undisplayed";
      });
    };
  };

  seeStyledElements();
})();
