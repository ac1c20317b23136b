// The message that stops a build whose laid-out pages lack text: it names the article, the editorial or the notes, and the words.

import { describe, expect, it } from "vitest";
import { checkIntegrity } from "../../src/stages/paginate/check-integrity.js";
import { EDITORIAL_TEXT_ID } from "../../src/shared/browser-messages.js";

const ARTICLES = [{ id: "01-roof", title: "Alder Court wins a new roof" }];

/** The message checkIntegrity stops with, for one problem where `articleId` is. */
const describeLoss = (articleId: string) => {
  try {
    checkIntegrity(ARTICLES, [{ articleId, kind: "lost", near: "Work should end" }], "en");
  } catch (error) {
    return (error as Error).message;
  }
  return "";
};

describe("checkIntegrity", () => {
  it("passes pages with no problem", () => {
    expect(() => checkIntegrity(ARTICLES, [], "en")).not.toThrow();
  });

  it("names the article by its title, the editorial by where it is written, and the page-foot notes", () => {
    expect(describeLoss("01-roof")).toContain('In the en edition, text of “Alder Court wins a new roof” is missing from the laid-out pages, from the words “Work should end”');
    expect(describeLoss(EDITORIAL_TEXT_ID)).toContain("text of the editorial (the text under issue.md's front matter, or its translation's) is missing");
    expect(describeLoss("")).toContain("text of the page-foot notes is missing");
  });
});
