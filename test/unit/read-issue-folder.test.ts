// readIssueFolder on disk: file names read in any case, as a Mac or Windows disk opens them.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { assembleIssue } from "../../src/stages/load-issue/assemble-issue.js";
import { readIssueFolder } from "../../src/stages/load-issue/read-issue-folder.js";
import { readSourceLines } from "../../src/diagnostics/read-source-lines.js";

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("readIssueFolder", () => {
  it("reads Issue.md, Issue.AR.md and 01-a.ar.MD as issue.md, its Arabic masthead and 01-a.md's translation", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "pressroom-folder-"));
    dirs.push(dir);
    mkdirSync(path.join(dir, "2026-12"));
    const issue = path.join(dir, "2026-12");
    writeFileSync(path.join(issue, "Issue.md"), "---\ntitle: The Commons\nnumber: 3\ndate: 2026-12-05\nlanguages: [en, ar]\n---\n");
    writeFileSync(path.join(issue, "Issue.AR.md"), "---\ntitle: المشاع\n---\n");
    writeFileSync(path.join(issue, "01-a.md"), "# Market day\n\nStalls open at eight.\n");
    writeFileSync(path.join(issue, "01-a.ar.MD"), "# يوم السوق\n\nتفتح الأكشاك في الثامنة.\n");
    const folder = await readIssueFolder(issue, "issues/2026-12");
    expect(folder.issueFile?.name).toBe("Issue.md");
    expect(folder.issueTranslations.map((file) => file.name)).toEqual(["Issue.AR.md"]);
    const warnings: unknown[] = [];
    const assembled = assembleIssue(folder, "issues/2026-12", (warning) => warnings.push(warning));
    expect(assembled.meta.number).toBe(3);
    expect(assembled.translations.map((translation) => [translation.lang, translation.meta.title])).toEqual([["ar", "المشاع"]]);
    expect(assembled.articles.map((article) => [article.file.name, article.slug, article.fileLang, article.meta.lang])).toEqual([
      ["01-a.md", "01-a", undefined, "en"],
      ["01-a.ar.MD", "01-a", "ar", "ar"],
    ]);
    expect(warnings).toEqual([]);
  });

  it("reads an article Notepad saved as 'Unicode' (UTF-16 with its byte order mark) as the text written, and its errors' lines too", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "pressroom-folder-"));
    dirs.push(dir);
    writeFileSync(path.join(dir, "issue.md"), "---\ntitle: The Commons\nnumber: 3\ndate: 2026-12-05\nlanguages: [en]\n---\n");
    const article = "---\ntitle: The café opens\n---\n\nSoup for “everyone” on Monday.\n";
    writeFileSync(path.join(dir, "01-cafe.md"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article, "utf16le")]));
    const folder = await readIssueFolder(dir, "issues/2026-12");
    expect(folder.markdownFiles.map((file) => file.text)).toEqual([article]);
    expect(readSourceLines(path.join(dir, "01-cafe.md"), 5)?.map((line) => line.text)).toEqual(["", "Soup for “everyone” on Monday.", ""]);
  });
});
