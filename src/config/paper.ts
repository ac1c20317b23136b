// Paper sizes editors can name in front matter and layout.yaml, in millimetres (portrait).

import type { Mm } from "../shared/units.js";

export const PAPER_NAMES = ["A3", "A4", "A5", "Letter", "Tabloid", "Half Letter"] as const;
export type PaperName = (typeof PAPER_NAMES)[number];

export interface PaperSize {
  name: PaperName;
  width: Mm;
  height: Mm;
}

const SIZES: Record<PaperName, [Mm, Mm]> = {
  A3: [297, 420],
  A4: [210, 297],
  A5: [148, 210],
  Letter: [215.9, 279.4],
  Tabloid: [279.4, 431.8],
  // 5.5 × 8.5 in: Letter folded in half, as A5 is A4 folded, so a booklet prints on Letter paper.
  "Half Letter": [139.7, 215.9],
};

/** Other names American printers and office software give the same sizes. */
const OTHER_NAMES: Record<string, PaperName> = {
  halfletter: "Half Letter",
  statement: "Half Letter",
  ledger: "Tabloid",
  "11x17": "Tabloid",
};

/** The names as a sentence lists them: "A3, A4, A5, Letter, Tabloid or Half Letter". */
export function listPaperNames(): string {
  return `${PAPER_NAMES.slice(0, -1).join(", ")} or ${PAPER_NAMES[PAPER_NAMES.length - 1]}`;
}

export function getPaperSize(name: PaperName): PaperSize {
  const [width, height] = SIZES[name];
  return { name, width, height };
}

/**
 * `paper: a4`, `US Letter`, `half-letter` or `Statement` as the paper's own name (A4, Letter, Half Letter);
 * anything else is given back unchanged for the schema to refuse with the list of names.
 */
export function readPaperName(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const plain = value.trim().replace(/^us\s+/i, "").toLowerCase();
  const known = PAPER_NAMES.find((name) => name.toLowerCase() === plain);
  return known ?? OTHER_NAMES[plain.replace(/[\s_-]+/g, "").replace("×", "x")] ?? value;
}
