// Writes the benchmark's issues: a newspaper of a chosen number of articles, and a one-sheet notice in six languages.

import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import type { BenchText } from "./collect-bench-text.js";
import { writeFrontMatter } from "./write-front-matter.js";

export interface NewspaperPlan {
  /** Articles of about ten paragraphs, each with a picture, a pull quote, a note and an Arabic paragraph. */
  articles: number;
  /** A drawing (SVG) to print beside every other article's photograph. */
  drawing: string;
}

/** Paragraphs per generated article: about 1100 words of English, a page and a half in three columns. */
const ARTICLE_PARAGRAPHS = 10;

export async function writeNewspaperIssue(dir: string, text: BenchText, plan: NewspaperPlan): Promise<void> {
  const english = requireText(text, "en");
  const arabic = requireText(text, "ar");
  mkdirSync(path.join(dir, "images"), { recursive: true });
  copyFileSync(plan.drawing, path.join(dir, "images", "drawing.svg"));
  await writePhotograph(path.join(dir, "images", "photo.jpg"));
  writeFileSync(
    path.join(dir, "issue.md"),
    writeFrontMatter({ title: "The Benchmark Gazette", subtitle: "Generated for pressroom's performance benchmark", number: 1, date: "2026-11-20", languages: ["en", "ar"], editions: ["en"], layout: "newspaper", paper: "A4" }) +
      `${pick(english, 0)}\n`,
  );
  let next = 1;
  const take = () => pick(english, next++);
  for (let index = 1; index <= plan.articles; index++) {
    const body = Array.from({ length: ARTICLE_PARAGRAPHS }, take);
    const picture = index % 2
      ? `![A photograph for article ${index}.](images/photo.jpg "A generated photograph, printed across two columns."){.span-2 credit="Photo: pressroom"}`
      : `![A drawing for article ${index}.](images/drawing.svg "A drawing from the sample issue.")`;
    const quote = firstSentence(body[3] ?? body[0] ?? "");
    const blocks = [
      ...body.slice(0, 2),
      picture,
      ...body.slice(2, 5),
      `::: pullquote\n${quote}\n:::`,
      `${pick(arabic, index)} {lang=ar}`,
      `${body[5]}[^1]`,
      ...body.slice(6),
      `[^1]: ${firstSentence(take())}`,
    ];
    const title = headline(take());
    writeFileSync(
      path.join(dir, `${String(index).padStart(3, "0")}-article.md`),
      writeFrontMatter({ title, kicker: "Report", standfirst: firstSentence(take()), byline: "By the benchmark desk", date: "2026-11-20" }) + blocks.join("\n\n") + "\n",
    );
  }
}

/** English paragraphs per article of the notice: enough to fill both sides of an A4 sheet a little above the layout's own type size. */
const SHEET_PARAGRAPHS = 7;

/** The same two-article notice in each language, on one sheet (layout: sheet), as distributors print it. */
export function writeSheetIssue(dir: string, text: BenchText, languages: readonly string[]): void {
  mkdirSync(dir, { recursive: true });
  const main = languages[0] as string;
  writeFileSync(
    path.join(dir, "issue.md"),
    writeFrontMatter({ title: "Benchmark Notice", subtitle: "One sheet, many languages", number: 1, date: "2026-12-04", languages: [...languages], layout: "sheet", sides: 2, contacts: ["bench@pressroom.example"] }),
  );
  for (const [index, slug] of ["first", "second"].entries()) {
    const length = Array.from({ length: SHEET_PARAGRAPHS }, (_, n) => pick(requireText(text, main), index * SHEET_PARAGRAPHS + n)).join(" ").length;
    for (const lang of languages) {
      const pool = requireText(text, lang);
      // Each language's text is about as long as the main language's, so the editions are alike in what they lay
      // out (a language with little text repeats its paragraphs).
      const body: string[] = [];
      while (body.join(" ").length < length) body.push(pick(pool, index * SHEET_PARAGRAPHS + body.length));
      const file = lang === main ? `0${index + 1}-${slug}.md` : `0${index + 1}-${slug}.${lang}.md`;
      writeFileSync(path.join(dir, file), writeFrontMatter({ title: headline(pick(pool, index + 7)), lang, date: "2026-12-04" }) + body.join("\n\n") + "\n");
    }
  }
}

/** A photograph-sized JPEG (noise, so it compresses like a photograph), resampled by pressroom to its printed size. */
async function writePhotograph(file: string): Promise<void> {
  const width = 2400;
  const height = 1600;
  const pixels = Buffer.alloc(width * height * 3);
  let seed = 7;
  for (let i = 0; i < pixels.length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    pixels[i] = (seed >> 16) & 0xff;
  }
  await sharp(pixels, { raw: { width, height, channels: 3 } }).blur(2).jpeg({ quality: 82 }).toFile(file);
}

function requireText(text: BenchText, lang: string): string[] {
  const pool = text.get(lang);
  if (!pool?.length) throw new Error(`The benchmark found no ${lang} text in the corpus or the project's issues.`);
  return pool;
}

/** Paragraphs in order, starting again at the first when the text runs out (a 200-page issue needs more than the corpus). */
function pick(pool: string[], index: number): string {
  return pool[index % pool.length] as string;
}

function firstSentence(paragraph: string): string {
  const sentence = /^.{20,200}?[.!?۔؟](\s|$)/u.exec(paragraph)?.[0] ?? paragraph.slice(0, 160);
  return sentence.trim();
}

/** The paragraph's first words, as a headline of at most eight. */
function headline(paragraph: string): string {
  return paragraph.split(/\s+/).slice(0, 8).join(" ").replace(/[,;:.،؛]+$/u, "");
}
