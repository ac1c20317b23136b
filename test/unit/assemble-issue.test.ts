// Covers assembleIssue on in-memory folders: ordering, translation detection, the articles: list and its errors.

import { describe, expect, it } from "vitest";
import { ContentError, ContentErrors } from "../../src/diagnostics/errors.js";
import { assembleIssue } from "../../src/stages/load-issue/assemble-issue.js";
import { assemble, articleMd, catchError, DISPLAY_DIR, issueMd, makeFolder } from "../fixtures/make-issue.js";

const art = (title: string, extra: string[] = []) => articleMd([`title: ${title}`, ...extra], "Body.");
const names = (articles: { file: { name: string } }[]) => articles.map((a) => a.file.name);

describe("assembleIssue: order", () => {
  it("orders articles by file name with numeric compare (2 before 10)", () => {
    const { issue } = assemble({ articles: { "10-ten.md": art("Ten"), "2-two.md": art("Two"), "1-one.md": art("One") } });
    expect(names(issue.articles)).toEqual(["1-one.md", "2-two.md", "10-ten.md"]);
  });

  it("keeps the issue's meta, editorial body and its line offset", () => {
    const { issue } = assemble({ issue: issueMd(["languages: [en, ar]"], "Editorial text."), articles: { "a.md": art("A") } });
    expect(issue.meta.title).toBe("The Riverside Commons");
    expect(issue.meta.languages).toEqual(["en", "ar"]);
    expect(issue.editorial).toEqual({ body: "Editorial text.", bodyLineOffset: 6 });
    expect(issue.name).toBe("2026-11");
  });

  it("gives articles without lang the issue's primary language", () => {
    const { issue } = assemble({ issue: issueMd(["languages: [ar, en]"]), articles: { "a.md": art("A") } });
    expect(issue.articles[0]?.meta.lang).toBe("ar");
  });

  it("keeps the article body and bodyLineOffset", () => {
    const { issue } = assemble({ articles: { "a.md": articleMd(["title: A", "byline: B"], "Line one.\nLine two.") } });
    expect(issue.articles[0]?.body).toBe("Line one.\nLine two.");
    expect(issue.articles[0]?.bodyLineOffset).toBe(4);
  });
});

describe("assembleIssue: translations", () => {
  it("detects foo.ar.md as the Arabic translation of foo.md and places it right after it", () => {
    const { issue } = assemble({
      issue: issueMd(["languages: [en, ar]"]),
      articles: { "02-bar.md": art("Bar"), "01-foo.ar.md": art("فو"), "01-foo.md": art("Foo") },
    });
    expect(names(issue.articles)).toEqual(["01-foo.md", "01-foo.ar.md", "02-bar.md"]);
    const translation = issue.articles[1];
    expect(translation?.fileLang).toBe("ar");
    expect(translation?.slug).toBe("01-foo");
    expect(translation?.meta.lang).toBe("ar");
    expect(issue.articles[0]?.slug).toBe("01-foo");
    expect(issue.articles[0]?.fileLang).toBeUndefined();
  });

  it("accepts a translation with region subtag, foo.en-GB.md", () => {
    const { issue } = assemble({ articles: { "foo.md": art("Foo"), "foo.en-GB.md": art("Foo GB") } });
    expect(issue.articles[1]?.fileLang).toBe("en-GB");
    expect(issue.articles[1]?.meta.lang).toBe("en-GB");
  });

  it("accepts a translation whose lang agrees with the file name in another case", () => {
    const { issue } = assemble({ articles: { "foo.md": art("Foo"), "foo.ar.md": art("فو", ["lang: AR"]) } });
    expect(issue.articles[1]?.meta.lang).toBe("AR");
  });

  it("treats bar.ar.md with no bar.md as an article on its own", () => {
    const { issue } = assemble({ articles: { "bar.ar.md": art("بار", ["lang: ar"]) } });
    expect(issue.articles).toHaveLength(1);
    expect(issue.articles[0]?.fileLang).toBeUndefined();
    expect(issue.articles[0]?.slug).toBe("bar.ar");
    expect(issue.articles[0]?.meta.lang).toBe("ar");
  });

  it("takes the language of bar.ar.md (no bar.md, no lang:) from its name when the issue has that language", () => {
    const { issue } = assemble({ issue: issueMd(["languages: [en, ar]"]), articles: { "bar.ar.md": art("بار") } });
    expect(issue.articles[0]?.meta.lang).toBe("ar");
  });

  it("does not read story.new.md as Newari when new is not one of the issue's languages", () => {
    const { issue } = assemble({ articles: { "story.new.md": art("Story") } });
    expect(issue.articles[0]?.meta.lang).toBe("en");
  });

  it("throws article-lang-mismatch when foo.ar.md says lang: fa, located at the lang value", () => {
    const error = catchError(() => assemble({ articles: { "foo.md": art("Foo"), "foo.ar.md": art("فو", ["lang: fa"]) } }));
    expect(error).toBeInstanceOf(ContentError);
    expect(error.code).toBe("article-lang-mismatch");
    expect(error.location).toEqual({ file: `${DISPLAY_DIR}/foo.ar.md`, line: 3, column: 7 });
  });
});

