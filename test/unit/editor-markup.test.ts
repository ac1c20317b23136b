// What editors write that Markdown alone mishandles: comments print nothing, a picture's path may have spaces, HTML printed as text is warned about with its place, and so is an article with no text, or one ending in a subheading; a first heading repeating the title prints once; Word's bullets are a list, a spreadsheet's tabbed lines a table, a paragraph over a line of dashes a paragraph and a break.

import { describe, expect, it } from "vitest";
import type { BuildWarning } from "../../src/diagnostics/warnings.js";
import { findJumpIndexes } from "../../src/stages/parse-markdown/jump-rule.js";
import { tidyPastedText } from "../../src/stages/parse-markdown/tidy-pasted-text.js";
import type { ParsedArticle } from "../../src/stages/parse-markdown/types.js";
import { renderArticleBody } from "../../src/stages/render-html/render-article-body.js";
import { assembleAndParse, articleMd, catchError } from "../fixtures/make-issue.js";

const PICTURES = ["images/My Photo.JPG", "images/market day.svg", "images/x.svg"];

function parse(body: string, allowHtml = false): { article: ParsedArticle; html: string; warnings: BuildWarning[] } {
  const { parsed, warnings } = assembleAndParse({ articles: { "01-story.md": articleMd(["title: Story"], body) }, otherFiles: PICTURES }, allowHtml);
  const article = parsed.articles[0] as ParsedArticle;
  return { article, html: renderArticleBody(article, { allowHtml, issueUrl: "/issue/", footnotesBefore: 0 }).html, warnings };
}

describe("comments", () => {
  it("print nothing, as a block of lines or inside a paragraph, with raw HTML printed as text or allowed", () => {
    const body = ["The council met. <!-- check the date -->", "", "<!--", "A draft paragraph,", "", "not ready.", "-->", "", "Second <!-- a note\nover two lines --> paragraph."].join("\n");
    for (const allowHtml of [false, true]) {
      const { html, warnings } = parse(body, allowHtml);
      expect(html).not.toMatch(/check the date|draft|not ready|a note|<!|–>/);
      expect(html).toContain("<p>The council met.");
      expect(html).toContain("Second  paragraph.");
      expect(warnings).toEqual([]);
    }
  });

  it("end a paragraph above them, and keep text after them on their last line", () => {
    expect(parse("Line one\n<!-- note -->\n\nNext.").html).toBe("<p>Line one</p>\n<p>Next.</p>\n");
    expect(parse("<!-- note --> and the text\nafter it.").html).toBe("<p>and the text\nafter it.</p>\n");
  });

  it("leave a jump marker to the jump rule", () => {
    for (const allowHtml of [false, true]) {
      const { article } = parse("One.\n\n<!-- jump -->\n\nTwo.", allowHtml);
      expect(findJumpIndexes(article.tokens)).toHaveLength(1);
    }
  });

  it("print one never closed, with a warning at its place", () => {
    const { html, warnings } = parse("Text.\n\nA note <!-- never closed\nand more.");
    expect(html).toContain("never closed");
    expect(warnings.map((warning) => warning.code)).toEqual(["comment-unclosed"]);
    expect(warnings[0]?.location).toMatchObject({ file: "issues/2026-11/01-story.md", line: 6, column: 8 });
  });
});

describe("a picture whose file name has spaces", () => {
  it("is a figure with its caption and credit, as the path written in <> is", () => {
    const spaced = parse('![Stalls at dawn](images/market day.svg "The market"){credit="Ana"}').html;
    const bracketed = parse('![Stalls at dawn](<images/market day.svg> "The market"){credit="Ana"}').html;
    expect(spaced).toBe(bracketed);
    expect(spaced).toContain('src="/issue/images/market%20day.svg"');
    expect(spaced).toContain("The market");
  });

  it("is read with no caption, with an upper-case extension, and inside a sentence", () => {
    expect(parse("![A photo](images/My Photo.JPG)").html).toContain('src="/issue/images/My%20Photo.JPG"');
    expect(parse("See ![a photo](images/My Photo.JPG) here.").html).toContain("<img");
  });

  it("stops the build with its place when the file is not there", () => {
    const error = catchError(() => parse("Text.\n\n![A photo](images/My Foto.jpg)"));
    expect(error.message).toContain("images/My Foto.jpg");
    expect(error.location).toMatchObject({ line: 6, column: 12 });
  });

  it("does not take a link to something else, or text in brackets, for a picture", () => {
    expect(parse("![not a picture](my notes.pdf)").html).not.toContain("<img");
    expect(parse("[see the photo](images/market day.svg)").html).not.toContain("<img");
  });
});

