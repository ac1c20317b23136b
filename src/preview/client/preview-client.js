// @ts-check
// Runs in the preview page: lays the edition out as paginate.ts does, keeps the toolbar current, reloads when the issue changes.

(() => {
  const scripts = /** @type {any} */ (window);
  const dataBlock = document.getElementById("pressroom-preview");
  const data = JSON.parse((dataBlock && dataBlock.textContent) || "{}");
  const place = scripts.pressroomPreviewPlace;
  const toolbar = scripts.pressroomPreviewToolbar.createToolbar(data);
  const root = document.documentElement;
  /** Where the page is, for tests and scripts: "laying-out", "ready", "error" or "reloading". */
  const setPhase = (/** @type {string} */ phase) => root.setAttribute("data-preview", phase);

  // The browser's own scroll restoration runs before the pages exist; the preview restores the place itself.
  history.scrollRestoration = "manual";
  let laidOut = false;
  /**
   * Problems seen while laying out (a font that failed, a misplaced note), shown with the render's warnings.
   * @type {{ message: string }[]}
   */
  let pageWarnings = [];
  /** @type {{ message: string }[]} */
  let renderWarnings = data.warnings || [];
  const showWarnings = () => toolbar.setWarnings([...renderWarnings, ...pageWarnings]);
  /** @type {any} */
  let problem = data.error;

  const showState = () => {
    toolbar.showProblem(problem, data.edition !== null);
    if (problem) toolbar.setStatus("error", "error");
    else toolbar.setStatus(laidOut ? "ready" : "working", laidOut ? "up to date" : "laying out…");
  };

  /** A newer render that worked replaces this page; a failed one only shows its problem over it. */
  const follow = () => {
    const stream = new EventSource(data.events);
    stream.onmessage = (message) => {
      const state = JSON.parse(message.data);
      renderWarnings = state.warnings || [];
      showWarnings();
      problem = state.error;
      if (!problem && state.version !== data.version) {
        place.savePlace();
        stream.close();
        setPhase("reloading");
        location.reload();
        return;
      }
      showState();
      if (!data.edition) setPhase("error");
    };
  };

  // Kept also when the reader reloads or switches edition by hand.
  window.addEventListener("pagehide", () => {
    if (laidOut) place.savePlace();
  });

  async function layOut() {
    setPhase("laying-out");
    showState();
    if (document.readyState !== "complete") await new Promise((resolve) => window.addEventListener("load", resolve, { once: true }));
    // The same request paginate.ts makes through Puppeteer.
    const layout = await scripts.pressroomPaginate({ fontTimeoutMs: 10000, pageProgression: data.edition.dir, numberingSystem: data.edition.digits });
    laidOut = true;
    pageWarnings = (layout.warnings || []).map((/** @type {string} */ message) => ({ message }));
    showWarnings();
    toolbar.setPages(layout.pageCount);
    place.restorePlace();
    showState();
    setPhase("ready");
  }

  showWarnings();
  follow();
  if (data.edition) {
    layOut().catch((error) => {
      problem = { message: `The browser could not lay the pages out: ${String((error && error.message) || error).split("\n")[0]}`, hint: "Save the file again to retry. If it keeps happening, run `pressroom build` to see the full message." };
      showState();
      setPhase("error");
    });
  } else {
    showState();
    setPhase("error");
  }
})();
