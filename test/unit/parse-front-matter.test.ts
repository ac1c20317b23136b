// Covers parseFrontMatter with the real issue and article schemas: defaults, YAML errors (with the line as it should be written) and schema errors with file positions.

import { describe, expect, it } from "vitest";
import { PRINTED_SETTINGS, articleFrontMatterSchema, issueFrontMatterSchema } from "../../src/config/front-matter-schema.js";
import { ContentError } from "../../src/diagnostics/errors.js";
import type { BuildWarning } from "../../src/diagnostics/warnings.js";
import { parseFrontMatter } from "../../src/stages/load-issue/parse-front-matter.js";
import { catchError } from "../fixtures/make-issue.js";

const FILE = "issues/2026-11/issue.md";
/** Front matter starts on file line 2, right after the opening --- on line 1. */
const START = 2;
const BASE = ["title: The Riverside Commons", "number: 14", "date: 2026-11-20"];

const parseIssue = (lines: string[]) => parseFrontMatter(lines.join("\n"), START, FILE, issueFrontMatterSchema);
const parseArticle = (lines: string[]) => parseFrontMatter(lines.join("\n"), START, "a.md", articleFrontMatterSchema);

describe("parseFrontMatter: valid input", () => {
  it("parses a full issue", () => {
    const { data } = parseIssue([...BASE, "subtitle: News", "languages: [en, ar]", "layout: newspaper", "paper: Letter", "contacts:", "  - a", "  - b"]);
    expect(data).toEqual({
      title: "The Riverside Commons",
      subtitle: "News",
      number: 14,
      date: "2026-11-20",
      languages: ["en", "ar"],
      layout: "newspaper",
      paper: "Letter",
      contacts: ["a", "b"],
      untranslated: "include",
      digits: "latin",
      contents: true,
      grayscale: false,
      hyphenate: true,
    });
  });

  it("applies defaults: layout newspaper, no paper (the layout's applies), languages [en], contacts []", () => {
    const { data } = parseIssue(BASE);
    expect(data.layout).toBe("newspaper");
    expect(data.paper).toBeUndefined();
    expect(data.languages).toEqual(["en"]);
    expect(data.contacts).toEqual([]);
    expect(data.editions).toBeUndefined();
    expect(data.articles).toBeUndefined();
  });

  it("reads an unquoted YAML date as the string YYYY-MM-DD", () => {
    expect(parseIssue(BASE).data.date).toBe("2026-11-20");
  });

  it("accepts a string issue number such as 14a", () => {
    expect(parseIssue(["title: T", "number: 14a", "date: 2026-11-20"]).data.number).toBe("14a");
  });

  it("accepts a date with a time", () => {
    expect(parseIssue(["title: T", "number: 1", "date: 2026-11-20T09:30:00Z"]).data.date).toBe("2026-11-20T09:30:00Z");
  });

  it("treats null YAML (no front matter) as an empty map, so the title is missing", () => {
    const error = catchError(() => parseFrontMatter(null, 1, "a.md", articleFrontMatterSchema));
    expect(error.code).toBe("front-matter-missing");
  });

  it("locate() points at a key's value on the file line", () => {
    const parsed = parseIssue([...BASE, "layout: gazette"]);
    expect(parsed.locate(["layout"])).toEqual({ file: FILE, line: 5, column: 9 });
    expect(parsed.locate(["number"])).toEqual({ file: FILE, line: 3, column: 9 });
  });

  it("locate() falls back to the start of the front matter for a key that is not written", () => {
    expect(parseIssue(BASE).locate(["paper"])).toEqual({ file: FILE, line: START, column: 1 });
  });

  it("parses an article with its optional settings", () => {
    const { data } = parseArticle(["title: Headline", "lang: ar", "dir: rtl", "columns: 3", "kicker: Housing"]);
    expect(data).toEqual({ title: "Headline", lang: "ar", dir: "rtl", columns: 3, kicker: "Housing" });
  });
});

