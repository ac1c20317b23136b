// Writes small issue folders into a temporary project for tests of what editors get wrong.

import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";

export const GOOD_ISSUE_MD = `---
title: The Test Gazette
number: 3
date: 2026-05-01
languages: [en]
---
`;

export const GOOD_ARTICLE = `---
title: A short story
---

Some words about the street market, and a note.[^1]

[^1]: The note.
`;

/** Makes a project folder holding issues/<name>/ with the given files (path -> text). */
export function makeProject(files: Record<string, string | Buffer>, name = "test-issue"): { project: string; issue: string } {
  // Inside the run's scratch folder, which the run removes at its end (see scratch-folder.ts).
  const project = mkdtempSync(path.join(inject("scratchFolder") ?? os.tmpdir(), "pressroom-fixture-"));
  const issue = path.join(project, "issues", name);
  mkdirSync(issue, { recursive: true });
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(issue, file)), { recursive: true });
    writeFileSync(path.join(issue, file), content);
  }
  return { project, issue };
}

/** Copies an image from the sample issue into a fixture. */
export function copySampleImage(issue: string, root: string, name = "alder-court-scaffolding.svg"): void {
  mkdirSync(path.join(issue, "images"), { recursive: true });
  cpSync(path.join(root, "issues/2026-11/images", name), path.join(issue, "images", name));
}

/** Copies pressroom's newspaper layout into the project as templates/hostile, with `extra` written before </body> (issue.md picks it with `layout: hostile`). */
export function addHostileLayout(project: string, root: string, extra: string): void {
  const dir = path.join(project, "templates", "hostile");
  cpSync(path.join(root, "templates", "newspaper"), dir, { recursive: true });
  const layout = readFileSync(path.join(dir, "layout.hbs"), "utf8");
  writeFileSync(path.join(dir, "layout.hbs"), layout.replace("</body>", `${extra}\n</body>`));
}
