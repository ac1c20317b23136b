// Words longer than their line (a long compound, a web address) in every part of a page: each wraps inside the page instead of running off its edge, where it was cut.

import { rmSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { build } from "../../src/index.js";
import { getBrowserPath } from "../support/browser.js";
import { makeProject } from "../support/issue-fixture.js";
import { extractText } from "../support/pdf-tools.js";
import { readPlacedWords } from "../support/pdf-words.js";

const LINK = "https://www.example.org/a/very/long/path/that/never/breaks/anywhere/at/all";

const issue = (layout: string, paper: string) => `---
title: "Neighbourhoodwatchcommitteenewsletter"
subtitle: "${LINK}/in/the/masthead"
number: 2
date: 2026-12-05
languages: [en]
layout: ${layout}
paper: ${paper}
contacts: ["verylongemailaddressforthecommittee@neighbourhood-association-example.org"]
---
`;

const ARTICLE = `---
title: "Donaudampfschifffahrtsgesellschaftskapitänswitwenversicherungsanstalt reopens"
kicker: "Supercalifragilisticexpialidociousannouncementkicker"
byline: "Byverylongnamewithoutanyspacesatalltobreakthebylineline"
standfirst: "${LINK}/in/the/standfirst"
---

# A heading written with one hash mark, long enough to take two lines

Plain text ${LINK}/in/the/body here.

> A quotation with averylongunbreakablewordinsideitthatwillnotfitanywhereinthecolumnatall.
`;

/** Letters only, so a word wrapped without a hyphen reads as one. */
const letters = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, "");

describe("words longer than their line", () => {
  for (const [layout, paper] of [["bulletin", "A5"], ["newspaper", "A4"]] as const) {
    it(`wrap inside the page in the masthead, headline, kicker, byline, standfirst, contents and body (${layout}, ${paper})`, async () => {
      const { project, issue: dir } = makeProject({ "issue.md": issue(layout, paper), "01-long.md": ARTICLE }, "long-words");
      try {
        const result = await build({ issue: dir, projectDir: project, outDir: path.join(project, "out"), browser: getBrowserPath() });
        const file = result.outputs[0]!.path;
        const width = paper === "A5" ? 420 : 595;
        // Every word at least 10 pt inside the page's edges: cut words printed up to and past the edge.
        const outside = readPlacedWords(file).filter((word) => word.xMin < 10 || word.xMax > width - 10);
        expect(outside.map((word) => word.text)).toEqual([]);
        const printed = letters(extractText(file));
        for (const whole of ["Donaudampfschifffahrtsgesellschaftskapitänswitwenversicherungsanstalt", "Supercalifragilisticexpialidociousannouncementkicker", letters(`${LINK}/in/the/standfirst`)]) {
          expect(printed.toLowerCase()).toContain(letters(whole).toLowerCase());
        }
      } finally {
        rmSync(project, { recursive: true, force: true });
      }
    }, 120_000);
  }
});

describe("text that still runs past the page", () => {
  // A line that cannot wrap (here raw HTML, which a project may let through) printed past the paper's edge, cut,
  // while the integrity check, which compares text and not where it lies, passed it.
  it("is told: the page and the words that stick out", async () => {
    const { project, issue: dir } = makeProject(
      {
        "issue.md": issue("newspaper", "A4"),
        "01-long.md": "---\ntitle: A line that never wraps\n---\n\nA paragraph.\n\n<p style=\"white-space: nowrap\">This raw paragraph never wraps, so its one line runs on past the column, the next column and the edge of the paper.</p>\n",
      },
      "overflow",
    );
    try {
      const result = await build({ issue: dir, projectDir: project, outDir: path.join(project, "out"), browser: getBrowserPath(), allowHtml: true });
      const overflow = result.outputs[0]!.warnings.filter((warning) => warning.code === "page-overflow");
      expect(overflow.map((warning) => warning.message)).toEqual([
        "On page 1, “This raw paragraph never wraps, so its one line runs on past…” runs past the page's text area: it prints over the margin or is cut off at the paper's edge.",
      ]);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  }, 120_000);
});
