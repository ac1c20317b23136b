// Refuses a filled layout that leaves out the rest of a jumped article, so no text is ever silently dropped (pure).

import { LayoutError } from "../../diagnostics/errors.js";
import { readHeadText, type HeadText } from "./mark-head-text.js";

/** Every continuation must be in the HTML: a layout copied before jumps existed would print half an article. */
export function checkContinuations(html: string, continuations: { id: string; title: HeadText }[], layoutName: string): void {
  const missing = continuations.find((continuation) => !html.includes(`id="${continuation.id}"`));
  if (!missing) return;
  throw new LayoutError("layout-drops-jumps", `The layout "${layoutName}" does not print the rest of jumped articles, so "${readHeadText(missing.title)}" would stop at its jump.`, {
    hint: "Add {{#each continuations}}{{> continuation this}}{{/each}} to layout.hbs after the articles, as templates/newspaper/layout.hbs does, or delete the <!-- jump --> line.",
    location: { file: `templates/${layoutName}/layout.hbs` },
  });
}
