// Chromium's console words for what it refused before any request: the address, so pressroom can report it.

import { describe, expect, it } from "vitest";
import { isBlockedInlineScript, readBlockedUrl } from "../../src/stages/paginate/read-blocked-url.js";

describe("readBlockedUrl", () => {
  it("reads the address from Content-Security-Policy refusals and local-file refusals, old and new wording", () => {
    expect(readBlockedUrl(`Loading the stylesheet 'http://127.0.0.1:9/steal.css' violates the following Content Security Policy directive: "style-src 'self' 'unsafe-inline'". The action has been blocked.`)).toBe("http://127.0.0.1:9/steal.css");
    expect(readBlockedUrl(`Loading the image 'http://localhost:9/p.png' violates the following Content Security Policy directive: "img-src 'self' data:". The action has been blocked.`)).toBe("http://localhost:9/p.png");
    expect(readBlockedUrl(`Refused to load the script 'https://example.invalid/evil.js' because it violates the following Content Security Policy directive: "script-src 'self'".`)).toBe("https://example.invalid/evil.js");
    expect(readBlockedUrl("Not allowed to load local resource: file:///etc/hostname")).toBe("file:///etc/hostname");
  });

  it("leaves other console errors alone, and knows a refused inline script", () => {
    expect(readBlockedUrl("Failed to load resource: the server responded with a status of 404 (Not Found)")).toBeNull();
    expect(readBlockedUrl("Uncaught TypeError: x is not a function")).toBeNull();
    expect(isBlockedInlineScript(`Executing inline script violates the following Content Security Policy directive 'script-src 'self''.`)).toBe(true);
    expect(isBlockedInlineScript(`Refused to execute inline script because it violates the following Content Security Policy directive: "script-src 'self'".`)).toBe(true);
    expect(isBlockedInlineScript("Not allowed to load local resource: file:///x")).toBe(false);
  });
});
