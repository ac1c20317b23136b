// Covers bin/pressroom.js's choice of what to run: the bundle when it is up to date, dist/ as tsc wrote it otherwise, and the real bundle's presence after a build.

import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CLI, ROOT } from "../support/run-cli.js";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A package folder with the real bin and two stand-in entries that say which one ran, written `bundleAge` seconds apart. */
function makePackage(bundleAge: number | undefined): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "pressroom-bin-"));
  made.push(dir);
  mkdirSync(path.join(dir, "bin"));
  copyFileSync(CLI, path.join(dir, "bin", "pressroom.js"));
  writeFileSync(path.join(dir, "package.json"), '{ "type": "module" }');
  const entry = (name: string) => `export async function main(argv) { process.stdout.write("${name} " + argv.join(" ")); return 0; }\n`;
  mkdirSync(path.join(dir, "dist", "cli"), { recursive: true });
  writeFileSync(path.join(dir, "dist", "cli", "main.js"), entry("compiled"));
  if (bundleAge !== undefined) {
    mkdirSync(path.join(dir, "dist", "bundle"));
    writeFileSync(path.join(dir, "dist", "bundle", "main.js"), entry("bundled"));
    const now = Date.now() / 1000;
    utimesSync(path.join(dir, "dist", "cli", "main.js"), now, now);
    utimesSync(path.join(dir, "dist", "bundle", "main.js"), now + bundleAge, now + bundleAge);
  }
  return dir;
}

const run = (dir: string) => spawnSync(process.execPath, [path.join(dir, "bin", "pressroom.js"), "build", "issues/x"], { encoding: "utf8" });

describe("bin/pressroom.js", () => {
  it("runs the bundle when it was made after tsc's output", () => {
    expect(run(makePackage(5)).stdout).toBe("bundled build issues/x");
  });

  it("runs dist/ as tsc wrote it when the bundle is older (tsc run alone after a change) or missing", () => {
    expect(run(makePackage(-5)).stdout).toBe("compiled build issues/x");
    expect(run(makePackage(undefined)).stdout).toBe("compiled build issues/x");
  });

  it("finds the real bundle, with the repair's worker beside it, after `npm run build` (the tests' pretest)", () => {
    for (const file of ["main.js", "content-repair-worker.js"]) expect(existsSync(path.join(ROOT, "dist", "bundle", file)), file).toBe(true);
  });
});
