// Covers figures: credits after captions, {.span-all}/{.top}/{.bottom} placement, and located warnings for unknown placements; a picture on a line of its own inside a paragraph, with its caption on the next line; a picture inside a line of text warned about.

import { describe, expect, it } from "vitest";
import type { ParsedArticle } from "../../src/stages/parse-markdown/types.js";
import { renderArticleBody } from "../../src/stages/render-html/render-article-body.js";
import { listImageUses } from "../../src/stages/prepare-images/list-image-uses.js";
import { assembleAndParse, articleMd, catchError, DISPLAY_DIR } from "../fixtures/make-issue.js";

/** Parses one article "a.md"; its front matter is 3 lines, so body line n is file line n + 3. */
function parseBody(body: string) {
  const { parsed, warnings } = assembleAndParse({
    articles: { "a.md": articleMd(["title: A"], body) },
    otherFiles: ["images/x.jpg", "images/y.jpg"],
  });
  return { article: parsed.articles[0] as ParsedArticle, parsed, warnings };
}
const render = (article: ParsedArticle) => renderArticleBody(article, { allowHtml: false, issueUrl: "/issue/", footnotesBefore: 0 }).html;

describe("figure credits", () => {
  it("prints {credit=...} after the caption as its own run, not as an attribute of the picture", () => {
    const html = render(parseBody('![Alt](images/x.jpg "Stalls at dawn"){credit="Photo: Ana Ruiz"}').article);
    expect(html).toBe(
      '<figure class="figure"><img src="/issue/images/x.jpg" alt="Alt"><figcaption>Stalls at dawn<span class="figure-credit">Photo: Ana Ruiz</span></figcaption></figure>\n',
    );
  });

  it("prints a credit without a caption, and escapes it", () => {
    const html = render(parseBody('![Alt](images/x.jpg){credit="<b>Ana</b> & co"}').article);
    expect(html).toContain('<figcaption><span class="figure-credit">&lt;b&gt;Ana&lt;/b&gt; &amp; co</span></figcaption>');
  });

  it("drops the credit of a picture inside a sentence (it has no caption to print beside)", () => {
    const html = render(parseBody('A picture ![Alt](images/x.jpg){credit="Ana"} in text.\n\nA paragraph.\n{credit="Bo"}').article);
    expect(html).not.toContain("credit");
    expect(html).not.toContain("Ana");
    expect(html).not.toContain("Bo");
  });
});

