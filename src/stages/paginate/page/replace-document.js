// @ts-check
// Puts another edition's document into this page in place of the one it holds, keeping the page's scripts as they are.

(() => {
  /**
   * Loading a new edition into a kept page by navigation starts a new JavaScript world: Paged.js and the page scripts
   * are run again, and everything Chrome learned running them (their compiled and optimized code) is thrown away,
   * with the page's fonts. Replacing the document's root keeps the world: the edition's HTML is fetched (through
   * the same request checks as any other), parsed, and put in place of the root, and its stylesheets are awaited as
   * the load event would. Node only asks for this for documents with no script of their own
   * (paginate/can-replace-document.ts): the only scripts parsed here are the page scripts' tag, which must not run twice.
   * @param {string} url
   */
  const replaceDocument = async (url) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`The edition's page could not be read (${response.status}).`);
    const parsed = new DOMParser().parseFromString(await response.text(), "text/html");
    parsed.querySelectorAll("script").forEach((script) => script.remove());
    const root = document.importNode(parsed.documentElement, true);
    document.documentElement.replaceWith(root);
    const sheets = Array.from(root.querySelectorAll('link[rel~="stylesheet"]'));
    // A stylesheet that fails (a blocked address) is reported by Node's request checks, as after a navigation.
    await Promise.all(sheets.map((link) => new Promise((resolve) => {
      link.addEventListener("load", resolve, { once: true });
      link.addEventListener("error", resolve, { once: true });
    })));
  };

  Object.assign(window, { pressroomReplaceDocument: replaceDocument });
})();