describe("assembleIssue: two versions of an article in one language", () => {
  it("refuses foo.md with no lang: beside foo.ar.md when the issue's first language is ar, naming both files", () => {
    // An edition in Arabic printed foo.md (taken to be Arabic) and left the real translation out, without a word.
    const error = catchError(() => assemble({ issue: issueMd(["languages: [ar]"]), articles: { "foo.md": art("Foo"), "foo.ar.md": art("فو") } }));
    expect(error).toBeInstanceOf(ContentError);
    expect(error.code).toBe("article-same-language");
    expect(error.message).toBe("foo.md and foo.ar.md are both in Arabic (ar), so an edition in Arabic could print only one of them.");
    expect(error.hint).toContain("Write in the front matter of foo.md the language it is in");
    expect(error.location?.file).toBe(`${DISPLAY_DIR}/foo.md`);
  });

  it("points at the lang: of an original that says it is in its translation's language", () => {
    const error = catchError(() => assemble({ articles: { "foo.md": art("Foo", ["lang: ar"]), "foo.ar.md": art("فو") } }));
    expect(error.code).toBe("article-same-language");
    expect(error.location).toEqual({ file: `${DISPLAY_DIR}/foo.md`, line: 3, column: 7 });
  });

  it("accepts the same article in en and en-GB, and in the issue's first language with a translation into another", () => {
    expect(() => assemble({ articles: { "foo.md": art("Foo"), "foo.en-GB.md": art("Foo GB") } })).not.toThrow();
    expect(() => assemble({ issue: issueMd(["languages: [ar, en]"]), articles: { "foo.md": art("فو"), "foo.en.md": art("Foo") } })).not.toThrow();
  });
});

describe("assembleIssue: the articles: list", () => {
  const files = { "01-a.md": art("A"), "02-b.md": art("B"), "03-c.md": art("C"), "02-b.ar.md": art("ب") };

  it("orders articles as listed, by file name or slug, with translations after their originals", () => {
    const { issue, warnings } = assemble({ issue: issueMd(["articles: [03-c.md, 02-b, 01-a.md]"]), articles: files });
    expect(names(issue.articles)).toEqual(["03-c.md", "02-b.md", "02-b.ar.md", "01-a.md"]);
    expect(warnings).toEqual([]);
  });

  it("warns with article-not-listed for a file the list leaves out, and leaves it out", () => {
    const { issue, warnings } = assemble({ issue: issueMd(["articles: [02-b.md, 01-a.md]"]), articles: files });
    expect(names(issue.articles)).toEqual(["02-b.md", "02-b.ar.md", "01-a.md"]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.code).toBe("article-not-listed");
    expect(warnings[0]?.message).toContain("03-c.md");
    expect(warnings[0]?.location).toEqual({ file: `${DISPLAY_DIR}/issue.md` });
  });

  it("throws article-list-missing located at the list item naming a missing file", () => {
    const issueText = issueMd(["articles:", "  - 02-b.md", "  - 99-missing.md"]);
    // issue.md: 1 ---, 2 title, 3 number, 4 date, 5 articles:, 6 - 02-b.md, 7 - 99-missing.md
    const error = catchError(() => assemble({ issue: issueText, articles: files }));
    expect(error).toBeInstanceOf(ContentError);
    expect(error.code).toBe("article-list-missing");
    expect(error.message).toContain('"99-missing.md"');
    expect(error.location).toEqual({ file: `${DISPLAY_DIR}/issue.md`, line: 7, column: 5 });
  });

  it("locates a missing item in a flow list at its column", () => {
    const error = catchError(() => assemble({ issue: issueMd(["articles: [01-a.md, nope.md]"]), articles: files }));
    expect(error.location).toEqual({ file: `${DISPLAY_DIR}/issue.md`, line: 5, column: 21 });
  });
});