describe("a picture on a line of its own inside a paragraph", () => {
  it("is a figure, the short line right under it its caption, a caption wholly in italics or bold printed without the marks", () => {
    const { article, warnings } = parseBody("![Stalls](images/x.jpg){.span-2}\n*Stalls at dawn on Ferry Road.*\n\nThe market opened.");
    expect(render(article)).toBe(
      '<figure class="span-2 figure"><img src="/issue/images/x.jpg" alt="Stalls"><figcaption>Stalls at dawn on Ferry Road.</figcaption></figure>\n<p>The market opened.</p>\n',
    );
    expect(warnings).toEqual([]);
    expect(render(parseBody('![Stalls](images/x.jpg)\n**Stalls** at "dawn"').article)).toContain("<figcaption><strong>Stalls</strong> at “dawn”</figcaption>");
    expect(render(parseBody("![Stalls](images/x.jpg)\n*Left* and *right*").article)).toContain("<figcaption><em>Left</em> and <em>right</em></figcaption>");
  });

  it("keeps the lines under it as text when it has its caption in quotes, when they are longer than a caption, or when text comes before it", () => {
    expect(render(parseBody('![Stalls](images/x.jpg "Dawn")\nThe market opened.').article)).toBe(
      '<figure class="figure"><img src="/issue/images/x.jpg" alt="Stalls"><figcaption>Dawn</figcaption></figure>\n<p>The market opened.</p>\n',
    );
    const long = Array.from({ length: 41 }, () => "word").join(" ");
    expect(render(parseBody(`![Stalls](images/x.jpg)\n${long}`).article)).toBe(`<figure class="figure"><img src="/issue/images/x.jpg" alt="Stalls"></figure>\n<p>${long}</p>\n`);
    expect(render(parseBody("The market opened.  \nAt dawn.\n![Stalls](images/x.jpg)\nThe stalls went up.").article)).toBe(
      '<p>The market opened.<br />\nAt dawn.</p>\n<figure class="figure"><img src="/issue/images/x.jpg" alt="Stalls"></figure>\n<p>The stalls went up.</p>\n',
    );
  });

  it("makes each of two pictures written one under the other a figure, each with the line under it as its caption", () => {
    const html = render(parseBody("![One](images/x.jpg)\nThe first.\n![Two](images/y.jpg)\nThe second.").article);
    expect(html).toBe(
      '<figure class="figure"><img src="/issue/images/x.jpg" alt="One"><figcaption>The first.</figcaption></figure>\n' +
        '<figure class="figure"><img src="/issue/images/y.jpg" alt="Two"><figcaption>The second.</figcaption></figure>\n',
    );
  });

  it("is located at its own line: a missing file under a caption line is named there", () => {
    const error = catchError(() => parseBody("Text.\n\n![One](images/x.jpg)\nThe first.\n![Two](images/z.jpg)"));
    expect(error.message).toContain("images/z.jpg");
    expect(error.location).toMatchObject({ line: 8, column: 8 });
  });
});

describe("a picture inside a line of text", () => {
  it("stays in the line, with a warning at its place; one in a table is not warned about", () => {
    const { article, warnings } = parseBody("The market\nopened at dawn ![Stalls](images/x.jpg) with music.");
    expect(render(article)).toContain('dawn <img src="/issue/images/x.jpg" alt="Stalls"> with');
    expect(warnings.map((warning) => [warning.code, warning.message, warning.location])).toEqual([
      ["picture-in-text", 'The picture "images/x.jpg" is inside a line of text, so it prints in that line, with no caption.', { file: `${DISPLAY_DIR}/a.md`, line: 5, column: 16 }],
    ]);
    expect(parseBody("| Sign | Meaning |\n|---|---|\n| ![Bin](images/x.jpg) | Recycling |").warnings).toEqual([]);
  });
});

