// The sheet layout and copyfitting in real Chromium: six languages each filling exactly one side, a translation 20% longer fitted smaller, one too long refused.

import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeProject } from "../support/issue-fixture.js";
import { runCli } from "../support/run-cli.js";

/** A sentence per language, written for this test: its words are drawn from to make paragraphs of any length. */
const VOCABULARY: Record<string, { title: string; second: string; words: string }> = {
  en: { title: "Council meets", second: "Garden plans", words: "the ward council met on tuesday evening to talk about housing repairs rents and the future of the shared garden while neighbours asked about heating bills" },
  es: { title: "Se reúne el consejo", second: "Planes del huerto", words: "el consejo del barrio se reunió el martes por la tarde para hablar de reparaciones alquileres y el futuro del huerto mientras los vecinos preguntaban por la calefacción" },
  fr: { title: "Le conseil se réunit", second: "Projets du jardin", words: "le conseil du quartier s'est réuni mardi soir pour parler des réparations des loyers et de l'avenir du jardin partagé pendant que les voisins posaient des questions sur le chauffage" },
  ar: { title: "اجتماع المجلس", second: "خطط الحديقة", words: "اجتمع مجلس الحي مساء الثلاثاء لمناقشة إصلاح المساكن والإيجارات ومستقبل الحديقة المشتركة بينما سأل الجيران عن فواتير التدفئة" },
  fa: { title: "نشست شورا", second: "طرح باغ", words: "شورای محله سه‌شنبه شب برای گفتگو درباره تعمیر خانه‌ها و اجاره‌ها و آینده باغ مشترک نشست گذاشت و همسایه‌ها درباره هزینه گرمایش پرسیدند" },
  ur: { title: "کونسل کا اجلاس", second: "باغ کا منصوبہ", words: "محلے کی کونسل نے منگل کی شام مکانوں کی مرمت کرایوں اور مشترکہ باغ کے مستقبل پر بات کی جبکہ ہمسایوں نے حرارت کے بلوں کے بارے میں پوچھا" },
};

/** `count` words of the language's sentence, in a shuffled but fixed order, as paragraphs of about 55 words. */
function makeText(lang: string, count: number, seed: number): string {
  const words = (VOCABULARY[lang]?.words ?? "").split(" ");
  const out: string[] = [];
  let state = seed;
  for (let i = 0; i < count; i++) {
    state = (state * 48271) % 2147483647;
    out.push(words[state % words.length] as string);
  }
  const paragraphs: string[] = [];
  for (let at = 0; at < out.length; at += 55) paragraphs.push(`${out.slice(at, at + 55).join(" ")}.`);
  return paragraphs.join("\n\n");
}

/** Two articles in each language; `scale` makes a language's text longer or shorter than the others'. */
function makeSheet(languages: string[], words: number, scale: Record<string, number> = {}): Record<string, string> {
  const files: Record<string, string> = {
    "issue.md": `---\ntitle: Ward Notice\nnumber: 7\ndate: 2026-05-01\nlanguages: [${languages.join(", ")}]\nlayout: sheet\nsides: 1\ncontacts: ["Ward office, 12 Mill Lane", "ward@example.org"]\n---\n`,
  };
  for (const lang of languages) {
    const suffix = lang === languages[0] ? "" : `.${lang}`;
    const count = Math.round((words / 2) * (scale[lang] ?? 1));
    const vocabulary = VOCABULARY[lang] as { title: string; second: string };
    files[`01-council${suffix}.md`] = `---\ntitle: ${vocabulary.title}\n---\n\n${makeText(lang, count, 1)}\n`;
    files[`02-garden${suffix}.md`] = `---\ntitle: ${vocabulary.second}\n---\n\n${makeText(lang, count, 3)}\n`;
  }
  return files;
}

interface Summary {
  outputs: { edition: string; pages: number; fitted?: string; warnings: { code: string; message: string }[]; timings: Record<string, number> }[];
}

/** The body type copyfitting chose, read from its report ("body type 9.5 pt → 8.8 pt"), in points. */
const readFittedType = (fitted: string | undefined) => Number(/→ ([\d.]+) pt/.exec(fitted ?? "")?.[1] ?? (/own sizes|9\.5 pt as set/.test(fitted ?? "") ? 9.5 : NaN));

