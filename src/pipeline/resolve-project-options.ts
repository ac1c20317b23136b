// Resolves a command's options with the project's pressroom.config.yaml read first, for build, check and preview alike.

import path from "node:path";
import { resolveOptions, type BuildOptions, type ResolvedOptions } from "../config/build-options.js";
import { loadProjectConfig, pickIssueDefaults } from "../config/load-project-config.js";

export async function resolveProjectOptions(options: BuildOptions): Promise<Readonly<ResolvedOptions>> {
  const loaded = await loadProjectConfig(path.resolve(options.projectDir ?? process.cwd()));
  return resolveOptions(options, { ...loaded, issueDefaults: pickIssueDefaults(loaded.config) });
}
