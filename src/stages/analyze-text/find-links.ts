// Finds web addresses and e-mail addresses written as plain text (pure).

/** scheme://anything, or www.anything, up to the first space or non-ASCII character. */
const SCHEMED = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[!-~]+/gi;
/** A bare domain with an optional path: riverside-commons.example/fa?x=1. The last label is letters. */
const BARE_DOMAIN = /(?<![\w.@/-])[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}(?::\d{1,5})?(?:[/?#][!-~]*)?/gi;
const EMAIL = /(?<![\w.+-])[a-z0-9._%+-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+/gi;
/** Sentence punctuation after an address belongs to the sentence. */
const TRAILING_PUNCTUATION = /[.,;:!?'"]$/;

/** [start, end) UTF-16 ranges of the addresses in `text`, in order, not overlapping. */
export function findLinks(text: string): [number, number][] {
  const found: [number, number][] = [];
  for (const pattern of [SCHEMED, EMAIL, BARE_DOMAIN]) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + trimAddress(match[0]).length;
      if (end > start && !found.some(([s, e]) => start < e && end > s)) found.push([start, end]);
    }
  }
  return found.sort((a, b) => a[0] - b[0]);
}

/** Drops trailing sentence punctuation, and closing brackets that have no opening one in the address. */
function trimAddress(address: string): string {
  let result = address;
  for (;;) {
    const last = result.at(-1) ?? "";
    const unmatched = (open: string, close: string) => last === close && result.split(close).length > result.split(open).length;
    if (TRAILING_PUNCTUATION.test(result) || unmatched("(", ")") || unmatched("[", "]")) result = result.slice(0, -1);
    else return result;
  }
}
