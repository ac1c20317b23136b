// Warns about settings in braces that were left out because pressroom does not accept them, with file:line:column (pure).

import type { BuildWarning } from "../../diagnostics/warnings.js";
import type { ArticleSource } from "../load-issue/types.js";
import { locateInBlock } from "./check-references.js";
import type { MarkdownEnv } from "./types.js";

export function checkIgnoredAttributes(source: ArticleSource, env: MarkdownEnv, warn: (w: BuildWarning) => void): void {
  for (const { written, names, line } of env.ignoredAttributes ?? []) {
    const list = names.map((name) => `\`${name}\``).join(", ");
    warn({
      code: "attribute-ignored",
      message: `${written} sets ${list}, which pressroom does not accept: ${names.length === 1 ? "it was" : "they were"} left out, and the rest applied.`,
      hint: "Only a class ({.name}), an id ({#name}), lang, dir, data-… and, on a picture, credit can be set in braces: a layout's classes do what styles would.",
      location: locateInBlock(source, line ?? 0, written),
    });
  }
}
