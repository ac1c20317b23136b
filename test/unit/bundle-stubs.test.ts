// scripts/bundle-stubs: what stands in for a dependency in dist/bundle/ still does its job, or says why it cannot.

import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { brotliCompressSync } from "node:zlib";
import * as fflate from "fflate";
import { describe, expect, it } from "vitest";
import decompress from "../../scripts/bundle-stubs/brotli-decompress.js";
import * as zlibStub from "../../scripts/bundle-stubs/fflate.js";
import { ProxyAgent } from "../../scripts/bundle-stubs/proxy-agent.js";

const DEBUG_STUB = new URL("../../scripts/bundle-stubs/debug.cjs", import.meta.url);

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

  it("makes loggers that print nothing and ask nothing of the terminal when DEBUG is not set", () => {
    const env = { ...process.env };
    delete env.DEBUG;
    // A process of its own, so the test's own environment does not decide which logger is made.
    const script = `
      const tty = require("node:tty");
      let asked = 0;
      const isatty = tty.isatty;
      tty.isatty = (fd) => (asked++, isatty(fd));
      const createDebug = require(${JSON.stringify(DEBUG_STUB.pathname)});
      const log = createDebug("puppeteer:protocol:SEND ►");
      log("a message");
      const child = log.extend("child");
      process.stdout.write(JSON.stringify([typeof log, log.enabled, child.namespace, child.enabled, createDebug.enabled("puppeteer:protocol:SEND ►"), asked]));
    `;
    const run = spawnSync(process.execPath, ["-e", script], { env, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual(["function", false, "puppeteer:protocol:SEND ►:child", false, false, 0]);
  });

  it("hands the loggers to debug itself when DEBUG names what to print", () => {
    const script = `
      const createDebug = require(${JSON.stringify(DEBUG_STUB.pathname)});
      createDebug("pressroom:shown")("printed");
      createDebug("pressroom:hidden")("not printed");
      process.stdout.write(JSON.stringify([createDebug("pressroom:shown").enabled, createDebug("pressroom:hidden").enabled]));
    `;
    const run = spawnSync(process.execPath, ["-e", script], { env: { ...process.env, DEBUG: "pressroom:shown" }, encoding: "utf8" });
    expect(JSON.parse(run.stdout)).toEqual([true, false]);
    expect(run.stderr).toContain("pressroom:shown printed");
    expect(run.stderr).not.toContain("not printed");
  });

  it("is the debug package the bundle runs", () => {
    const bundle = new URL("../../dist/bundle/", import.meta.url);
    const texts = readdirSync(bundle).filter((name) => name.endsWith(".js")).map((name) => readFileSync(new URL(name, bundle), "utf8"));
    expect(texts.some((text) => text.includes("function createSilentDebug("))).toBe(true);
  });
});
