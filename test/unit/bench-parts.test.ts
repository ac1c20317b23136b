// The benchmark's pure parts and its generated issues: medians, ratios and targets, the text it reads, the issues it writes.

import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { collectBenchText } from "../../src/bench/collect-bench-text.js";
import { checkTargets, formatRatio, median, summarizeEditions, summarizeSize } from "../../src/bench/summarize-bench.js";
import { formatBenchReport } from "../../src/bench/format-bench-report.js";
import type { ToolRun } from "../../src/bench/run-tools.js";
import { writeNewspaperIssue, writeSheetIssue } from "../../src/bench/write-bench-issue.js";
import { createBuildContext } from "../../src/pipeline/build-context.js";
import { prepareIssue } from "../../src/pipeline/prepare-issue.js";
import { resolveProjectOptions } from "../../src/pipeline/resolve-project-options.js";
import { addPageScripts } from "../../src/stages/paginate/add-page-scripts.js";
import { PAGE_BUNDLE_URL } from "../../src/stages/paginate/browser-session.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const work = mkdtempSync(path.join(os.tmpdir(), "pressroom-bench-test-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (tool: ToolRun["tool"], ms: number, pages = 10): ToolRun => ({ tool, ms, pages, peakBytes: ms * 1000, ...(tool === "pressroom" && { stages: { pagination: ms / 2, pdf: ms / 4 } }) });

