// Inflates and deflates content as binary strings (one character per byte), with Node's zlib and nothing of pdf-lib, so a worker can load it quickly.

import { deflateSync, inflateSync } from "node:zlib";

/** FlateDecode data, read one character per byte. Throws where the data is not valid zlib. */
export function inflateText(bytes: Uint8Array): string {
  const inflated = inflateSync(bytes);
  return inflated.toString("latin1");
}

/** `text` (one character per byte) compressed as FlateDecode data. */
export function deflateText(text: string): Uint8Array {
  return deflateSync(Buffer.from(text, "latin1"));
}
