// Walks a token list's text blocks (open, inline, close) from its end, so a core rule can put others in one's place (pure).

import type { Token } from "markdown-it";

/**
 * `replace` sees each block whose middle token is its inline text and returns the tokens to stand in its place,
 * or undefined to leave it. From the end, so what it adds is never walked again.
 */
export function replaceBlocks(tokens: Token[], replace: (open: Token, inline: Token, close: Token) => Token[] | undefined): void {
  for (let index = tokens.length - 3; index >= 0; index--) {
    const [open, inline, close] = [tokens[index], tokens[index + 1], tokens[index + 2]];
    if (!open || inline?.type !== "inline" || !close) continue;
    const made = replace(open, inline, close);
    if (made) tokens.splice(index, 3, ...made);
  }
}
