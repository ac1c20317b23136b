// Builds one generated issue with the command line, as a developer would (`pressroom build --json`), and keeps what it printed.

import { spawn } from "node:child_process";
import path from "node:path";
import type { BuildOutcome } from "./record-stress-build.js";

export interface StressBuild {
  /** The project holding bin/pressroom.js. */
  packageDir: string;
  issueDir: string;
  outDir: string;
  browser?: string;
  /** Seconds after which the build is stopped, so one stuck layout cannot hold the whole run. */
  timeoutSeconds: number;
}

/** Never rejects: a build that fails or is stopped is an outcome to record. */
export function spawnStressBuild(build: StressBuild): Promise<BuildOutcome> {
  const args = [path.join(build.packageDir, "bin", "pressroom.js"), "build", build.issueDir, "--json", "--out", build.outDir, ...(build.browser ? ["--browser", build.browser] : [])];
  const started = performance.now();
  return new Promise((resolve) => {
    // NO_COLOR: the error text is stored in summary.json, where colour codes would be noise.
    const child = spawn(process.execPath, args, { cwd: build.packageDir, env: { ...process.env, NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    let timedOut: number | undefined;
    // SIGTERM: the build closes its browser and removes its temporary files on it (run-build-command.ts).
    const timer = setTimeout(() => {
      timedOut = build.timeoutSeconds;
      child.kill("SIGTERM");
    }, build.timeoutSeconds * 1000);
    let finished = false;
    // A child that cannot start reports an error and may close after it: the first of the two is the outcome.
    const finish = (exitCode: number | null, error?: Error) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      resolve({
        exitCode,
        stdout: Buffer.concat(stdout).toString("utf8"),
        stderr: Buffer.concat(stderr).toString("utf8") + (error ? `\nerror: could not run the build: ${error.message}` : ""),
        seconds: (performance.now() - started) / 1000,
        ...(timedOut && { timedOut }),
      });
    };
    child.on("error", (error) => finish(1, error));
    child.on("close", (code) => finish(code));
  });
}
