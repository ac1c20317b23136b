// Stands in for fflate in dist/bundle/: pdf-lib's deflate and inflate, run by Node's zlib instead of JavaScript.

import { deflateSync, inflateRawSync, inflateSync } from "node:zlib";

/**
 * pdf-lib compresses every stream it writes with fflate, a deflate written in JavaScript: the object streams of
 * each PDF it saves (about 70 ms of Node's thread for the 200-page benchmark, cold) and the streams it makes.
 * Node's zlib (C) gives the same FlateDecode format at the same level in a third of the time or less; the bytes
 * differ, what they decode to does not. These are the three functions pdf-lib imports from fflate, with the
 * options it passes.
 */

/**
 * @param {Uint8Array} data
 * @param {{ level?: number }} [options]
 * @returns {Uint8Array}
 */
export function zlibSync(data, options) {
  return toBytes(deflateSync(data, { level: options?.level ?? 6 }));
}

/**
 * @param {Uint8Array} data zlib-wrapped deflate data
 * @returns {Uint8Array}
 */
export function unzlibSync(data) {
  return toBytes(inflateSync(data));
}

/**
 * @param {Uint8Array} data raw deflate data
 * @returns {Uint8Array}
 */
function inflateRaw(data) {
  return toBytes(inflateRawSync(data));
}
export { inflateRaw as inflateSync };

/**
 * A plain Uint8Array over the Buffer's bytes: pdf-lib only reads them, and some of its checks look for Uint8Array itself.
 * @param {Buffer} buffer
 */
function toBytes(buffer) {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
