// Covers which documents may be put in place of another in a kept browser page (no script, base or http-equiv of their own).

import { describe, expect, it } from "vitest";
import { canReplaceDocument } from "../../src/stages/paginate/can-replace-document.js";

const page = (head: string, body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

describe("canReplaceDocument", () => {
  it("allows a document of text, pictures and stylesheets, and markup written as text", () => {
    expect(canReplaceDocument(page('<link rel="stylesheet" href="/templates/x.css"><style>p { color: red }</style>', "<p>Text &lt;script&gt; <img src=\"/issue/a.png\"></p>"))).toBe(true);
    expect(canReplaceDocument(page('<meta name="generator" content="pressroom">', "<p>A description of scripts and bases.</p>"))).toBe(true);
  });

  it("refuses a document with a script of its own, in any case, inline or not, in SVG too", () => {
    for (const tag of ["<script>alert(1)</script>", '<SCRIPT src="/issue/x.js"></SCRIPT>', "<svg><script>1</script></svg>", '<script/src="/issue/x.js"></script>']) {
      expect(canReplaceDocument(page("", tag)), tag).toBe(false);
    }
  });

  it("refuses a <base> and a <meta http-equiv>, which act only as a document loads", () => {
    expect(canReplaceDocument(page('<base href="/issue/">', ""))).toBe(false);
    expect(canReplaceDocument(page('<meta http-equiv="refresh" content="0">', ""))).toBe(false);
    expect(canReplaceDocument(page('<META content="0" HTTP-EQUIV="Refresh">', ""))).toBe(false);
  });
});
