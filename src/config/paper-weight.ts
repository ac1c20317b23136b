// The paper weights (g/m²) an issue may name for its booklet's creep, and the office paper assumed otherwise.

/** The weight of office paper (g/m²), which a booklet's creep is allowed for unless the issue names another. */
export const OFFICE_PAPER_WEIGHT = 80;

/** The weights `paper-weight` and --paper-weight take: thin copier paper to card. */
export const PAPER_WEIGHT_RANGE = { min: 40, max: 350 } as const;

/** A weight written as on a ream's label ("120 g/m²", "120gsm", "120 g/m2"): its number, or undefined for anything else. */
export function readPaperWeight(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(?:g\s*\/\s*m[²2]|gsm|g)?\s*$/i.exec(text);
  return match ? Number(match[1]) : undefined;
}
