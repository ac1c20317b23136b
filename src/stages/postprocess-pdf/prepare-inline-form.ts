// Checks that a Form XObject's content can be drawn inline in its caller's stream, and writes it with the caller's font names.

import type { Operation } from "./parse-content-stream.js";
import { formatName } from "./rewrite-content-stream.js";

export interface InlineForm {
  /** The font resource names its Tf operators use. */
  fonts: Set<string>;
  /** The content, each font name replaced by its alias in the caller's resources. */
  render(aliases: ReadonlyMap<string, string>): string;
}

const DEVICE_SPACES = new Set(["DeviceGray", "DeviceRGB", "DeviceCMYK"]);

/**
 * A form's content can be copied into its caller when it only refers to resources by font (renamed on the
 * way), and leaves the caller's state as it found it: q and Q, BT and ET, marked content all balanced, never
 * closing what the caller opened. Anything else (a named colour space, pattern or property list) would need
 * the form's own resources: undefined. `q … Q` around the copy stands for the Do's implicit ones; the
 * form's /BBox clip is not kept, which only matters for a form that paints something.
 */
export function prepareInlineForm(text: string, operations: readonly Operation[]): InlineForm | undefined {
  const fonts = new Set<string>();
  let saved = 0;
  let inText = false;
  let marked = 0;
  for (const { operator, operands } of operations) {
    const names = operands.filter((operand) => operand.type === "name");
    if (operator === "Tf") {
      const [font] = operands;
      if (font?.type !== "name") return undefined;
      fonts.add(font.value);
    } else if (operator === "cs" || operator === "CS") {
      if (names.length !== 1 || !DEVICE_SPACES.has(names[0]?.type === "name" ? names[0].value : "")) return undefined;
    } else if (operator === "BDC" || operator === "DP") {
      if (operands[1]?.type !== "dict") return undefined;
    } else if (operator !== "BMC" && operator !== "MP" && names.length > 0) {
      return undefined;
    }
    if (operator === "q") saved++;
    if (operator === "Q" && --saved < 0) return undefined;
    if ((operator === "BT" && inText) || (operator === "ET" && !inText)) return undefined;
    if (operator === "BT" || operator === "ET") inText = operator === "BT";
    if (operator === "BMC" || operator === "BDC") marked++;
    if (operator === "EMC" && --marked < 0) return undefined;
  }
  if (saved !== 0 || inText || marked !== 0) return undefined;
  const render = (aliases: ReadonlyMap<string, string>) => {
    const out: string[] = [];
    let copiedTo = 0;
    for (const { operator, operands, start, end } of operations) {
      const [font, size] = operands;
      if (operator !== "Tf" || font?.type !== "name" || size === undefined) continue;
      const alias = aliases.get(font.value) ?? font.value;
      out.push(text.slice(copiedTo, start), `${formatName(alias)} ${text.slice(size.start, size.end)} Tf`);
      copiedTo = end;
    }
    out.push(text.slice(copiedTo));
    return out.join("");
  };
  return { fonts, render };
}
