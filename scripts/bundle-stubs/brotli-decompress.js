// Stands in for brotli/decompress.js in dist/bundle/: fontkit needs Brotli only to open a WOFF2 font, and loads it then.

import { createRequire } from "node:module";

/**
 * fontkit imports Brotli's decoder as it loads, and the decoder builds its 122,880-byte dictionary from an array
 * literal as it loads: 1.4 MB of the bundle, read and run in every build for the glyph check (loading fontkit's chunk
 * took 105 to 130 ms, now 65 to 73), though no font pressroom opens is WOFF2 (the glyph check reads .ttf and .otf
 * files, the text-layer repair the fonts embedded in Chrome's PDF). Should one ever be, the decoder loads from
 * node_modules on first use.
 */
const load = createRequire(import.meta.url);

/**
 * @param {Uint8Array} buffer Brotli-compressed bytes
 * @param {number} [outSize] their size once decompressed, when known
 * @returns {Uint8Array}
 */
export default function decompress(buffer, outSize) {
  return load("brotli/decompress.js")(buffer, outSize);
}
