// Reads a layout folder from templates/: layout.hbs, its partials, the shared partials and its layout.yaml (edge).

import { readdir, readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { DEFAULT_LAYOUT_SETTINGS, layoutSettingsSchema, type LayoutSettings } from "../../config/layout-settings-schema.js";
import { LayoutError, PressroomError, type SourceLocation } from "../../diagnostics/errors.js";
import { parseFrontMatter } from "./parse-front-matter.js";
import { findNearestName } from "../../shared/find-nearest-name.js";
import { listPaperNames } from "../../config/paper.js";

export interface LayoutSource {
  name: string;
  /** Absolute path of the layout folder. */
  dir: string;
  /** Absolute path of the _shared folder its pages use (base.css, shared partials). */
  sharedDir: string;
  template: { path: string; text: string };
  /** Partials by name: the layout's own win over templates/_shared/partials. */
  partials: Record<string, { path: string; text: string }>;
  /** The defaults from layout.yaml (paper, where notes go); pressroom's when the file is absent. */
  settings: LayoutSettings;
}

/**
 * The URL prefixes a layout's pages load its own files and _shared's from, served before templates/ (the
 * layout may come from a project's templates/ while _shared is pressroom's).
 */
export function listLayoutFolders(layout: Pick<LayoutSource, "name" | "dir" | "sharedDir">): Record<string, string> {
  return { [`/templates/${layout.name}/`]: layout.dir, "/templates/_shared/": layout.sharedDir };
}

/**
 * Finds layout `name` in the first of `roots` (a project's own templates/, then pressroom's) that has it,
 * so an editor's copied layout needs no copy of _shared; _shared likewise comes from the first root with one.
 */
export async function loadLayout(templates: string | readonly string[], name: string, where: SourceLocation): Promise<LayoutSource> {
  const roots = typeof templates === "string" ? [templates] : templates;
  const root = roots.find((candidate) => existsSync(path.join(candidate, name, "layout.hbs")));
  if (root === undefined) {
    const available = await listLayouts(roots);
    const nearest = findNearestName(name, available);
    throw new LayoutError("layout-unknown", `There is no layout called "${name}".${nearest ? ` Did you mean ${nearest}?` : ""}`, {
      hint: available.length
        ? `Use one of: ${available.join(", ")}. A layout is a folder in templates/ holding layout.hbs.`
        : `No layouts were found in ${roots.join(" or ")}. Restore templates/ from the pressroom checkout.`,
      location: where,
    });
  }
  const dir = path.join(root, name);
  const templatePath = path.join(dir, "layout.hbs");
  const text = await readFile(templatePath, "utf8");
  const sharedRoot = roots.find((candidate) => existsSync(path.join(candidate, "_shared"))) ?? root;
  const sharedDir = path.join(sharedRoot, "_shared");
  const shared = await readPartials(path.join(sharedDir, "partials"));
  const own = await readPartials(path.join(dir, "partials"));
  const settings = await readLayoutSettings(path.join(dir, "layout.yaml"));
  return { name, dir, sharedDir, template: { path: templatePath, text }, partials: { ...shared, ...own }, settings };
}

/** The layouts in every root, each name once. */
export async function listLayouts(roots: readonly string[]): Promise<string[]> {
  const names = new Set<string>();
  for (const root of roots) {
    const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) if (entry.isDirectory() && !entry.name.startsWith("_") && !entry.name.startsWith(".")) names.add(entry.name);
  }
  return [...names].sort();
}

/** layout.yaml is optional; a mistake in it is reported at its line like one in front matter. */
async function readLayoutSettings(file: string): Promise<LayoutSettings> {
  const text = await readFile(file, "utf8").catch(() => null);
  if (text === null) return DEFAULT_LAYOUT_SETTINGS;
  try {
    return parseFrontMatter(text, 1, file, layoutSettingsSchema, {}, "settings file").data;
  } catch (error) {
    if (!(error instanceof PressroomError)) throw error;
    throw new LayoutError(error.code, `In the layout's settings: ${error.message}`, {
      hint: `layout.yaml may hold \`paper:\` (${listPaperNames()}), \`notes:\` (foot or end), \`sides:\` (1 or 2), \`fold:\` (trifold) and \`fit:\`; see README, Layouts.`,
      location: error.location,
      cause: error,
    });
  }
}

async function readPartials(dir: string): Promise<LayoutSource["partials"]> {
  const entries = await readdir(dir).catch(() => [] as string[]);
  const partials: LayoutSource["partials"] = {};
  for (const entry of entries.filter((e) => e.endsWith(".hbs")).sort()) {
    const file = path.join(dir, entry);
    partials[entry.replace(/\.hbs$/, "")] = { path: file, text: await readFile(file, "utf8") };
  }
  return partials;
}
