// @ts-check
// Runs in the preview page: lays the edition out as paginate.ts does, keeps the toolbar current, shows each new version of the issue.

(() => {
  const scripts = /** @type {any} */ (window);
  const dataBlock = document.getElementById("pressroom-preview");
  const data = JSON.parse((dataBlock && dataBlock.textContent) || "{}");
  const swap = scripts.pressroomPreviewSwap;

  /**
   * The same request paginate.ts makes through Puppeteer, once the document and its stylesheets have loaded.
   * @param {{ dir: string, digits: string }} edition
   */
  async function paginate(edition) {
    if (document.readyState !== "complete") await new Promise((resolve) => window.addEventListener("load", resolve, { once: true }));
    return scripts.pressroomPaginate({ fontTimeoutMs: 10000, pageProgression: edition.dir, numberingSystem: edition.digits });
  }

  // The hidden frame that lays out the next version for the page the reader sees, and nothing else.
  if (swap.isFramed()) return swap.waitAsStandby(paginate);

  const place = scripts.pressroomPreviewPlace;
  const toolbar = scripts.pressroomPreviewToolbar.createToolbar(data);
  const root = document.documentElement;
  /** Where the page is, for tests and scripts: "laying-out" (also while a new version lays out behind the pages shown), "ready", "error" or "reloading". */
  const setPhase = (/** @type {string} */ phase) => root.setAttribute("data-preview", phase);

  // The browser's own scroll restoration runs before the pages exist; the preview restores the place itself.
  history.scrollRestoration = "manual";
  let laidOut = false;
  /** A new version is being laid out behind the pages shown. */
  let updating = false;
  /** The version that layout was started for; a repeated event about it does not start it again. */
  let nextVersion = data.version;
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
    else if (updating) toolbar.setStatus("working", "updating…");
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
        // Before the first layout finished there are no pages to keep showing; a page without an edition has no layout to swap.
        if (laidOut) return state.version === nextVersion ? showState() : showNextVersion(state.version);
        return reload(stream);
      }
      showState();
      if (!data.edition) setPhase("error");
    };
    return stream;
  };

  /** @param {EventSource} [stream] */
  const reload = (stream) => {
    swap.discard();
    place.savePlace();
    if (stream) stream.close();
    setPhase("reloading");
    location.reload();
  };

  /**
   * The reader keeps the old pages until the new ones are laid out, then keeps their place in them.
   * @param {number} version
   */
  function showNextVersion(version) {
    nextVersion = version;
    updating = true;
    setPhase("laying-out");
    showState();
    swap.layOutHidden(version, {
      laidOut(/** @type {Window} */ source, /** @type {any} */ layout, /** @type {number} */ laidOutVersion) {
        place.savePlace();
        swap.swapIn(source);
        // The server may have rendered again before the frame asked for its page: it shows that newer version.
        data.version = Math.max(version, laidOutVersion);
        updating = false;
        applyLayout(layout);
      },
      failed(/** @type {string} */ message) {
        updating = false;
        nextVersion = data.version;
        showLayoutFailure(message);
      },
      unusable: () => reload(stream),
    });
  }

  // Kept also when the reader reloads or switches edition by hand.
  window.addEventListener("pagehide", () => {
    if (laidOut) place.savePlace();
  });

  async function layOut() {
    setPhase("laying-out");
    showState();
    applyLayout(await paginate(data.edition));
    swap.prepareStandby();
  }

  /** Shows what a finished layout says (pages, warnings) and brings the reader back to their place. */
  function applyLayout(/** @type {any} */ layout) {
    laidOut = true;
    pageWarnings = (layout.warnings || []).map((/** @type {string} */ message) => ({ message }));
    showWarnings();
    toolbar.setPages(layout.pageCount);
    place.restorePlace();
    showState();
    setPhase("ready");
  }

  /** @param {string} message */
  function showLayoutFailure(message) {
    problem = { message: `The browser could not lay the pages out: ${message.split("\n")[0]}`, hint: "Save the file again to retry. If it keeps happening, run `pressroom build` to see the full message." };
    showState();
    setPhase("error");
  }

  showWarnings();
  const stream = follow();
  if (data.edition) {
    layOut().catch((error) => showLayoutFailure(String((error && error.message) || error)));
  } else {
    showState();
    setPhase("error");
  }
})();
