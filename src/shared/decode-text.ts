// Decodes an article or issue file's bytes as text: UTF-8, or UTF-16 with its byte order mark (Notepad's "Unicode"); anything else is a located error (pure).

import { ContentError } from "../diagnostics/errors.js";

const SAVE_AS_UTF8 =
  'Open it in your editor and save it again as UTF-8: in Notepad, File > Save as, Encoding "UTF-8"; in TextEdit, Format > Make Plain Text, then save with "Unicode (UTF-8)"; in Word, save as Plain Text and choose "Unicode (UTF-8)".';

/**
 * A file's text. UTF-8 (with or without a byte order mark), and UTF-16 that starts with its byte order mark, as
 * Notepad saves "Unicode": it was refused as "not a text file" for its zero bytes. Bytes that are not UTF-8 (a
 * file saved in Windows' or a Mac's own encoding) stop the build at the first of them, by line and column, with
 * what the byte would be in Windows' encoding when it is a curly quote or a dash, the usual culprits: guessing the
 * whole encoding could print an Arabic file saved as Windows-1256 as Latin letters.
 */
export function decodeText(buffer: Uint8Array, displayPath: string): string {
  const utf16 = buffer[0] === 0xff && buffer[1] === 0xfe ? "utf-16le" : buffer[0] === 0xfe && buffer[1] === 0xff ? "utf-16be" : undefined;
  if (utf16) {
    let text: string;
    try {
      // The byte order mark is read, not kept.
      text = new TextDecoder(utf16, { fatal: true }).decode(buffer);
    } catch {
      throw notText(displayPath);
    }
    // A zero character is no more text in UTF-16 than a zero byte is in UTF-8.
    if (text.includes("\u0000")) throw notText(displayPath);
    return text;
  }
  if (buffer.includes(0)) throw notText(displayPath);
  const bad = findInvalidUtf8(buffer);
  if (bad === undefined) return new TextDecoder("utf-8").decode(buffer);
  const before = new TextDecoder("utf-8").decode(buffer.subarray(0, bad));
  const line = before.split("\n").length;
  const column = Array.from(before.slice(before.lastIndexOf("\n") + 1)).length + 1;
  const byte = buffer[bad] as number;
  const windows = readWindows1252(byte);
  const guess = windows ? ` (in Windows' own encoding, “${windows}”)` : "";
  throw new ContentError("file-not-utf8", `${displayPath} is not saved as UTF-8 text: line ${line} has a byte pressroom cannot read as a letter${guess}.`, {
    hint: SAVE_AS_UTF8,
    location: { file: displayPath, line, column },
  });
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence; undefined if there is none. */
export function findInvalidUtf8(bytes: Uint8Array): number | undefined {
  for (let at = 0; at < bytes.length; ) {
    const lead = bytes[at] as number;
    if (lead < 0x80) {
      at += 1;
      continue;
    }
    // The second byte's range depends on the lead (no overlong forms, no surrogates, nothing past U+10FFFF).
    const [length, low, high] =
      lead >= 0xc2 && lead <= 0xdf ? [2, 0x80, 0xbf]
      : lead === 0xe0 ? [3, 0xa0, 0xbf]
      : lead === 0xed ? [3, 0x80, 0x9f]
      : lead >= 0xe1 && lead <= 0xef ? [3, 0x80, 0xbf]
      : lead === 0xf0 ? [4, 0x90, 0xbf]
      : lead === 0xf4 ? [4, 0x80, 0x8f]
      : lead >= 0xf1 && lead <= 0xf3 ? [4, 0x80, 0xbf]
      : [0, 0, 0];
    if (length === 0) return at;
    const second = bytes[at + 1];
    if (second === undefined || second < low || second > high) return at;
    for (let next = 2; next < length; next++) {
      const byte = bytes[at + next];
      if (byte === undefined || byte < 0x80 || byte > 0xbf) return at;
    }
    at += length;
  }
  return undefined;
}

/** Windows-1252's 0x80 to 0x9F, the typographic characters a Windows program writes there (Node's own decoder reads that label as Latin-1's control characters). */
const WINDOWS_1252 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

/**
 * What `byte` is in Windows-1252, if it is one of the quotes, dashes and signs it puts at 0x80 to 0x9F (most
 * Windows encodings, Arabic's too, put the same there). Above them each encoding has its own letters: a guess
 * would name a Latin letter for an Arabic one.
 */
function readWindows1252(byte: number): string | undefined {
  const char = byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252[byte - 0x80] : undefined;
  return char && /\P{Cc}/u.test(char) ? char : undefined;
}

function notText(displayPath: string): ContentError {
  return new ContentError("file-not-text", `${displayPath} is not a text file.`, {
    hint: "Articles must be Markdown text files saved as UTF-8. Move other files into images/ or out of the issue folder.",
    location: { file: displayPath },
  });
}
