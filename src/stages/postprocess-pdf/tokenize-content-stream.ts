// Splits a PDF content stream (or a CMap, which has the same syntax) into tokens that know their byte offsets.

/**
 * A token of a content stream. The stream is read as a "binary string", one character per byte (latin1),
 * so `start` and `end` are byte offsets and a rewrite can copy everything it does not change byte for byte.
 */
export type Token =
  | { type: "number"; value: number; start: number; end: number }
  | { type: "string"; bytes: Uint8Array; start: number; end: number }
  | { type: "name"; value: string; start: number; end: number }
  | { type: "keyword"; value: string; start: number; end: number }
  | { type: "delimiter"; value: "[" | "]" | "<<" | ">>" | "{" | "}"; start: number; end: number }
  | { type: "inline-image-data"; start: number; end: number };

export class ContentSyntaxError extends Error {
  constructor(message: string, offset: number) {
    super(`${message} at byte ${offset}`);
    this.name = "ContentSyntaxError";
  }
}

// Byte classes by table: a stream has a token every few bytes, so this is the tokenizer's inner loop.
const WHITESPACE = 1;
const DELIMITER = 2;
const CLASSES = new Uint8Array(256);
for (const code of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) CLASSES[code] = WHITESPACE;
for (const code of [0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]) CLASSES[code] = DELIMITER;
const ESCAPES: Record<string, number> = { n: 0x0a, r: 0x0d, t: 0x09, b: 0x08, f: 0x0c, "(": 0x28, ")": 0x29, "\\": 0x5c };

// Bytes are 0-255: the text is read one character per byte.
export const isWhitespace = (code: number) => CLASSES[code] === WHITESPACE;
export const isRegular = (code: number) => CLASSES[code] === 0;

/** All tokens of `text` (one character per byte). Throws ContentSyntaxError where the syntax is broken. */
export function tokenizeContentStream(text: string): Token[] {
  const tokens: Token[] = [];
  const reader = createTokenReader(text);
  for (let token = reader.next(); token !== undefined; token = reader.next()) tokens.push(token);
  return tokens;
}

export interface TokenReader {
  /** The next token, undefined at the end. */
  next(): Token | undefined;
}

/**
 * Reads tokens one at a time from byte `start` (0, or where an earlier reading found a token), so a parser
 * never holds a whole stream's tokens (a page has hundreds of thousands). Throws ContentSyntaxError where the
 * syntax is broken.
 */
export function createTokenReader(text: string, start = 0): TokenReader {
  let at = start;
  // After ID, the inline image's data comes next.
  let imageDataNext = false;
  const next = (): Token | undefined => {
    if (imageDataNext) {
      imageDataNext = false;
      const data = readInlineImageData(text, at);
      at = data.end;
      return data;
    }
    while (at < text.length) {
      const code = text.charCodeAt(at);
      if (isWhitespace(code)) {
        at++;
        continue;
      }
      if (code === 0x25 /* % */) {
        while (at < text.length && text[at] !== "\n" && text[at] !== "\r") at++;
        continue;
      }
      const token = readToken(text, at, code);
      at = token.end;
      // An inline image's data is binary: it is not tokens, and runs up to the EI that ends it.
      imageDataNext = token.type === "keyword" && token.value === "ID";
      return token;
    }
    return undefined;
  };
  return { next };
}