describe("assembleIssue: errors", () => {
  it("reads every article's front matter and tells each mistake: the first with how many more, all for check", () => {
    const error = catchError(() =>
      assemble({ articles: { "01-a.md": articleMd(["title: One", "columns: seven"], "Text."), "02-b.md": articleMd(["kicker: No title"], "Text."), "03-c.md": "No front matter.\n", "04-d.md": articleMd(["title: Fine"], "Text.") } }),
    );
    expect(error).toBeInstanceOf(ContentErrors);
    const all = (error as ContentErrors).all;
    expect(all.map((problem) => problem.location?.file)).toEqual(["01-a.md", "02-b.md", "03-c.md"].map((name) => `${DISPLAY_DIR}/${name}`));
    expect(error.location?.file).toBe(`${DISPLAY_DIR}/01-a.md`);
    expect(error.hint).toContain("There are 2 more such problems in other files: `pressroom check` lists them all.");
    // One mistake is told as itself.
    const one = catchError(() => assemble({ articles: { "01-a.md": articleMd(["kicker: x"], "Text."), "02-b.md": articleMd(["title: Fine"], "Text.") } }));
    expect(one).not.toBeInstanceOf(ContentErrors);
    expect(one).toBeInstanceOf(ContentError);
  });

  it("throws issue-empty for an issue.md with no article files", () => {
    const error = catchError(() => assemble({ articles: {} }));
    expect(error).toBeInstanceOf(ContentError);
    expect(error.code).toBe("issue-empty");
    expect(error.location).toEqual({ file: `${DISPLAY_DIR}/issue.md`, line: 1, column: 1 });
  });

  it("throws issue-empty when articles: [] lists nothing", () => {
    const warnings: unknown[] = [];
    const folder = makeFolder({ issue: issueMd(["articles: []"]), articles: { "a.md": art("A") } });
    const error = catchError(() => assembleIssue(folder, DISPLAY_DIR, (w) => warnings.push(w)));
    expect(error.code).toBe("issue-empty");
    expect(warnings).toHaveLength(1);
  });

  it("throws issue-md-missing when the folder has no issue.md", () => {
    const error = catchError(() => assemble({ issue: null, articles: { "a.md": art("A") } }));
    expect(error).toBeInstanceOf(ContentError);
    expect(error.code).toBe("issue-md-missing");
    expect(error.location).toEqual({ file: DISPLAY_DIR });
  });

  it("names the issues in a folder that holds issues, given for one of them", () => {
    const error = catchError(() => assemble({ issue: null, otherFiles: ["2026-11/issue.md", "2026-11/01-a.md", "2026-12/issue.md", "notes/todo.md"] }));
    expect(error.code).toBe("issue-md-missing");
    expect(error.message).toBe(`${DISPLAY_DIR} holds issues rather than being one: 2026-11, 2026-12.`);
    expect(error.hint).toBe(`Give one of them, e.g. ${DISPLAY_DIR}/2026-12`);
  });

  it("throws article-no-front-matter for an article without front matter", () => {
    const error = catchError(() => assemble({ articles: { "a.md": art("A"), "b.md": "Notes for the desk.\n\n# Not first\n\nText." } }));
    expect(error).toBeInstanceOf(ContentError);
    expect(error.code).toBe("article-no-front-matter");
    expect(error.hint).toContain("If it is not an article (notes for the desk, say), move it out of the issue folder or rename it to notes.txt.");
    // Its first line ends as a sentence ends: no headline is suggested from it.
    expect(error.hint).not.toContain("put # and a space before it");
    expect(error.message).toContain("b.md");
    expect(error.location).toEqual({ file: `${DISPLAY_DIR}/b.md`, line: 1, column: 1 });
  });

  it("takes a first line `# Headline` as the title of an article written without front matter", () => {
    const { issue } = assemble({ articles: { "01-a.md": "\n# Roof repairs *at last* #\n\nThe council met.\n\n## A subheading" } });
    const article = issue.articles[0];
    expect(article?.meta).toMatchObject({ title: "Roof repairs *at last*", lang: "en" });
    expect(article?.body).toBe("\nThe council met.\n\n## A subheading");
    // Body line 1 (empty) is file line 3: positions in later messages stay right.
    expect(article?.bodyLineOffset).toBe(2);
    expect(article?.locate(["title"])).toEqual({ file: `${DISPLAY_DIR}/01-a.md`, line: 2, column: 1 });
  });

  it("takes a bold first line standing alone, or a ## or ### one, as the title, like # Headline", () => {
    const { issue } = assemble({ articles: { "01-a.md": "**Council votes on the budget**\n\nThe council met.", "02-b.md": "## Market day\n\nStalls open." } });
    expect(issue.articles.map((article) => [article.meta.title, article.body])).toEqual([
      ["Council votes on the budget", "\nThe council met."],
      ["Market day", "\nStalls open."],
    ]);
    // Bold words running on into the paragraph are its start, not a headline.
    expect(catchError(() => assemble({ articles: { "01-a.md": "**Council votes**\non the budget today." } })).code).toBe("article-no-front-matter");
  });

  it("says how to mend an article without a headline from its first line: settings without --- lines, or a likely headline", () => {
    const bare = catchError(() => assemble({ articles: { "01-a.md": "title: Forgot the dashes\nbyline: Ana\n\nText." } }));
    expect(bare.hint).toBe("Its settings have no --- lines around them: put a line --- above `title:` and another under the last setting.");
    const plain = catchError(() => assemble({ articles: { "01-a.md": "Council votes on the budget\n\nThe council met." } }));
    expect(plain.hint).toMatch(/^If its first line, “Council votes on the budget”, is the headline, put # and a space before it\. Or start the file/);
  });

  it("passes front matter errors in issue.md through with the issue file's location", () => {
    const error = catchError(() => assemble({ issue: issueMd(["paper: B5"]), articles: { "a.md": art("A") } }));
    expect(error.code).toBe("front-matter-value");
    expect(error.location).toEqual({ file: `${DISPLAY_DIR}/issue.md`, line: 5, column: 8 });
  });

  it("passes front matter errors in an article through with the article's location", () => {
    const error = catchError(() => assemble({ articles: { "a.md": articleMd(["title: A", "colour: red"]) } }));
    expect(error.code).toBe("front-matter-unknown-key");
    expect(error.location).toEqual({ file: `${DISPLAY_DIR}/a.md`, line: 3, column: 1 });
  });
});

describe("assembleIssue: files that are not printed", () => {
  it("names a .txt or .markdown article, a Word document and an article in a subfolder, each with how to print it", () => {
    const otherFiles = ["03-market.md.txt", "04-notes.markdown", "05-letter.docx", "drafts/06-late.md", "images/photo.jpg", "images/credits.txt", "agenda.pdf", "notes.txt"];
    const { issue, warnings } = assemble({ articles: { "01-a.md": art("A") }, otherFiles });
    expect(names(issue.articles)).toEqual(["01-a.md"]);
    expect(warnings.map((warning) => [warning.code, warning.location?.file])).toEqual([
      ["article-not-md", `${DISPLAY_DIR}/03-market.md.txt`],
      ["article-not-md", `${DISPLAY_DIR}/04-notes.markdown`],
      ["article-document", `${DISPLAY_DIR}/05-letter.docx`],
      ["article-in-subfolder", `${DISPLAY_DIR}/drafts/06-late.md`],
    ]);
    // notes.txt is the desk's (the missing-headline error sends notes there). Notepad's "03-market.md.txt" is
    // renamed to what was meant, not "03-market.md.md".
    expect(warnings[0]?.hint).toContain("Rename it to 03-market.md to print it");
    expect(warnings[1]?.hint).toContain("Rename it to 04-notes.md");
    expect(warnings[2]?.message).toBe("05-letter.docx is a word processor's document, which is not printed: articles are Markdown (.md) text files.");
    expect(warnings[3]?.hint).toContain("Move it beside issue.md to print it");
  });
});
