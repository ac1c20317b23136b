// Options for one build, as the library takes them, and their resolution into absolute paths and defaults.

import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { BuildWarning } from "../diagnostics/warnings.js";
import type { IssueDefaults, ProjectConfig } from "./project-config-schema.js";

export interface BuildOptions {
  /** The issue folder, e.g. "issues/2026-11". */
  issue: string;
  /** Where output/ and templates/ are looked for. Default: the current folder. */
  projectDir?: string;
  /** Folder the issue's output folder is made in. Default: <projectDir>/output. */
  outDir?: string;
  /** Build only these editions (codes from issue.md); default all. */
  editions?: string[];
  /** Path of Chrome or Chromium; default: found as described in find-browser.ts. */
  browser?: string;
  /** Let raw HTML in Markdown through (off: it is shown as text). */
  allowHtml?: boolean;
  /** Print every picture in grayscale (a photocopied run); true wins over issue.md's `grayscale`. */
  grayscale?: boolean;
  /** Also write each edition imposed for an office printer (<edition>.booklet.pdf or .2up.pdf); wins over issue.md's `impose`. */
  impose?: "booklet" | "2up";
  /** The paper a booklet is printed on, g/m², for its creep; wins over issue.md's `paper-weight`. */
  paperWeight?: number;
  /** Also write a press PDF per edition (<edition>.press.pdf: bleed, marks, boxes) and its preflight report. */
  press?: PressOptions;
  /** Longest time one edition's layout may take, in ms. Default: scaled to the issue's size. */
  timeoutMs?: number;
  /** Cancels the build (the CLI connects it to Ctrl-C). */
  signal?: AbortSignal;
  /** Called as each edition makes progress. */
  onProgress?(event: ProgressEvent): void;
  onWarning?(warning: BuildWarning): void;
  env?: NodeJS.ProcessEnv;
  /**
   * "repaired" (default): invisible twins for Nastaliq lines and the text-layer repair. "chrome": the text
   * layer exactly as Chrome writes it, for measuring what the repair gains (scripts/measure-text-layer).
   */
  textLayer?: "repaired" | "chrome";
}

export type ProgressEvent =
  | { type: "stage"; stage: string }
  | { type: "page"; edition: string; page: number }
  /** `panels`: a folded leaflet, whose `file` is its sheet (both sides) and `panels.file` its panels in reading order. */
  | { type: "edition-done"; edition: string; pages: number; file: string; panels?: { count: number; file: string } }
  /** Copyfitting made an edition fill its sheet (the sheet layout): what it changed. */
  | { type: "edition-fitted"; edition: string; message: string }
  /** An edition's office copy is written: `scale` below 1 when its pages were shrunk to fit the sheet. */
  | { type: "edition-imposed"; edition: string; mode: "booklet" | "2up"; file: string; sheets: number; sheet: string; scale: number };

export interface PressOptions {
  /** Bleed in mm (0 to 10); wins over issue.md's `press: { bleed }`. Default 3. */
  bleedMm?: number;
  /** Convert the press PDF to CMYK with Ghostscript. */
  cmyk?: boolean;
}

export interface ResolvedOptions {
  issueDir: string;
  /** The issue path as given, for messages. */
  issueDisplay: string;
  projectDir: string;
  outRoot: string;
  templatesDir: string;
  /** Where layouts are looked for, in order: the project's own templates/ (when it has one), then pressroom's. */
  templateRoots: readonly string[];
  fontsDir: string;
  editions?: string[];
  browser?: string;
  /** Who named `browser`, for messages: "--browser", or the project's config file when it did. */
  browserSource?: string;
  allowHtml: boolean;
  /** true: grayscale whatever issue.md says; false/undefined: issue.md decides. */
  grayscale?: boolean;
  /** The office copy asked for on the command line; undefined: issue.md decides. */
  impose?: "booklet" | "2up";
  /** The booklet paper's weight given on the command line (g/m²); undefined: issue.md decides. */
  paperWeight?: number;
  /** Set when a press PDF was asked for; its bleed, when given, wins over issue.md's. */
  press?: PressOptions;
  timeoutMs?: number;
  env: NodeJS.ProcessEnv;
  textLayer: "repaired" | "chrome";
  /** pressroom.config.yaml's issue settings: under issue.md's, over pressroom's own defaults. */
  issueDefaults: IssueDefaults;
  /** The project config file read, if any. */
  configFile?: string;
}

/** The folder pressroom itself is installed in (holds the bundled templates/ and fonts/). */
export const PACKAGE_DIR = path.resolve(fileURLToPath(new URL("../../", import.meta.url)));

/** Where layouts are looked for, in order: the project's own templates/ (when it has one), then pressroom's. */
export function listTemplateRoots(projectDir: string): readonly string[] {
  const own = path.join(projectDir, "templates");
  return [...new Set([existsSync(own) ? own : path.join(PACKAGE_DIR, "templates"), path.join(PACKAGE_DIR, "templates")])];
}

/**
 * Precedence, lowest first: pressroom's defaults, the project's pressroom.config.yaml (`project`), issue.md,
 * an article's front matter, the command line (`options`). Issue and article settings are applied in the load stage.
 */
export function resolveOptions(options: BuildOptions, project: { file?: string; config: ProjectConfig; issueDefaults: IssueDefaults } = { config: {}, issueDefaults: {} }): Readonly<ResolvedOptions> {
  const projectDir = path.resolve(options.projectDir ?? process.cwd());
  const issueDir = path.resolve(projectDir, options.issue);
  const display = path.relative(process.cwd(), issueDir) || ".";
  const config = project.config;
  // A project's own templates/ or fonts/ win; otherwise the ones shipped with pressroom are used.
  const pick = (name: string) => (existsSync(path.join(projectDir, name)) ? path.join(projectDir, name) : path.join(PACKAGE_DIR, name));
  return Object.freeze({
    issueDir,
    issueDisplay: display.startsWith("..") ? issueDir : display,
    projectDir,
    outRoot: path.resolve(projectDir, options.outDir ?? config.output ?? "output"),
    templatesDir: pick("templates"),
    templateRoots: listTemplateRoots(projectDir),
    fontsDir: pick("fonts"),
    editions: options.editions,
    browser: options.browser ?? config.browser,
    ...(!options.browser && config.browser && { browserSource: path.basename(project.file ?? "pressroom.config.yaml") }),
    // A flag can only turn raw HTML on; the project may turn it on for every build.
    allowHtml: options.allowHtml === true || config.allowHtml === true,
    grayscale: options.grayscale,
    impose: options.impose,
    paperWeight: options.paperWeight,
    press: options.press,
    timeoutMs: options.timeoutMs ?? (config.timeout === undefined ? undefined : config.timeout * 1000),
    env: options.env ?? process.env,
    textLayer: options.textLayer ?? "repaired",
    issueDefaults: project.issueDefaults,
    ...(project.file && { configFile: project.file }),
  });
}
