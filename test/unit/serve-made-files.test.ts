// Covers the asset server's made files: served from memory at their URL only, gone once removed, no way to the disk.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startAssetServer } from "../../src/stages/paginate/serve-assets.js";

const root = mkdtempSync(path.join(os.tmpdir(), "pressroom-serve-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("asset server: files made for print", () => {
  it("serves made bytes at their URL with their type, then 404 once removed", async () => {
    const issue = path.join(root, "issue");
    mkdirSync(path.join(issue, "images"), { recursive: true });
    writeFileSync(path.join(root, "secret.txt"), "outside the issue");
    const server = await startAssetServer({ folders: { "/issue/": issue }, files: {} });
    try {
      const url = server.addFile("dawn photo.jpg", new Uint8Array([1, 2, 3]), "image/jpeg");
      expect(new URL(url).origin).toBe(server.origin);
      const response = await fetch(url);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/jpeg");
      expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([1, 2, 3]);
      // Nothing else under the made files' prefix, and no way out of it to the disk.
      const prefix = new URL(url).pathname.split("/").slice(0, 3).join("/");
      for (const probe of [`${prefix}/other.jpg`, `${prefix}/../../secret.txt`, `${prefix}/%2e%2e/%2e%2e/secret.txt`, "/_made/"]) {
        expect((await fetch(server.origin + probe)).status, probe).toBe(404);
      }
      server.removeFile(url);
      expect((await fetch(url)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
