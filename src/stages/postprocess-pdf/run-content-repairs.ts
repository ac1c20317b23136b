// Runs content-repair tasks on a pool of worker threads, created for one repair and ended with it.

import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { ContentOutcome, ContentTask, GlyphScanBatch, PlainFont, WorkerFonts } from "./content-repair-task.js";
import type { GlyphScan } from "./scan-printed-glyphs.js";

/**
 * The compiled worker, next to this file in dist/. Tests (vitest) import the TypeScript sources, where
 * only content-repair-worker.ts exists, which Node cannot run as a worker: there the repair stays in-thread.
 */
const WORKER_URL = new URL("./content-repair-worker.js", import.meta.url);

/**
 * A worker's young generation, in MB. Every glyph drawn allocates tokens, operations and text states that die
 * young: a larger one made most scavenges unnecessary (measured: the worker's work took ~15% less). Since the
 * repair reads operations as it goes, none outlives its page: 16, 32 and 64 MB measured the same.
 */
const YOUNG_GENERATION_MB = 64;

/** Whether workers can run here (the compiled worker file exists). */
export function canRunContentRepairs(): boolean {
  return WORKER_URL.protocol === "file:" && existsSync(fileURLToPath(WORKER_URL));
}

/**
 * Each task's outcome, in order; undefined for a task no worker finished (one failed, or died): the caller
 * repairs those targets in-thread, so a worker's failure never loses a page.
 */
export async function runContentRepairs(tasks: readonly ContentTask[], fonts: PlainFont[], workerCount: number): Promise<(ContentOutcome | undefined)[]> {
  const outcomes: (ContentOutcome | undefined)[] = new Array(tasks.length).fill(undefined);
  const workerData: WorkerFonts = { fonts };
  const workers = Array.from({ length: Math.min(workerCount, tasks.length) }, () => new Worker(WORKER_URL, { workerData, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } }));
  // Tasks are handed out one at a time as workers finish, so a worker given heavy pages does not hold up the rest.
  let next = 0;
  const serve = (worker: Worker) =>
    new Promise<void>((resolve) => {
      let current = -1;
      const sendNext = () => {
        if (next >= tasks.length) return resolve();
        current = next++;
        worker.postMessage(tasks[current]);
      };
      worker.on("message", (outcome: ContentOutcome | undefined) => {
        outcomes[current] = outcome;
        sendNext();
      });
      // A worker that fails leaves its task's outcome undefined; the others take on the rest.
      worker.on("error", () => resolve());
      worker.on("messageerror", () => resolve());
      worker.on("exit", () => resolve());
      sendNext();
    });
  try {
    await Promise.all(workers.map(serve));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return outcomes;
}

/**
 * Each target's glyphs, scanned in one worker while the main thread does something else (the in-thread repair):
 * all targets go in one message, so the worker never waits on a busy main thread for its next. Undefined where
 * the worker failed, for the caller to scan that target itself.
 */
export async function scanGlyphsAside(targets: ContentTask["parts"][]): Promise<(GlyphScan | null)[] | undefined> {
  const worker = new Worker(WORKER_URL, { workerData: { fonts: [] } satisfies WorkerFonts, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
  try {
    return await new Promise<(GlyphScan | null)[] | undefined>((resolve) => {
      worker.on("message", (scans: (GlyphScan | null)[]) => resolve(scans));
      worker.on("error", () => resolve(undefined));
      worker.on("messageerror", () => resolve(undefined));
      worker.on("exit", () => resolve(undefined));
      worker.postMessage({ scanOnly: targets } satisfies GlyphScanBatch);
    });
  } finally {
    await worker.terminate();
  }
}
