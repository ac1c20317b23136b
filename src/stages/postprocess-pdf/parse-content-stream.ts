// Groups a content stream's tokens into operations (operands, then operator), each with the bytes it spans.

import { ContentSyntaxError, createTokenReader, type Token, type TokenReader } from "./tokenize-content-stream.js";

interface Span {
  start: number;
  end: number;
}

export type ContentValue = Span &
  (
    | { type: "number"; value: number }
    | { type: "string"; bytes: Uint8Array }
    | { type: "name"; value: string }
    | { type: "boolean"; value: boolean }
    | { type: "null" }
    | { type: "array"; items: ContentValue[] }
    | { type: "dict"; entries: Map<string, ContentValue> }
  );

/** One operator with its operands; `start`..`end` covers both, so the operation can be copied as written. */
export interface Operation extends Span {
  operator: string;
  operands: ContentValue[];
}

/**
 * The operations of a content stream or CMap, in order. An inline image (BI … ID data EI) is one operation
 * "BI" whose operand is the image dictionary. Throws ContentSyntaxError for what a reader could only guess at
 * (unbalanced brackets, a dictionary key that is not a name, operands left over at the end).
 */
export function parseContentStream(text: string): Operation[] {
  // A loop of its own rather than spreading readOperations: the generator made an iterator result per operation.
  const operations: Operation[] = [];
  const tokens = createTokenReader(text, 0);
  for (let operation = readOperation(tokens, text); operation !== undefined; operation = readOperation(tokens, text)) operations.push(operation);
  return operations;
}

/**
 * The same operations as parseContentStream, read one at a time as they are iterated, so that a caller that
 * walks a stream once holds none of them after use: a page is tens of thousands of operations, and keeping
 * them all until the page is done made most of the repair's time garbage collection. From byte `start`,
 * an operation's own start: the rest of the stream from there. The ContentSyntaxError comes when the
 * iteration reaches the broken syntax.
 */
export function* readOperations(text: string, start = 0): Generator<Operation, void, undefined> {
  const tokens = createTokenReader(text, start);
  for (let operation = readOperation(tokens, text); operation !== undefined; operation = readOperation(tokens, text)) yield operation;
}

/**
 * The one operation that starts at byte `start` (or after the whitespace and comments there), undefined at the end
 * of the stream: for a reader that handles the common operations itself and asks only for the others
 * (scan-glyph-lines.ts). `end` on the operation is where the next one starts.
 */
export function readOperationAt(text: string, start: number): Operation | undefined {
  return readOperation(createTokenReader(text, start), text);
}

/** The next operation of `tokens`, undefined at the end. */
function readOperation(tokens: TokenReader, text: string): Operation | undefined {
  const operands: ContentValue[] = [];
  for (let token = tokens.next(); token !== undefined; token = tokens.next()) {
    if (token.type === "keyword" && token.value === "BI") {
      const image = readInlineImage(tokens, token);
      return { operator: "BI", operands: [image.dict], start: token.start, end: image.end };
    }
    if (token.type === "keyword" && !isConstant(token.value)) return { operator: token.value, operands, start: operands[0]?.start ?? token.start, end: token.end };
    operands.push(readValue(tokens, token));
  }
  if (operands.length > 0) throw new ContentSyntaxError("Operands without an operator", operands[0]?.start ?? text.length);
  return undefined;
}

const isConstant = (word: string) => word === "true" || word === "false" || word === "null";

/** The value that starts with `token` (an array or dictionary reads on to its end). */
function readValue(tokens: TokenReader, token: Token): ContentValue {
  const { start, end } = token;
  switch (token.type) {
    // A number, string or name token already has the shape of its value: it is the value (no copy per glyph drawn).
    case "number":
    case "string":
    case "name":
      return token;
    case "keyword":
      if (token.value === "null") return { type: "null", start, end };
      if (token.value === "true" || token.value === "false") return { type: "boolean", value: token.value === "true", start, end };
      throw new ContentSyntaxError(`Operator "${token.value}" inside an operand`, start);
    case "delimiter":
      if (token.value === "[") return readArray(tokens, token);
      if (token.value === "<<") return readDict(tokens, token, ">>");
      throw new ContentSyntaxError(`Unexpected "${token.value}"`, start);
    case "inline-image-data":
      throw new ContentSyntaxError("Image data outside an inline image", start);
  }
}

function readArray(tokens: TokenReader, open: Token): ContentValue {
  const items: ContentValue[] = [];
  for (let token = tokens.next(); token !== undefined; token = tokens.next()) {
    if (token.type === "delimiter" && token.value === "]") return { type: "array", items, start: open.start, end: token.end };
    items.push(readValue(tokens, token));
  }
  throw new ContentSyntaxError("Unterminated array", open.start);
}

/** `<< /Key value … >>`, or an inline image's keys up to its ID (`close` "ID"). */
function readDict(tokens: TokenReader, open: Token, close: ">>" | "ID"): ContentValue & { type: "dict" } {
  const entries = new Map<string, ContentValue>();
  for (let token = tokens.next(); token !== undefined; token = tokens.next()) {
    if ((token.type === "delimiter" || token.type === "keyword") && token.value === close) return { type: "dict", entries, start: open.start, end: token.end };
    if (token.type !== "name") throw new ContentSyntaxError("Dictionary key is not a name", token.start);
    const value = tokens.next();
    if (value === undefined) break;
    entries.set(token.value, readValue(tokens, value));
  }
  throw new ContentSyntaxError("Unterminated dictionary", open.start);
}

/** BI, the image's keys and values, ID, its data, EI. */
function readInlineImage(tokens: TokenReader, bi: Token): { dict: ContentValue; end: number } {
  const dict = readDict(tokens, bi, "ID");
  const data = tokens.next();
  const ei = tokens.next();
  if (data?.type !== "inline-image-data" || ei?.type !== "keyword" || ei.value !== "EI") throw new ContentSyntaxError("Inline image without data", bi.start);
  return { dict, end: ei.end };
}
