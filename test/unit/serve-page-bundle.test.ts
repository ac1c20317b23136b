// Covers the page scripts served as one (browser-session.ts's PAGE_BUNDLE_URL): every file, in load order, as a script the browser may keep.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { listPageBundle, listPageFiles, PAGE_BUNDLE_URL, PAGE_SCRIPT_URLS, PAGED_JS_URL } from "../../src/stages/paginate/browser-session.js";
import { startAssetServer } from "../../src/stages/paginate/serve-assets.js";

describe("the page bundle", () => {
  it("lists Paged.js, then every page script in load order", () => {
    const files = listPageFiles();
    expect(listPageBundle(files)[PAGE_BUNDLE_URL]).toEqual([PAGED_JS_URL, ...PAGE_SCRIPT_URLS].map((url) => files[url]));
  });

  it("is served as every file's text in that order, each named, as cacheable JavaScript", async () => {
    const files = listPageFiles();
    const joined = listPageBundle(files);
    const server = await startAssetServer({ folders: {}, files, joined });
    try {
      const response = await fetch(server.origin + PAGE_BUNDLE_URL);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^text\/javascript/);
      expect(response.headers.get("cache-control")).toContain("max-age");
      const text = await response.text();
      let from = 0;
      for (const file of joined[PAGE_BUNDLE_URL] as string[]) {
        const at = text.indexOf(readFileSync(file, "utf8"), from);
        expect(at, file).toBeGreaterThanOrEqual(from);
        from = at + 1;
      }
      // The same text the second time (read once), and each file still served on its own.
      expect(await (await fetch(server.origin + PAGE_BUNDLE_URL)).text()).toBe(text);
      expect((await fetch(server.origin + PAGE_SCRIPT_URLS[0])).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
