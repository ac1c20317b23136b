// The URLs the preview server answers besides the issue, templates and fonts folders.

/** The page of one edition (a flip edition's halves each have their own code, e.g. flip-en). */
export const editionUrl = (code: string) => `/edition/${encodeURIComponent(code)}/`;

/** Server-Sent Events: the preview's state after every rebuild. */
export const EVENTS_URL = "/_preview/events";

/** The preview's own stylesheet: grey desk, pages with a shadow; never part of the layout. */
export const PREVIEW_STYLE_URL = "/_preview/preview.css";

/** The preview's scripts, in load order, after Paged.js and the page scripts. */
export const CLIENT_SCRIPT_URLS = ["preview-place.js", "preview-toolbar.js", "preview-swap.js", "preview-client.js"].map((file) => `/_preview/${file}`);

/** The id of the JSON block that hands the page its edition and the state. */
export const PAGE_DATA_ID = "pressroom-preview";
