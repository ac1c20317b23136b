// Renders text with line-break points in web and e-mail addresses where a reader expects them: after //, before / . ? and the like (pure).

/** An address in running text: a URL with its scheme or www., or an e-mail address. */
const ADDRESS = /(?:https?:\/\/|www\.)[^\s<>"«»“”]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;
/** Closing punctuation of the sentence, not of the address. */
const TRAILING = /[.,;:!?)\]'’]+$/;
/** Shorter addresses stay whole: one moves to the next line as a long word does, rather than break at a line end. */
const SHORTEST_BROKEN = 20;
/** Before these an address may break (Chicago Manual 14.18): the sign starts the next line, so no one reads it as a hyphen. */
const BREAK_BEFORE = new Set(["/", "~", ".", ",", "-", "_", "?", "#", "%", "@", "=", "&"]);

/**
 * With nothing to break at, a long address in a narrow column broke anywhere ("www.example.org/a/very/lon" /
 * "g/path"), a line end inside a word. <wbr> gives the line breaker the places a reader expects and adds no
 * character, so copying the address from the PDF still gives the address.
 */
export function renderWithAddressBreaks(text: string, escape: (text: string) => string, wholeAddress = false): string {
  if (wholeAddress) return breakAddress(text).map(escape).join("<wbr>");
  if (!/:\/\/|www\.|@/i.test(text)) return escape(text);
  let html = "";
  let last = 0;
  for (const match of text.matchAll(ADDRESS)) {
    const address = match[0].replace(TRAILING, "");
    const start = match.index ?? 0;
    html += escape(text.slice(last, start)) + breakAddress(address).map(escape).join("<wbr>");
    last = start + address.length;
  }
  return html + escape(text.slice(last));
}

/** The address cut where a line may end: after // and a colon, before the signs above, after = and &; a short one whole. */
export function breakAddress(address: string): string[] {
  if (address.length < SHORTEST_BROKEN) return [address];
  const pieces: string[] = [];
  let piece = "";
  for (let index = 0; index < address.length; index++) {
    const sign = address[index] as string;
    const before = address[index - 1] ?? "";
    const inDoubleSlash = sign === "/" && (before === "/" || address[index + 1] === "/");
    const afterDoubleSlash = before === "/" && address[index - 2] === "/";
    const breaks =
      piece !== "" && ((BREAK_BEFORE.has(sign) && !inDoubleSlash) || afterDoubleSlash || (before === ":" && sign !== "/") || before === "=" || before === "&");
    if (breaks) {
      pieces.push(piece);
      piece = "";
    }
    piece += sign;
  }
  if (piece) pieces.push(piece);
  return pieces;
}
