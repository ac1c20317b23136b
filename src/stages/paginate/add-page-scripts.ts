// Adds Paged.js and the page scripts to an edition's document as deferred tags, so they load with the page (pure).

import { escapeAttribute } from "../../shared/escape-attribute.js";
import { PAGE_SCRIPT_URLS, PAGED_JS_URL } from "./browser-session.js";

/**
 * `defer` runs them in order once the document is parsed, before its load event. Added after load instead,
 * one tag at a time, each cost a round trip to the browser and a request: about half a second per edition.
 */
export function addPageScripts(html: string): string {
  const tags = [PAGED_JS_URL, ...PAGE_SCRIPT_URLS].map((url) => `<script src="${escapeAttribute(url)}" defer></script>`).join("\n");
  const headEnd = html.search(/<\/head>/i);
  return headEnd === -1 ? tags + html : `${html.slice(0, headEnd)}${tags}\n${html.slice(headEnd)}`;
}
