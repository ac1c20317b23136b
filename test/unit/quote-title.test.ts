// Titles in messages: quoted once, a title that is a quotation keeping its own marks, a quotation inside one turned to single marks.

import { describe, expect, it } from "vitest";
import { quoteTitle } from "../../src/diagnostics/quote-title.js";

describe("quoteTitle", () => {
  it("puts a title in curly double quotes", () => {
    expect(quoteTitle("Alder Court wins a new roof")).toBe("“Alder Court wins a new roof”");
  });

  it("keeps a title that is itself a quotation in its own marks, not doubled", () => {
    expect(quoteTitle("“Freedom of criticism”")).toBe("“Freedom of criticism”");
    expect(quoteTitle('"Freedom of criticism"')).toBe('"Freedom of criticism"');
    expect(quoteTitle("«Liberté de critique»")).toBe("«Liberté de critique»");
  });

  it("turns a quotation inside a title to single marks", () => {
    expect(quoteTitle("The “great majority” of the parties")).toBe("“The ‘great majority’ of the parties”");
    expect(quoteTitle("Why “freedom of criticism”")).toBe("“Why ‘freedom of criticism’”");
  });
});