/** How far down the page the lowest word reaches, as a share of the text area (A4, 10 mm top and 13 mm bottom margins). */
function measureFill(file: string): number {
  const html = execFileSync("pdftotext", ["-bbox", "-f", "1", "-l", "1", file, "-"], { encoding: "utf8" });
  const bottoms = [...html.matchAll(/<word xMin="[\d.]+" yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)">/g)].map((m) => Number(m[1]));
  const mm = 72 / 25.4;
  const top = 10 * mm;
  const bottom = 841.89 - 13 * mm;
  // The running footer is absent from a one-sided sheet's only page (it is the front), so every word is text.
  return (Math.max(...bottoms) - top) / (bottom - top);
}

describe("the sheet layout, one side, in six languages", () => {
  const languages = ["en", "es", "fr", "ar", "fa", "ur"];
  let project = "";
  let summary: Summary;

  beforeAll(() => {
    // Spanish runs 20% longer than the English it translates: copyfitting must set it smaller.
    ({ project } = makeProject(makeSheet(languages, 700, { es: 1.2 })));
    const run = runCli(["build", "issues/test-issue", "--json"], { cwd: project, timeoutMs: 300_000 });
    expect(run.status, run.stderr).toBe(0);
    summary = JSON.parse(run.stdout) as Summary;
  }, 320_000);

  afterAll(() => {
    if (project) rmSync(project, { recursive: true, force: true });
  });

  it("fills exactly one side in every language, and says what it changed", () => {
    expect(summary.outputs.map((output) => output.edition)).toEqual(languages);
    for (const output of summary.outputs) {
      expect(output.pages, output.edition).toBe(1);
      expect(output.fitted, output.edition).toMatch(/^(Fitted to its one side: body type 9\.5 pt (→ [\d.]+ pt|as set)|Fits its one side)/);
      expect(output.warnings.filter((warning) => warning.code === "sheet-underfilled"), output.edition).toEqual([]);
      const fill = measureFill(path.join(project, "output", "test-issue", `${output.edition}.pdf`));
      expect(fill, output.edition).toBeGreaterThan(0.85);
      expect(fill, output.edition).toBeLessThanOrEqual(1.001);
    }
  });

  it("times each edition on its own, counting copyfitting's layouts: a size changed from the layout's own took two or more", () => {
    for (const output of summary.outputs) {
      for (const stage of ["page", "pagination", "pdf", "postprocess"]) expect(output.timings[stage], `${output.edition} ${stage}`).toBeGreaterThan(0);
      expect(output.timings.layouts, output.edition).toBeGreaterThanOrEqual(/→/.test(output.fitted ?? "") ? 2 : 1);
      // At most fit-edition.ts's seven trials, and the kept one laid out again.
      expect(output.timings.layouts, output.edition).toBeLessThanOrEqual(8);
    }
  });

  it("sets the Spanish, 20% longer, in smaller type than the English, never under 8 pt", () => {
    const type = (edition: string) => readFittedType(summary.outputs.find((output) => output.edition === edition)?.fitted);
    expect(type("es")).toBeLessThan(type("en") - 0.3);
    for (const output of summary.outputs) expect(readFittedType(output.fitted), output.edition).toBeGreaterThanOrEqual(8);
  });

  it("prints the whole text: the last words of every article are on the page, and the contacts block", () => {
    for (const lang of ["en", "es", "fr"]) {
      const text = execFileSync("pdftotext", [path.join(project, "output", "test-issue", `${lang}.pdf`), "-"], { encoding: "utf8" });
      const words = text.split(/\s+/).filter((word) => /\p{L}/u.test(word) && !/[.·@,]/.test(word));
      const source = [makeText(lang, Math.round(350 * (lang === "es" ? 1.2 : 1)), 1), makeText(lang, Math.round(350 * (lang === "es" ? 1.2 : 1)), 3)]
        .join(" ")
        .split(/\s+/)
        .filter((word) => !word.endsWith("."));
      // Every word of the body, hyphenated or not, counted: nothing dropped to make it fit.
      expect(words.length, lang).toBeGreaterThanOrEqual(source.length);
      expect(text, lang).toContain("ward@example.org");
    }
  });
});

describe("an edition too long for its sheet", () => {
  it("stops the build, saying by how much and which article is longest", () => {
    const { project } = makeProject(makeSheet(["en"], 2400, {}));
    try {
      const run = runCli(["build", "issues/test-issue"], { cwd: project, timeoutMs: 180_000 });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/The en edition does not fit on one side even with the smallest type the layout allows \(8 pt\): it is about (\d+)% too long, about \d+ words\. Its longest article is “(Council meets|Garden plans)” \(\d+ words\)\./);
      const percent = Number(/about (\d+)% too long/.exec(run.stderr)?.[1]);
      expect(percent).toBeGreaterThan(40);
      expect(percent).toBeLessThan(200);
      expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  }, 200_000);

  it("writes the editions that fit, names the one that does not, and removes its PDF from an earlier build", () => {
    const { project } = makeProject(makeSheet(["en", "es"], 600, { es: 4 }));
    try {
      const out = path.join(project, "output", "test-issue");
      mkdirSync(out, { recursive: true });
      writeFileSync(path.join(out, "es.pdf"), "an earlier build's PDF");
      writeFileSync(path.join(out, "es.press.pdf"), "an earlier build's press PDF");
      const run = runCli(["build", "issues/test-issue", "--json"], { cwd: project, timeoutMs: 180_000 });
      expect(run.status).toBe(1);
      // The English, which fits, is written and read back whole; the Spanish is not, and nothing of an older one stays.
      expect(readdirSync(out).sort()).toEqual(["en.pdf"]);
      expect(execFileSync("pdftotext", [path.join(out, "en.pdf"), "-"], { encoding: "utf8" })).toContain("ward@example.org");
      const summary = JSON.parse(run.stdout) as Summary & { notWritten: { edition: string; code: string; removed: string[] }[] };
      expect(summary.outputs.map((output) => output.edition)).toEqual(["en"]);
      expect(summary.notWritten).toMatchObject([{ edition: "es", code: "copyfit-overflow", removed: ["es.pdf", "es.press.pdf"] }]);
      expect(run.stderr).toMatch(/ es +not written: it does not fit its sheet/);
      expect(run.stderr).toContain("Not ready: 1 edition was not written.");
      expect(run.stderr).toMatch(/error: The es edition does not fit on one side even with the smallest type/);
      expect(run.stderr).toContain("The other edition (en) fitted and was written.");
      expect(run.stderr).toContain("es.pdf and es.press.pdf, from an earlier build, were removed from the output folder");
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  }, 200_000);
});