describe("the benchmark's arithmetic", () => {
  it("takes the median of odd and even counts", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("compares the medians of each tool, gives pages per second and the stages' medians", () => {
    const size = summarizeSize(200, [run("pressroom", 10_000, 200), run("pressroom", 12_000, 200), run("pressroom", 30_000, 200), run("pagedjs-cli", 20_000), run("chrome", 8_000)]);
    expect(size.tools.pressroom.medianMs).toBe(12_000);
    expect(size.tools.pressroom.pagesPerSecond).toBeCloseTo(200 / 12);
    expect(size.ratioToPagedjsCli).toBeCloseTo(0.6);
    expect(size.ratioToChrome).toBeCloseTo(1.5);
    expect(size.stages).toEqual({ pagination: 6000, pdf: 3000 });
  });

  it("says which targets are met and which are missed, with what was measured", () => {
    const fast = summarizeSize(200, [run("pressroom", 10_000, 200), run("pagedjs-cli", 20_000), run("chrome", 8_000)]);
    const slow = summarizeSize(8, [run("pressroom", 9_000, 8), run("pagedjs-cli", 10_000), run("chrome", 4_000)]);
    const sheets = { languages: ["en", "es", "fr", "ar", "ur", "fa"], missing: [], oneMs: 5000, allMs: 11_000, ratio: 2.2, pages: { one: 2, all: 12 }, editions: [] };
    const targets = checkTargets([slow, fast], sheets, { shownMs: 600, readyMs: 650, pages: 8 });
    const byName = Object.fromEntries(targets.map((target) => [target.name, target]));
    expect(byName["8 pages: time against pagedjs-cli"]).toMatchObject({ met: false, measured: "0.90x" });
    expect(byName["200 pages: time against pagedjs-cli"]).toMatchObject({ met: true, measured: "0.50x" });
    expect(byName["200 pages: speed"]).toMatchObject({ met: true, measured: "20.0 pages/s" });
    expect(byName["200 pages: peak memory"]?.met).toBe(true);
    expect(byName["six single-sheet editions against one"]).toMatchObject({ met: false, measured: "2.20x" });
    // Five editions (no French text) are measured and told, but never count as the six-edition target met.
    const five = checkTargets([], { ...sheets, languages: ["en", "es", "ar", "ur", "fa"], missing: ["fr"], allMs: 9000, ratio: 1.8 }, undefined);
    expect(five).toEqual([{ name: "5 single-sheet editions against one (no fr text)", limit: "at most 2x, for six", measured: "1.80x", met: false }]);
    expect(byName["preview: an edit shown (8 pages)"]).toMatchObject({ met: true, measured: "0.60 s" });
  });

  it("gives each edition of a build of several its median stages and layouts, and tables them under the sheets' line", () => {
    const build = (ur: number, urLayouts: number): ToolRun => ({
      ...run("pressroom", 5000, 12),
      editions: [
        { edition: "en", layouts: 2, stages: { pagination: 400, postprocess: 120 } },
        { edition: "ur", layouts: urLayouts, stages: { pagination: 350, pdf: 200, postprocess: ur } },
      ],
    });
    const editions = summarizeEditions([build(450, 3), build(500, 3), build(900, 4)]);
    expect(editions).toEqual([
      { edition: "en", layouts: 2, stages: { pagination: 400, postprocess: 120 } },
      // A stage one edition was never timed in counts as nothing, not as a gap.
      { edition: "ur", layouts: 3, stages: { pagination: 350, pdf: 200, postprocess: 500 } },
    ]);
    const sheets = { languages: ["en", "ur"], missing: [], oneMs: 2000, allMs: 5000, ratio: 2.5, pages: { one: 2, all: 4 }, editions };
    const report = formatBenchReport({ machine: "test", runs: 3, text: "test", sizes: [], sheets, targets: [] });
    expect(report).toContain("| edition | layouts | pagination | pdf | postprocess |\n|---|---|---|---|---|\n| en | 2 | 400 | 0 | 120 |\n| ur | 3 | 350 | 200 | 500 |");
  });

  it("writes a ratio with more decimals where two would read as its limit", () => {
    expect(formatRatio(0.8019, 0.8)).toBe("0.802x");
    expect(formatRatio(0.80004, 0.8)).toBe("0.8000x");
    expect(formatRatio(0.8, 0.8)).toBe("0.80x");
    expect(formatRatio(0.7996, 0.8)).toBe("0.7996x");
    expect(formatRatio(2.0049, 2)).toBe("2.005x");
    expect(formatRatio(0.8519, 0.8)).toBe("0.85x");
    // In the targets: 0.8019 of pagedjs-cli's time is missed, and says so in figures that show it.
    const close = summarizeSize(40, [run("pressroom", 8_019, 41), run("pagedjs-cli", 10_000), run("chrome", 4_000)]);
    expect(checkTargets([close], undefined, undefined)[0]).toMatchObject({ met: false, measured: "0.802x" });
  });
});

describe("the benchmark's issues", () => {
  // Without the shared corpus: the project's own sample issues are enough to write every issue the benchmark needs.
  const text = collectBenchText(ROOT, path.join(work, "no-corpus"));

  it("reads paragraphs of prose per language from the project's issues, leaving out pictures, notes and containers", () => {
    for (const lang of ["en", "ar", "es", "ur", "fa"]) expect(text.get(lang)?.length, lang).toBeGreaterThan(2);
    const all = [...text.values()].flat();
    expect(all.every((paragraph) => paragraph.length >= 80 && !/^(!\[|:::|\[\^)/.test(paragraph) && !paragraph.includes("[^"))).toBe(true);
  });

  it("writes a newspaper issue pressroom reads without a problem: the asked number of articles, each with a picture, a pull quote, a note and an Arabic paragraph", async () => {
    const dir = path.join(work, "news");
    await writeNewspaperIssue(dir, text, { articles: 3, drawing: path.join(ROOT, "issues", "2026-11", "images", "long-table-kitchen.svg") });
    const articles = readdirSync(dir).filter((name) => /^\d+-article\.md$/.test(name));
    expect(articles).toHaveLength(3);
    const first = readFileSync(path.join(dir, articles[0] as string), "utf8");
    expect(first).toMatch(/!\[[^\]]*\]\(images\/photo\.jpg/);
    expect(first).toContain("::: pullquote");
    expect(first).toContain("[^1]: ");
    expect(first).toMatch(/ \{lang=ar\}\n/);
    const warnings: string[] = [];
    const config = await resolveProjectOptions({ issue: dir, projectDir: ROOT });
    const prepared = await prepareIssue(config, createBuildContext(new AbortController().signal, (warning) => warnings.push(warning.code)));
    expect(prepared.parts.map((part) => part.edition.code)).toEqual(["en"]);
    expect(prepared.issue.articles).toHaveLength(3);
    expect(warnings).toEqual([]);
  });

  it("writes a one-sheet notice with an edition per language, each about as long as the first language's", async () => {
    const dir = path.join(work, "sheet");
    const languages = ["en", "es", "ar", "ur", "fa"];
    writeSheetIssue(dir, text, languages);
    const config = await resolveProjectOptions({ issue: dir, projectDir: ROOT });
    const prepared = await prepareIssue(config, createBuildContext(new AbortController().signal));
    expect(prepared.editions.map((edition) => edition.code)).toEqual(languages);
    const lengths = languages.map((lang) => readdirSync(dir).filter((name) => name.startsWith("01-") && (lang === "en" ? name === "01-first.md" : name.endsWith(`.${lang}.md`))).map((name) => readFileSync(path.join(dir, name), "utf8").split("---")[2]?.length ?? 0)[0] ?? 0);
    for (const length of lengths) expect(length).toBeGreaterThanOrEqual((lengths[0] as number) * 0.95);
  });
});

describe("the page scripts added to an edition's document", () => {
  it("holds the body back from layout and loads Paged.js and the page scripts as one deferred script, before </head>", () => {
    const html = addPageScripts("<!doctype html><html><head><title>x</title></head><body><p>text</p></body></html>");
    const head = html.slice(0, html.indexOf("</head>"));
    expect(head).toContain('<style id="pressroom-hold-layout" data-pagedjs-ignore>body { display: none !important; }</style>');
    const sources = [...head.matchAll(/<script src="([^"]+)" defer><\/script>/g)].map((match) => match[1]);
    expect(sources).toEqual([PAGE_BUNDLE_URL]);
    expect(html.endsWith("<body><p>text</p></body></html>")).toBe(true);
  });
});