/** The token starting at `at`, whose first byte is `code` (not whitespace, not a comment). */
function readToken(text: string, at: number, code: number): Token {
  switch (code) {
    case 0x28 /* ( */:
      return readLiteralString(text, at);
    case 0x3c /* < */:
      return text.charCodeAt(at + 1) === 0x3c ? { type: "delimiter", value: "<<", start: at, end: at + 2 } : readHexString(text, at);
    case 0x3e /* > */:
      if (text.charCodeAt(at + 1) === 0x3e) return { type: "delimiter", value: ">>", start: at, end: at + 2 };
      throw new ContentSyntaxError(`Unexpected ">"`, at);
    case 0x5b:
    case 0x5d:
    case 0x7b:
    case 0x7d:
      return { type: "delimiter", value: text[at] as "[" | "]" | "{" | "}", start: at, end: at + 1 };
    case 0x2f /* / */:
      return readName(text, at);
    case 0x29 /* ) */:
      throw new ContentSyntaxError(`Unexpected ")"`, at);
  }
  if ((code >= 0x30 && code <= 0x39) || code === 0x2b || code === 0x2d || code === 0x2e) return readNumber(text, at);
  let end = at;
  while (end < text.length && isRegular(text.charCodeAt(end))) end++;
  // Operators of up to three bytes are looked up by their bytes, without cutting a string out of the stream for each.
  const known = end - at <= 3 ? SHORT_OPERATORS.get(packBytes(text, at, end)) : undefined;
  if (known !== undefined) return { type: "keyword", value: known, start: at, end };
  const word = text.slice(at, end);
  return { type: "keyword", value: OPERATORS.get(word) ?? word, start: at, end };
}

/** Up to three bytes as one number, the first lowest: no byte of a keyword is 0, so no two keywords share one. */
function packBytes(text: string, start: number, end: number): number {
  let key = 0;
  for (let at = end - 1; at >= start; at--) key = key * 256 + text.charCodeAt(at);
  return key;
}

/** An integer or real: sign, digits, at most one point. */
function readNumber(text: string, start: number): Token {
  const cursor = { end: start };
  const value = scanNumber(text, start, cursor);
  if (Number.isNaN(value)) throw new ContentSyntaxError(`Malformed number "${text.slice(start, cursor.end)}"`, start);
  return { type: "number", value, start, end: cursor.end };
}

/**
 * The value of the number token at `start`, and in `cursor.end` the byte after it; NaN (with `cursor.end` after the
 * run of regular bytes) where that run is not a number. Read digit by digit, as the stream is mostly numbers: the
 * digits make an exact integer, so one division by a power of ten gives the same value as Number(). Without a
 * token object, for a reader that allocates nothing per glyph (scan-glyph-lines.ts).
 */
export function scanNumber(text: string, start: number, cursor: { end: number }): number {
  let at = start;
  let code = text.charCodeAt(at);
  const negative = code === 0x2d;
  if (code === 0x2b || code === 0x2d) code = text.charCodeAt(++at);
  let digits = 0;
  let value = 0;
  let scale = 1;
  for (; code >= 0x30 && code <= 0x39; code = text.charCodeAt(++at), digits++) value = value * 10 + code - 0x30;
  if (code === 0x2e) {
    for (code = text.charCodeAt(++at); code >= 0x30 && code <= 0x39; code = text.charCodeAt(++at), digits++) {
      value = value * 10 + code - 0x30;
      scale *= 10;
    }
  }
  let end = at;
  while (end < text.length && isRegular(text.charCodeAt(end))) end++;
  cursor.end = end;
  if (digits === 0 || end !== at) return Number.NaN;
  // Past 15 digits the integer is no longer exact.
  if (digits > 15) value = Math.abs(Number(text.slice(start, end)));
  else value /= scale;
  return negative ? -value : value;
}

// The operators as constant strings: code that switches on an operator then compares pointers, not characters.
const OPERATORS = new Map(
  "b b* B B* BDC BI BMC BT BX c cm CS cs d d0 d1 Do DP EI EMC ET EX f F f* G g gs h i ID j J K k l m M MP n q Q re RG rg ri s S SC sc SCN scn sh T* Tc Td TD Tf Tj TJ TL Tm Tr Ts Tw Tz v w W W* y ' \" true false null"
    .split(" ")
    .map((word) => [word, word]),
);
const SHORT_OPERATORS = new Map([...OPERATORS.keys()].filter((word) => word.length <= 3).map((word) => [packBytes(word, 0, word.length), word]));

