// scripts/bundle-stubs: what stands in for a dependency in dist/bundle/ still does its job, or says why it cannot.

import { brotliCompressSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import decompress from "../../scripts/bundle-stubs/brotli-decompress.js";
import { ProxyAgent } from "../../scripts/bundle-stubs/proxy-agent.js";

describe("bundle stubs", () => {
  it("decompresses Brotli data as fontkit asks for a WOFF2 font, loading the decoder only then", () => {
    const text = "Printed on both sides, folded in three.";
    const packed = brotliCompressSync(Buffer.from(text));
    const unpacked = decompress(packed, text.length);
    expect(Buffer.from(unpacked).toString()).toBe(text);
  });

  it("refuses to make a proxy agent, saying pressroom downloads no browser", () => {
    expect(() => new ProxyAgent()).toThrow(/does not download browsers/);
  });
});
