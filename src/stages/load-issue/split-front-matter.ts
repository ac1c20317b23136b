// Separates a Markdown file's YAML front matter from its body, keeping line offsets (pure).

import { ContentError } from "../../diagnostics/errors.js";

export interface SplitSource {
  /** The YAML between the fences, or null when the file has no front matter. */
  yaml: string | null;
  /** 1-based line of the file on which the YAML text starts. */
  yamlStartLine: number;
  /** The Markdown after the closing fence. */
  body: string;
  /** How many lines of the file come before the body: body line n is file line n + offset. */
  bodyLineOffset: number;
}

const FENCE = /^---[ \t]*$/;
const CLOSING_FENCE = /^(---|\.\.\.)[ \t]*$/;
const LANGUAGE_FENCE = /^---[ \t]*([A-Za-z][\w-]*)[ \t]*$/;

/** Splits `text` (the contents of `file`) into front matter and body. */
export function splitFrontMatter(text: string, file: string): SplitSource {
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const lines = source.split(/\r?\n/);
  const first = lines[0] ?? "";
  const language = LANGUAGE_FENCE.exec(first);
  if (language && language[1]?.toLowerCase() !== "yaml") {
    // gray-matter runs `---js` front matter as code; pressroom only ever reads YAML.
    throw new ContentError("front-matter-not-yaml", `The front matter is marked as "${language[1]}", but pressroom only reads YAML front matter.`, {
      hint: "Start the file with a line of three dashes (---) and write the settings as YAML, e.g. title: My headline.",
      location: { file, line: 1, column: 4 },
    });
  }
  if (!FENCE.test(first) && !language) {
    return { yaml: null, yamlStartLine: 1, body: source, bodyLineOffset: 0 };
  }
  const closing = lines.findIndex((line, index) => index > 0 && CLOSING_FENCE.test(line));
  if (closing < 0) {
    throw new ContentError("front-matter-unclosed", "The front matter that starts on line 1 is never closed.", {
      hint: "Add a line of three dashes (---) after the last setting, before the article text begins.",
      location: { file, line: 1, column: 1 },
    });
  }
  return {
    yaml: lines.slice(1, closing).join("\n"),
    yamlStartLine: 2,
    body: lines.slice(closing + 1).join("\n"),
    bodyLineOffset: closing + 1,
  };
}
