// Covers reading a file's bytes as text: UTF-8, UTF-16 with its byte order mark (Notepad's "Unicode"), and bytes that are neither, located.

import { describe, expect, it } from "vitest";
import { ContentError } from "../../src/diagnostics/errors.js";
import { decodeText, findInvalidUtf8 } from "../../src/shared/decode-text.js";

const ARTICLE = "---\ntitle: The café opens\n---\n\nSoup for everyone, “free” on Monday. يوم السوق 🍲\n";
const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
const utf16be = (text: string) => Buffer.from(utf16le(text).swap16());
const caught = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error as ContentError;
  }
  throw new Error("no error");
};

describe("decodeText", () => {
  it("reads UTF-8, with or without a byte order mark", () => {
    expect(decodeText(Buffer.from(ARTICLE), "a.md")).toBe(ARTICLE);
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE)]), "a.md")).toBe(ARTICLE);
  });

  it("reads UTF-16 that starts with its byte order mark, little- or big-endian, as Notepad saves 'Unicode': it was 'not a text file'", () => {
    expect(decodeText(utf16le(ARTICLE), "a.md")).toBe(ARTICLE);
    expect(decodeText(utf16be(ARTICLE), "a.md")).toBe(ARTICLE);
    expect(caught(() => decodeText(utf16le("Text\u0000 with a zero"), "a.md")).code).toBe("file-not-text");
  });

  it("stops at the first byte that is not UTF-8, by line and column, naming the curly quote Windows meant by it", () => {
    const ansi = Buffer.from("---\ntitle: Market\n---\n\nThe first line is plain.\nThe market\x92s stalls open on \x93Saturday\x94.\n", "latin1");
    const error = caught(() => decodeText(ansi, "issues/x/03-market.md"));
    expect(error).toBeInstanceOf(ContentError);
    expect([error.code, error.message, error.location]).toEqual([
      "file-not-utf8",
      "issues/x/03-market.md is not saved as UTF-8 text: line 6 has a byte pressroom cannot read as a letter (in Windows' own encoding, “’”).",
      { file: "issues/x/03-market.md", line: 6, column: 11 },
    ]);
    expect(error.hint).toMatch(/in Notepad, File > Save as, Encoding "UTF-8"/);
    // An Arabic letter saved as Windows-1256 (0xC7, alef) is not named: in Windows-1252 it would be "Ç".
    const arabic = caught(() => decodeText(Buffer.from([0x61, 0x0a, 0xc7, 0x20]), "a.md"));
    expect([arabic.message, arabic.location]).toEqual(["a.md is not saved as UTF-8 text: line 2 has a byte pressroom cannot read as a letter.", { file: "a.md", line: 2, column: 1 }]);
  });

  it("refuses a file with zero bytes that is not UTF-16: not a text file", () => {
    expect(caught(() => decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]), "a.md")).code).toBe("file-not-text");
  });
});

describe("findInvalidUtf8", () => {
  it("passes well-formed UTF-8 up to four bytes a character, and finds overlong forms, surrogates, code points past U+10FFFF and a cut sequence", () => {
    expect(findInvalidUtf8(Buffer.from("aé€🍲"))).toBeUndefined();
    expect(findInvalidUtf8(Uint8Array.of(0x61, 0xc0, 0x80))).toBe(1);
    expect(findInvalidUtf8(Uint8Array.of(0xe0, 0x80, 0x80))).toBe(0);
    expect(findInvalidUtf8(Uint8Array.of(0x61, 0xed, 0xa0, 0x80))).toBe(1);
    expect(findInvalidUtf8(Uint8Array.of(0xf4, 0x90, 0x80, 0x80))).toBe(0);
    expect(findInvalidUtf8(Uint8Array.of(0x61, 0x62, 0xe2, 0x82))).toBe(2);
    expect(findInvalidUtf8(Uint8Array.of(0x80))).toBe(0);
  });
});
