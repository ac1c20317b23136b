// Paper sizes editors can name in front matter, in millimetres (portrait).

import type { Mm } from "../shared/units.js";

export const PAPER_NAMES = ["A3", "A4", "A5", "Letter", "Tabloid"] as const;
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
};

export function getPaperSize(name: PaperName): PaperSize {
  const [width, height] = SIZES[name];
  return { name, width, height };
}
