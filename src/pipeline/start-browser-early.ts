// Starts the browser before anything else of a build: it needs nothing from the issue, and takes most of a second.

import { findBrowser, type BrowserLocation } from "../stages/paginate/find-browser.js";
import { launchBrowser, type LaunchedBrowser } from "../stages/paginate/launch-browser.js";

export const BROWSER_LAUNCH_TIMEOUT_MS = 30_000;

/** Which browser to start: the --browser flag or project setting, and the environment that may name one. */
export interface BrowserRequest {
  browser?: string;
  /** Who named `browser`, for messages (findBrowser's `flagSource`). */
  browserSource?: string;
  env: NodeJS.ProcessEnv;
}

export interface EarlyBrowser {
  /** Whether this is the browser `request` asks for (the project's settings, read later, may name another). */
  isFor(request: BrowserRequest): boolean;
  /** Where the browser is; throws the finding's error (none found, a wrong --browser) when asked, not when started. */
  location(): BrowserLocation;
  /** The launch, once: whoever takes it owns the browser. */
  take(): Promise<LaunchedBrowser> | undefined;
  /** Closes the browser if nobody took it (the issue had a problem, or another browser was asked for). */
  discard(): Promise<void>;
}

/** Launches at once, holding any error until the build asks for the browser. `launch` is replaceable for tests. */
export function startBrowserEarly(request: BrowserRequest, launch = launchBrowser): EarlyBrowser {
  let location: BrowserLocation | undefined;
  let failure: unknown;
  try {
    location = findBrowser(request.browser, request.env, process.platform, request.browserSource);
  } catch (error) {
    failure = error;
  }
  let launching = location ? launch(location, BROWSER_LAUNCH_TIMEOUT_MS) : undefined;
  // Held, not thrown: a rejection nobody awaits yet must not stop the process.
  launching?.catch(() => undefined);
  return {
    isFor: ({ browser, env }) => browser === request.browser && env === request.env,
    location(): BrowserLocation {
      if (!location) throw failure;
      return location;
    },
    take(): Promise<LaunchedBrowser> | undefined {
      const taken = launching;
      launching = undefined;
      return taken;
    },
    async discard(): Promise<void> {
      const left = launching;
      launching = undefined;
      await left?.then((launched) => launched.close(), () => undefined);
    },
  };
}

/** `started` when it is the browser `request` asks for; otherwise that one is closed and the right one started. */
export function adoptEarlyBrowser(started: EarlyBrowser | undefined, request: BrowserRequest, launch = launchBrowser): EarlyBrowser {
  if (started?.isFor(request)) return started;
  void started?.discard();
  return startBrowserEarly(request, launch);
}
