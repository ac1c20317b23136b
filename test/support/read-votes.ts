// What the text-layer repair's document-wide fixes read of a stream's votes, as plain data two repairs can be compared by.

import type { TextScan } from "../../src/stages/postprocess-pdf/scan-text-spans.js";

/** Each glyph's font and codes, each kept span's text and whether it is regular, and whether the stream had soft hyphens. */
export const readVotes = (voters: TextScan) => ({
  loose: voters.looseDraws.map(({ font, codes }) => ({ font, codes })),
  spans: voters.spans.map((entry) => ({ text: entry.text, regular: entry.regular, draws: entry.draws.map(({ font, codes }) => ({ font, codes })) })),
  softHyphens: voters.softHyphens,
});
