// Covers findBrowser: --browser flag, environment variables, system paths, and failing loudly instead of falling back.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BrowserNotFoundError } from "../../src/diagnostics/errors.js";
import { findBrowser, isHeadlessShell } from "../../src/stages/paginate/find-browser.js";
import { catchError } from "../fixtures/make-issue.js";

const EXECUTABLE = process.execPath;
const MISSING = "/nonexistent/pressroom-test/chrome";
const scratch = mkdtempSync(path.join(tmpdir(), "pressroom-find-browser-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("findBrowser", () => {
  it("throws BrowserNotFoundError for a --browser path that does not exist, with no silent fallback", () => {
    const error = catchError(() => findBrowser(MISSING, { CHROME_PATH: EXECUTABLE }, "linux"));
    expect(error).toBeInstanceOf(BrowserNotFoundError);
    expect(error.code).toBe("browser-not-found");
    expect(error.message).toContain("--browser");
    expect(error.message).toContain(MISSING);
  });

  it("names the project's config file instead of --browser when the path came from it", () => {
    const error = catchError(() => findBrowser(MISSING, {}, "linux", "pressroom.config.yaml"));
    expect(error.message).toBe(`The browser named by pressroom.config.yaml (${MISSING}) does not exist or cannot be run.`);
    expect(findBrowser(EXECUTABLE, {}, "plan9", "pressroom.config.yaml")).toEqual({ path: EXECUTABLE, source: "pressroom.config.yaml" });
  });

  it("returns CHROME_PATH when it names an executable", () => {
    expect(findBrowser(undefined, { CHROME_PATH: EXECUTABLE }, "plan9")).toEqual({ path: EXECUTABLE, source: "CHROME_PATH" });
  });

  it("prefers the flag over CHROME_PATH", () => {
    expect(findBrowser(EXECUTABLE, { CHROME_PATH: "/bin/sh" }, "plan9")).toEqual({ path: EXECUTABLE, source: "--browser" });
  });

  it("uses the flag even when CHROME_PATH is broken", () => {
    expect(findBrowser(EXECUTABLE, { CHROME_PATH: MISSING }, "plan9").source).toBe("--browser");
  });

  it("prefers PUPPETEER_EXECUTABLE_PATH over CHROME_PATH", () => {
    expect(findBrowser(undefined, { PUPPETEER_EXECUTABLE_PATH: EXECUTABLE, CHROME_PATH: "/bin/sh" }, "plan9"))
      .toEqual({ path: EXECUTABLE, source: "PUPPETEER_EXECUTABLE_PATH" });
  });

  it("throws for a CHROME_PATH that does not exist, naming the variable", () => {
    const error = catchError(() => findBrowser(undefined, { CHROME_PATH: MISSING }, "linux"));
    expect(error).toBeInstanceOf(BrowserNotFoundError);
    expect(error.message).toContain("CHROME_PATH");
  });

  it("throws for a file that exists but is not executable", () => {
    const file = path.join(scratch, "not-executable");
    writeFileSync(file, "text", { mode: 0o644 });
    expect(catchError(() => findBrowser(file, {}, "plan9"))).toBeInstanceOf(BrowserNotFoundError);
  });

  it("ignores an empty CHROME_PATH", () => {
    const error = catchError(() => findBrowser(undefined, { CHROME_PATH: "" }, "plan9"));
    expect(error.message).toContain("none was found on this computer");
  });

  it("on an unknown platform with no env, throws with an install hint mentioning apt-get install chromium", () => {
    const error = catchError(() => findBrowser(undefined, {}, "plan9"));
    expect(error).toBeInstanceOf(BrowserNotFoundError);
    expect(error.code).toBe("browser-not-found");
    expect(error.hint).toContain("apt-get install chromium");
    expect(error.hint).toContain("CHROME_PATH");
  });

  // BUG: src/stages/paginate/find-browser.ts (isExecutable) only checks access(X_OK), which a directory passes,
  // so `--browser /tmp` is accepted as a browser and the failure comes later, at launch, with a less clear message.
  it("refuses a directory given as --browser", () => {
    expect(catchError(() => findBrowser(scratch, {}, "plan9"))).toBeInstanceOf(BrowserNotFoundError);
  });
});

describe("isHeadlessShell", () => {
  it("knows Debian's and Chrome for Testing's headless shells, on any system, and not the full browsers", () => {
    expect(isHeadlessShell("/usr/bin/chromium-headless-shell")).toBe(true);
    expect(isHeadlessShell("/home/ed/.cache/chrome-headless-shell/linux64/chrome-headless-shell")).toBe(true);
    expect(isHeadlessShell("C:\\Tools\\chrome-headless-shell-win64\\chrome-headless-shell.exe")).toBe(true);
    expect(isHeadlessShell("/usr/lib/chromium/headless_shell")).toBe(true);
    expect(isHeadlessShell("/usr/bin/chromium")).toBe(false);
    // Only the program's own name counts, not a folder on its way.
    expect(isHeadlessShell("/opt/headless-shell-builds/chrome")).toBe(false);
  });
});
