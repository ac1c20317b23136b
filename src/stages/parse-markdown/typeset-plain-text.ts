// Sets plain text from front matter (a headline, a standfirst, a masthead line) with the curly quotes, dashes and ellipses markdown-it's typographer gives an article's body (pure).

import MarkdownIt from "markdown-it";
import { getQuotes, isFrench } from "./create-markdown.js";
import { spaceFrenchPunctuation } from "./french-spacing-rule.js";

/** What the typographer acts on (quotes, --, ..., (c), +-): text without any of these is returned as it is. */
const TYPOGRAPHIC = /["'.\-(+]/;

/** `text` as set in `lang`: “quotes” in English, « guillemets » in French (no-break spaces inside), – and … for -- and .... */
export type Typeset = (text: string, lang: string) => string;

/**
 * A typesetter for one render, making one markdown-it per language's quotes when first needed. Front matter is
 * plain text, not Markdown: the "zero" preset reads no syntax, so a headline's * or _ or [ stays as written.
 */
export function createTypesetter(): Typeset {
  const markdowns = new Map<string, MarkdownIt>();
  return (text, lang) => {
    const set = typesetQuotes(text, lang);
    return isFrench(lang) ? spaceFrenchPunctuation(set) : set;
  };

  function typesetQuotes(text: string, lang: string): string {
    if (!TYPOGRAPHIC.test(text)) return text;
    const quotes = getQuotes(lang);
    const key = String(quotes);
    let md = markdowns.get(key);
    if (!md) {
      md = new MarkdownIt("zero", { typographer: true, quotes }).enable(["replacements", "smartquotes"]);
      markdowns.set(key, md);
    }
    const [inline] = md.parseInline(text, {});
    return (inline?.children ?? []).map((child) => child.content).join("");
  }
}
