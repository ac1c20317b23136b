import { it } from "vitest";
import { issueFrontMatterSchema } from "../../src/config/front-matter-schema.js";
import { parseFrontMatter } from "../../src/stages/load-issue/parse-front-matter.js";
it("probe", () => {
  for (const y of ['title: T\nnumber: 1\ndate: [2026\nnumber: 2', 'title: "unterminated\nnumber: 1', 'title: T\nnumber: 1\ndate: 2026-11-20\ncontacts: [a, b', 'title: T\n\tnumber: 1', 'title: T\nnumber: 1\ndate: 2026-11-20\nlanguages: en, ar']) {
    try { parseFrontMatter(y, 2, "f", issueFrontMatterSchema); console.log("OK"); } catch (e: any) { console.log(JSON.stringify(y), e.code, e.message, JSON.stringify(e.location), e.cause?.code); }
  }
});
