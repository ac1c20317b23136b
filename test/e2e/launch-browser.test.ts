// launch-browser.ts in real Chromium: driven through a pipe; a headless shell runs as one process, and starts the usual way when it refuses to.

import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { isHeadlessShell } from "../../src/stages/paginate/find-browser.js";
import { launchBrowser, ONE_PROCESS_FLAGS, type LaunchedBrowser } from "../../src/stages/paginate/launch-browser.js";
import { getBrowserPath } from "../support/browser.js";

let launched: LaunchedBrowser | undefined;
let folder: string | undefined;

afterEach(async () => {
  await launched?.close();
  launched = undefined;
  if (folder) rmSync(folder, { recursive: true, force: true });
  folder = undefined;
});

/** Whether the browser was started with every flag that makes it one process, or none of them. */
function readProcessMode(browser: LaunchedBrowser): "one" | "several" | "mixed" {
  const flags = readFlags(browser);
  const given = ONE_PROCESS_FLAGS.filter((flag) => flags.includes(flag)).length;
  return given === ONE_PROCESS_FLAGS.length ? "one" : given === 0 ? "several" : "mixed";
}

/** The flags the browser process was started with. */
function readFlags(browser: LaunchedBrowser): string[] {
  const child = browser.browser.process();
  if (!child) throw new Error("The browser was connected to, not launched: its flags cannot be read.");
  return child.spawnargs;
}

/** Lays out a line in a new page: the browser does its job, whatever its processes. */
async function measureLine(browser: LaunchedBrowser): Promise<number> {
  const page = await browser.newPage();
  await page.setContent(`<p style="font: 20px serif">Printed on both sides</p>`);
  return page.evaluate(() => document.querySelector("p")!.getBoundingClientRect().width);
}

/** A browser named like a headless shell that exits at once when asked to run as one process, as a future Chromium might. */
function writeRefusingShell(): string {
  folder = mkdtempSync(path.join(os.tmpdir(), "pressroom-refusing-"));
  const shell = path.join(folder, "chromium-headless-shell");
  const refusals = path.join(folder, "refused");
  writeFileSync(shell, `#!/bin/sh\nfor flag in "$@"; do [ "$flag" = "--single-process" ] && { echo refused >> "${refusals}"; exit 1; }; done\nexec "${getBrowserPath()}" "$@"\n`);
  chmodSync(shell, 0o755);
  return shell;
}

describe("launchBrowser", () => {
  it("runs a headless shell as one process, and any other browser as usual", async () => {
    const browserPath = getBrowserPath();
    launched = await launchBrowser({ path: browserPath, source: "system" }, 30_000);
    expect(readProcessMode(launched)).toBe(isHeadlessShell(browserPath) ? "one" : "several");
    expect(launched.oneProcess).toBe(isHeadlessShell(browserPath));
    expect(await measureLine(launched)).toBeGreaterThan(50);
  }, 60_000);

  it("is driven through a pipe, with no DevTools port another program could connect to", async () => {
    launched = await launchBrowser({ path: getBrowserPath(), source: "system" }, 30_000);
    const flags = readFlags(launched);
    expect(flags).toContain("--remote-debugging-pipe");
    expect(flags.filter((flag) => flag.startsWith("--remote-debugging-port"))).toEqual([]);
    expect(launched.browser.wsEndpoint()).toBe("");
  }, 60_000);

  it("starts as several processes when told to, as after a crash", async () => {
    launched = await launchBrowser({ path: getBrowserPath(), source: "system" }, 30_000, { oneProcess: false });
    expect(readProcessMode(launched)).toBe("several");
    expect(launched.oneProcess).toBe(false);
    expect(await measureLine(launched)).toBeGreaterThan(50);
  }, 60_000);

  it("starts a shell that refuses to run as one process the usual way, and leaves no profile behind", async () => {
    const shell = writeRefusingShell();
    launched = await launchBrowser({ path: shell, source: "--browser" }, 30_000);
    expect(readFileSync(path.join(folder!, "refused"), "utf8")).toBe("refused\n");
    expect(readProcessMode(launched)).toBe("several");
    expect(launched.oneProcess).toBe(false);
    expect(await measureLine(launched)).toBeGreaterThan(50);
    const profile = readFlags(launched).find((flag) => flag.startsWith("--user-data-dir="))!.slice("--user-data-dir=".length);
    await launched.close();
    launched = undefined;
    expect(existsSync(profile)).toBe(false);
  }, 60_000);
});
