// @ts-check
// Runs inside Chromium right after Paged.js: gives its minified bundle's global the name the page scripts use.

// pagedjs's dist/paged.min.js (what the pages load: browser-session.ts) sets `PagedModule` where dist/paged.js sets
// `Paged`; the same exports (Handler, Previewer, registerHandlers, registeredHandlers ...) under either name.
/** @type {any} */ (window).Paged = /** @type {any} */ (window).Paged || /** @type {any} */ (window).PagedModule;
