// @ts-check
// Builds the preview's toolbar (issue, edition switch, page count, status, warnings) and the overlay that shows a problem.

(() => {
  /**
   * @typedef {{ message: string, place?: string, hint?: string, edition?: string,
   *   source?: { number: number, text: string, marked: boolean }[] }} Problem
   * @typedef {{ title: string, edition: { code: string } | null, editions: { code: string, label: string, url: string }[] }} PageData
   */

  /**
   * @param {string} tag
   * @param {Record<string, string>} [attributes]
   * @param {(Node | string)[]} [children]
   */
  const make = (tag, attributes = {}, children = []) => {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    element.append(...children);
    return element;
  };

  /**
   * Both live on <html>, beside <body>: Paged.js lays out everything inside <body>, and the toolbar is not part of the pages.
   * @param {PageData} data
   */
  function createToolbar(data) {
    const select = /** @type {HTMLSelectElement} */ (make("select", { id: "pressroom-preview-editions", "aria-label": "Edition" }));
    for (const edition of data.editions) {
      const option = /** @type {HTMLOptionElement} */ (make("option", { value: edition.code }, [edition.label]));
      option.selected = data.edition !== null && edition.code === data.edition.code;
      select.append(option);
    }
    select.addEventListener("change", () => {
      const chosen = data.editions.find((edition) => edition.code === select.value);
      if (chosen) location.assign(chosen.url);
    });
    const pages = make("span", { id: "pressroom-preview-pages" });
    const status = make("span", { id: "pressroom-preview-status", role: "status" });
    const warnings = /** @type {HTMLDetailsElement} */ (make("details", { id: "pressroom-preview-warnings", hidden: "" }));
    // lang and dir of their own: the layout's :lang() rules for the edition's language must not reach them.
    const bar = make("div", { id: "pressroom-preview-toolbar", lang: "en", dir: "ltr" }, [make("span", { id: "pressroom-preview-title", dir: "auto" }, [data.title]), ...(data.editions.length ? [select] : []), pages, warnings, status]);
    const overlay = make("div", { id: "pressroom-preview-overlay", lang: "en", dir: "ltr", hidden: "" });
    document.documentElement.append(bar, overlay);

    return {
      /** @param {"working" | "ready" | "error"} state @param {string} text */
      setStatus(state, text) {
        status.dataset.state = state;
        status.textContent = text;
      },
      /** @param {number} count */
      setPages(count) {
        pages.textContent = count === 1 ? "1 page" : `${count} pages`;
      },
      /** @param {Problem[]} list */
      setWarnings(list) {
        warnings.hidden = list.length === 0;
        const open = warnings.open;
        warnings.replaceChildren(
          make("summary", {}, [list.length === 1 ? "1 warning" : `${list.length} warnings`]),
          make("ol", {}, list.map((warning) => make("li", {}, describeProblem(warning)))),
        );
        warnings.open = open;
      },
      /**
       * Shows `problem` over the pages, or takes it away (null).
       * @param {Problem | null} problem
       * @param {boolean} hasPages whether the pages underneath are a version that worked
       */
      showProblem(problem, hasPages) {
        overlay.hidden = problem === null;
        if (!problem) return overlay.replaceChildren();
        const note = hasPages
          ? "The pages underneath show the last version that worked. Fix the file and save it: this page updates by itself."
          : "Fix the file and save it: this page updates by itself.";
        overlay.replaceChildren(
          make("div", { id: "pressroom-preview-problem", role: "alert" }, [
            make("h2", {}, ["This issue cannot be laid out"]),
            ...describeProblem(problem),
            make("p", { class: "pressroom-preview-note" }, [note]),
          ]),
        );
      },
    };
  }

  /** @param {Problem} problem */
  function describeProblem(problem) {
    /** @type {HTMLElement[]} */
    const parts = [make("p", { class: "pressroom-preview-message" }, [(problem.edition ? `[${problem.edition}] ` : "") + problem.message])];
    if (problem.place) parts.push(make("p", { class: "pressroom-preview-place" }, [problem.place]));
    if (problem.source && problem.source.length) {
      const width = String(problem.source[problem.source.length - 1]?.number ?? "").length;
      const lines = problem.source.map((line) => {
        const text = `${String(line.number).padStart(width)} | ${line.text}\n`;
        return line.marked ? make("mark", {}, [text]) : text;
      });
      parts.push(make("pre", {}, lines));
    }
    if (problem.hint) parts.push(make("p", { class: "pressroom-preview-hint" }, [`What to do: ${problem.hint}`]));
    return parts;
  }

  /** @type {any} */ (window).pressroomPreviewToolbar = { createToolbar };
})();
