// readIssueFolder on disk: file names read in any case, as a Mac or Windows disk opens them.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { assembleIssue } from "../../src/stages/load-issue/assemble-issue.js";
import { readIssueFolder } from "../../src/stages/load-issue/read-issue-folder.js";

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
});