describe("HTML printed as text", () => {
  it("warns once for each tag, at its first place, with the Markdown that does the same", () => {
    const { html, warnings } = parse("A line<br>break and <b>bold</b>,\nanother<br>here.");
    expect(html).toContain("line&lt;br&gt;break");
    expect(warnings.map((warning) => [warning.code, warning.message])).toEqual([
      ["html-as-text", "<br> is HTML, which pressroom prints as written (and 1 more place in this file)."],
      ["html-as-text", "<b> is HTML, which pressroom prints as written (and 1 more place in this file)."],
    ]);
    expect(warnings[0]?.location).toMatchObject({ line: 4, column: 7 });
    expect(warnings[0]?.hint).toContain("backslash");
    expect(warnings[1]?.hint).toContain("**bold**");
  });

  it("finds a tag whose attribute's quotes the typographer curled", () => {
    const { warnings } = parse('See <a href="https://example.org">us</a>.');
    expect(warnings[0]?.message).toMatch(/^<a href=.* is HTML/);
    expect(warnings[0]?.location).toMatchObject({ line: 4, column: 5 });
  });

  it("says nothing of HTML in code, of comparisons, or when raw HTML is allowed", () => {
    expect(parse("Write `<br>` for that; 3 < 4 and x<y.").warnings).toEqual([]);
    expect(parse("A line<br>break.", true).warnings).toEqual([]);
  });
});

describe("an article with nothing under its headline", () => {
  it("is warned about, with the line its text should start on; a body of only a comment counts as none, one with only a picture is fine", () => {
    const { warnings } = parse("");
    expect(warnings.map((warning) => [warning.code, warning.message, warning.location?.line])).toEqual([
      ["article-empty", '01-story.md has a headline but no text, so only “Story” prints.', 4],
    ]);
    expect(parse("<!-- to come -->").warnings.map((warning) => warning.code)).toEqual(["article-empty"]);
    expect(parse('![A drawing](images/x.svg "Caption")').warnings).toEqual([]);
  });
});

describe("a subheading that ends its article", () => {
  it("is warned about at its line, notes after it or not; one with text, a picture or a quotation under it is not", () => {
    const ending = parse("The council met.\n\n## What comes next\n");
    expect(ending.warnings.map((warning) => [warning.code, warning.message, warning.location?.line, warning.location?.column])).toEqual([
      ["heading-at-end", 'The subheading "What comes next" ends the article (01-story.md) with no text under it, so it heads nothing.', 6, 4],
    ]);
    expect(parse("The council met.[^1]\n\n### Still to come\n\n[^1]: A note.").warnings.map((warning) => warning.code)).toEqual(["heading-at-end"]);
    expect(parse("The council met.\n\nNext steps\n----------\n").warnings.map((warning) => warning.code)).toEqual(["heading-at-end"]);
    expect(parse("## Opening\n\nThe council met.").warnings).toEqual([]);
    expect(parse('The council met.\n\n## In pictures\n\n![A drawing](images/x.svg "Caption")').warnings).toEqual([]);
    expect(parse("The council met.\n\n## Overheard\n\n> Not again.").warnings).toEqual([]);
  });
});

describe("a first heading that repeats the title", () => {
  it("prints once, as the headline, with a warning at its line; a different first heading stays a subheading", () => {
    const repeated = parse("# “Story”\n\nThe council met.");
    expect(repeated.html).toBe("<p>The council met.</p>\n");
    expect(repeated.warnings.map((warning) => [warning.code, warning.location?.line])).toEqual([["headline-repeated", 4]]);
    const other = parse("# Another matter\n\nThe council met.");
    expect(other.html).toContain("<h3>Another matter</h3>");
    expect(other.warnings).toEqual([]);
  });

  it("prints once a bold first line repeating the title (a word processor's document), and keeps a bold lead-in", () => {
    const repeated = parse("**Story.**\n\nThe council met.");
    expect(repeated.html).toBe("<p>The council met.</p>\n");
    expect(repeated.warnings.map((warning) => [warning.code, warning.message])).toEqual([["headline-repeated", '01-story.md starts with a bold line that repeats its title, “Story”: it prints once, as the headline.']]);
    expect(parse("**Story** of the week, in brief.\n\nThe council met.").html).toContain("<p><strong>Story</strong> of the week");
  });
});

