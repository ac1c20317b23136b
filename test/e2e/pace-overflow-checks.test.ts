// When Paged.js looks for a page's overflow (page/pace-overflow-checks.js): about twice a page, and the pages come out as if it looked after every paragraph.

import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EditionPage } from "../../src/stages/paginate/paginate.js";
import { openFixtureEdition, type FixtureEdition } from "../support/fixture-edition.js";

/** Paragraphs of varied length: page breaks fall inside them. */
const story = (article: number) =>
  Array.from({ length: 12 }, (_, i) =>
    `The allotment committee met on evening ${i + 1} to weigh the plots, the water butts and the ${"shared tools and seed swaps, the greenhouse rota and the hedges along the lane, ".repeat(2 + ((article + i) % 4))}before the vote on article ${article}.`,
  ).join("\n\n");

// A picture too tall to share the front page with the masthead goes to page 2 with a line of text: the pages
// after them follow two pages that held few characters, what paced looks were first aimed by.
const files: Record<string, string> = {
  "issue.md": "---\ntitle: The Pace Gazette\nnumber: 7\ndate: 2026-07-01\nlanguages: [en]\nlayout: newspaper\n---\n",
  "images/tall.svg": '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 110" width="1000" height="1100"><rect width="100" height="110" fill="#9ab"/></svg>',
  "01-front.md": '---\ntitle: The river in flood\n---\n\n![The river over the towpath.](images/tall.svg "The towpath under water at dawn."){.span-all}\n\nThe water rose overnight.\n',
};
for (let article = 2; article <= 6; article++) files[`0${article}-story.md`] = `---\ntitle: Plots, round ${article}\n---\n\n${story(article)}\n`;

/** What one layout gave: each page's text, and the looks for overflow in each pass of a page's layout. */
interface Laid {
  pages: string[];
  looks: number[];
}

/**
 * Lays the edition out again with a handler (registered last, so its hooks run after pressroom's) counting the looks:
 * Paged.js runs its `layout` hook before each. `everyNode` sets the page's maxChars to 0 after the pacing has set it,
 * so Paged.js looks after every node it adds: its own rhythm, as often as it can look.
 */
async function layOutCounting(page: Page, edition: EditionPage, everyNode: boolean): Promise<Laid> {
  await page.evaluate((everyNode) => {
    const global = window as unknown as { Paged: { Handler: new (...args: unknown[]) => object; registerHandlers(...handlers: unknown[]): void }; pressroomLooks: number[] };
    // Its own list: the handler stays registered, and counts into this list in later layouts.
    const looks: number[] = [];
    global.pressroomLooks = looks;
    class CountLooks extends global.Paged.Handler {
      onPageLayout(_wrapper: Element, _token: unknown, layout: object) {
        looks.push(0);
        if (everyNode) Object.defineProperty(layout, "maxChars", { configurable: true, get: () => 0, set: () => undefined });
      }
      layout() {
        looks[looks.length - 1]! += 1;
      }
    }
    global.Paged.registerHandlers(CountLooks);
  }, everyNode);
  await edition.layOut();
  return page.evaluate(() => ({
    pages: Array.from(document.querySelectorAll(".pagedjs_page .pagedjs_page_content"), (content) => (content.textContent ?? "").replace(/\s+/g, " ")),
    looks: (window as unknown as { pressroomLooks: number[] }).pressroomLooks,
  }));
}

let fixture: FixtureEdition | undefined;
let paced: Laid;
let everyNode: Laid;

beforeAll(async () => {
  fixture = await openFixtureEdition(files);
  paced = await layOutCounting(fixture.page, fixture.edition, false);
  // Registered after the counting one above, which stays: both count, this one also looks after every node.
  everyNode = await layOutCounting(fixture.page, fixture.edition, true);
}, 180_000);

afterAll(async () => {
  await fixture?.close();
});

describe("looks for a page's overflow", () => {
  it("lays out the same pages, with the same text on each, as looking after every paragraph", () => {
    expect(paced.pages.length).toBeGreaterThanOrEqual(6);
    expect(paced.pages).toEqual(everyNode.pages);
  });

  it("looks at each page a few times, also after pages that held almost nothing", () => {
    // Looking after every node, from the page's first, is a look per paragraph: the fixture's full pages take 14 to 21.
    expect(Math.min(...everyNode.looks.slice(2, -1))).toBeGreaterThan(10);
    expect(paced.looks.length).toBe(everyNode.looks.length);
    // Aimed by the last pages alone (a twentieth of what they held further each time), the two pages after the
    // short ones took 14 and 15 looks.
    expect(Math.max(...paced.looks)).toBeLessThanOrEqual(4);
    const total = paced.looks.reduce((sum, looks) => sum + looks, 0);
    expect(total).toBeLessThanOrEqual(paced.looks.length * 2.5);
  });
});
