// @ts-check
// Runs inside Chromium after Paged.js: lets a page script change a method of Paged.js's Layout, once, when the first page is laid out.

(() => {
  /**
   * Paged.js's bundle does not export its Layout class: a handler meets it as the instance a page is laid out with
   * (onPageLayout). `patch` is given that class's prototype the first time, and never again (a kept page's next
   * edition lays out with the same class).
   * @param {string} name a flag set on the prototype, one per patch @param {(prototype: any) => void} patch
   */
  const patchLayout = (name, patch) => {
    // @ts-ignore Paged is the global from paged.js (paged-global.js).
    class PatchLayout extends Paged.Handler {
      /** @param {Element} _wrapper @param {any} _breakToken @param {any} layout */
      onPageLayout(_wrapper, _breakToken, layout) {
        const prototype = Object.getPrototypeOf(layout);
        if (prototype[name]) return;
        prototype[name] = true;
        patch(prototype);
      }
    }
    // @ts-ignore
    Paged.registerHandlers(PatchLayout);
  };

  Object.defineProperty(window, "pressroomPatchLayout", { value: patchLayout, writable: false });
})();
