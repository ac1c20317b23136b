// @ts-check
// Runs inside Chromium before the other page scripts: how many columns a multi-column box really has, for those that measure them.

(() => {
  /**
   * The columns Chromium lays out in a box of content width `width`: CSS multi-column's rule, where a
   * column width (columns: 56mm 5) means as many columns as fit, at most the column count.
   * @param {CSSStyleDeclaration} style the box's computed style @param {number} width its content width (px)
   */
  const countColumns = (style, width) => {
    const count = Number.parseInt(style.columnCount, 10);
    const columnWidth = Number.parseFloat(style.columnWidth);
    const gap = Number.parseFloat(style.columnGap) || 0;
    if (!(columnWidth > 0)) return count > 0 ? count : 1;
    const fitting = Math.max(1, Math.floor((width + gap) / (columnWidth + gap)));
    return count > 0 ? Math.min(count, fitting) : fitting;
  };

  Object.defineProperty(window, "pressroomCountColumns", { value: countColumns, writable: false });
})();
