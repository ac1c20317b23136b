// Reads, from a console message of Chromium's, the address it refused to load (a Content-Security-Policy violation or a local file) (pure).

/**
 * Chromium refuses these before any request exists, so request interception never sees them; it says so on
 * the console, which is where pressroom hears of them. Older Chromium words the first kind "Refused to load...".
 */
const PATTERNS = [
  /^Loading the [\w -]+ '([^']+)' violates the following Content Security Policy/,
  /^Refused to (?:load|connect to|frame|execute script from|apply style from)[^']*'([^']+)'/,
  /^Not allowed to load local resource: (\S+)/,
];

export function readBlockedUrl(consoleText: string): string | null {
  for (const pattern of PATTERNS) {
    const match = pattern.exec(consoleText);
    if (match?.[1]) return match[1];
  }
  return null;
}

/** Chromium's word that it did not run a script written into the page (the policy allows scripts from pressroom's own files only). */
export function isBlockedInlineScript(consoleText: string): boolean {
  return /^(Executing inline (event handler|script)|Refused to execute inline (event handler|script))/.test(consoleText);
}
