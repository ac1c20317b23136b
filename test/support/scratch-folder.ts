// Gives one test run a scratch folder for fixture projects and removes it when the run ends, so runs do not fill /tmp.

import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    scratchFolder: string;
  }
}

/** Vitest's global setup: makes the folder, hands it to the test files, and returns the teardown that removes it. */
export default function setup(project: TestProject): () => void {
  const folder = mkdtempSync(path.join(os.tmpdir(), "pressroom-test-run-"));
  project.provide("scratchFolder", folder);
  return () => rmSync(folder, { recursive: true, force: true });
}