/** `(…)` with balanced parentheses and backslash escapes; an unescaped line end inside reads as "\n". */
export function readLiteralString(text: string, start: number): Token {
  const bytes: number[] = [];
  let depth = 1;
  let at = start + 1;
  while (at < text.length) {
    const character = text[at] as string;
    if (character === "\\") {
      const next = text[at + 1];
      if (next === undefined) break;
      const escaped = ESCAPES[next];
      if (escaped !== undefined) {
        bytes.push(escaped);
        at += 2;
      } else if (/[0-7]/.test(next)) {
        const octal = /^[0-7]{1,3}/.exec(text.slice(at + 1, at + 4))?.[0] ?? "0";
        bytes.push(parseInt(octal, 8) & 0xff);
        at += 1 + octal.length;
      } else if (next === "\r" || next === "\n") {
        // A backslash at a line end continues the string on the next line.
        at += text.startsWith("\r\n", at + 1) ? 3 : 2;
      } else {
        // An unknown escape is the character itself.
        bytes.push(next.charCodeAt(0));
        at += 2;
      }
      continue;
    }
    if (character === "(") depth++;
    if (character === ")" && --depth === 0) return { type: "string", bytes: Uint8Array.from(bytes), start, end: at + 1 };
    if (character === "\r") {
      bytes.push(0x0a);
      at += text[at + 1] === "\n" ? 2 : 1;
      continue;
    }
    bytes.push(character.charCodeAt(0));
    at++;
  }
  throw new ContentSyntaxError("Unterminated string", start);
}

/** `<…>` of hex digits, whitespace ignored; an odd last digit is followed by an implied 0. */
export function readHexString(text: string, start: number): Token {
  const end = text.indexOf(">", start + 1);
  if (end === -1) throw new ContentSyntaxError("Unterminated hex string", start);
  // Chrome writes one per glyph drawn, without whitespace: decoded in one pass into an array sized for every
  // byte between the brackets being a digit, cut down only when some were whitespace.
  const bytes = new Uint8Array((end - start) >> 1);
  let index = 0;
  for (let at = start + 1; at < end; at++) {
    const code = text.charCodeAt(at);
    if (isWhitespace(code)) continue;
    const digit = parseHexDigit(code);
    if (digit === -1) throw new ContentSyntaxError("Bad hex string", start);
    bytes[index >> 1] = (bytes[index >> 1] as number) | (index % 2 === 0 ? digit << 4 : digit);
    index++;
  }
  const length = (index + 1) >> 1;
  return { type: "string", bytes: length === bytes.length ? bytes : bytes.slice(0, length), start, end: end + 1 };
}

export function parseHexDigit(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x41 && code <= 0x46) return code - 0x37;
  if (code >= 0x61 && code <= 0x66) return code - 0x57;
  return -1;
}

/** `/Name`, with #xx escapes decoded. */
export function readName(text: string, start: number): Token {
  let at = start + 1;
  while (at < text.length && isRegular(text.charCodeAt(at))) at++;
  const written = text.slice(start + 1, at);
  // Chrome writes no escapes: the pattern runs only for a name that has one.
  const value = written.includes("#") ? written.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : written;
  return { type: "name", value, start, end: at };
}

/**
 * The bytes after `ID` (and the one whitespace byte that follows it), up to the whitespace before `EI`. The
 * data can hold "EI" itself, so an `EI` only counts when the bytes after it look like content again
 * (no binary bytes just after), the same guess every PDF reader has to make.
 */
function readInlineImageData(text: string, idEnd: number): Token {
  const start = isWhitespace(text.charCodeAt(idEnd)) ? idEnd + 1 : idEnd;
  for (let at = text.indexOf("EI", start); at !== -1; at = text.indexOf("EI", at + 1)) {
    const before = text.charCodeAt(at - 1);
    const after = text.charCodeAt(at + 2);
    if (at - 1 < start || !isWhitespace(before) || !(at + 2 >= text.length || isWhitespace(after))) continue;
    const following = text.slice(at + 2, at + 18);
    if (!/^[\x09\x0a\x0d\x20-\x7e]*$/.test(following)) continue;
    return { type: "inline-image-data", start, end: at - 1 };
  }
  throw new ContentSyntaxError("Inline image without EI", idEnd);
}
