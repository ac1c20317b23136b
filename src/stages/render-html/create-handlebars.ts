// A fresh Handlebars environment per build, with the layout's partials and pressroom's helpers.

import Handlebars from "handlebars";
import { LayoutError, type SourceLocation } from "../../diagnostics/errors.js";
import type { LayoutSource } from "../load-issue/load-layout.js";

export type TemplateFunction = (data: unknown) => string;

/**
 * Compiles the layout on its own Handlebars instance (no global helpers or partials, and
 * Handlebars' default of no prototype access is kept: never allowProtoPropertiesByDefault).
 */
export function compileLayout(layout: LayoutSource): TemplateFunction {
  const hbs = Handlebars.create();
  hbs.registerHelper("eq", (a: unknown, b: unknown) => a === b);
  hbs.registerHelper("join", (items: unknown, separator: unknown) =>
    Array.isArray(items) ? items.map(String).join(typeof separator === "string" ? separator : ", ") : "");
  for (const [name, partial] of Object.entries(layout.partials)) {
    hbs.registerPartial(name, compileSource(hbs, partial.text, partial.path));
  }
  const template = compileSource(hbs, layout.template.text, layout.template.path);
  return (data) => {
    try {
      return template(data);
    } catch (error) {
      const message = (error as Error).message;
      const missing = /The partial (\S+) could not be found/.exec(message)?.[1];
      if (missing !== undefined) {
        throw new LayoutError("layout-missing-partial", `The layout "${layout.name}" uses a partial called "${missing}", but there is no ${missing}.hbs.`, {
          hint: `Add ${missing}.hbs to the layout's partials/ folder (or to templates/_shared/partials/), or correct the name after {{> on the line shown.`,
          location: findPartialCall(layout, missing),
          cause: error,
        });
      }
      throw new LayoutError("layout-render", `The layout "${layout.name}" failed while filling in the issue: ${message}`, {
        hint: "Check the partial or helper named in the message; undo recent edits to templates/ if unsure.",
        location: { file: layout.template.path },
        cause: error,
      });
    }
  };
}

function compileSource(hbs: typeof Handlebars, text: string, file: string): Handlebars.TemplateDelegate {
  try {
    // Precompiling now (not lazily) reports syntax errors with the file before any browser starts.
    const ast = hbs.parse(text);
    return hbs.compile(ast, { strict: false, preventIndent: true });
  } catch (error) {
    const message = (error as Error).message;
    const line = Number(/line (\d+)/i.exec(message)?.[1] ?? 1);
    const column = Number(/column (\d+)/i.exec(message)?.[1] ?? 0) + 1;
    throw new LayoutError("layout-syntax", `The template has a syntax error: ${message.split("\n")[0]}`, {
      hint: "Check that every {{#if}}, {{#each}} and {{#with}} has its closing {{/...}} and that braces are paired.",
      location: { file, line, column },
      cause: error,
    });
  }
}

/** Where a template calls partial `name` ({{> name ...}}), for the error's file:line:column; the layout file if nowhere. */
function findPartialCall(layout: LayoutSource, name: string): SourceLocation {
  const call = new RegExp(`\\{\\{~?>\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?=[\\s}~])`);
  for (const source of [layout.template, ...Object.values(layout.partials)]) {
    const lines = source.text.split("\n");
    const index = lines.findIndex((line) => call.test(line));
    if (index >= 0) return { file: source.path, line: index + 1, column: (call.exec(lines[index] as string)?.index ?? 0) + 1 };
  }
  return { file: layout.template.path };
}
