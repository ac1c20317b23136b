// Head and masthead lines as templates print them: *italics*, **bold** and `code` in a headline, break points in a contact's address (pure).

import Handlebars from "handlebars";
import MarkdownIt from "markdown-it";
import { renderWithAddressBreaks } from "./break-addresses.js";

/** What a template prints for a head line: plain text (escaped by Handlebars), or HTML made here from its Markdown. */
export type HeadText = string | Handlebars.SafeString;

/**
 * Front matter is not Markdown, so "The council praises *The Gazette*" printed its asterisks. Only emphasis,
 * strong and code are read (a link or a picture has no place in a headline); everything else is escaped by
 * markdown-it, so the HTML is as safe as the text. A line without any of them stays plain text.
 */
export function markHeadText(text: string): HeadText {
  if (!/[*_`]/.test(text)) return text;
  // Only for the rare line with markup: an instance of its own, no state shared between builds.
  const html = new MarkdownIt("zero").enable(["emphasis", "backticks", "escape"]).renderInline(text);
  return /<(?:em|strong|code)>/.test(html) ? new Handlebars.SafeString(html) : text;
}

/** The words of a head line without its markup: for the PDF's outline and for messages. */
export function readHeadText(text: HeadText): string {
  if (typeof text === "string") return text;
  return text
    .toString()
    .replace(/<[^>]*>/g, "")
    .replace(/&(lt|gt|quot|#39|amp);/g, (_, name: string) => ({ lt: "<", gt: ">", quot: '"', "#39": "'", amp: "&" })[name] ?? "");
}

/**
 * A contact line with a long web or e-mail address in it, given the break points body text has: in a leaflet's
 * narrow contacts block "https://www.riverside-commons-" / "tenants-network.example/…" could break only at its
 * hyphens, or inside a word. Contacts are printed as written otherwise (an address's -- or ... is not punctuation).
 */
export function markAddresses(text: string): HeadText {
  const html = renderWithAddressBreaks(text, Handlebars.escapeExpression);
  return html.includes("<wbr>") ? new Handlebars.SafeString(html) : text;
}
