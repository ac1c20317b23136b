// scripts/bundle-stubs: what stands in for a dependency in dist/bundle/ still does its job, or says why it cannot.

import { brotliCompressSync } from "node:zlib";
import * as fflate from "fflate";
import { describe, expect, it } from "vitest";
import decompress from "../../scripts/bundle-stubs/brotli-decompress.js";
import * as zlibStub from "../../scripts/bundle-stubs/fflate.js";
import { ProxyAgent } from "../../scripts/bundle-stubs/proxy-agent.js";

describe("bundle stubs", () => {
  it("decompresses Brotli data as fontkit asks for a WOFF2 font, loading the decoder only then", () => {
    const text = "Printed on both sides, folded in three.";
    const packed = brotliCompressSync(Buffer.from(text));
    const unpacked = decompress(packed, text.length);
    expect(Buffer.from(unpacked).toString()).toBe(text);
  });

  it("deflates and inflates as fflate does, for every function pdf-lib imports from it", () => {
    const text = new TextEncoder().encode("BT /F1 10 Tf 1 0 0 -1 49 33650 Tm <0016> Tj 6.708 0 Td <0013> Tj ET\n".repeat(200));
    // Data the stub compressed reads back through fflate, and the other way round: the same FlateDecode format.
    expect(fflate.unzlibSync(zlibStub.zlibSync(text))).toEqual(text);
    expect(zlibStub.unzlibSync(fflate.zlibSync(text))).toEqual(text);
    expect(zlibStub.inflateSync(fflate.deflateSync(text))).toEqual(text);
    // pdf-lib's PNG encoder passes a level; level 0 stores the data uncompressed.
    expect(zlibStub.zlibSync(text, { level: 0 }).length).toBeGreaterThan(text.length);
    expect(zlibStub.zlibSync(text).length).toBeLessThan(text.length / 10);
    expect(zlibStub.zlibSync(text)).toBeInstanceOf(Uint8Array);
  });

  it("refuses to make a proxy agent, saying pressroom downloads no browser", () => {
    expect(() => new ProxyAgent()).toThrow(/does not download browsers/);
  });
});