describe("figure placement", () => {
  it("keeps {.span-all} on the figure, for the layout to print across the columns", () => {
    expect(render(parseBody('![Alt](images/x.jpg "Cap"){.span-all}').article)).toContain('<figure class="span-all figure">');
  });

  it("moves a {.top} figure to the start of the body and a {.bottom} one to its end, before the notes", () => {
    const body = [
      "First paragraph.[^1]",
      "",
      '![Top](images/x.jpg "Top picture"){.top}',
      "",
      "Middle paragraph.",
      "",
      '![Bottom](images/y.jpg "Bottom picture"){.bottom}',
      "",
      "Last paragraph.",
      "",
      "[^1]: The note.",
    ].join("\n");
    const html = render(parseBody(body).article);
    const order = ["Top picture", "First paragraph", "Middle paragraph", "Last paragraph", "Bottom picture"].map((text) => html.indexOf(text));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html).toContain('<figure class="top figure">');
    expect(html).toContain('<figure class="bottom figure">');
    // The note is still printed at its call.
    expect(html).toMatch(/First paragraph\.<span class="footnote"[^>]*>The note\./);
  });

  it("warns, with file:line:column, about a placement it does not know, and knows {.span-N} and the page placements", () => {
    const { warnings } = parseBody(['Text.', '', '![Alt](images/x.jpg "Cap"){.span-12}', '', '![Alt](images/y.jpg "Cap"){.wide}'].join("\n"));
    const placement = warnings.filter((w) => w.code === "figure-placement-unknown");
    expect(placement).toHaveLength(2);
    expect(placement[0]?.message).toContain("{.span-12} is not a placement pressroom knows");
    expect(placement[0]?.location).toEqual({ file: `${DISPLAY_DIR}/a.md`, line: 6, column: 28 });
    expect(placement[1]?.message).toContain("{.wide} is not a placement pressroom knows");
    expect(placement[1]?.location).toEqual({ file: `${DISPLAY_DIR}/a.md`, line: 8, column: 28 });
    expect(placement[0]?.hint).toContain("{.span-2}");
    expect(placement[0]?.hint).toContain("{.page-top}");
    for (const known of ["span-2", "span-3", "page-top", "page-bottom", "top span-2", "bottom span-2", "span-2 left", "top span-3 right"]) {
      const classes = known.split(" ").map((name) => `.${name}`).join(" ");
      expect(parseBody(`![Alt](images/x.jpg "Cap"){${classes}}`).warnings, known).toEqual([]);
    }
  });

  it("says where {.left} or {.right} has no effect (no {.span-N} row), and that both at once cannot be obeyed", () => {
    const alone = parseBody(['Text.', '', '![Alt](images/x.jpg "Cap"){.right}'].join("\n")).warnings;
    expect(alone.map((w) => w.message)).toEqual([
      "{.right} puts a picture on one side of the text beside it, which only a {.span-2} (or another number) picture has: here it has no effect.",
    ]);
    expect(alone[0]?.hint).toBe("Write {.span-2 .right} for a picture across two columns on the right, with the text beside it; or take {.right} out.");
    expect(alone[0]?.location).toEqual({ file: `${DISPLAY_DIR}/a.md`, line: 6, column: 28 });
    expect(parseBody('![Alt](images/x.jpg "Cap"){.span-all .left}').warnings.map((w) => w.code)).toEqual(["figure-placement-conflict"]);
    const both = parseBody('![Alt](images/x.jpg "Cap"){.span-2 .left .right}').warnings;
    expect(both.map((w) => w.message)).toEqual(["A picture is marked both {.left} and {.right}; it is printed at the end of its row (the right in a left-to-right article, the left in a right-to-left one)."]);
  });

  it("leaves other classes alone (a project's own layout may style them) and flags placements that clash", () => {
    expect(parseBody('![Alt](images/x.jpg "Cap"){.sepia}').warnings).toEqual([]);
    const { warnings } = parseBody('![Alt](images/x.jpg "Cap"){.top .bottom}');
    expect(warnings.map((w) => w.code)).toEqual(["figure-placement-conflict"]);
    const page = parseBody('![Alt](images/x.jpg "Cap"){.page-top .page-bottom}').warnings;
    expect(page.map((w) => w.message)).toEqual(["A picture is marked both {.page-top} and {.page-bottom}; it is printed at the top of the page."]);
    const mixed = parseBody('![Alt](images/x.jpg "Cap"){.page-bottom .span-2}').warnings;
    expect(mixed).toHaveLength(1);
    expect(mixed[0]?.message).toContain("across the page at the foot of the page, and {.span-2} has no effect");
    expect(mixed[0]?.location?.column).toBe(41);
  });
});

describe("listImageUses", () => {
  it("lists each picture with its article and file:line:column, footnotes included", () => {
    const { parsed } = parseBody(['Text.[^1]', '', '![Alt](images/x.jpg "Cap"){.top .span-2}', '', '[^1]: See ![y](images/y.jpg).'].join("\n"));
    expect(listImageUses(parsed)).toEqual([
      { path: "images/x.jpg", articleId: "a-a", location: { file: `${DISPLAY_DIR}/a.md`, line: 6, column: 8 }, classes: ["top", "span-2"] },
      { path: "images/y.jpg", articleId: "a-a", location: expect.objectContaining({ file: `${DISPLAY_DIR}/a.md` }), classes: [] },
    ]);
  });
});
