// Covers startBrowserEarly and adoptEarlyBrowser: one launch, held errors, the project's own browser, nothing left open.

import { describe, expect, it } from "vitest";
import { BrowserNotFoundError } from "../../src/diagnostics/errors.js";
import type { BrowserLocation } from "../../src/stages/paginate/find-browser.js";
import type { LaunchedBrowser } from "../../src/stages/paginate/launch-browser.js";
import { adoptEarlyBrowser, startBrowserEarly } from "../../src/pipeline/start-browser-early.js";
import { catchError } from "../fixtures/make-issue.js";

// A program that exists and can be run stands in for a browser: nothing here starts one.
const BROWSER = process.execPath;
const OTHER = "/bin/sh";
const ENV = {};

/** A launcher that records what it started and what was closed. */
function recordLaunches() {
  const started: string[] = [];
  const closed: string[] = [];
  const launch = (location: BrowserLocation) => {
    started.push(location.path);
    return Promise.resolve({
      close: async () => void closed.push(location.path),
    } as unknown as LaunchedBrowser);
  };
  return { started, closed, launch };
}

describe("startBrowserEarly", () => {
  it("launches once, at once, and hands the launch to whoever takes it first", async () => {
    const { started, closed, launch } = recordLaunches();
    const early = startBrowserEarly({ browser: BROWSER, env: ENV }, launch);
    expect(started).toEqual([BROWSER]);
    expect(early.location()).toEqual({ path: BROWSER, source: "--browser" });
    expect(early.take()).toBeInstanceOf(Promise);
    expect(early.take()).toBeUndefined();
    // Taken, it is the taker's to close: discarding closes nothing.
    await early.discard();
    expect(closed).toEqual([]);
  });

  it("closes a browser nobody took when discarded", async () => {
    const { closed, launch } = recordLaunches();
    await startBrowserEarly({ browser: BROWSER, env: ENV }, launch).discard();
    expect(closed).toEqual([BROWSER]);
  });

  it("holds a missing browser's error until the build asks where the browser is", () => {
    const { started, launch } = recordLaunches();
    const early = startBrowserEarly({ browser: "/nonexistent/pressroom-test/chrome", env: ENV }, launch);
    expect(started).toEqual([]);
    expect(early.take()).toBeUndefined();
    expect(catchError(() => early.location())).toBeInstanceOf(BrowserNotFoundError);
  });
});

describe("adoptEarlyBrowser", () => {
  it("uses the browser started for the same request", () => {
    const { started, launch } = recordLaunches();
    const early = startBrowserEarly({ browser: BROWSER, env: ENV }, launch);
    expect(adoptEarlyBrowser(early, { browser: BROWSER, env: ENV }, launch)).toBe(early);
    expect(started).toEqual([BROWSER]);
  });

  it("closes it and starts the project's browser when the project's settings name another", async () => {
    const { started, closed, launch } = recordLaunches();
    const env = { CHROME_PATH: BROWSER };
    // The command line knows only --browser (none here); the project's pressroom.config.yaml names OTHER.
    const early = startBrowserEarly({ browser: undefined, env }, launch);
    const adopted = adoptEarlyBrowser(early, { browser: OTHER, env }, launch);
    expect(adopted).not.toBe(early);
    expect(adopted.location().path).toBe(OTHER);
    await new Promise((resolve) => setImmediate(resolve)); // the discarded browser closes without being awaited
    expect(started).toEqual([BROWSER, OTHER]);
    expect(closed).toEqual([BROWSER]);
  });

  it("starts one when none was started early (the library's build)", () => {
    const { started, launch } = recordLaunches();
    adoptEarlyBrowser(undefined, { browser: BROWSER, env: ENV }, launch);
    expect(started).toEqual([BROWSER]);
  });
});
