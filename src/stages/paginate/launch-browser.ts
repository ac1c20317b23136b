// Starts one headless Chromium for a build, in a throwaway profile, and registers its cleanup (edge).

import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { PaginationError } from "../../diagnostics/errors.js";
import { isHeadlessShell, type BrowserLocation } from "./find-browser.js";

/**
 * Flags from PITFALLS.md: without the networking ones Chromium fires failing connections at start;
 * --no-sandbox because the build may run as root (CI, containers); the page itself is locked down
 * by request interception instead (see paginate.ts).
 */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-default-apps",
  "--disable-extensions",
  "--font-render-hinting=none",
  // The full Chromium loads its address bar's drop-down (a web page of its own, in its own renderer) even when
  // headless: 1.3 s of a core in a build, measured in a trace, for a bar nobody sees (the headless shell has
  // none). Puppeteer merges this with its own list of disabled features.
  "--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup",
];

/** Puppeteer's mode for the browser at `browserPath`: a headless shell runs in its own ("shell"), any other Chrome headless. */
export function chooseHeadlessMode(browserPath: string): "shell" | true {
  return isHeadlessShell(browserPath) ? "shell" : true;
}

export interface LaunchedBrowser {
  browser: Browser;
  /** Whether it runs as one process (ONE_PROCESS_FLAGS): its renderer then lays out one page at a time, whatever the tabs. */
  oneProcess: boolean;
  /**
   * A new page (tab). Opening one starts a renderer (a process, or a thread of the one process), 0.1 to 0.4 s: one
   * is kept open ahead (the tab the browser starts with, then another each time one is taken), so an edition or a
   * copyfitting trial does not wait.
   */
  newPage(): Promise<Page>;
  /** Closes the browser (killing it if it does not close) and removes its profile folder. */
  close(): Promise<void>;
}

/**
 * The headless shell runs in one process unless told otherwise: its browser, renderer and GPU code as threads of
 * one program instead of five programs that each start, link and map Chromium's 220 MB binary, and without the
 * zygote processes that would start renderers. On this project's two-core machine that is half a second of a core
 * less at every start (8 pages: 2.69 -> 2.44 s; six sheets about 7.1 -> 6.4 s; without the zygotes about 0.15 s
 * of a core less again), the same pages and text (docs/performance.md, the tenth round). Chromium calls the mode
 * unsupported, so it is kept to the shell, where the tests run it; a browser that will not start in it is started
 * the usual way, and so is one started again after it stopped mid-build (run-build.ts).
 */
export const ONE_PROCESS_FLAGS = ["--single-process", "--no-zygote"];

export interface LaunchChoices {
  /** Run the browser as one process (the default for a headless shell); false after it stopped once in that mode. */
  oneProcess?: boolean;
}

export async function launchBrowser(location: BrowserLocation, timeoutMs: number, choices: LaunchChoices = {}): Promise<LaunchedBrowser> {
  const oneProcess = choices.oneProcess ?? isHeadlessShell(location.path);
  const profile = await mkdtemp(path.join(os.tmpdir(), "pressroom-chromium-"));
  const launch = (flags: string[]) =>
    puppeteer.launch({
      executablePath: location.path,
      headless: chooseHeadlessMode(location.path),
      args: flags,
      userDataDir: profile,
      // pressroom handles Ctrl-C itself so that cleanup runs once, in order.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      timeout: timeoutMs,
      protocolTimeout: Math.max(timeoutMs * 4, 180_000),
      // Commands go over two pipes to the browser's process (its file descriptors 3 and 4), not a DevTools port on
      // 127.0.0.1 that any program on the machine could connect to and drive the browser through while a build runs
      // (Puppeteer's default).
      pipe: true,
    });
  let browser: Browser;
  try {
    const asUsual = () => launch(CHROMIUM_FLAGS);
    browser = oneProcess
      ? await launch([...CHROMIUM_FLAGS, ...ONE_PROCESS_FLAGS]).catch((error: unknown) => retryUnlessTimedOut(error, asUsual))
      : await asUsual();
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw new PaginationError("browser-launch", `Chromium at ${location.path} could not be started: ${(error as Error).message.split("\n")[0]}`, {
      hint: "Check that this browser runs on its own (e.g. `chromium --version`), or point pressroom at another with --browser.",
      cause: error,
    });
  }
  let closing: Promise<void> | undefined;
  // The tab opened ahead comes to the front, so the pages being laid out sit behind it, hidden: a hidden page
  // draws no frames, which saves painting each page as it is laid out (six single sheets: 24 s in windows of
  // their own, all visible, against 18 s as hidden tabs). Nothing in the page waits for a frame (bridge.js's
  // tickWithoutFrames, wait-for-pictures.js).
  let spare: Promise<Page> = browser.pages().then((pages) => pages[0] ?? browser.newPage());
  spare.catch(() => undefined);
  return {
    browser,
    // As started, whichever way that was: a shell that would not start as one process runs as several.
    oneProcess: ONE_PROCESS_FLAGS.every((flag) => browser.process()?.spawnargs.includes(flag) === true),
    newPage() {
      const page = spare;
      spare = browser.newPage();
      // A spare that fails (the browser stopped) fails whoever takes it, as newPage() itself would.
      spare.catch(() => undefined);
      return page;
    },
    close() {
      // One closing, awaited by every caller: the build starts it once the last edition is laid out and awaits it
      // again in its cleanup, and a second call that returned at once let the process exit before the profile
      // folder was removed (a pressroom-chromium-* folder left in the temporary folder now and then).
      closing ??= (async () => {
        const process = browser.process();
        await Promise.race([browser.close().catch(() => undefined), delay(5000)]);
        if (process && process.exitCode === null && !process.killed) process.kill("SIGKILL");
        await rm(profile, { recursive: true, force: true, maxRetries: 3 });
      })();
      return closing;
    },
  };
}

/** A browser that did not start in one process is tried once the usual way; one that hung is not waited for twice. */
function retryUnlessTimedOut(error: unknown, retry: () => Promise<Browser>): Promise<Browser> {
  return (error as Error)?.name === "TimeoutError" ? Promise.reject(error) : retry();
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
