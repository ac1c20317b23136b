// Gathers plain paragraphs per language for generated benchmark issues: ../shared/corpus when present, the project's own issues always.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";

/** Paragraphs of prose by language code ("en", "ar"...), each at least a sentence long. */
export type BenchText = Map<string, string[]>;

/** Shorter blocks are headings, datelines or signatures: they do not fill columns the way articles do. */
const MIN_PARAGRAPH = 80;

export function collectBenchText(projectDir: string, corpusDir?: string): BenchText {
  const text: BenchText = new Map();
  const add = (lang: string, paragraphs: string[]) => text.set(lang, [...(text.get(lang) ?? []), ...paragraphs]);
  if (corpusDir && existsSync(corpusDir)) {
    // Only files named by a language code: the corpus also holds broken extractions, which are not text to print.
    for (const name of readdirSync(corpusDir).filter((file) => /^[a-z]{2,3}\.txt$/.test(file)).sort()) {
      add(name.slice(0, -4), splitParagraphs(readFileSync(path.join(corpusDir, name), "utf8")));
    }
  }
  const issuesDir = path.join(projectDir, "issues");
  for (const issue of existsSync(issuesDir) ? readdirSync(issuesDir).sort() : []) {
    const dir = path.join(issuesDir, issue);
    if (!existsSync(path.join(dir, "issue.md"))) continue;
    const mainLang = readMainLanguage(path.join(dir, "issue.md"));
    for (const name of readdirSync(dir).filter((file) => /^\d.*\.md$/.test(file)).sort()) {
      const { lang, body } = readArticle(path.join(dir, name), mainLang);
      // Stripping can shorten a paragraph below a sentence: measured again after.
      add(lang, splitParagraphs(body).map(stripMarkdown).filter((paragraph) => paragraph.length >= MIN_PARAGRAPH));
    }
  }
  return text;
}

/** Blank-line separated blocks that read as prose (not pictures, notes, containers, headings, lists or tables). */
function splitParagraphs(source: string): string[] {
  return source
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s+/g, " ").trim())
    .filter((block) => block.length >= MIN_PARAGRAPH && !/^(!\[|:::|\[\^|#|\||[-*+] |>|\{|\d+[.)] )/.test(block));
}

/** Inline Markdown reduced to its words, so a generated article never carries a dangling note or link. */
function stripMarkdown(paragraph: string): string {
  return paragraph
    .replace(/\[\^[^\]]*\]/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\{[^}]*\}/g, "")
    .replace(/[*_`]/g, "")
    .trim();
}

function readMainLanguage(issueFile: string): string {
  const meta = readFrontMatter(readFileSync(issueFile, "utf8")).meta as { languages?: string[] };
  return meta.languages?.[0] ?? "en";
}

function readArticle(file: string, mainLang: string): { lang: string; body: string } {
  const { meta, body } = readFrontMatter(readFileSync(file, "utf8"));
  const suffix = /\.([a-z]{2,3})\.md$/.exec(path.basename(file))?.[1];
  const lang = typeof meta.lang === "string" ? meta.lang : (suffix ?? mainLang);
  return { lang, body };
}

function readFrontMatter(source: string): { meta: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(source);
  if (!match) return { meta: {}, body: source };
  const meta = parseYaml(match[1] ?? "") as unknown;
  return { meta: meta && typeof meta === "object" ? (meta as Record<string, unknown>) : {}, body: match[2] ?? "" };
}
