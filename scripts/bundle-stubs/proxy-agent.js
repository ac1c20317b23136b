// Stands in for proxy-agent in dist/bundle/: only puppeteer-core's browser downloader uses it, and pressroom never downloads a browser.

/**
 * proxy-agent and what it brings (a JavaScript engine for proxy scripts, an FTP client, a parser) were 1.6 MB of
 * the bundle, loaded by every command for 80 ms before anything else could start. pressroom uses the system's
 * Chromium (README, Setup), so nothing reaches this; if something ever does, it says why.
 */
export class ProxyAgent {
  constructor() {
    throw new Error("pressroom does not download browsers: install Chromium with the system's package manager (README, Setup).");
  }
}
