// Decodes a percent-encoded URL part, keeping the text as written when it is not valid encoding.

export function decodeUriSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
