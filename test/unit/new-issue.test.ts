// `pressroom new`: the next number, today's date and the paper's settings carried over; a sample article that builds; never writing over a folder.

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { OutputError, UsageError } from "../../src/diagnostics/errors.js";
import { formatToday } from "../../src/cli/run-new-command.js";
import { createIssue } from "../../src/scaffold/create-issue.js";
import { findNextNumber, planNewIssue } from "../../src/scaffold/plan-new-issue.js";
import { issueFrontMatterSchema } from "../../src/config/front-matter-schema.js";
import { splitFrontMatter } from "../../src/stages/load-issue/split-front-matter.js";
import { parse } from "yaml";

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function makeIssuesDir(issues: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "pressroom-new-"));
  made.push(dir);
  for (const [name, text] of Object.entries(issues)) {
    mkdirSync(path.join(dir, name));
    writeFileSync(path.join(dir, name, "issue.md"), text);
  }
  return dir;
}

const readMeta = (file: string) => parse(splitFrontMatter(readFileSync(file, "utf8"), file).yaml ?? "") as Record<string, unknown>;

describe("planNewIssue", () => {
  it("numbers the issue after the highest number found, 1 for the first", () => {
    expect(findNextNumber([])).toBe(1);
    expect(findNextNumber([{ number: 14, meta: {} }, { number: "9", meta: {} }, { number: "Winter special", meta: {} }])).toBe(15);
  });

  it("writes an issue.md the build accepts, with today's date and the defaults when there is no issue before it", () => {
    const plan = planNewIssue([], { today: "2026-12-02" });
    const meta = parse(splitFrontMatter(plan.files["issue.md"] ?? "", "issue.md").yaml ?? "");
    expect(meta).toEqual({ title: "Community News", number: 1, date: "2026-12-02", languages: ["en"], layout: "newspaper" });
    expect(issueFrontMatterSchema.safeParse(meta).success).toBe(true);
    expect(Object.keys(plan.files)).toEqual(["issue.md", "01-first-article.md", "images/sample-drawing.svg"]);
    expect(plan.files["01-first-article.md"]).toContain("](images/sample-drawing.svg");
  });

  it("lets --title, --layout and --language win over the carried settings", () => {
    const plan = planNewIssue([{ number: 3, meta: { title: "Old", layout: "bulletin", languages: ["en"] } }], { today: "2026-12-02", title: "New", layout: "sheet", languages: ["fa", "en"] });
    expect(plan.files["issue.md"]).toMatch(/title: New\n[\s\S]*number: 4\n[\s\S]*languages:\n {2}- fa\n {2}- en\nlayout: sheet/);
  });

  it("marks the English sample article lang: en where the issue's first language is another, and only there", () => {
    const article = (languages: string[]) => planNewIssue([], { today: "2026-12-02", languages }).files["01-first-article.md"] ?? "";
    const front = (text: string) => parse(splitFrontMatter(text, "01-first-article.md").yaml ?? "");
    expect(front(article(["ar", "en"]))).toMatchObject({ title: "Write your first headline here", lang: "en" });
    expect(article(["ar"])).toContain("lang: en  # the sample text is English; write your article's language here, e.g. lang: ar\n---\n");
    expect(front(article(["en", "ar"])).lang).toBeUndefined();
    expect(front(article(["en-GB"])).lang).toBeUndefined();
  });
});

describe("planNewIssue for a sheet or a leaflet", () => {
  const front = (text: string | undefined) => parse(splitFrontMatter(text ?? "", "issue.md").yaml ?? "") as Record<string, unknown>;

  it("gives a first sheet one side and an article on how it is made, a first leaflet its own; a page layout neither", () => {
    const sheet = planNewIssue([], { today: "2026-12-02", layout: "sheet", shape: "sheet" });
    expect(Object.keys(sheet.files)).toEqual(["issue.md", "01-first-article.md", "02-how-this-sheet-is-made.md", "images/sample-drawing.svg"]);
    expect(sheet.files["issue.md"]).toContain("sides: 1 # one side of the sheet; write 2 to print on both\n");
    expect(issueFrontMatterSchema.safeParse(front(sheet.files["issue.md"])).success).toBe(true);
    const leaflet = planNewIssue([], { today: "2026-12-02", layout: "leaflet", shape: "leaflet", languages: ["ar", "en"] });
    expect(Object.keys(leaflet.files)).toContain("02-how-this-leaflet-is-made.md");
    expect(front(leaflet.files["issue.md"]).sides).toBeUndefined();
    // The explanation is English, like the first sample, and says so where the first language is another.
    expect(front(leaflet.files["02-how-this-leaflet-is-made.md"])).toMatchObject({ title: "How this leaflet is made", lang: "en" });
    expect(Object.keys(planNewIssue([], { today: "2026-12-02", shape: "pages" }).files)).not.toContain("02-how-this-sheet-is-made.md");
  });

  it("leaves the explanation out of the next issue in the same layout, keeping its sides", () => {
    const next = planNewIssue([{ number: 3, meta: { title: "T", layout: "sheet", sides: 2 } }], { today: "2026-12-02", shape: "sheet" });
    expect(Object.keys(next.files)).toEqual(["issue.md", "01-first-article.md", "images/sample-drawing.svg"]);
    expect(front(next.files["issue.md"])).toMatchObject({ layout: "sheet", sides: 2 });
  });

  it("drops a sheet's sides when the next issue changes layout: a leaflet was warned they do not apply", () => {
    const leaflet = planNewIssue([{ number: 3, meta: { title: "T", layout: "sheet", sides: 1, contents: false } }], { today: "2026-12-02", layout: "leaflet", shape: "leaflet" });
    expect(front(leaflet.files["issue.md"])).toMatchObject({ layout: "leaflet", contents: false });
    expect(front(leaflet.files["issue.md"]).sides).toBeUndefined();
  });
});

