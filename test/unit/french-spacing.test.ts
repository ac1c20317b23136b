// French text keeps « guillemets » and the space before ; : ! ? on one line: the spaces an editor typed there become no-break spaces, in bodies, captions, notes and heads; code and other languages stay as written.

import { describe, expect, it } from "vitest";
import { spaceFrenchPunctuation } from "../../src/stages/parse-markdown/french-spacing-rule.js";
import { createTypesetter } from "../../src/stages/parse-markdown/typeset-plain-text.js";
import type { ParsedArticle } from "../../src/stages/parse-markdown/types.js";
import { renderArticleBody } from "../../src/stages/render-html/render-article-body.js";
import { assembleAndParse, articleMd } from "../fixtures/make-issue.js";

const NARROW = "\u202F";
const WORD = "\u00A0";

function renderIn(lang: string, body: string): string {
  const { parsed } = assembleAndParse({
    articles: { "story.md": articleMd(["title: Story", `lang: ${lang}`], body) },
    otherFiles: ["images/x.svg"],
  });
  return renderArticleBody(parsed.articles[0] as ParsedArticle, { allowHtml: false, issueUrl: "/issue/", footnotesBefore: 0 }).html;
}

describe("spaceFrenchPunctuation", () => {
  it("makes the spaces after « and before » ; ! ? narrow no-break spaces, and before : a no-break word space", () => {
    expect(spaceFrenchPunctuation("Elle a dit : « Venez nombreux ! » Qui vient ? Tous ; enfin")).toBe(
      `Elle a dit${WORD}: «${NARROW}Venez nombreux${NARROW}!${NARROW}» Qui vient${NARROW}? Tous${NARROW}; enfin`,
    );
  });

  it("keeps a number in groups of three, and a number and its sign, on one line", () => {
    expect(spaceFrenchPunctuation("Budget : 1 200 000 € pour 3 000 habitants, soit 10 % en 2026.")).toBe(
      `Budget${WORD}: 1${NARROW}200${NARROW}000${WORD}€ pour 3${NARROW}000 habitants, soit 10${WORD}% en 2026.`,
    );
    // Not a number in groups: a year beside a count, or a phone number's pairs.
    expect(spaceFrenchPunctuation("en 2026 200 personnes ; appelez le 01 42 00 00 00")).toBe(`en 2026 200 personnes${NARROW}; appelez le 01 42 00 00 00`);
  });

  it("adds no space where none was written (French as set in Canada or Switzerland)", () => {
    expect(spaceFrenchPunctuation("Qui vient? Tous! «Oui»")).toBe("Qui vient? Tous! «Oui»");
  });

  it("leaves the spaces after the punctuation, and addresses, alone", () => {
    expect(spaceFrenchPunctuation("Voir https://exemple.fr/?q=1 ; puis")).toBe(`Voir https://exemple.fr/?q=1${NARROW}; puis`);
  });
});

describe("French spacing in an article", () => {
  it("applies to the body, a caption and a note, not to code", () => {
    const html = renderIn(
      "fr",
      [
        "Il a dit : « Assez ! »[^1] Et `a : b ?` reste.",
        "",
        '![Un dessin](images/x.svg "La place : « avant » ?")',
        "",
        "[^1]: Selon lui : voir ?",
      ].join("\n"),
    );
    expect(html).toContain(`Il a dit${WORD}: «${NARROW}Assez${NARROW}!${NARROW}»`);
    expect(html).toContain("<code>a : b ?</code>");
    expect(html).toContain(`La place${WORD}: «${NARROW}avant${NARROW}»${NARROW}?`);
    expect(html).toContain(`Selon lui${WORD}: voir${NARROW}?`);
  });

  it("joins a source line ending in « or starting with » ! ? : to its neighbour with a no-break space", () => {
    const html = renderIn("fr", "Elle a ajouté «\nVenez nombreux\n! » Puis\n: fin.");
    expect(html).toContain(`ajouté «${NARROW}Venez nombreux${NARROW}!${NARROW}» Puis${WORD}: fin.`);
    expect(html).not.toContain("\n!");
  });

  it("leaves English and Spanish text as written", () => {
    expect(renderIn("en", "He said : stop ! Now ?")).toContain("He said : stop ! Now ?");
    expect(renderIn("es", "¿Quién viene ? « Todos »")).toContain("¿Quién viene ? « Todos »");
  });
});

describe("French spacing in heads", () => {
  it("sets a French headline's spaces as the body's, and leaves an English one alone", () => {
    const typeset = createTypesetter();
    expect(typeset("L'assemblée : ce qu'il faut savoir ?", "fr-CA")).toBe(`L’assemblée${WORD}: ce qu’il faut savoir${NARROW}?`);
    expect(typeset("Budget : what now ?", "en")).toBe("Budget : what now ?");
  });
});
