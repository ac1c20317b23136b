// Reads the project's pressroom.config.yaml, if it has one, with errors located in it (edge: reads a file).

import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseFrontMatter } from "../stages/load-issue/parse-front-matter.js";
import { ISSUE_DEFAULT_KEYS, projectConfigSchema, type IssueDefaults, type ProjectConfig } from "./project-config-schema.js";

export const CONFIG_FILE_NAMES = ["pressroom.config.yaml", "pressroom.config.yml"] as const;

export interface LoadedProjectConfig {
  /** The file read, or undefined when the project has none. */
  file?: string;
  config: ProjectConfig;
}

export async function loadProjectConfig(projectDir: string): Promise<LoadedProjectConfig> {
  for (const name of CONFIG_FILE_NAMES) {
    const file = path.join(projectDir, name);
    const text = await readFile(file, "utf8").catch(() => null);
    if (text === null) continue;
    const display = path.relative(process.cwd(), file) || name;
    // The whole file is YAML: parsed like front matter starting on line 1, so mistakes get their line and column.
    const { data } = parseFrontMatter(text.replace(/^\uFEFF/, ""), 1, display, projectConfigSchema, {}, "settings file");
    return { file, config: data };
  }
  return { config: {} };
}

/** The issue settings of a project's config: defaults under every issue.md. */
export function pickIssueDefaults(config: ProjectConfig): IssueDefaults {
  return Object.fromEntries(ISSUE_DEFAULT_KEYS.filter((key) => config[key] !== undefined).map((key) => [key, config[key]])) as IssueDefaults;
}
