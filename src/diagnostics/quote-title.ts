// Puts a title (an article's, a column's head) in quotation marks for a message, once: one already in quotes keeps its own (pure).

/** Marks a title may open and close with: curly, straight, guillemets, low-9, corner brackets. */
const OPENING = /^["“„«‘'‹「]/u;
const CLOSING = /["”“»’'›」]$/u;

/**
 * Messages name an article by its headline in “ ”. A headline that is itself a quotation (“Freedom of criticism”)
 * printed as ““Freedom of criticism”” so: it keeps its own marks. One that only holds a quotation has it turned
 * to single marks inside the double ones, as a quotation within a quotation is printed: “The ‘great majority’”.
 */
export function quoteTitle(title: string): string {
  const text = title.trim();
  if (OPENING.test(text) && CLOSING.test(text)) return text;
  return `“${text.replace(/“/g, "‘").replace(/”/g, "’")}”`;
}
