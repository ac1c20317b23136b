// Files in an issue folder an editor may take for articles that pressroom does not print, each named in a warning (pure).

import path from "node:path";
import type { BuildWarning } from "../../diagnostics/warnings.js";

/** Text an editor may have meant as an article: Notepad's .txt, a Markdown program's longer extensions. */
const TEXT_EXTENSIONS = new Set([".txt", ".text", ".markdown", ".mdown", ".mkd", ".mkdn"]);
/** Word processors' files: the article is in there, but not as Markdown. */
const DOCUMENT_EXTENSIONS = new Set([".docx", ".doc", ".odt", ".rtf", ".pages"]);

/**
 * Only the .md files beside issue.md are read, so an article saved as 03-market.txt, kept as a Word document or
 * put in a subfolder was left out of the paper without a word. Each is named, with how to get it printed.
 * `files` are paths inside the issue folder with forward slashes, hidden ones already left out.
 */
export function findUnprintedFiles(files: Iterable<string>, displayDir: string): BuildWarning[] {
  const warnings: BuildWarning[] = [];
  for (const name of [...files].sort()) {
    const extension = path.posix.extname(name).toLowerCase();
    const location = { file: path.join(displayDir, name) };
    if (name.includes("/")) {
      if (extension !== ".md") continue;
      warnings.push({
        code: "article-in-subfolder",
        message: `${name} is in a folder inside the issue, so it is not printed: only the .md files beside issue.md are articles.`,
        hint: `Move it beside issue.md to print it, or out of the issue folder if it is not for this issue.`,
        location,
      });
    } else if (TEXT_EXTENSIONS.has(extension) && isArticleName(name, extension)) {
      // Notepad saves "03-market.md" as "03-market.md.txt" when the type says Text Documents.
      const renamed = /\.md\.txt$/i.test(name) ? name.slice(0, -4) : `${name.slice(0, -extension.length)}.md`;
      warnings.push({
        code: "article-not-md",
        message: `${name} is not printed: only files whose names end in .md are articles.`,
        hint: `Rename it to ${renamed} to print it (an article starts with a title: between --- lines, or a # headline), or move it out of the issue folder.`,
        location,
      });
    } else if (DOCUMENT_EXTENSIONS.has(extension)) {
      warnings.push({
        code: "article-document",
        message: `${name} is a word processor's document, which is not printed: articles are Markdown (.md) text files.`,
        hint: `Copy its text into a new file such as ${name.slice(0, -extension.length)}.md, with its headline as a first line "# Headline", then move the document out of the issue folder.`,
        location,
      });
    }
  }
  return warnings;
}

/**
 * A .markdown file is always meant as an article; a .txt file only when named like one (numbered, 03-market.txt,
 * or Notepad's 03-market.md.txt): notes.txt is where the desk's notes go, as the missing-headline error advises.
 */
function isArticleName(name: string, extension: string): boolean {
  return (extension !== ".txt" && extension !== ".text") || /^\d/.test(name) || /\.md\.txt$/i.test(name);
}
