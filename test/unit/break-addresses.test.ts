// Web and e-mail addresses get line-break points where a reader expects them (after //, before / . ? @), as <wbr>, in text and in a link's printed address.

import { describe, expect, it } from "vitest";
import { breakAddress, renderWithAddressBreaks } from "../../src/stages/render-html/break-addresses.js";
import type { ParsedArticle } from "../../src/stages/parse-markdown/types.js";
import { renderArticleBody } from "../../src/stages/render-html/render-article-body.js";
import { assembleAndParse, articleMd } from "../fixtures/make-issue.js";

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

describe("breakAddress", () => {
  it("breaks after // and before / . ? # %, and around = and &, never inside //", () => {
    expect(breakAddress("https://www.example.org/a/b?x=1&y=2#top")).toEqual(["https://", "www", ".example", ".org", "/a", "/b", "?x", "=", "1", "&", "y", "=", "2", "#top"]);
    expect(breakAddress("secretary@example-estate.org.uk")).toEqual(["secretary", "@example", "-estate", ".org", ".uk"]);
  });

  it("leaves an address under 20 characters whole, to move to the next line as a long word does", () => {
    expect(breakAddress("desk@example.org")).toEqual(["desk@example.org"]);
    expect(breakAddress("www.example.org/a")).toEqual(["www.example.org/a"]);
  });

  it("keeps every character, in order", () => {
    const address = "https://x.gov.uk/documents/Housing%20Repairs%20Report.pdf?download=true";
    expect(breakAddress(address).join("")).toBe(address);
  });
});

describe("renderWithAddressBreaks", () => {
  it("breaks the addresses in running text and leaves the sentence's own punctuation outside them", () => {
    expect(renderWithAddressBreaks("See https://example.org/news/x. Or write to secretary@example-estate.org, then <stop>.", escape)).toBe(
      "See https://<wbr>example<wbr>.org<wbr>/news<wbr>/x. Or write to secretary<wbr>@example<wbr>-estate<wbr>.org, then &lt;stop&gt;.",
    );
    expect(renderWithAddressBreaks("A sentence. Another one/two.", escape)).toBe("A sentence. Another one/two.");
  });
});

describe("addresses in an article", () => {
  it("puts the break points in a link's printed address and in an address written out, escaping what needs it", () => {
    const { parsed } = assembleAndParse({ articles: { "a.md": articleMd(["title: A"], "Read [the report](https://council.example/docs/report.pdf?a=1&b=2) or www.example.org/news/today.") } });
    const { html } = renderArticleBody(parsed.articles[0] as ParsedArticle, { allowHtml: false, issueUrl: "/issue/", footnotesBefore: 0 });
    expect(html).toContain('<span class="link-address" dir="ltr">council<wbr>.example<wbr>/docs<wbr>/report<wbr>.pdf<wbr>?a<wbr>=<wbr>1<wbr>&amp;<wbr>b<wbr>=<wbr>2</span>');
    expect(html).toContain("or www<wbr>.example<wbr>.org<wbr>/news<wbr>/today.</p>");
  });
});
