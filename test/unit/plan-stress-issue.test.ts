// The stress run's plans: the same for a seed and different between seeds, every kind covered, only papers and editions the layouts accept.

import { describe, expect, it } from "vitest";
import { getLanguageDirection } from "../../src/config/languages.js";
import { nameEdition, planStressIssue, STRESS_KINDS, type StressPlan } from "../../src/stress/plan-stress-issue.js";

/** About what the corpus and the project's issues hold: English plenty, the right-to-left languages some, French one paragraph. */
const PARAGRAPHS = new Map([
  ["en", 455],
  ["ar", 43],
  ["fa", 24],
  ["ur", 23],
  ["es", 9],
  ["fr", 1],
]);
const SEEDS = Array.from({ length: 40 }, (_, index) => index + 1);
const plans = SEEDS.map((seed) => planStressIssue(seed, PARAGRAPHS));

const ACCEPTED_PAPERS: Record<StressPlan["layout"], string[]> = {
  newspaper: ["A3", "A4", "A5", "Letter", "Tabloid", "Half Letter"],
  bulletin: ["A3", "A4", "A5", "Letter", "Tabloid", "Half Letter"],
  sheet: ["A4", "Letter", "A3"],
  leaflet: ["A4", "Letter"],
};

describe("planning a stress issue", () => {
  it("gives the same plan for the same seed, and another for the next seed", () => {
    expect(planStressIssue(17, PARAGRAPHS)).toEqual(planStressIssue(17, PARAGRAPHS));
    const differing = SEEDS.slice(1).filter((seed) => JSON.stringify(planStressIssue(seed, PARAGRAPHS)) !== JSON.stringify(planStressIssue(seed - 1, PARAGRAPHS)));
    expect(differing).toHaveLength(SEEDS.length - 1);
    // Two seeds of the same kind still differ in more than their number.
    const [first, eighth] = [plans[0], plans[7]] as [StressPlan, StressPlan];
    expect(first.kind).toBe(eighth.kind);
    expect({ ...first, seed: 0, name: "" }).not.toEqual({ ...eighth, seed: 0, name: "" });
  });

  it("covers every kind in any seven seeds in a row, and every paper each layout takes over 120", () => {
    for (let start = 0; start + 7 <= plans.length; start += 5) {
      expect(new Set(plans.slice(start, start + 7).map((plan) => plan.kind))).toEqual(new Set(STRESS_KINDS));
    }
    const more = Array.from({ length: 120 }, (_, index) => planStressIssue(index + 1, PARAGRAPHS));
    for (const layout of ["newspaper", "sheet", "leaflet"] as const) {
      expect(new Set(more.filter((plan) => plan.layout === layout).map((plan) => plan.paper)), layout).toEqual(new Set(ACCEPTED_PAPERS[layout]));
    }
    expect(plans.every((plan) => plan.name === `${plan.kind}-${plan.seed}`)).toBe(true);
  });

  it("names only papers each layout accepts and languages that have text, a right-to-left one in most issues", () => {
    for (const plan of plans) {
      expect(ACCEPTED_PAPERS[plan.layout], plan.name).toContain(plan.paper);
      expect(new Set(plan.languages).size, plan.name).toBe(plan.languages.length);
      expect(plan.languages.every((lang) => PARAGRAPHS.has(lang)), plan.name).toBe(true);
      // A language with a paragraph or two never leads an issue: its articles would repeat one paragraph.
      expect(PARAGRAPHS.get(plan.languages[0] as string), plan.name).toBeGreaterThanOrEqual(20);
    }
    const withRtl = plans.filter((plan) => plan.languages.some((lang) => getLanguageDirection(lang) === "rtl"));
    expect(withRtl.length).toBeGreaterThanOrEqual(plans.length * 0.6);
    expect(plans.some((plan) => getLanguageDirection(plan.languages[0] as string) === "rtl")).toBe(true);
  });

  it("plans parallel and flip editions only for two languages, a flip always of both directions, and names each edition as the build does", () => {
    const combined = plans.flatMap((plan) => (plan.editions ?? []).filter((edition) => /^(parallel|flip)/.test(edition)).map((edition) => ({ plan, edition })));
    expect(combined.some(({ edition }) => edition.startsWith("flip"))).toBe(true);
    expect(combined.some(({ edition }) => edition.includes(":"))).toBe(true);
    for (const { plan, edition } of combined) {
      expect(plan.languages.length, plan.name).toBeGreaterThanOrEqual(2);
      if (!edition.startsWith("flip")) continue;
      const pair = edition.includes(":") ? edition.slice(5).split("+") : plan.languages.slice(0, 2);
      expect(new Set(pair.map(getLanguageDirection)), `${plan.name} ${edition}`).toEqual(new Set(["ltr", "rtl"]));
    }
    for (const plan of plans.filter((plan) => plan.kind.startsWith("parallel"))) expect(plan.editions?.some((edition) => edition.startsWith("parallel")), plan.name).toBe(true);
    // Sheets and leaflets print one language an edition (a leaflet refuses flip).
    for (const plan of plans.filter((plan) => plan.layout === "sheet" || plan.layout === "leaflet")) expect(plan.editionCodes, plan.name).toEqual(plan.languages);
    expect(nameEdition("parallel:ar+en")).toBe("parallel-ar-en");
    expect(nameEdition("flip")).toBe("flip");
  });

  it("breaks an article off in every jumps issue, never the last, with two paragraphs or more after the jump", () => {
    for (const plan of plans.filter((plan) => plan.kind === "jumps")) {
      const jumped = plan.articles.filter((article) => article.jumpAfter !== undefined);
      expect(jumped.length, plan.name).toBeGreaterThan(0);
      expect(plan.articles.at(-1)?.jumpAfter, plan.name).toBeUndefined();
      for (const article of jumped) expect(article.paragraphs - 1 - (article.jumpAfter as number), `${plan.name} ${article.name}`).toBeGreaterThanOrEqual(2);
      expect(plan.editorial, plan.name).toBeGreaterThan(0);
      expect(plan.pageRefs.length, plan.name).toBeGreaterThan(0);
    }
    expect(plans.filter((plan) => plan.kind !== "jumps").every((plan) => plan.articles.every((article) => article.jumpAfter === undefined))).toBe(true);
  });

  it("keeps sheets and leaflets few and short, each article translated, and newspapers at 3 to 14 articles", () => {
    for (const plan of plans) {
      const count = plan.articles.length;
      if (plan.layout === "sheet" || plan.layout === "leaflet") {
        expect(count, plan.name).toBeLessThanOrEqual(4);
        // At most about what the paper holds at the layout's own type size, so that copyfitting can fit every edition.
        const holds = (plan.layout === "leaflet" ? 7000 : 3300 + 4400 * ((plan.sides ?? 2) - 1)) * (plan.paper === "A3" ? 2 : 1);
        expect(plan.articles.reduce((sum, article) => sum + (article.characters ?? Infinity), 0), plan.name).toBeLessThanOrEqual(holds);
        expect(plan.articles.every((article) => new Set([article.lang, ...article.translations]).size === plan.languages.length), plan.name).toBe(true);
        expect(plan.articles.flatMap((article) => article.pictures).every((picture) => !picture.placement.some((name) => name.startsWith("page-"))), plan.name).toBe(true);
      }
      if (plan.kind === "newspaper") expect(count, plan.name).toBeGreaterThanOrEqual(3);
      if (plan.kind === "newspaper") expect(count, plan.name).toBeLessThanOrEqual(14);
    }
    // Over 40 seeds the options each come up, and are not always on.
    const articles = plans.flatMap((plan) => plan.articles);
    for (const [what, share] of [
      ["translated", articles.filter((article) => article.translations.length).length],
      ["untranslated in a bilingual issue", plans.flatMap((plan) => (plan.languages.length > 1 ? plan.articles.filter((article) => !article.translations.length) : [])).length],
      ["with pictures", articles.filter((article) => article.pictures.length).length],
      ["with a table", articles.filter((article) => article.table).length],
      ["with notes", articles.filter((article) => article.footnotes).length],
      ["native digits", plans.filter((plan) => plan.digits).length],
      ["notes at the end", plans.filter((plan) => plan.notes).length],
      ["no contents box", plans.filter((plan) => plan.contents === false).length],
      ["page pictures", articles.filter((article) => article.pictures.some((picture) => picture.placement.includes("page-top") || picture.placement.includes("page-bottom"))).length],
    ] as const) {
      expect(share, what).toBeGreaterThan(0);
    }
    expect(articles.filter((article) => article.pictures.length).length).toBeLessThan(articles.length);
  });
});
