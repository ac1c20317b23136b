// Reads a layout folder from templates/: layout.hbs, its partials and the shared partials (edge).

import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { LayoutError, type SourceLocation } from "../../diagnostics/errors.js";

export interface LayoutSource {
  name: string;
  /** Absolute path of the layout folder. */
  dir: string;
  /** Absolute path of templates/, the root the browser may read layouts from. */
  templatesDir: string;
  template: { path: string; text: string };
  /** Partials by name: the layout's own win over templates/_shared/partials. */
  partials: Record<string, { path: string; text: string }>;
}

export async function loadLayout(templatesDir: string, name: string, where: SourceLocation): Promise<LayoutSource> {
  const dir = path.join(templatesDir, name);
  const templatePath = path.join(dir, "layout.hbs");
  const text = await readFile(templatePath, "utf8").catch(() => null);
  if (text === null) {
    const available = await listLayouts(templatesDir);
    throw new LayoutError("layout-unknown", `There is no layout called "${name}".`, {
      hint: available.length
        ? `Use one of: ${available.join(", ")}. A layout is a folder in templates/ holding layout.hbs.`
        : `No layouts were found in ${templatesDir}. Restore templates/ from the pressroom checkout.`,
      location: where,
    });
  }
  const shared = await readPartials(path.join(templatesDir, "_shared", "partials"));
  const own = await readPartials(path.join(dir, "partials"));
  return { name, dir, templatesDir, template: { path: templatePath, text }, partials: { ...shared, ...own } };
}

export async function listLayouts(templatesDir: string): Promise<string[]> {
  const entries = await readdir(templatesDir, { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isDirectory() && !e.name.startsWith("_") && !e.name.startsWith(".")).map((e) => e.name).sort();
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
