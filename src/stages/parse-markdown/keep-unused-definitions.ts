// markdown-it block rule around its own `reference`: a line like "[Time]: 7pm" that no link uses is text, not a link definition.

import type { default as MarkdownIt, StateBlock } from "markdown-it";
import reference from "markdown-it/lib/rules_block/reference.mjs";

/**
 * CommonMark reads "[Time]: 7pm" at the start of a paragraph as the target of links written [Time] elsewhere, and
 * prints nothing of it: an editor's line vanished from the page. A definition is kept only when its label is used
 * in brackets somewhere else in the same text; otherwise the lines are left to the paragraph rule, and print.
 */
export function addKeepUnusedDefinitionsRule(md: MarkdownIt): void {
  md.block.ruler.at("reference", (state: StateBlock, startLine: number, endLine: number, silent: boolean) => {
    const label = readLabel(state, startLine);
    if (label !== undefined && !isLabelUsed(state.src, label)) return false;
    return reference(state, startLine, endLine, silent);
  });
}

/** The label of a definition starting on `line` ("[Time]: ..." gives "Time"), undefined if the line starts none. */
function readLabel(state: StateBlock, line: number): string | undefined {
  const start = (state.bMarks[line] as number) + (state.tShift[line] as number);
  return /^\[([^\]\\]{1,999})\]:/.exec(state.src.slice(start, start + 1003))?.[1];
}

/** Whether `[label]` (any case, any run of whitespace) appears more than once in `src`: once is the definition itself. */
function isLabelUsed(src: string, label: string): boolean {
  const words = label.trim().split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(`\\[\\s*${words.join("\\s+")}\\s*\\]`, "giu");
  return (src.match(pattern)?.length ?? 0) > 1;
}
