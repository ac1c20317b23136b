// Forty-odd broken or extreme inputs: each ends in a located, editor-worded error or a correct PDF, never a crash, a hang or a stack trace.

import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { build } from "../../src/index.js";
import { PressroomError } from "../../src/diagnostics/errors.js";
import { getBrowserPath } from "../support/browser.js";
import { GOOD_ARTICLE, GOOD_ISSUE_MD, makeProject } from "../support/issue-fixture.js";

const projects: string[] = [];
afterAll(() => projects.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const ISSUE = (extra: string) => GOOD_ISSUE_MD.replace("---\n", `---\n${extra}\n`).replace(/\n\n---/, "\n---");
const ARTICLE = (front: string, body = "Some words.") => `---\n${front}\n---\n\n${body}\n`;
const BINARY = Buffer.from([0x89, 0x00, 0xff, 0xfe, 0x00, 0x01, 0x02, 0x1b, 0x5b, 0x00, 0xc3, 0x28, 0x0a, 0x00]);
const PNG_HEADER_ONLY = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const words = (count: number) => Array.from({ length: count }, (_, i) => ["council", "garden", "repairs", "rent", "neighbours", "winter", "library", "market"][i % 8]).join(" ");
const paragraphs = (count: number, size: number) => Array.from({ length: count }, () => words(size) + ".").join("\n\n");

interface Case {
  name: string;
  files: Record<string, string | Buffer>;
  /** "pdf": builds; otherwise the error code expected (or "error" for any located PressroomError). */
  expect: "pdf" | string;
  /** Extra setup in the project folder (fonts, templates). */
  setup?(project: string): void;
}

const CASES: Case[] = [
  // issue.md
  { name: "malformed YAML in issue.md", files: { "issue.md": "---\ntitle: [x\nnumber: 1\ndate: 2026-05-01\n---\n", "01-a.md": GOOD_ARTICLE }, expect: "front-matter-yaml" },
  { name: "issue number of the wrong type", files: { "issue.md": ISSUE("number: [1, 2]").replace("number: 3\n", ""), "01-a.md": GOOD_ARTICLE }, expect: "error" },
  { name: "a date that does not exist", files: { "issue.md": GOOD_ISSUE_MD.replace("2026-05-01", "2026-02-30"), "01-a.md": GOOD_ARTICLE }, expect: "error" },
  { name: "a date in words", files: { "issue.md": GOOD_ISSUE_MD.replace("2026-05-01", "next tuesday"), "01-a.md": GOOD_ARTICLE }, expect: "error" },
  { name: "languages as a sentence", files: { "issue.md": GOOD_ISSUE_MD.replace("languages: [en]", "languages: english and arabic"), "01-a.md": GOOD_ARTICLE }, expect: "error" },
  { name: "an unknown language code", files: { "issue.md": GOOD_ISSUE_MD.replace("languages: [en]", "languages: [en, 'not a code!']"), "01-a.md": GOOD_ARTICLE }, expect: "error" },
  { name: "a misspelt setting", files: { "issue.md": ISSUE("titel: Typo"), "01-a.md": GOOD_ARTICLE }, expect: "error" },
  { name: "an empty issue.md", files: { "issue.md": "", "01-a.md": GOOD_ARTICLE }, expect: "error" },
  { name: "no issue.md", files: { "01-a.md": GOOD_ARTICLE }, expect: "issue-md-missing" },
  { name: "a binary issue.md", files: { "issue.md": BINARY, "01-a.md": GOOD_ARTICLE }, expect: "error" },
  { name: "front matter never closed", files: { "issue.md": "---\ntitle: T\nnumber: 1\ndate: 2026-05-01\n", "01-a.md": GOOD_ARTICLE }, expect: "front-matter-unclosed" },
  { name: "JavaScript front matter", files: { "issue.md": "---js\n{ title: 'x' }\n---\n", "01-a.md": GOOD_ARTICLE }, expect: "front-matter-not-yaml" },
  { name: "a YAML alias bomb", files: { "issue.md": `---\ntitle: T\nnumber: 1\ndate: 2026-05-01\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n---\n`, "01-a.md": GOOD_ARTICLE }, expect: "error" },
  { name: "a setting given twice", files: { "issue.md": ISSUE("title: Again"), "01-a.md": GOOD_ARTICLE }, expect: "error" },
  { name: "an edition that is not a language", files: { "issue.md": ISSUE("editions: [en, klingon]"), "01-a.md": GOOD_ARTICLE }, expect: "error" },
  { name: "an unknown layout", files: { "issue.md": ISSUE("layout: magazine"), "01-a.md": GOOD_ARTICLE }, expect: "error" },
  { name: "a layout name that climbs out", files: { "issue.md": ISSUE("layout: ../../etc"), "01-a.md": GOOD_ARTICLE }, expect: "error" },
  { name: "an unknown paper", files: { "issue.md": ISSUE("paper: B7"), "01-a.md": GOOD_ARTICLE }, expect: "error" },
  { name: "an issue with no articles", files: { "issue.md": GOOD_ISSUE_MD }, expect: "error" },
  // articles
  { name: "an empty article file", files: { "issue.md": GOOD_ISSUE_MD, "01-a.md": GOOD_ARTICLE, "02-b.md": "" }, expect: "error" },
  { name: "a binary article file", files: { "issue.md": GOOD_ISSUE_MD, "01-a.md": BINARY }, expect: "error" },
  { name: "an article without a title", files: { "issue.md": GOOD_ISSUE_MD, "01-a.md": ARTICLE("kicker: News") }, expect: "error" },
  { name: "a title that is a list", files: { "issue.md": GOOD_ISSUE_MD, "01-a.md": ARTICLE("title: [a, b]") }, expect: "error" },
  { name: "an article with no text", files: { "issue.md": GOOD_ISSUE_MD, "01-a.md": "---\ntitle: Only a headline\n---\n" }, expect: "pdf" },
  { name: "a pull quote never closed", files: { "issue.md": GOOD_ISSUE_MD, "01-a.md": ARTICLE("title: A", "Text.\n\n::: pullquote\nA quote that never ends.\n\nMore text.") }, expect: "pdf" },
  { name: "an unknown container", files: { "issue.md": GOOD_ISSUE_MD, "01-a.md": ARTICLE("title: A", "::: sidebar\nInside.\n:::\n\nAfter.") }, expect: "pdf" },
  { name: "a 5,000-character paragraph", files: { "issue.md": GOOD_ISSUE_MD, "01-a.md": ARTICLE("title: A", words(700).slice(0, 5000)) }, expect: "pdf" },
  { name: "a 300-letter word", files: { "issue.md": GOOD_ISSUE_MD, "01-a.md": ARTICLE("title: A", `Before ${"x".repeat(300)} after.`) }, expect: "pdf" },
  { name: "a 20,000-word article", files: { "issue.md": GOOD_ISSUE_MD, "01-a.md": ARTICLE("title: Long", paragraphs(200, 100)) }, expect: "pdf" },
  { name: "page references in a circle", files: { "issue.md": GOOD_ISSUE_MD, "01-a.md": ARTICLE("title: A", "See [page](#02-b)."), "02-b.md": ARTICLE("title: B", "See [page](#01-a).") }, expect: "pdf" },
  { name: "a page reference to nothing", files: { "issue.md": GOOD_ISSUE_MD, "01-a.md": ARTICLE("title: A", "See [page](#nowhere).") }, expect: "pdf" },
  { name: "a note call with no note", files: { "issue.md": GOOD_ISSUE_MD, "01-a.md": ARTICLE("title: A", "A call.[^9]") }, expect: "pdf" },
  { name: "a note nobody calls", files: { "issue.md": GOOD_ISSUE_MD, "01-a.md": ARTICLE("title: A", "Text.\n\n[^1]: A lonely note.") }, expect: "pdf" },
  { name: "a text file named .jpg", files: { "issue.md": GOOD_ISSUE_MD, "01-a.md": ARTICLE("title: A", "![x](images/photo.jpg)"), "images/photo.jpg": "not a picture" }, expect: "error" },
  { name: "an empty picture file", files: { "issue.md": GOOD_ISSUE_MD, "01-a.md": ARTICLE("title: A", "![x](images/empty.png)"), "images/empty.png": "" }, expect: "error" },
  { name: "a picture cut short", files: { "issue.md": GOOD_ISSUE_MD, "01-a.md": ARTICLE("title: A", "![x](images/cut.png)"), "images/cut.png": PNG_HEADER_ONLY }, expect: "error" },
  { name: "a picture outside the issue", files: { "issue.md": GOOD_ISSUE_MD, "01-a.md": ARTICLE("title: A", "![x](../../outside.png)") }, expect: "error" },
  { name: "a missing picture", files: { "issue.md": GOOD_ISSUE_MD, "01-a.md": ARTICLE("title: A", "![x](images/none.png)") }, expect: "error" },
  { name: "a picture on the web", files: { "issue.md": GOOD_ISSUE_MD, "01-a.md": ARTICLE("title: A", "![x](https://example.org/x.png)") }, expect: "error" },
  { name: "a translation into a language the issue lacks", files: { "issue.md": GOOD_ISSUE_MD, "01-a.md": GOOD_ARTICLE, "01-a.fr.md": ARTICLE("title: Un") }, expect: "pdf" },
  { name: "an untranslated article in a two-language issue", files: { "issue.md": GOOD_ISSUE_MD.replace("[en]", "[en, ar]"), "01-a.md": GOOD_ARTICLE }, expect: "pdf" },
  { name: "Windows line ends and a byte-order mark", files: { "issue.md": "\uFEFF" + GOOD_ISSUE_MD.replace(/\n/g, "\r\n"), "01-a.md": GOOD_ARTICLE.replace(/\n/g, "\r\n") }, expect: "pdf" },
  { name: "lists nested 300 deep", files: { "issue.md": GOOD_ISSUE_MD, "01-a.md": ARTICLE("title: A", Array.from({ length: 300 }, (_, i) => `${"  ".repeat(i)}- level ${i}`).join("\n")) }, expect: "pdf" },
  { name: "NUL and control characters in the text", files: { "issue.md": GOOD_ISSUE_MD, "01-a.md": ARTICLE("title: A", "Text\u0000 with\u0007 controls\u001b[31m.") }, expect: "file-not-text" },
  { name: "control characters without NUL", files: { "issue.md": GOOD_ISSUE_MD, "01-a.md": ARTICLE("title: A", "Bell\u0007 and escape\u001b[31m in the text.") }, expect: "pdf" },
  { name: "a Thai word", files: { "issue.md": GOOD_ISSUE_MD, "01-a.md": ARTICLE("title: A", "Party ปาร์ตี้.") }, expect: "glyph-missing" },
  // the project's own fonts and templates
  {
    name: "a zero-byte font",
    files: { "issue.md": GOOD_ISSUE_MD, "01-a.md": GOOD_ARTICLE },
    setup(project) {
      mkdirSync(path.join(project, "fonts"), { recursive: true });
      writeFileSync(path.join(project, "fonts", "Broken.ttf"), "");
      writeFileSync(path.join(project, "fonts", "fonts.css"), readFileSync(path.resolve(import.meta.dirname, "../../fonts/fonts.css"), "utf8"));
    },
    expect: "font-unreadable",
  },
  {
    name: "a template with a syntax error",
    files: { "issue.md": ISSUE("layout: broken"), "01-a.md": GOOD_ARTICLE },
    setup(project) {
      mkdirSync(path.join(project, "templates", "broken"), { recursive: true });
      writeFileSync(path.join(project, "templates", "broken", "layout.hbs"), "<html><body>{{#each articles}}{{title}</body></html>\n");
    },
    expect: "error",
  },
];

describe("bad inputs", () => {
  it.each(CASES)("$name", async ({ files, expect: expected, setup }) => {
    const { project } = makeProject(files);
    projects.push(project);
    setup?.(project);
    let outcome: string;
    let error: unknown;
    try {
      const result = await build({ issue: "issues/test-issue", projectDir: project, browser: getBrowserPath() });
      outcome = result.outputs.every((output) => readFileSync(output.path).subarray(0, 5).toString() === "%PDF-") ? "pdf" : "no pdf";
    } catch (caught) {
      error = caught;
      outcome = caught instanceof PressroomError ? caught.code : `crash: ${(caught as Error)?.stack ?? String(caught)}`;
    }
    if (expected === "error") {
      expect(error, outcome).toBeInstanceOf(PressroomError);
      // Every error says what to do, and names the file when there is one.
      expect((error as PressroomError).hint ?? (error as PressroomError).location, outcome).toBeTruthy();
    } else expect(outcome).toBe(expected);
  }, 180_000);
});

describe("a font whose licence forbids embedding", () => {
  it("prints, its letters drawn as Type 3 pictures, with a warning naming the font file, and the press preflight names them too", async () => {
    const { project } = makeProject({ "issue.md": GOOD_ISSUE_MD, "01-a.md": GOOD_ARTICLE });
    projects.push(project);
    cpSync(path.resolve(import.meta.dirname, "../../fonts"), path.join(project, "fonts"), { recursive: true });
    // The OS/2 table's fsType set to 2, "restricted licence embedding", as some bought fonts have it.
    const file = path.join(project, "fonts", "noto-serif", "NotoSerif-Regular.ttf");
    const font = readFileSync(file);
    const tables = font.readUInt16BE(4);
    for (let index = 0; index < tables; index++) {
      const entry = 12 + 16 * index;
      if (font.toString("latin1", entry, entry + 4) === "OS/2") font.writeUInt16BE(2, font.readUInt32BE(entry + 8) + 8);
    }
    writeFileSync(file, font);
    const result = await build({ issue: "issues/test-issue", projectDir: project, browser: getBrowserPath(), press: {} });
    const [output] = result.outputs;
    expect(readFileSync(output!.path).subarray(0, 5).toString()).toBe("%PDF-");
    const warning = output!.warnings.find((candidate) => candidate.code === "font-as-drawings");
    expect(warning?.message).toBe(
      "The en PDF draws some letters as pictures (Type 3 fonts): fonts/noto-serif/NotoSerif-Regular.ttf forbids being embedded. It prints, but many print shops refuse such a PDF, and that text cannot be searched or copied well.",
    );
    expect(JSON.stringify(output!.press)).toMatch(/drawn as Type 3 \(pictures of letters\)/);
  }, 180_000);
});

