// Runs a command to completion and measures it whole: wall time and the peak memory of its process tree (Linux /proc).

import { spawn } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";

export interface ProcessMeasure {
  ms: number;
  /** Highest sum, over one sample, of the proportional set size (PSS) of the process and all its descendants. */
  peakBytes: number;
  stdout: string;
  stderr: string;
  code: number | null;
}

/**
 * Often enough to catch a browser's peak during layout, rarely enough not to cost a core: reading the PSS of a
 * Chromium process walks its page tables. The reads are asynchronous, so the benchmark's own asset server (which
 * serves pagedjs-cli and Chrome their pages) is never held up by them.
 */
const SAMPLE_MS = 250;

export function measureProcess(command: string, args: readonly string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<ProcessMeasure> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    let peakBytes = 0;
    let sampling = false;
    const sample = () => {
      if (child.pid === undefined || sampling) return;
      sampling = true;
      void readTreeMemory(child.pid)
        .then((bytes) => (peakBytes = Math.max(peakBytes, bytes)))
        .finally(() => (sampling = false));
    };
    const timer = setInterval(sample, SAMPLE_MS);
    child.on("error", (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearInterval(timer);
      resolve({ ms: performance.now() - started, peakBytes, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8"), code });
    });
  });
}

/**
 * PSS, not RSS: Chromium's processes share most of their pages, and RSS would count the shared ones once per
 * process. Falls back to RSS where smaps_rollup cannot be read.
 */
async function readTreeMemory(root: number): Promise<number> {
  const sizes = await Promise.all((await listTree(root)).map(readPss));
  return sizes.reduce((sum, size) => sum + size, 0);
}

async function listTree(root: number): Promise<number[]> {
  const pids = (await readdir("/proc")).filter((name) => /^\d+$/.test(name)).map(Number);
  const parents = await Promise.all(pids.map(readParent));
  const children = new Map<number, number[]>();
  pids.forEach((pid, index) => {
    const parent = parents[index];
    if (parent !== undefined) children.set(parent, [...(children.get(parent) ?? []), pid]);
  });
  const tree: number[] = [];
  const visit = (pid: number) => {
    tree.push(pid);
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(root);
  return tree;
}

async function readParent(pid: number): Promise<number | undefined> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, "utf8");
    // The command name (in parentheses) may hold spaces: the fields after its closing parenthesis are fixed.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[1]);
  } catch {
    return undefined;
  }
}

async function readPss(pid: number): Promise<number> {
  try {
    const rollup = await readFile(`/proc/${pid}/smaps_rollup`, "utf8");
    const pss = /^Pss:\s+(\d+) kB/m.exec(rollup);
    if (pss) return Number(pss[1]) * 1024;
  } catch {
    // The process ended between listing and reading, or smaps_rollup is not readable: try RSS.
  }
  try {
    const rss = /^VmRSS:\s+(\d+) kB/m.exec(await readFile(`/proc/${pid}/status`, "utf8"));
    return rss ? Number(rss[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}
