// Says what is wrong with a front matter line YAML could not read, in an editor's words, with the line written as it should be (pure).

/** A YAML mistake described: what is wrong, and what to write instead. */
export interface YamlMistake {
  what: string;
  hint: string;
}

const GENERIC_HINT = "Check the line shown: each setting is `name: value`, lists are `[a, b]` or lines starting with `- `, and text with a colon needs quotes.";

/** `name: value` as an editor writes a setting; the value is the rest of the line. */
const SETTING_LINE = /^(\s*)([A-Za-z_][\w-]*)(\s*:[ \t]+)(.*?)\s*$/;

/**
 * yaml's messages ("Unexpected scalar at node end", "Plain value cannot start with reserved character @") are
 * for programmers. Most mistakes in front matter are a headline, byline or kicker that needs quotes: it holds
 * ": ", starts with [ or @ or - , or has quotes of its own. For those the hint is the line, quoted.
 */
export function describeYamlMistake(code: string, message: string, line: string): YamlMistake {
  const setting = SETTING_LINE.exec(line);
  const quoting = setting ? describeQuoting(code, setting[4] ?? "") : undefined;
  if (setting && quoting) {
    const [, indent = "", key = "", colon = ""] = setting;
    return {
      // A quote left open has its quotes already (one of them): it needs the other, not quotes.
      what: code === "MISSING_CHAR" ? `the value of "${key}" ${quoting.reason}.` : `the value of "${key}" ${quoting.reason}, so it needs quotes.`,
      hint: `Write the line as: ${indent.trimStart()}${key}${colon.replace(/[ \t]+$/, " ")}${quoting.quoted}`,
    };
  }
  if (code === "DUPLICATE_KEY") return { what: "a setting is written twice.", hint: "Keep one of the two lines, and delete the other." };
  if (code === "TAB_AS_INDENT") return { what: "a line starts with a tab.", hint: "Start each setting at the beginning of its line; indent list items with spaces, not tabs." };
  if (code === "BLOCK_AS_IMPLICIT_KEY" || code === "MULTILINE_IMPLICIT_KEY") {
    return { what: "a setting's value runs onto the next line, which starts with spaces.", hint: "Start each setting at the beginning of its line, or put a value that runs over two lines in quotes." };
  }
  if (code === "BAD_INDENT" || code === "MISSING_CHAR") return { what: "the indentation or punctuation is off.", hint: GENERIC_HINT };
  return { what: message.split("\n")[0]?.replace(/ at line \d+, column \d+.*$/, "") ?? message, hint: GENERIC_HINT };
}

/**
 * The line a quote YAML found unclosed was opened on (0-based, in `lines`), and the quote's column (1-based). yaml
 * reports the mistake where it gave up, at the next setting's line or the end ("lang: ar" under a headline that
 * opened a quote): the editor must be shown the line that opened it. Undefined when no line before opens one.
 */
export function findUnclosedQuote(lines: readonly string[], reported: number): { line: number; column: number } | undefined {
  for (let index = Math.min(reported, lines.length - 1); index >= 0; index--) {
    const setting = SETTING_LINE.exec(lines[index] ?? "");
    const value = setting?.[4] ?? "";
    const quote = value[0];
    if (!setting || (quote !== '"' && quote !== "'")) continue;
    // Closed on its own line (an escaped \" or a doubled '' inside does not close it): not this one.
    const inside = quote === '"' ? value.slice(1).replace(/\\./g, "") : value.slice(1).replace(/''/g, "");
    if (inside.includes(quote)) continue;
    return { line: index, column: (setting[1] ?? "").length + (setting[2] ?? "").length + (setting[3] ?? "").length + 1 };
  }
  return undefined;
}

/** Why `written` (a value as written on its line) needs quotes, and the value quoted; undefined when quotes would not mend it. */
function describeQuoting(code: string, written: string): { reason: string; quoted: string } | undefined {
  if (!written || written.startsWith("|") || written.startsWith(">")) return undefined;
  const first = written[0] ?? "";
  const quotedByEditor = (first === '"' || first === "'") && written.length > 1 && written.endsWith(first);
  // The editor's own quotes, around text that has the same quote inside: the text is what lies between them.
  const text = quotedByEditor ? written.slice(1, -1) : first === '"' || first === "'" ? written.slice(1) : written;
  const reason = (() => {
    if (first === '"' || first === "'") return code === "MISSING_CHAR" ? "opens a quote it never closes" : "has the same quotes inside as around it";
    if (code === "BLOCK_AS_IMPLICIT_KEY" && /:\s/.test(written)) return 'holds a colon followed by a space (": ")';
    if (first === "[" || first === "{") return `starts with a bracket (${first})`;
    if (code === "BAD_SCALAR_START" || "*&!%@`".includes(first)) return `starts with ${first}`;
    if (first === "-" && /^-\s/.test(written)) return "starts with a dash and a space, which YAML reads as a list";
    if (code === "UNEXPECTED_TOKEN") return "has text YAML reads as its own signs";
    return undefined;
  })();
  return reason ? { reason, quoted: quoteForYaml(text) } : undefined;
}

/** `text` as a YAML value in quotes: double quotes unless the text has some and no apostrophe. */
export function quoteForYaml(text: string): string {
  if (text.includes('"') && !text.includes("'")) return `'${text}'`;
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}
