// Types for unicode-name (it ships none): the official name of a character, e.g. "THAI CHARACTER KO KAI".

declare module "unicode-name" {
  export function unicodeName(char: string | number): string | undefined;
}
