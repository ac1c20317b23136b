// Writes a fixture issue into a temporary project and builds it with the system's Chromium, for tests that read its PDF.

import { rmSync } from "node:fs";
import path from "node:path";
import { build, type BuildResult } from "../../src/index.js";
import { getBrowserPath } from "./browser.js";
import { makeProject } from "./issue-fixture.js";

/**
 * Builds `files` (path in the issue folder -> text or bytes) as issues/test-issue of a new project, its PDFs in
 * the project's out/. The caller removes `project` when done; a build that throws removes it first.
 */
export async function buildFixture(files: Record<string, string | Buffer>): Promise<{ project: string; result: BuildResult }> {
  const { project, issue } = makeProject(files);
  try {
    const result = await build({ issue, projectDir: project, outDir: path.join(project, "out"), browser: getBrowserPath() });
    return { project, result };
  } catch (error) {
    rmSync(project, { recursive: true, force: true });
    throw error;
  }
}
