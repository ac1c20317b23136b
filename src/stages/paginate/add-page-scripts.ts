// Adds Paged.js and the page scripts to an edition's document as one deferred script, so they load with the page (pure).

import { escapeAttribute } from "../../shared/escape-attribute.js";
import { PAGE_BUNDLE_URL } from "./browser-session.js";

/** The id page/bridge.js looks for. */
export const HOLD_STYLE_ID = "pressroom-hold-layout";

/**
 * `defer` runs the script (Paged.js, then each page script: browser-session.ts's PAGE_BUNDLE_URL) once the document
 * is parsed, before its load event. Added after load instead, one tag at a time, each cost a round trip to the
 * browser and a request: about half a second per edition.
 */
export function addPageScripts(html: string): string {
  const tags = [
    // The document is not laid out as one long page while it loads: Paged.js lays it out page by page anyway,
    // and at 200 pages that first layout cost seconds. page/bridge.js takes this style out before Paged.js starts.
    `<style id="${HOLD_STYLE_ID}" data-pagedjs-ignore>body { display: none !important; }</style>`,
    `<script src="${escapeAttribute(PAGE_BUNDLE_URL)}" defer></script>`,
  ].join("\n");
  const headEnd = html.search(/<\/head>/i);
  return headEnd === -1 ? tags + html : `${html.slice(0, headEnd)}${tags}\n${html.slice(headEnd)}`;
}
