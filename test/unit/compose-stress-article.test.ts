// The stress run's articles for sheets and leaflets: written to the length their plan gives them, paragraphs cut at a sentence rather than a whole one over.

import path from "node:path";
import { describe, expect, it } from "vitest";
import { collectBenchText } from "../../src/bench/collect-bench-text.js";
import { composeStressArticle } from "../../src/stress/compose-stress-article.js";
import { planStressIssue, STRESS_KINDS } from "../../src/stress/plan-stress-issue.js";
import { cutToSentences } from "../../src/stress/shape-stress-text.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
// The project's own text, as every test runs (no corpus).
const text = collectBenchText(ROOT, path.join(ROOT, "no-such-corpus"));
const paragraphs = new Map([...text].map(([lang, list]) => [lang, list.length]));

/** The article's paragraphs of text: what follows its front matter, less pictures, notes and Markdown's other blocks. */
function measureBody(source: string): number {
  const body = source.split(/^---$/m).slice(2).join("---");
  return body
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block && !/^(!\[|\||\[\^|#|>|:::|-|\d+\.|<!--)/.test(block))
    .join(" ").length;
}

describe("cutting a paragraph to a length", () => {
  it("keeps the first sentences that fit, at least one, and a paragraph already short whole", () => {
    const paragraph = "The hall opens at nine. The market starts at ten; stalls line the path. Tea is served at noon!";
    expect(cutToSentences(paragraph, 200)).toBe(paragraph);
    expect(cutToSentences(paragraph, 75)).toBe("The hall opens at nine. The market starts at ten; stalls line the path.");
    expect(cutToSentences(paragraph, 10)).toBe("The hall opens at nine.");
    expect(cutToSentences("ساعت نه باز می‌شود. بازار ساعت ده شروع می‌شود؟ چای ظهر.", 30)).toBe("ساعت نه باز می‌شود.");
    expect(cutToSentences("A line with no end to cut at, however long it runs", 10)).toBe("A line with no end to cut at, however long it runs");
  });
});

describe("a sheet's or leaflet's articles", () => {
  // Seeds of the sheet and leaflet kinds: the kind turns with the seed.
  const seeds = Array.from({ length: 60 }, (_, index) => index + 1).filter((seed) => ["sheet", "leaflet"].includes(STRESS_KINDS[(seed - 1) % STRESS_KINDS.length] as string));

  it("are written within a fifth of the characters planned, in their own language (paragraphs of up to 700 characters in slots of 450 overshot by half)", () => {
    const ratios: number[] = [];
    for (const seed of seeds) {
      const plan = planStressIssue(seed, paragraphs);
      for (const article of plan.articles) {
        const [original] = composeStressArticle(article, text, "2026-12-07");
        if (!original || article.characters === undefined) throw new Error(`${plan.name}: no fitted article written`);
        ratios.push(measureBody(original.source) / article.characters);
      }
    }
    expect(ratios.length).toBeGreaterThan(10);
    // Never over by more than a fifth; short by a short slot's last sentence at most now and then.
    expect(Math.max(...ratios)).toBeLessThanOrEqual(1.2);
    expect(ratios.reduce((sum, ratio) => sum + ratio, 0) / ratios.length).toBeGreaterThan(0.8);
  });
});