describe("createIssue", () => {
  it("carries the latest issue's paper settings over, not its content, and writes the sample files", async () => {
    const dir = makeIssuesDir({
      "2026-10": "---\ntitle: The Commons\nnumber: 13\ndate: 2026-10-20\nlanguages: [en, ar]\nlayout: bulletin\ncontacts: [\"12 Mill Lane\"]\narticles: [01-a.md]\n---\nEditorial.\n",
      "2026-11": "---\ntitle: The Commons\nsubtitle: Now monthly\nnumber: 14\ndate: 2026-11-20\nlanguages: [en, ar]\nlayout: bulletin\npaper: A4\n---\n",
      broken: "---\ntitle: [\n---\n",
    });
    const created = await createIssue(path.join(dir, "2026-12"), { today: "2026-12-02" });
    expect(created).toMatchObject({ number: 15, date: "2026-12-02", from: path.join(dir, "2026-11") });
    const meta = readMeta(path.join(dir, "2026-12", "issue.md"));
    expect(meta).toEqual({ title: "The Commons", subtitle: "Now monthly", number: 15, date: "2026-12-02", languages: ["en", "ar"], layout: "bulletin", paper: "A4" });
    expect(readdirSync(path.join(dir, "2026-12")).sort()).toEqual(["01-first-article.md", "images", "issue.md"]);
    expect(readdirSync(path.join(dir, "2026-12", "images"))).toEqual(["sample-drawing.svg"]);
  });

  it("numbers after and carries from an issue whose issue.md is named Issue.md, or saved by Notepad as UTF-16, as the build reads them", async () => {
    const dir = makeIssuesDir({});
    mkdirSync(path.join(dir, "2026-10"));
    writeFileSync(path.join(dir, "2026-10", "Issue.md"), "---\ntitle: The Commons\nnumber: 13\ndate: 2026-10-20\nlanguages: [en]\n---\n");
    mkdirSync(path.join(dir, "2026-11"));
    const utf16 = "---\ntitle: The Commons\nnumber: 14\ndate: 2026-11-20\nlanguages: [en]\nlayout: bulletin\n---\n";
    writeFileSync(path.join(dir, "2026-11", "Issue.md"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf16, "utf16le")]));
    const created = await createIssue(path.join(dir, "2026-12"), { today: "2026-12-02" });
    expect(created).toMatchObject({ number: 15, from: path.join(dir, "2026-11") });
    expect(readMeta(path.join(dir, "2026-12", "issue.md"))).toMatchObject({ title: "The Commons", layout: "bulletin" });
  });

  it("carries issue.<lang>.md's masthead words for the languages kept, without that issue's editorial", async () => {
    const dir = makeIssuesDir({ "2026-11": "---\ntitle: The Commons\nnumber: 14\ndate: 2026-11-20\nlanguages: [en, ar, es]\n---\n" });
    writeFileSync(path.join(dir, "2026-11", "issue.ar.md"), "---\ntitle: المشاع\ncontacts: [\"١٢ ميل لين\"]\n---\n\nافتتاحية العدد الماضي.\n");
    writeFileSync(path.join(dir, "2026-11", "issue.es.md"), "---\ntitle: El Común\n---\n");
    await createIssue(path.join(dir, "2026-12"), { today: "2026-12-02", languages: ["en", "ar"] });
    expect(readFileSync(path.join(dir, "2026-12", "issue.ar.md"), "utf8")).toBe("---\ntitle: المشاع\ncontacts:\n  - ١٢ ميل لين\n---\n");
    expect(readdirSync(path.join(dir, "2026-12"))).not.toContain("issue.es.md");
  });

  it("refuses a layout that does not exist, naming the nearest one, before writing anything", async () => {
    const dir = makeIssuesDir({});
    const error = await createIssue(path.join(dir, "2026-12"), { today: "2026-12-02", layout: "shet" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toBe('--layout shet: There is no layout called "shet". Did you mean sheet?');
    expect((error as UsageError).hint).toContain("Use one of: bulletin, leaflet, newspaper, sheet.");
    expect(readdirSync(dir)).toEqual([]);
    const sheet = await createIssue(path.join(dir, "2026-12"), { today: "2026-12-02", layout: "sheet" });
    expect(sheet.files).toContain("02-how-this-sheet-is-made.md");
  });

  it("says in words why a folder cannot be made, rather than call it pressroom's bug", async () => {
    const dir = makeIssuesDir({});
    writeFileSync(path.join(dir, "issues"), "a file where the issues folder should be");
    const error = await createIssue(path.join(dir, "issues", "2026-12"), { today: "2026-12-02" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OutputError);
    expect((error as OutputError).message).toBe(`The new issue cannot be made in ${path.join(dir, "issues", "2026-12")}: ${path.join(dir, "issues")} is a file, not a folder.`);
  });

  it("never writes into a folder that already holds files", async () => {
    const dir = makeIssuesDir({ "2026-11": "---\ntitle: T\nnumber: 1\ndate: 2026-11-20\n---\n" });
    const error = await createIssue(path.join(dir, "2026-11"), { today: "2026-12-02" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toContain("already exists and is not empty");
    expect(readFileSync(path.join(dir, "2026-11", "issue.md"), "utf8")).toBe("---\ntitle: T\nnumber: 1\ndate: 2026-11-20\n---\n");
    // An empty folder made beforehand is fine.
    mkdirSync(path.join(dir, "2026-12"));
    expect((await createIssue(path.join(dir, "2026-12"), { today: "2026-12-02" })).number).toBe(2);
  });

  it("dates the issue by the computer's own calendar day", () => {
    expect(formatToday(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
  });
});
