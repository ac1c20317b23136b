// Turns the bytes of PDF text strings (ActualText, ToUnicode destinations) into JavaScript strings and back.

/** UTF-16BE code units as a string (surrogate pairs stay pairs). */
export function decodeUtf16Be(bytes: Uint8Array): string {
  let text = "";
  for (let at = 0; at + 1 < bytes.length; at += 2) text += String.fromCharCode(((bytes[at] as number) << 8) | (bytes[at + 1] as number));
  return text;
}

/** Upper-case hex of a string's UTF-16BE code units, as a ToUnicode destination is written. */
export function encodeUtf16BeHex(text: string): string {
  let hex = "";
  for (let index = 0; index < text.length; index++) hex += text.charCodeAt(index).toString(16).toUpperCase().padStart(4, "0");
  return hex;
}

/**
 * A PDF text string: UTF-16BE after a byte order mark (what Chrome writes), UTF-8 after one (PDF 2.0), else
 * PDFDocEncoding. PDFDocEncoding differs from Latin-1 in 0x18-0x1F and 0x7F-0xA0; those give undefined
 * rather than a guess, and so does malformed UTF-8 or an odd number of UTF-16 bytes.
 */
export function decodeTextString(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return bytes.length % 2 === 0 ? decodeUtf16Be(bytes.subarray(2)) : undefined;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(3));
    } catch {
      return undefined;
    }
  }
  let text = "";
  for (const byte of bytes) {
    if ((byte >= 0x18 && byte <= 0x1f) || (byte >= 0x7f && byte <= 0xa0)) return undefined;
    text += String.fromCharCode(byte);
  }
  return text;
}
