// A list's numbers and bullets print inside its column: in a right-to-left page's first column they hung past the page's edge.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openFixtureEdition, type FixtureEdition } from "../support/fixture-edition.js";

const ISSUE = (lang: string, title: string) => `---\ntitle: ${title}\nnumber: 1\ndate: 2026-12-06\nlanguages: [${lang}]\ncontents: false\n---\n`;

/**
 * Persian numbered from 10 and Urdu bullets, each list first in its article, so its markers stand in the page's first
 * column, against the page's right-hand edge: with the layouts' 1.2 em they hung past it by 9 and 8 px (Vazirmatn's
 * "۱۰." is 1.84 em wide, Nastaliq's bullet 1.8 em).
 */
const FIXTURES = {
  fa: {
    "issue.md": ISSUE("fa", "خبرنامهٔ محله"),
    "01-list.md": `---\ntitle: برنامهٔ جلسه‌ها\n---\n\n${Array.from({ length: 12 }, (_, index) => `${index + 10}. همسایه‌ها هر هفته در سالن کتابخانه جمع می‌شوند`).join("\n")}\n`,
  },
  ur: {
    "issue.md": ISSUE("ur", "محلے کی خبریں"),
    "01-list.md": `---\ntitle: اجلاس کا پروگرام\n---\n\n${Array.from({ length: 12 }, () => "- پڑوسی ہر ہفتے لائبریری کے ہال میں جمع ہوتے ہیں").join("\n")}\n`,
  },
};

describe.each(Object.entries(FIXTURES))("a list in a right-to-left page's first column (%s)", (code, files) => {
  let fixture: FixtureEdition;
  beforeAll(async () => {
    fixture = await openFixtureEdition(files, code);
  }, 120_000);
  afterAll(() => fixture?.close());

  it("keeps its markers inside the page's text area", async () => {
    const pages = await fixture.page.evaluate(() =>
      Array.from(document.querySelectorAll(".pagedjs_page_content"), (content) => ({
        lists: content.querySelectorAll("ol, ul").length,
        // The markers are drawn outside the list item's box, where no range reaches: the content's scroll width
        // holds them, and nothing else on these pages reaches past the area.
        past: content.scrollWidth - content.clientWidth,
      })),
    );
    expect(pages[0]?.lists).toBeGreaterThan(0);
    for (const page of pages) expect(page.past).toBeLessThanOrEqual(2);
  });
});
