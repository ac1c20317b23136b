// The stress run's issue folders: written from the project's own text, each read by `pressroom check` with no error and no warning but the untranslated articles planned.

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { collectBenchText } from "../../src/bench/collect-bench-text.js";
import { checkIssue } from "../../src/check/check-issue.js";
import { PICTURE_FILES } from "../../src/stress/compose-stress-article.js";
import { planStressIssue, STRESS_KINDS } from "../../src/stress/plan-stress-issue.js";
import { writeStressIssue } from "../../src/stress/write-stress-issue.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const work = mkdtempSync(path.join(os.tmpdir(), "pressroom-stress-test-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Without the shared corpus, as every test runs: the project's sample issues give English, Arabic, Persian, Urdu and Spanish.
const text = collectBenchText(ROOT, path.join(work, "no-corpus"));
const paragraphs = new Map([...text].map(([lang, list]) => [lang, list.length]));
/** Two seeds of each kind: the kind turns with the seed. */
const SEEDS = Array.from({ length: STRESS_KINDS.length * 2 }, (_, index) => index + 1);

describe("writing a stress issue", () => {
  it.each(SEEDS)("seed %i: pressroom check reads it with no error, and warns only of the translations the plan leaves out", async (seed) => {
    const plan = planStressIssue(seed, paragraphs);
    const dir = path.join(work, plan.name);
    await writeStressIssue(dir, plan, text);
    const result = await checkIssue({ issue: dir, projectDir: ROOT });
    expect(result.errors.map((error) => `${error.code}: ${error.message}`)).toEqual([]);
    expect(result.warnings.filter((warning) => warning.code !== "translation-missing").map((warning) => `${warning.code}: ${warning.message}`)).toEqual([]);
    // Named by file: check tells one missing language per file (build-context.ts keeps one warning of a kind at a place).
    const untranslated = plan.articles.filter((article) => plan.languages.some((lang) => lang !== article.lang && !article.translations.includes(lang)));
    expect(new Set(result.warnings.map((warning) => path.basename(warning.location?.file ?? "")))).toEqual(new Set(untranslated.map((article) => `${article.name}.md`)));
    // The editions are the ones the plan names, as the build names their PDFs: the stress run's records go by these.
    expect(result.checked?.editions).toEqual(plan.editionCodes);
    expect(result.checked?.articles).toBe(plan.articles.reduce((sum, article) => sum + 1 + article.translations.length, 0));
  });

  it("writes the parts the plan asks for: translations, a jump marker, page references, notes, pictures of the shapes planned", async () => {
    const plan = planStressIssue(7, paragraphs);
    expect(plan.kind).toBe("jumps");
    const dir = path.join(work, "parts");
    await writeStressIssue(dir, plan, text);
    const files = readdirSync(dir);
    for (const article of plan.articles) {
      expect(files).toContain(`${article.name}.md`);
      for (const lang of article.translations) expect(files).toContain(`${article.name}.${lang}.md`);
      const source = readFileSync(path.join(dir, `${article.name}.md`), "utf8");
      expect(source.includes("\n\n<!-- jump -->\n\n"), article.name).toBe(article.jumpAfter !== undefined);
      expect((source.match(/^\[\^\d+\]: /gm) ?? []).length, article.name).toBe(article.footnotes);
      expect((source.match(/^!\[/gm) ?? []).length, article.name).toBe(article.pictures.length);
    }
    const issue = readFileSync(path.join(dir, "issue.md"), "utf8");
    for (const name of plan.pageRefs) expect(issue).toMatch(new RegExp(`\\[#\\]\\(#(\\d+-)?${name.replace(/^\d+-/, "")}\\)`));
    for (const lang of plan.languages.slice(1)) expect(files).toContain(`issue.${lang}.md`);
    const shapes = new Set(plan.articles.flatMap((article) => article.pictures.map((picture) => picture.shape)));
    expect(shapes.size).toBeGreaterThan(0);
    for (const shape of shapes) {
      const file = path.join(dir, "images", PICTURE_FILES[shape]);
      expect(existsSync(file), shape).toBe(true);
      if (shape === "drawing") continue;
      // At least 1700 pixels wide: check's estimate of a page picture's width on A3 at 150 ppi.
      const { width = 0, height = 0 } = await sharp(file).metadata();
      expect(width, shape).toBeGreaterThanOrEqual(1700);
      expect(shape === "tall" ? height > width : shape === "square" ? height === width : height < width, shape).toBe(true);
    }
  });

  it("writes the same files for the same seed, and empties the folder of an earlier plan's", async () => {
    const plan = planStressIssue(3, paragraphs);
    const dir = path.join(work, "again");
    await writeStressIssue(dir, planStressIssue(10, paragraphs), text);
    const read = () => Object.fromEntries(readdirSync(dir).filter((file) => file.endsWith(".md")).map((file) => [file, readFileSync(path.join(dir, file), "utf8")]));
    await writeStressIssue(dir, plan, text);
    const first = read();
    await writeStressIssue(dir, plan, text);
    expect(read()).toEqual(first);
    expect(Object.keys(first).sort()).toEqual(["issue.md", ...plan.languages.slice(1).map((lang) => `issue.${lang}.md`), ...plan.articles.flatMap((article) => [`${article.name}.md`, ...article.translations.map((lang) => `${article.name}.${lang}.md`)])].sort());
  });
});
