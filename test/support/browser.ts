// Finds the browser the end-to-end tests use, the same way pressroom does.

import { findBrowser } from "../../src/stages/paginate/find-browser.js";

export function getBrowserPath(): string {
  return findBrowser(undefined, process.env).path;
}
