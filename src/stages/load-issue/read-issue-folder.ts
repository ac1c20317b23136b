// Reads an issue folder from disk: issue.md, every article file, and the list of all files (edge).

import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { ContentError } from "../../diagnostics/errors.js";
import { decodeText } from "../../shared/decode-text.js";
import { findIssueFileName, ISSUE_TRANSLATION_NAME } from "./file-names.js";
import type { IssueFolder, SourceFile } from "./types.js";

const MAX_FILES = 5000;

export async function readIssueFolder(dir: string, displayDir: string): Promise<IssueFolder> {
  const info = await stat(dir).catch(() => null);
  if (info?.isFile()) {
    // A file dragged into the terminal (issue.md, an article): its folder is the issue.
    throw new ContentError("issue-not-found", `${displayDir} is a file, not an issue folder.`, {
      hint: `Give the folder it is in instead: ${path.dirname(displayDir)}`,
      location: { file: displayDir },
    });
  }
  if (!info?.isDirectory()) {
    throw new ContentError("issue-not-found", `There is no issue folder at ${displayDir}.`, {
      hint: "Give the path of an issue folder, e.g. `pressroom build issues/2026-11`. It must contain issue.md.",
      location: { file: displayDir },
    });
  }
  const files = await listFiles(dir);
  const markdownNames = [...files].filter((name) => !name.includes("/") && name.toLowerCase().endsWith(".md"));
  const read = async (name: string): Promise<SourceFile> => {
    const filePath = path.join(dir, name);
    const buffer = await readFile(filePath);
    const display = path.join(displayDir, name);
    return { path: filePath, name, display, text: decodeText(buffer, display) };
  };
  const issueName = findIssueFileName(markdownNames);
  const translationNames = markdownNames.filter((name) => ISSUE_TRANSLATION_NAME.test(name));
  const articleNames = markdownNames.filter((name) => name !== issueName && !translationNames.includes(name));
  return {
    dir,
    name: path.basename(path.resolve(dir)),
    issueFile: issueName ? await read(issueName) : null,
    issueTranslations: await Promise.all(translationNames.map(read)),
    markdownFiles: await Promise.all(articleNames.map(read)),
    files,
  };
}

/** Lists files below `dir` (relative, forward slashes), skipping hidden files and folders. */
async function listFiles(dir: string): Promise<Set<string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const names = new Set<string>();
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const relative = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/");
    if (relative.split("/").some((part) => part.startsWith("."))) continue;
    names.add(relative);
    if (names.size > MAX_FILES) break;
  }
  return names;
}