describe("text pasted from a word processor", () => {
  it("reads '• item' lines as a list and a line of no-break spaces as an empty line, every line and column kept", () => {
    const pasted = "Points:\n• First point\n\u2022\tSecond point\n\u00a0\u200b\nLast.";
    expect(tidyPastedText(pasted)).toBe("Points:\n- First point\n-\tSecond point\n\nLast.");
    // The bullet lines keep their length; the invisible one is emptied.
    expect(tidyPastedText(pasted).split("\n").map((line) => line.length)).toEqual(pasted.split("\n").map((line, index) => (index === 3 ? 0 : line.length)));
    const { html } = parse(pasted);
    expect(html).toBe("<p>Points:</p>\n<ul>\n<li>First point</li>\n<li>Second point</li>\n</ul>\n<p>Last.</p>\n");
  });

  it("reads lines pasted from a spreadsheet, cells between tabs, as a table whose first line is its head", () => {
    const pasted = "What is on:\n\nDay\tTime\tPlace\nMonday\t6 pm\t\tThe *library*\nThursday\t7 pm\tRiverside Hall\t\n\nCome along.";
    const { article, html, warnings } = parse(pasted);
    expect(html).toContain(
      // Where the table is written (the file and line) goes with it, for the warning when it is too wide for its column.
      '<table data-source="issues/2026-11/01-story.md:6">\n<thead>\n<tr>\n<th>Day</th>\n<th>Time</th>\n<th>Place</th>\n</tr>\n</thead>\n<tbody>\n' +
        "<tr>\n<td>Monday</td>\n<td>6 pm</td>\n<td>The <em>library</em></td>\n</tr>\n<tr>\n<td>Thursday</td>\n<td>7 pm</td>\n<td>Riverside Hall</td>\n</tr>\n</tbody>\n</table>",
    );
    expect(html).toMatch(/^<p>What is on:<\/p>\n<table[ >][\s\S]*<\/table>\n<p>Come along.<\/p>\n$/);
    // The table keeps the paragraph's lines (body lines 2 to 4), for messages about it.
    expect(article.tokens.find((token) => token.type === "table_open")?.map).toEqual([2, 5]);
    expect(warnings).toEqual([]);
  });

  it("leaves a paragraph as written when its lines do not share a number of cells, or it is one line", () => {
    expect(parse("Day\tTime\nMonday\t6 pm\tLibrary").html).toBe("<p>Day\tTime\nMonday\t6 pm\tLibrary</p>\n");
    expect(parse("Name:\tAna").html).toBe("<p>Name:\tAna</p>\n");
  });

  it("reads a paragraph with a line of dashes under it as the paragraph and a break, not a bold subheading", () => {
    const { article, html } = parse("The first part runs over\ntwo lines.\n---\nThe second part.\n\nA whole sentence of more than eight words ends here.\n=====\n\nShort heading\n---\n\nText.");
    expect(html).toBe(
      "<p>The first part runs over\ntwo lines.</p>\n<hr />\n<p>The second part.</p>\n" +
        "<p>A whole sentence of more than eight words ends here.</p>\n<hr />\n<h3>Short heading</h3>\n<p>Text.</p>\n",
    );
    // The paragraph keeps its lines and the break line its own (body lines 0-1 and 2).
    expect(article.tokens.filter((token) => token.type === "paragraph_open" || token.type === "hr").slice(0, 2).map((token) => token.map)).toEqual([[0, 2], [2, 3]]);
  });

  it("reads a line break pasted from a word processor (U+2028, a vertical tab) as a line break, not a space", () => {
    expect(parse("Riverside Library\u20281 Mill Lane\u000b Riverside").html).toBe("<p>Riverside Library<br />\n1 Mill Lane<br />\nRiverside</p>\n");
  });

  it("marks a keycap emoji (1️⃣, #️⃣) to be set whole in the emoji face, and nothing else", () => {
    expect(parse("Press 1\uFE0F\u20E3 or #\u20E3, then 2 and 3.").html).toBe('<p>Press <span class="keycap">1\uFE0F\u20E3</span> or <span class="keycap">#\u20E3</span>, then 2 and 3.</p>\n');
  });

  it("leaves a bullet inside a line, or one not followed by a space, as written", () => {
    expect(tidyPastedText("A • B\n•x")).toBe("A • B\n•x");
  });
});
