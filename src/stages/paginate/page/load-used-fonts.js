// @ts-check
// Loads only the @font-face fonts the document's text is set in, before layout, instead of every face declared.

(() => {
  /**
   * Paged.js loads every @font-face before its first page (Chunker.loadFonts): an English sheet waited for
   * Nastaliq and Vazirmatn too, about 1.5 MB of fonts it never prints, on every copyfitting trial. Instead each
   * run of text names its computed font (family stack, weight, style) with a sample of its letters, and only
   * the faces those need are loaded, as Chrome would pick them when laying the text out; the root's font is
   * named for the page numbers. Read while the body is still held back from layout (display: none): computed
   * styles are known without laying anything out.
   * @returns {Map<string, string>} sample text by CSS font shorthand ("italic 700 16px families")
   */
  const listUsedFonts = () => {
    /** @type {Map<string, string>} */
    const texts = new Map();
    /** @param {Element} element @param {string} text */
    const add = (element, text) => {
      const style = getComputedStyle(element);
      const font = `${style.fontStyle} ${style.fontWeight} 16px ${style.fontFamily}`;
      const known = texts.get(font) || "";
      // A few hundred letters name the scripts a font is used for; more only costs time in FontFaceSet.load.
      if (known.length < 400) texts.set(font, known + text);
    };
    // Text nodes of one element share its style: each element is asked once.
    /** @type {Set<Element>} */
    const asked = new Set();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      const text = /** @type {Text} */ (node).data;
      if (!element || asked.has(element) || !text.trim()) continue;
      asked.add(element);
      add(element, text.slice(0, 200));
    }
    add(document.documentElement, "0123456789");
    return texts;
  };

  /**
   * Loads the faces `listUsedFonts` named, from the stylesheets as they are now (Paged.js replaces the page's
   * stylesheets, and with them every FontFace, before it lays out). Returns every face loaded.
   * @param {Map<string, string>} texts
   * @returns {Promise<Set<FontFace>>}
   */
  const loadFonts = async (texts) => {
    await Promise.all(Array.from(texts, ([font, text]) => document.fonts.load(font, text).catch(() => [])));
    return new Set(Array.from(document.fonts).filter((face) => face.status !== "unloaded"));
  };

  /**
   * Faces Chrome started loading during layout although loadFonts did not load them first (generated content
   * in a face no text uses): until loaded, their text was measured in a fallback font, so the layout is redone
   * with every face loaded first.
   * @param {Set<FontFace>} asked
   */
  const findUnaskedFonts = (asked) =>
    Array.from(document.fonts)
      .filter((face) => face.status !== "unloaded" && !asked.has(face))
      .map((face) => `${face.family} ${face.weight} ${face.style}`);

  Object.assign(window, { pressroomListUsedFonts: listUsedFonts, pressroomLoadFonts: loadFonts, pressroomFindUnaskedFonts: findUnaskedFonts });
})();
