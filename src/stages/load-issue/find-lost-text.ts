// Finds a setting YAML reads without part of what was written: a value starting with !, &, * or # (pure).

import { isAlias, isScalar, visit, type Document, type Node } from "yaml";
import { quoteForYaml } from "./describe-yaml-mistake.js";

export interface LostText {
  /** Where the value starts in the YAML text. */
  offset: number;
  what: string;
  hint: string;
}

/**
 * YAML gives !, &, * and # at the start of a value meanings of its own (a type, an anchor, an alias, a note), so
 * `title: !Urgent news` printed "news", `kicker: #1 in town` left the kicker empty, and `title: *Sold out*`
 * stopped the build with a message about aliases. A bare # after a space ends the value too, but a note after a
 * setting (`layout: newspaper # or bulletin`) is common and meant, so only a value that starts with one is taken.
 */
export function findLostText(doc: Document, yaml: string): LostText | undefined {
  const anchors = new Set<string>();
  const aliased = new Set<string>();
  visit(doc, {
    Node(_, node) {
      if (isAlias(node)) aliased.add(node.source);
      else if (node.anchor) anchors.add(node.anchor);
    },
  });
  let lost: LostText | undefined;
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || !pair.key.range) return;
      const key = String(pair.key.value);
      const value = pair.value as Node | null;
      // The value as written starts after the key's colon (its node's range leaves out a tag or an anchor).
      const start = skipColon(yaml, pair.key.range[1]);
      const written = readRestOfLine(yaml, start);
      const sign = value ? findLostSign(value, written, anchors, aliased) : undefined;
      if (!sign) return;
      lost = {
        offset: start,
        what: `the value of "${key}" starts with ${sign}, so it needs quotes.`,
        hint: `Write the line as: ${key}: ${quoteForYaml(written)}`,
      };
      return visit.BREAK;
    },
  });
  return lost;
}

/** The sign YAML took for its own at the value's start (`rest`: the text from there), with what it made of it; undefined when nothing was lost. */
function findLostSign(value: Node, rest: string, anchors: ReadonlySet<string>, aliased: ReadonlySet<string>): string | undefined {
  if (isAlias(value)) return anchors.has(value.source) ? undefined : "*, which YAML reads as a reference to another setting";
  if (!isScalar(value)) return undefined;
  // yaml's own types (!!str) are written on purpose; a word after ! is text YAML took for a type and dropped.
  if (value.tag?.startsWith("!") && !value.tag.startsWith("!!")) return "!, which YAML reads as a type and leaves out";
  if (value.anchor && !aliased.has(value.anchor)) return "&, which YAML reads as a name for the value and leaves out";
  if (value.value === null && rest.startsWith("#")) return "#, which YAML reads as a note, leaving the value empty";
  return undefined;
}

/** The offset after `key:` and the spaces that follow it. */
function skipColon(yaml: string, keyEnd: number): number {
  const colon = /^\s*:[ \t]*/.exec(yaml.slice(keyEnd));
  return keyEnd + (colon?.[0].length ?? 0);
}

function readRestOfLine(yaml: string, offset: number): string {
  const end = yaml.indexOf("\n", offset);
  return yaml.slice(offset, end < 0 ? yaml.length : end).trim();
}
