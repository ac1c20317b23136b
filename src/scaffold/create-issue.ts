// Makes a new issue folder for `pressroom new`: reads the issues beside it for the next number and the paper's settings, writes the files (edge).

import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";
import { LayoutError, OutputError, UsageError } from "../diagnostics/errors.js";
import { listTemplateRoots } from "../config/build-options.js";
import { loadLayout } from "../stages/load-issue/load-layout.js";
import { findIssueFileName, ISSUE_TRANSLATION_NAME } from "../stages/load-issue/file-names.js";
import { splitFrontMatter } from "../stages/load-issue/split-front-matter.js";
import { findLatest, planNewIssue, type NewIssueChoices, type PreviousIssue } from "./plan-new-issue.js";
import { makeFolder } from "../shared/make-folder.js";
import { describeWriteError } from "../stages/write-output/prepare-output-folder.js";
import { decodeText } from "../shared/decode-text.js";

export interface CreatedIssue {
  folder: string;
  number: number | string;
  date: string;
  /** Paths inside the folder, as written. */
  files: string[];
  /** The issue whose settings were carried over, if any. */
  from?: string;
}

export async function createIssue(folder: string, choices: NewIssueChoices, projectDir = process.cwd()): Promise<CreatedIssue> {
  const target = path.resolve(folder);
  if (await isNonEmptyFolder(target)) {
    throw new UsageError("new-folder-exists", `${folder} already exists and is not empty: pressroom never writes over an issue.`, {
      hint: "Choose a new folder name, e.g. issues/2026-12.",
    });
  }
  const previous = await readSiblingIssues(path.dirname(target), target);
  const latestMeta = findLatest(previous.map(({ issue }) => issue))?.meta;
  const shape = await readLayoutShape(projectDir, choices.layout ?? (typeof latestMeta?.layout === "string" ? latestMeta.layout : "newspaper"), choices.layout !== undefined);
  const plan = planNewIssue(previous.map(({ issue }) => issue), { ...choices, shape });
  for (const [file, text] of Object.entries(plan.files)) {
    try {
      await makeFolder(path.dirname(path.join(target, file)));
      // "wx": never replace a file, even one made a moment ago by someone else.
      await writeFile(path.join(target, file), text, { flag: "wx" });
    } catch (error) {
      throw new OutputError("write-failed", `The new issue cannot be made in ${folder}: ${describeWriteError(error, path.join(target, file))}.`, {
        hint: "Choose another place for it, e.g. issues/2026-12 inside your project.",
        cause: error,
      });
    }
  }
  const latest = findLatest(previous.map(({ issue }) => issue));
  const from = previous.find(({ issue }) => issue === latest)?.folder;
  return { folder: target, number: plan.number, date: plan.date, files: Object.keys(plan.files), ...(from && { from }) };
}

/**
 * Whether the layout prints pages, one sheet or a folded leaflet. A layout that does not exist is refused here,
 * not at the first build: `--layout shet` made an issue no command could build.
 */
async function readLayoutShape(projectDir: string, name: string, fromCommandLine: boolean): Promise<NonNullable<NewIssueChoices["shape"]>> {
  try {
    const { settings } = await loadLayout(listTemplateRoots(projectDir), name, { file: "issue.md" });
    return settings.fold ? "leaflet" : settings.sides ? "sheet" : "pages";
  } catch (error) {
    if (!(error instanceof LayoutError) || error.code !== "layout-unknown") throw error;
    throw new UsageError("new-layout-unknown", fromCommandLine ? `--layout ${name}: ${error.message}` : `The latest issue's layout, "${name}", cannot be found. ${error.message}`, {
      hint: fromCommandLine ? (error.hint ?? "") : `Name the new issue's layout with --layout, e.g. --layout newspaper. ${error.hint ?? ""}`.trim(),
      cause: error,
    });
  }
}

async function isNonEmptyFolder(folder: string): Promise<boolean> {
  const info = await stat(folder).catch(() => null);
  if (!info) return false;
  if (!info.isDirectory()) return true;
  return (await readdir(folder)).length > 0;
}

/** issue.<lang>.md's settings in an issue folder, by language; an unreadable one is passed over like a broken issue.md. */
async function readTranslations(folder: string): Promise<Record<string, Record<string, unknown>>> {
  const translations: Record<string, Record<string, unknown>> = {};
  for (const name of await readdir(folder).catch(() => [])) {
    const language = ISSUE_TRANSLATION_NAME.exec(name)?.[1];
    if (!language) continue;
    try {
      const { yaml } = splitFrontMatter(decodeText(await readFile(path.join(folder, name)), name), name);
      const meta = yaml ? (parse(yaml) as unknown) : null;
      if (meta && typeof meta === "object" && !Array.isArray(meta)) translations[language] = meta as Record<string, unknown>;
    } catch {
      // As with issue.md: `pressroom check` reports it in its own issue.
    }
  }
  return translations;
}

/** The issues in the folder the new one goes in (issues/): their numbers and settings; unreadable ones are passed over. */
async function readSiblingIssues(parent: string, except: string): Promise<{ folder: string; issue: PreviousIssue }[]> {
  const entries = await readdir(parent, { withFileTypes: true }).catch(() => []);
  const found: { folder: string; issue: PreviousIssue }[] = [];
  for (const entry of entries) {
    const folder = path.join(parent, entry.name);
    if (!entry.isDirectory() || folder === except) continue;
    // Found as the build finds it, in any case.
    const name = findIssueFileName(await readdir(folder).catch(() => [] as string[]));
    const bytes = name ? await readFile(path.join(folder, name)).catch(() => null) : null;
    if (bytes === null) continue;
    try {
      const { yaml } = splitFrontMatter(decodeText(bytes, "issue.md"), "issue.md");
      const meta = yaml ? (parse(yaml) as Record<string, unknown> | null) : null;
      if (meta && typeof meta === "object" && (typeof meta.number === "number" || typeof meta.number === "string")) {
        found.push({ folder, issue: { number: meta.number, meta, translations: await readTranslations(folder) } });
      }
    } catch {
      // A broken issue.md is that issue's problem; `pressroom check` reports it there.
    }
  }
  return found;
}
