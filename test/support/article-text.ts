// Reads what an editor wrote in an article, paragraph by paragraph, as plain text (for fidelity checks).

import { readFileSync } from "node:fs";
import MarkdownIt from "markdown-it";
import markdownItFootnote from "markdown-it-footnote";
import markdownItContainer from "markdown-it-container";
import { parse as parseYaml } from "yaml";

export interface ArticleText {
  title: string;
  lang: string;
  paragraphs: string[];
  footnotes: string[];
  captions: string[];
}

export function readArticleText(file: string, defaultLang = "en"): ArticleText {
  const source = readFileSync(file, "utf8");
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  if (!match) throw new Error(`${file} has no front matter`);
  const meta = parseYaml(match[1] ?? "") as { title: string; lang?: string };
  const md = new MarkdownIt().use(markdownItFootnote).use(markdownItContainer, "pullquote");
  const tokens = md.parse(match[2] ?? "", {});
  const paragraphs: string[] = [];
  const footnotes: string[] = [];
  const captions: string[] = [];
  let inFootnote = false;
  let inPullquote = false;
  for (const token of tokens) {
    if (token.type === "footnote_open") inFootnote = true;
    if (token.type === "footnote_close") inFootnote = false;
    if (token.type === "container_pullquote_open") inPullquote = true;
    if (token.type === "container_pullquote_close") inPullquote = false;
    if (token.type !== "inline" || inPullquote) continue;
    const children = token.children ?? [];
    const image = children.find((child) => child.type === "image");
    // A picture alone in its paragraph, perhaps with its placement after it ({.top .span-2}): only its caption prints.
    const isPlacement = (child: (typeof children)[number]) => child.type === "text" && /^\s*(\{[^}]*\})?\s*$/.test(child.content);
    if (image && children.filter((child) => !isPlacement(child)).length === 1) {
      const title = image.attrGet("title");
      if (title) captions.push(title);
      continue;
    }
    const text = children
      .filter((child) => child.type !== "footnote_ref")
      .map((child) => (child.type === "softbreak" || child.type === "hardbreak" ? " " : child.content))
      .join("");
    (inFootnote ? footnotes : paragraphs).push(text);
  }
  return { title: meta.title, lang: meta.lang ?? defaultLang, paragraphs, footnotes, captions };
}
