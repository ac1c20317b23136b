// Holds the build's one browser and starts it again, once per build, when it stops in the middle of an edition (edge: launches Chromium).

import { PaginationError } from "../diagnostics/errors.js";
import type { BrowserSession } from "../stages/paginate/browser-session.js";

export interface KeptBrowser {
  current(): BrowserSession;
  /**
   * After `failed` was lost mid-layout: the browser to retry with. Editions laid out side by side may all lose
   * it at once; the first to ask starts the new one and the others share it. A second loss stops the build.
   */
  restart(failed: BrowserSession): Promise<BrowserSession>;
  close(): Promise<void>;
}

/** True when `error` came from the browser going away (crashed or killed), not from the page or the issue. */
export function isBrowserLost(session: BrowserSession): boolean {
  return !session.browser.connected;
}

export function keepBrowser(first: BrowserSession, open: () => Promise<BrowserSession>): KeptBrowser {
  let current = first;
  let restarting: Promise<BrowserSession> | undefined;
  let restarts = 0;
  return {
    current: () => current,
    restart(failed) {
      if (failed !== current) return restarting ?? Promise.resolve(current);
      if (restarts >= 1) {
        return Promise.reject(
          new PaginationError("browser-lost", "The browser stopped twice while laying out this issue, so pressroom stopped too.", {
            hint: "Close other programs to free memory and build again; if it happens again, run with --debug and report it.",
          }),
        );
      }
      restarts += 1;
      restarting = (async () => {
        await failed.close().catch(() => undefined);
        current = await open();
        return current;
      })();
      return restarting;
    },
    close: () => current.close(),
  };
}
