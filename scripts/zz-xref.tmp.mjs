import fs from "node:fs";
import { PDFDocument, PDFCrossRefStream } from "@cantoo/pdf-lib";
const code = process.argv[2], patch = process.argv[3] === "patch";
if (patch) {
  const original = PDFCrossRefStream.prototype.appendEntry;
  PDFCrossRefStream.prototype.appendEntry = function (entry) {
    const last = this.entries[this.entries.length - 1];
    if (!last || last.ref.objectNumber < entry.ref.objectNumber) this.entries.push(entry);
    else original.call(this, entry);
  };
}
const raw = JSON.parse(fs.readFileSync(`/tmp/s23/raw-${code}.json`, "utf8"));
const bytes = new Uint8Array(Buffer.from(raw.bytes, "base64"));
let t = performance.now();
const doc = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: Infinity });
const loadMs = performance.now() - t;
t = performance.now();
const out = await doc.save({ objectsPerTick: Infinity, useObjectStreams: true });
const saveMs = performance.now() - t;
console.log(code, patch ? "patch" : "orig ", "load", loadMs.toFixed(0), "save", saveMs.toFixed(0), out.length, (await import("node:crypto")).createHash("sha1").update(out).digest("hex").slice(0, 10), doc.context.enumerateIndirectObjects().length);
