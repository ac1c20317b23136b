// Keeps printed settings (headline, kicker, byline...) as written: a number stays its digits, and words cut off by # are warned about (pure).

import { isMap, isScalar, type Document } from "yaml";
import type { SourceLocation } from "../../diagnostics/errors.js";
import type { BuildWarning } from "../../diagnostics/warnings.js";
import { quoteForYaml } from "./describe-yaml-mistake.js";

/**
 * `title: 1984` is a number to YAML, and the build stopped with "must be text"; it is the headline as written.
 * `title: Budget # of the year` printed "Budget": YAML reads " # ..." as a note. A note after a setting is often
 * meant (`layout: newspaper # or bulletin`), but not in a headline, so for printed settings the build warns.
 */
export function keepPrintedText(
  doc: Document,
  yaml: string,
  values: Record<string, unknown>,
  keys: ReadonlySet<string>,
  toLocation: (offset: number) => SourceLocation,
  warn: (w: BuildWarning) => void,
): void {
  if (!isMap(doc.contents)) return;
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    if (!keys.has(key)) continue;
    // `kicker:` with nothing after it (a template's line left blank) is YAML's null: no kicker, not "must be text";
    // an empty title is told as empty.
    if (pair.value === null || (isScalar(pair.value) && pair.value.value === null && !(pair.value.source ?? "").trim())) {
      if (key === "title") values[key] = "";
      else delete values[key];
      continue;
    }
    if (!isScalar(pair.value) || !pair.value.range) continue;
    const [start, end] = pair.value.range;
    const written = yaml.slice(start, end);
    if (typeof pair.value.value === "number" || typeof pair.value.value === "boolean") values[key] = written;
    const lineEnd = yaml.indexOf("\n", end);
    const note = /^[ \t]+#(.*)$/.exec(yaml.slice(end, lineEnd < 0 ? yaml.length : lineEnd));
    // A quoted value with a note after it was quoted on purpose: the note is meant.
    if (!note || pair.value.type !== "PLAIN" || typeof values[key] !== "string") continue;
    warn({
      code: "front-matter-note",
      message: `The words after # on this line are read as a note to yourself and do not print: the ${key} is "${values[key]}".`,
      hint: `If they belong to it, write the line as: ${key}: ${quoteForYaml(`${written} #${note[1] ?? ""}`.trim())}`,
      location: toLocation(end + note[0].indexOf("#")),
    });
  }
}