describe("parseFrontMatter: a value that needs quotes", () => {
  const cases: [string, string, string][] = [
    ["title: Budget: what now", 'holds a colon followed by a space (": ")', 'title: "Budget: what now"'],
    ["title: 'It's here'", "has the same quotes inside as around it", `title: "It's here"`],
    ['title: "He said "no""', "has the same quotes inside as around it", `title: 'He said "no"'`],
    ["title: [Draft] Budget", "starts with a bracket ([)", 'title: "[Draft] Budget"'],
    ["byline: @anna", "starts with @", 'byline: "@anna"'],
    ["title: *Sold out*", "starts with *", 'title: "*Sold out*"'],
    ["kicker: - news", "starts with a dash and a space", 'kicker: "- news"'],
    ["title: 'unterminated", "opens a quote it never closes", 'title: "unterminated"'],
  ];
  it.each(cases)("%s: says why, and gives the line quoted", (line, why, fixed) => {
    const error = catchError(() => parseArticle([line]));
    expect(error.code).toBe("front-matter-yaml");
    expect(error.message).toContain(why);
    expect(error.hint).toBe(`Write the line as: ${fixed}`);
    expect(error.location.line).toBe(START);
    // The line as hinted reads, and gives back the text as written.
    const mended = parseArticle([fixed.replace(/^(title|byline|kicker): /, "title: ")]);
    expect(mended.data.title).toBe(fixed.replace(/^\w+: /, "").slice(1, -1).replace(/\\"/g, '"'));
  });

  it("points at the line that opens a quote, not at the setting after it where YAML gave up", () => {
    const error = catchError(() => parseArticle(['title: "Roof repairs at Alder Court', "lang: en", "byline: By the editors"]));
    expect(error.message).toContain('the value of "title" opens a quote it never closes');
    expect(error.hint).toBe('Write the line as: title: "Roof repairs at Alder Court"');
    expect(error.location).toEqual({ file: "a.md", line: START, column: 8 });
    // A quote closed on its own line, escaped quotes inside, is passed over for the one left open above it.
    const inner = catchError(() => parseArticle(["kicker: 'Housing", 'title: "He said \\"no\\""', "lang: en"]));
    expect(inner.location).toEqual({ file: "a.md", line: START, column: 9 });
  });

  it("refuses a value YAML would read without its first word (!, &, #), giving the line quoted", () => {
    for (const [line, sign, fixed] of [
      ["title: !Urgent news", "!", 'title: "!Urgent news"'],
      ["title: &x y", "&", 'title: "&x y"'],
      ["title: #1 in town", "#", 'title: "#1 in town"'],
    ] as const) {
      const error = catchError(() => parseArticle([line]));
      expect(error.message).toContain(`would lose words: the value of "title" starts with ${sign}`);
      expect(error.hint).toBe(`Write the line as: ${fixed}`);
      expect(error.location).toEqual({ file: "a.md", line: START, column: 8 });
    }
  });

  it("still reads YAML's own anchors and aliases, and a note after a setting", () => {
    const { data } = parseArticle(["title: &head Roof repairs", "jumphead: *head", "columns: 2 # wide"]);
    expect(data).toMatchObject({ title: "Roof repairs", jumphead: "Roof repairs", columns: 2 });
  });

  it("says where the indentation is off when the next line starts with spaces", () => {
    const error = catchError(() => parseArticle(["title: Budget", "  kicker: News"]));
    expect(error.message).toContain("runs onto the next line, which starts with spaces");
  });
});

describe("parseFrontMatter: printed settings", () => {
  const warnings: BuildWarning[] = [];
  const parsePrinted = (lines: string[]) => parseFrontMatter(lines.join("\n"), START, "a.md", articleFrontMatterSchema, {}, "front matter", { keys: PRINTED_SETTINGS, warn: (w) => warnings.push(w) });

  it("keeps a headline or kicker YAML reads as a number or a yes as written", () => {
    expect(parsePrinted(["title: 3.10", "kicker: 2026", "byline: true"]).data).toMatchObject({ title: "3.10", kicker: "2026", byline: "true" });
    expect(() => parseArticle(["title: 3.10"])).toThrow(/must be text/);
  });

  it("takes a printed setting left blank (`kicker:` with nothing after it) as not written, and a blank title as empty", () => {
    const { data } = parsePrinted(["title: Budget", "kicker:", "standfirst:   ", "byline:"]);
    expect(data).toEqual(expect.objectContaining({ title: "Budget" }));
    expect(data).not.toHaveProperty("kicker");
    expect(data).not.toHaveProperty("standfirst");
    expect(data).not.toHaveProperty("byline");
    const error = catchError(() => parsePrinted(["title:", "kicker: News"]));
    expect(error.message).toBe('The setting "title" must not be empty.');
    expect([error.location?.line, error.location?.column]).toEqual([START, 7]);
    // Without the printed settings' reading, YAML's null is not text.
    expect(() => parseArticle(["title: Budget", "kicker:"])).toThrow(/must be text/);
  });

  it("warns that words after # in a printed setting will not print, and gives the line quoted", () => {
    warnings.length = 0;
    expect(parsePrinted(["title: Budget # of the year", "columns: 2 # wide", 'kicker: "News" # a note']).data.title).toBe("Budget");
    expect(warnings.map((w) => [w.code, w.message, w.hint, w.location?.line, w.location?.column])).toEqual([
      ["front-matter-note", 'The words after # on this line are read as a note to yourself and do not print: the title is "Budget".', 'If they belong to it, write the line as: title: "Budget # of the year"', START, 15],
    ]);
  });
});

describe("parseFrontMatter: settings written as an editor says them", () => {
  it("reads languages: en, ar and paper: a4 or US Letter", () => {
    expect(parseIssue([...BASE, "languages: en, ar", "paper: a4"]).data).toMatchObject({ languages: ["en", "ar"], paper: "A4" });
    expect(parseIssue([...BASE, "languages: fa", "paper: US Letter"]).data).toMatchObject({ languages: ["fa"], paper: "Letter" });
  });

  it("names the date to write when it can tell it, and both for 5/12/2026 (December or May)", () => {
    const message = (date: string) => catchError(() => parseIssue(["title: T", "number: 1", `date: ${date}`])).message;
    expect(message("2026-12-5")).toBe('The setting "date" must be a date written as YYYY-MM-DD: write 2026-12-05.');
    expect(message("December 5, 2026")).toBe('The setting "date" must be a date written as YYYY-MM-DD: write 2026-12-05.');
    // A day first or a month first: 20/11/2026 can only be the 20th of November; 5/12/2026 is either, both named.
    expect(message("20/11/2026")).toBe('The setting "date" must be a date written as YYYY-MM-DD: write 2026-11-20.');
    expect(message("11/20/2026")).toBe('The setting "date" must be a date written as YYYY-MM-DD: write 2026-11-20.');
    expect(message("5/12/2026")).toBe(
      'The setting "date" must be a date written as YYYY-MM-DD: 5/12/2026 is 5 December in Europe and 12 May in the United States, so write 2026-12-05 or 2026-05-12.',
    );
    expect(message("5.5.2026")).toBe('The setting "date" must be a date written as YYYY-MM-DD: write 2026-05-05.');
    expect(message("31/31/2026")).toBe('The setting "date" must be a date written as YYYY-MM-DD, e.g. 2026-11-20.');
  });

  it("says what is wrong with an issue number in words, not zod's", () => {
    const message = (number: string) => catchError(() => parseIssue(["title: T", `number: ${number}`, "date: 2026-11-20"])).message;
    expect(message("-1")).toBe('The setting "number" must be 0 or more.');
    expect(message("12.5")).toBe('The setting "number" must be a whole number, e.g. 14.');
  });
});

describe("parseFrontMatter: language codes", () => {
  it.each([["Arabic", "ar (Arabic)"], ["العربية", "ar (Arabic)"], ["Farsi", "fa (Persian)"], ["en_US", "en-US (American English)"], ["English", "en (English)"]])(
    "lang: %s names the code to write: %s",
    (written, code) => {
      expect(catchError(() => parseArticle(["title: T", `lang: ${written}`])).message).toBe(`The setting "lang" is not a language code: write ${code}.`);
    },
  );
});

describe("parseFrontMatter: YAML errors", () => {
  it("reports malformed YAML as front-matter-yaml at the file line (startLine offset applied)", () => {
    // YAML line 2 holds the tab; with the YAML starting on file line 2 that is file line 3.
    const error = catchError(() => parseIssue(["title: T", "\tnumber: 1"]));
    expect(error).toBeInstanceOf(ContentError);
    expect(error.code).toBe("front-matter-yaml");
    expect(error.message).toContain("a line starts with a tab");
    expect(error.location).toEqual({ file: FILE, line: 3, column: 1 });
  });

  it("places an unclosed flow list error at the end of its file line", () => {
    // "contacts: [a, b" is YAML line 4, file line 5; the parser stops after its 15 characters.
    const error = catchError(() => parseIssue([...BASE, "contacts: [a, b"]));
    expect(error.code).toBe("front-matter-yaml");
    expect(error.location).toEqual({ file: FILE, line: 5, column: 16 });
  });

  it("places a bad-indentation error on the indented line and column", () => {
    const error = catchError(() => parseArticle(["title: T", "   byline: x"]));
    expect(error.code).toBe("front-matter-yaml");
    expect(error.location).toEqual({ file: "a.md", line: 2, column: 8 });
  });

  it("places an error on YAML line 1 at file line 2 when startLine is 2", () => {
    const error = catchError(() => parseArticle(["title: a: b"]));
    expect(error.code).toBe("front-matter-yaml");
    expect(error.location).toEqual({ file: "a.md", line: 2, column: 8 });
  });

  it("shifts the location by startLine (startLine 10 puts YAML line 1 on file line 10)", () => {
    const error = catchError(() => parseFrontMatter("title: a: b", 10, "a.md", articleFrontMatterSchema));
    expect(error.location).toEqual({ file: "a.md", line: 10, column: 8 });
  });

  it("rejects a duplicate key as front-matter-yaml at the second occurrence", () => {
    const error = catchError(() => parseIssue([...BASE, "title: Again"]));
    expect(error.code).toBe("front-matter-yaml");
    expect(error.message).toContain("a setting is written twice");
    expect(error.location).toEqual({ file: FILE, line: 5, column: 1 });
  });

  it("rejects a list as front matter with front-matter-shape", () => {
    const error = catchError(() => parseArticle(["- a", "- b"]));
    expect(error.code).toBe("front-matter-shape");
    expect(error.location).toEqual({ file: "a.md", line: START, column: 1 });
  });
});

describe("parseFrontMatter: schema errors", () => {
  it("reports an unknown key as front-matter-unknown-key at the key's line and column", () => {
    const error = catchError(() => parseIssue([...BASE, "colour: red"]));
    expect(error).toBeInstanceOf(ContentError);
    expect(error.code).toBe("front-matter-unknown-key");
    expect(error.message).toContain('"colour"');
    expect(error.location).toEqual({ file: FILE, line: 5, column: 1 });
  });

  it("locates an unknown article key written after other settings", () => {
    const error = catchError(() => parseArticle(["title: T", "kicker: K", "autor: Me"]));
    expect(error.code).toBe("front-matter-unknown-key");
    expect(error.location).toEqual({ file: "a.md", line: 4, column: 1 });
  });

  it("names the setting a misspelt one was meant to be, even when that one is then missing", () => {
    const standfirst = catchError(() => parseArticle(["title: T", "standfist: A summary."]));
    expect([standfirst.message, standfirst.hint]).toEqual([
      '"standfist" is not a setting pressroom knows. Did you mean standfirst?',
      "Write it as `standfirst:`, or remove the line. Run `pressroom help front-matter` for the list of settings.",
    ]);
    // zod reports title missing first; the editor wrote it, misspelt, on line 2.
    const title = catchError(() => parseArticle(["titel: T", "kicker: K"]));
    expect([title.code, title.message, title.location]).toEqual(["front-matter-unknown-key", '"titel" is not a setting pressroom knows. Did you mean title?', { file: "a.md", line: 2, column: 1 }]);
    // A name far from every setting keeps the general hint; one already written is not suggested again.
    expect(catchError(() => parseIssue([...BASE, "colour: red"])).hint).toContain("Check its spelling");
    expect(catchError(() => parseArticle(["title: T", "titel: U"])).message).toBe('"titel" is not a setting pressroom knows.');
  });

  it("gives the one line a list of names under byline: should be", () => {
    const error = catchError(() => parseArticle(["title: T", "byline:", "  - Ana Ruiz", "  - Ben Cole"]));
    expect(error.code).toBe("front-matter-value");
    expect(error.hint).toBe("Write it as one line: byline: Ana Ruiz, Ben Cole");
  });

  it("rejects paper B5 with front-matter-value at the value's line and column", () => {
    const error = catchError(() => parseIssue([...BASE, "paper: B5"]));
    expect(error.code).toBe("front-matter-value");
    expect(error.message).toBe('The setting "paper" must be one of A3, A4, A5, Letter, Tabloid or Half Letter.');
    expect(error.location).toEqual({ file: FILE, line: 5, column: 8 });
  });

  it("rejects a boolean issue number with front-matter-value at the number's value", () => {
    const error = catchError(() => parseIssue(["title: T", "number: true", "date: 2026-11-20"]));
    expect(error.code).toBe("front-matter-value");
    expect(error.message).toContain("must be the issue number");
    expect(error.location).toEqual({ file: FILE, line: 3, column: 9 });
  });

  it("rejects a negative issue number", () => {
    expect(catchError(() => parseIssue(["title: T", "number: -3", "date: 2026-11-20"])).code).toBe("front-matter-value");
  });

  it("rejects text where the article's columns takes a number", () => {
    const error = catchError(() => parseArticle(["title: T", "columns: two"]));
    expect(error.code).toBe("front-matter-value");
    expect(error.message).toBe('The setting "columns" must be a whole number of columns, 1 to 5.');
    expect(error.location).toEqual({ file: "a.md", line: 3, column: 10 });
  });

  it.each([
    ["0", "must be at least 1"],
    ["6", "must be at most 5"],
    ["2.5", "must be a whole number of columns, 1 to 5"],
  ])("rejects columns: %s (%s)", (value, message) => {
    expect(catchError(() => parseArticle(["title: T", `columns: ${value}`])).message).toContain(message);
  });

  it("rejects a numeric title as not text", () => {
    const error = catchError(() => parseArticle(["title: 2026"]));
    expect(error.code).toBe("front-matter-value");
    expect(error.message).toContain("must be text");
  });

  it("rejects an empty title", () => {
    expect(catchError(() => parseArticle(['title: ""'])).message).toContain("must not be empty");
  });

  it("reports a missing title as front-matter-missing", () => {
    const error = catchError(() => parseIssue(["number: 14", "date: 2026-11-20"]));
    expect(error).toBeInstanceOf(ContentError);
    expect(error.code).toBe("front-matter-missing");
    expect(error.message).toBe('The setting "title" is missing.');
    expect(error.location).toEqual({ file: FILE, line: 1, column: 1 });
  });

  it("reports a missing date as front-matter-missing", () => {
    expect(catchError(() => parseIssue(["title: T", "number: 14"])).message).toBe('The setting "date" is missing.');
  });

  it("rejects date 2026-13-45 at the date's value", () => {
    const error = catchError(() => parseIssue(["title: T", "number: 14", "date: 2026-13-45"]));
    expect(error.code).toBe("front-matter-value");
    expect(error.message).toBe('The setting "date" is not a real calendar date.');
    expect(error.location).toEqual({ file: FILE, line: 4, column: 7 });
  });

  it("rejects a date not written YYYY-MM-DD", () => {
    const error = catchError(() => parseIssue(["title: T", "number: 14", "date: 20/11/2026"]));
    expect(error.message).toContain("must be a date written as YYYY-MM-DD");
  });

  it("rejects a language list with an invalid tag, located at the bad item", () => {
    const error = catchError(() => parseIssue([...BASE, 'languages: [en, "not a tag"]']));
    expect(error.code).toBe("front-matter-value");
    expect(error.message).toContain('"languages" (item 2) is not a language code');
    expect(error.location).toEqual({ file: FILE, line: 5, column: 17 });
  });

  it("tells parallel and flip written among the languages to go under editions, at the item", () => {
    const error = catchError(() => parseIssue([...BASE, "languages: [en, ar, parallel, flip]"]));
    expect(error.code).toBe("front-matter-value");
    expect(error.message).toBe('The setting "languages" (item 3) is the parallel edition, not a language: list it under editions, e.g. editions: [en, ar, parallel].');
    expect(error.location).toEqual({ file: FILE, line: 5, column: 21 });
    expect(catchError(() => parseIssue([...BASE, "languages: [en, flip:ar+en]"])).message).toContain("(item 2) is the flip edition, not a language");
  });

  it("rejects en_US (underscore) as a language tag", () => {
    expect(catchError(() => parseIssue([...BASE, "languages: [en_US]"])).message).toContain("is not a language code");
  });

  it("rejects an empty language list", () => {
    expect(catchError(() => parseIssue([...BASE, "languages: []"])).message).toContain("must list at least one language");
  });

  it("rejects an article dir other than ltr/rtl", () => {
    expect(catchError(() => parseArticle(["title: T", "dir: auto"])).message).toBe('The setting "dir" must be ltr or rtl.');
  });

  it("rejects a layout name with a path in it", () => {
    expect(catchError(() => parseIssue([...BASE, "layout: ../evil"])).code).toBe("front-matter-value");
  });
});
