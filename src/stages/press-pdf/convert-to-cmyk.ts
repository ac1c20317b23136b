// Converts a press PDF to CMYK with Ghostscript, black and gray text on the black plate only.

import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PDFDocument } from "@cantoo/pdf-lib";
import { listContentStreams } from "./list-content-streams.js";
import { setNeutralsToBlackInk } from "./set-neutrals-to-black-ink.js";
import { LOAD_AT_ONCE } from "../../shared/pdf-at-once.js";
import { savePdf } from "../../shared/save-pdf.js";

/** Names the Ghostscript program; tests point it at a missing file to check the message. */
export const GS_ENV = "PRESSROOM_GS";

export type CmykResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: string; hint: string };

/**
 * Not -dBlackText: it paints every text black, coloured kickers included. Neutral colours are rewritten as
 * black ink before Ghostscript (which keeps DeviceCMYK as it is) and everything else is converted by it.
 * Not -dPDFX either: on Chrome's PDFs with transparency it rasterised whole pages (see PITFALLS.md).
 */
export async function convertToCmyk(pdf: Uint8Array, env: NodeJS.ProcessEnv, timeoutMs = 120_000): Promise<CmykResult> {
  const gs = env[GS_ENV] || "gs";
  const dir = await mkdtemp(path.join(os.tmpdir(), "pressroom-cmyk-"));
  try {
    const input = path.join(dir, "in.pdf");
    const output = path.join(dir, "out.pdf");
    await writeFile(input, await setBlackInk(pdf));
    const args = [
      "-dSAFER", "-dBATCH", "-dNOPAUSE", "-dQUIET",
      "-sDEVICE=pdfwrite",
      "-sColorConversionStrategy=CMYK",
      "-sProcessColorModel=DeviceCMYK",
      "-dEmbedAllFonts=true",
      "-dAutoRotatePages=/None",
      `-sOutputFile=${output}`,
      input,
    ];
    // Ghostscript 10.0x's new PDF reader lost some characters' text maps (an em dash read back as "4") and took
    // five times as long on these files; the old reader, where there still is one, keeps them. Newer versions without it retry plain.
    const first = await runProgram(gs, ["-dNEWPDF=false", ...args], timeoutMs);
    const run = first.error ? await runProgram(gs, args, timeoutMs) : first;
    if (run.missing) {
      return {
        ok: false,
        reason: `Ghostscript ("${gs}") is not installed, so the press PDF could not be converted to CMYK.`,
        hint: "Install it (on Debian or Ubuntu: `sudo apt-get install ghostscript`, or run `npm run setup`) and build again. The press PDF was kept in RGB.",
      };
    }
    if (run.error) {
      return {
        ok: false,
        reason: `Ghostscript could not convert the press PDF to CMYK: ${run.error}`,
        hint: "The press PDF was kept in RGB. Send it as it is (most print shops convert RGB themselves), or build again with --debug and report the message.",
      };
    }
    return { ok: true, bytes: new Uint8Array(await readFile(output)) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function setBlackInk(pdf: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, LOAD_AT_ONCE);
  for (const stream of listContentStreams(doc)) {
    const rewritten = setNeutralsToBlackInk(stream.text);
    if (rewritten !== stream.text) stream.replace(rewritten);
  }
  return savePdf(doc, { useObjectStreams: false });
}

function runProgram(file: string, args: string[], timeoutMs: number): Promise<{ missing?: boolean; error?: string }> {
  return new Promise((resolve) => {
    execFile(file, args, { timeout: timeoutMs, maxBuffer: 4 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (!error) return resolve({});
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return resolve({ missing: true });
      const detail = String(stderr).trim().split("\n").filter(Boolean).slice(-1)[0] ?? error.message;
      resolve({ error: detail });
    });
  });
}
