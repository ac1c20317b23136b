// Writes a planned stress issue as an issue folder: issue.md and its translations, the articles and theirs, the pictures.

import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { BenchText } from "../bench/collect-bench-text.js";
import { composeStressArticle } from "./compose-stress-article.js";
import { chooseIssueDate, composeStressMasthead } from "./compose-stress-masthead.js";
import type { PictureShape, StressPlan } from "./plan-stress-issue.js";
import { writeStressPictures } from "./write-stress-pictures.js";

/** `dir` is emptied first: a file left from an earlier plan for the same seed would be printed as an article. */
export async function writeStressIssue(dir: string, plan: StressPlan, text: BenchText): Promise<void> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = [...composeStressMasthead(plan, text), ...plan.articles.flatMap((article) => composeStressArticle(article, text, chooseIssueDate(plan.seed)))];
  for (const { file, source } of files) writeFileSync(path.join(dir, file), source);
  const shapes = new Set<PictureShape>(plan.articles.flatMap((article) => article.pictures.map((picture) => picture.shape)));
  if (shapes.size) {
    mkdirSync(path.join(dir, "images"));
    await writeStressPictures(path.join(dir, "images"), shapes, plan.hue);
  }
}
