// Adds the preview's stylesheet, its data block and the scripts that lay the pages out to an edition's document (pure).

import { PAGE_SCRIPT_URLS, PAGED_JS_URL } from "../stages/paginate/browser-session.js";
import { escapeAttribute } from "../shared/escape-attribute.js";
import { CLIENT_SCRIPT_URLS, EVENTS_URL, PAGE_DATA_ID, PREVIEW_STYLE_URL } from "./preview-urls.js";
import type { ShownProblem } from "./describe-error.js";

/** What the page's scripts read from the JSON block: which edition this is and what else there is. */
export interface PageData {
  title: string;
  /** Where the page listens for new renders (Server-Sent Events). */
  events?: string;
  /** Changes with every successful render: a page showing an older version reloads. */
  version: number;
  /** null on the page shown when the issue has never rendered. */
  edition: { code: string; dir: "ltr" | "rtl"; digits: string } | null;
  editions: { code: string; label: string; url: string }[];
  error: ShownProblem | null;
  warnings: ShownProblem[];
}

export function injectPreview(html: string, data: PageData): string {
  // data-pagedjs-ignore and media=screen keep Paged.js from treating the preview's stylesheet as the layout's.
  const tags = [
    `<link rel="stylesheet" href="${PREVIEW_STYLE_URL}" media="screen" data-pagedjs-ignore>`,
    // A data block, not a script: the Content-Security-Policy forbids inline scripts, not inline data.
    `<script type="application/json" id="${PAGE_DATA_ID}">${serializeForScript({ ...data, events: EVENTS_URL })}</script>`,
    // `defer` runs them in this order once the document is parsed, as paginate.ts adds them after load.
    ...(data.edition ? [PAGED_JS_URL, ...PAGE_SCRIPT_URLS] : []).map((url) => `<script src="${escapeAttribute(url)}" defer></script>`),
    ...CLIENT_SCRIPT_URLS.map((url) => `<script src="${escapeAttribute(url)}" defer></script>`),
  ].join("\n");
  const headEnd = html.search(/<\/head>/i);
  return headEnd === -1 ? tags + html : html.slice(0, headEnd) + tags + "\n" + html.slice(headEnd);
}

/** JSON that cannot end its <script> element early, whatever an article's title says. */
function serializeForScript(data: PageData): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
