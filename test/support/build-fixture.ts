// Writes a fixture issue into a temporary project and builds it with the system's Chromium, for tests that read its PDF.

import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { build, type BuildResult } from "../../src/index.js";
import { getBrowserPath } from "./browser.js";
import { makeProject } from "./issue-fixture.js";

const ROOT = path.resolve(import.meta.dirname, "../..");

/**
 * The files of the fixture issue test/fixtures/<name>, with the sample issues' pictures it uses (paths under issues/,
 * such as "2026-11/images/lantern-walk-map.svg"), which fixtures take from there rather than copy, under images/.
 */
export function readFixture(name: string, pictures: readonly string[] = []): Record<string, string | Buffer> {
  const folder = path.join(ROOT, "test", "fixtures", name);
  const files: Record<string, string | Buffer> = Object.fromEntries(readdirSync(folder).map((file) => [file, readFileSync(path.join(folder, file), "utf8")]));
  for (const picture of pictures) files[`images/${path.basename(picture)}`] = readFileSync(path.join(ROOT, "issues", picture));
  return files;
}

/**
 * The files of a sample issue (issues/<name>), its issue.md's settings replaced by `settings` (a line `key: value`
 * for each), and any article's text passed through `edit` (file name, text) first.
 */
export function readSampleIssue(
  name: string,
  settings: Record<string, string>,
  edit: (file: string, text: string) => string = (_file, text) => text,
): Record<string, string | Buffer> {
  const folder = path.join(ROOT, "issues", name);
  const files: Record<string, string | Buffer> = {};
  for (const file of readdirSync(folder)) if (file.endsWith(".md")) files[file] = edit(file, readFileSync(path.join(folder, file), "utf8"));
  for (const file of readdirSync(path.join(folder, "images"))) files[`images/${file}`] = readFileSync(path.join(folder, "images", file));
  let issue = files["issue.md"] as string;
  for (const [key, value] of Object.entries(settings)) issue = issue.replace(new RegExp(`^${key}: .*$`, "m"), `${key}: ${value}`);
  files["issue.md"] = issue;
  return files;
}

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

/** Builds `files` as buildFixture does, hands the build's result to `check`, and removes the project however `check` ends. */
export async function checkFixtureBuild(files: Record<string, string | Buffer>, check: (result: BuildResult) => void | Promise<void>): Promise<void> {
  const { project, result } = await buildFixture(files);
  try {
    await check(result);
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}

/** Builds `files` as checkFixtureBuild does and hands `check` the first edition's output (failing when no PDF was written). */
export async function checkFirstEdition(files: Record<string, string | Buffer>, check: (output: BuildResult["outputs"][number]) => void | Promise<void>): Promise<void> {
  await checkFixtureBuild(files, (result) => {
    const output = result.outputs[0];
    if (!output) throw new Error("no PDF written");
    return check(output);
  });
}
