// The lone-colophon warning's words: the page that prints only the colophon, and the page the articles end on.

import { describe, expect, it } from "vitest";
import { describeLoneColophon } from "../../src/stages/paginate/report-lone-colophon.js";

describe("describeLoneColophon", () => {
  it("names the last page and the one before, and what to do on either", () => {
    expect(describeLoneColophon(9)).toEqual({
      code: "colophon-alone",
      message: "The last page, page 9, prints only the colophon (the paper's name, issue and contacts): the articles end on page 8, just short of room for it.",
      hint: "Shorten the articles by a few lines so the colophon fits on page 8, or add an article or a picture to fill page 9.",
    });
  });
});
