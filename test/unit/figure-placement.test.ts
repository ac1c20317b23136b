// Covers figures: credits after captions, {.span-all}/{.top}/{.bottom} placement, and located warnings for unknown placements.

import { describe, expect, it } from "vitest";
import type { ParsedArticle } from "../../src/stages/parse-markdown/types.js";
import { renderArticleBody } from "../../src/stages/render-html/render-article-body.js";
import { listImageUses } from "../../src/stages/prepare-images/list-image-uses.js";
import { assembleAndParse, articleMd, DISPLAY_DIR } from "../fixtures/make-issue.js";

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
    for (const known of ["span-2", "span-3", "page-top", "page-bottom", "top span-2", "bottom span-2"]) {
      const classes = known.split(" ").map((name) => `.${name}`).join(" ");
      expect(parseBody(`![Alt](images/x.jpg "Cap"){${classes}}`).warnings, known).toEqual([]);
    }
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
