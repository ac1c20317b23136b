// @ts-check
// Lays a new version of the edition out in a hidden frame while the reader keeps the old pages, then swaps the new pages in.

(() => {
  /** The query that tells a page it is that hidden frame: it waits, its scripts loaded, for the next version to lay out. */
  const FRAME_PARAM = "pressroom-frame";
  const FRAME_ID = "pressroom-preview-frame";
  /** How long after a swap the next frame starts loading: the swapped pages are painted first. */
  const STANDBY_DELAY_MS = 300;

  /**
   * @typedef {{ layout?: any, error?: string, edition?: string | null, version?: number }} FrameResult
   * @typedef {{ laidOut(source: Window, layout: any, version: number): void, failed(message: string): void, unusable(): void }} Handlers
   * @type {{ element: HTMLIFrameElement, handlers: Handlers } | null}
   */
  let pending = null;
  /**
   * A frame already loaded (Paged.js and the page scripts parsed), waiting for a version to lay out: it spares each
   * update a page load.
   * @type {HTMLIFrameElement | null}
   */
  let standby = null;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let standbyTimer;

  const isFramed = () => window.parent !== window && new URLSearchParams(location.search).has(FRAME_PARAM);

  function createFrame() {
    const url = new URL(location.href);
    url.search = `?${FRAME_PARAM}`;
    url.hash = "";
    const element = document.createElement("iframe");
    element.id = FRAME_ID;
    element.setAttribute("aria-hidden", "true");
    element.tabIndex = -1;
    // In the window and at its size, only transparent: Chrome stops laying out frames that are hidden or far off screen.
    element.style.cssText = "position:fixed;inset:0;width:100vw;height:100vh;border:0;opacity:0;pointer-events:none;z-index:-1";
    element.src = url.href;
    document.documentElement.append(element);
    return element;
  }

  /** Loads the frame the next update will use, once the page is idle. */
  function prepareStandby(delayMs = STANDBY_DELAY_MS) {
    clearTimeout(standbyTimer);
    standbyTimer = setTimeout(() => {
      if (!standby) standby = createFrame();
    }, delayMs);
  }

  /** Starts laying out the version the server now serves in a hidden frame; a newer call drops the frame of an older one. */
  function layOutHidden(/** @type {number} */ version, /** @type {Handlers} */ handlers) {
    discard();
    clearTimeout(standbyTimer);
    const element = standby || createFrame();
    standby = null;
    const ticket = { element, handlers };
    pending = ticket;
    fillFrame(element).then(
      (result) => pending === ticket && settle(element, result),
      () => pending === ticket && settle(element, { edition: null }),
    );
  }

  /** Hands the frame the edition's page as the server serves it now, once the frame's scripts are ready. */
  async function fillFrame(/** @type {HTMLIFrameElement} */ element) {
    const [response] = await Promise.all([fetch(location.pathname, { cache: "no-store" }), waitForFrame(element)]);
    // A redirect means the edition went away: there is nothing to swap in.
    if (response.redirected || !response.ok) return { edition: null };
    const html = await response.text();
    const frameWindow = /** @type {any} */ (element.contentWindow);
    return /** @type {FrameResult} */ (await frameWindow.pressroomPreviewFill(html));
  }

  /** @param {HTMLIFrameElement} element */
  const waitForFrame = (element) => new Promise((resolve, reject) => {
    const ready = () => Boolean(element.contentWindow && /** @type {any} */ (element.contentWindow).pressroomPreviewFill);
    if (ready()) return resolve(undefined);
    element.addEventListener("load", () => (ready() ? resolve(undefined) : reject(new Error("The preview frame did not load."))), { once: true });
  });

  function discard() {
    if (pending) pending.element.remove();
    pending = null;
  }

  /**
   * Takes what the frame laid out, or says why it cannot be used.
   * @param {HTMLIFrameElement} element @param {FrameResult} result
   */
  function settle(element, result) {
    const handlers = /** @type {NonNullable<typeof pending>} */ (pending).handlers;
    const source = element.contentWindow;
    // An edition that went away (the server sent another page) or a page that is not an edition: only a reload follows that.
    if (!source || result.edition !== currentEdition() || source.location.pathname !== location.pathname) {
      discard();
      return handlers.unusable();
    }
    if (result.error !== undefined) {
      discard();
      prepareStandby();
      return handlers.failed(result.error);
    }
    handlers.laidOut(source, result.layout, Number(result.version) || 0);
    discard();
    prepareStandby();
  }

  const currentEdition = () => {
    const block = document.getElementById("pressroom-preview");
    const data = JSON.parse((block && block.textContent) || "{}");
    return data.edition ? data.edition.code : null;
  };

  /**
   * What a stylesheet applies, rules added through the CSSOM included (Paged.js adds its counters that way):
   * moving the <style> element would lose them, so its rules are copied as text.
   * @param {HTMLStyleElement} style
   */
  const readStyle = (style) => {
    try {
      if (style.sheet) return Array.from(style.sheet.cssRules, (rule) => rule.cssText).join("\n");
    } catch {
      // A sheet that cannot be read is copied as written.
    }
    return style.textContent || "";
  };

  /**
   * Replaces this document's pages, styles and <html> attributes with the laid-out frame's. Styles that did not
   * change are left in place: a stylesheet put in again would load its fonts again and flash the text.
   * @param {Window} source
   */
  function swapIn(source) {
    const next = source.document;
    const oldStyles = Array.from(document.head.querySelectorAll("style"));
    const newStyles = Array.from(next.head.querySelectorAll("style"));
    newStyles.forEach((style, index) => {
      const text = readStyle(style);
      const old = oldStyles[index];
      if (old && readStyle(old) === text) return;
      const copy = document.createElement("style");
      for (const attribute of Array.from(style.attributes)) copy.setAttribute(attribute.name, attribute.value);
      copy.textContent = text;
      if (old) old.replaceWith(copy);
      else document.head.append(copy);
    });
    oldStyles.slice(newStyles.length).forEach((style) => style.remove());
    document.title = next.title;
    const root = document.documentElement;
    for (const attribute of Array.from(next.documentElement.attributes)) {
      if (attribute.name !== "data-preview") root.setAttribute(attribute.name, attribute.value);
    }
    root.replaceChild(document.adoptNode(next.body), document.body);
  }

  /**
   * In the frame: waits for the parent's call with the edition's new page, puts it in place of this one (keeping the
   * scripts, which have run) and lays it out with `paginate`.
   * @param {(edition: { dir: string, digits: string }) => Promise<any>} paginate
   */
  function waitAsStandby(paginate) {
    /** @type {any} */ (window).pressroomPreviewFill = async (/** @type {string} */ html) => {
      const next = new DOMParser().parseFromString(html, "text/html");
      const block = next.getElementById("pressroom-preview");
      const data = JSON.parse((block && block.textContent) || "{}");
      if (!data.edition) return { edition: null };
      for (const attribute of Array.from(next.documentElement.attributes)) document.documentElement.setAttribute(attribute.name, attribute.value);
      for (const node of Array.from(document.head.childNodes)) if (!isRunScript(node)) node.remove();
      /** @type {Promise<unknown>[]} */
      const loads = [];
      for (const node of Array.from(next.head.childNodes)) {
        if (isRunScript(node)) continue;
        const adopted = document.adoptNode(node);
        // The stylesheets' fonts are what document.fonts.ready waits for: as on a page load, they are loaded first.
        if (adopted instanceof HTMLLinkElement && adopted.rel === "stylesheet") loads.push(new Promise((resolve) => {
          adopted.addEventListener("load", resolve, { once: true });
          adopted.addEventListener("error", resolve, { once: true });
        }));
        document.head.append(adopted);
      }
      document.documentElement.replaceChild(document.adoptNode(next.body), document.body);
      await Promise.all(loads);
      // Laying the page out once asks for the fonts its text uses, so that document.fonts.ready waits for them, as on a load.
      void document.body.offsetHeight;
      try {
        return { edition: data.edition.code, version: data.version, layout: await paginate(data.edition) };
      } catch (error) {
        return { edition: data.edition.code, version: data.version, error: String((error && /** @type {any} */ (error).message) || error) };
      }
    };
  }

  /** The scripts of the page (not its data block): they have run in this window and stay, or are not run again. */
  const isRunScript = (/** @type {Node} */ node) => node instanceof HTMLScriptElement && node.type !== "application/json";

  /** @type {any} */ (window).pressroomPreviewSwap = { isFramed, layOutHidden, prepareStandby, discard, swapIn, waitAsStandby };
})();
