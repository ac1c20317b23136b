// Covers the limiter the build lays editions out through: at most its capacity at once, in order, a failed job freeing its place, the capacity read as jobs start.

import { describe, expect, it } from "vitest";
import { createLimiter } from "../../src/pipeline/create-limiter.js";

/** A job that records when it starts and ends, and finishes when told. */
function makeJobs(count: number, log: string[]) {
  return Array.from({ length: count }, (_, index) => {
    let finish: (ok: boolean) => void = () => undefined;
    const done = new Promise<boolean>((resolve) => (finish = resolve));
    return {
      finish: (ok = true) => finish(ok),
      run: async () => {
        log.push(`start ${index}`);
        const ok = await done;
        log.push(`end ${index}`);
        if (!ok) throw new Error(`job ${index} failed`);
        return index;
      },
    };
  });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("createLimiter", () => {
  it("runs one job at a time with a capacity of 1, in the order they asked", async () => {
    const log: string[] = [];
    const limit = createLimiter(() => 1);
    const jobs = makeJobs(3, log);
    const results = jobs.map((job) => limit(job.run));
    await settle();
    expect(log).toEqual(["start 0"]);
    jobs[0]?.finish();
    await settle();
    expect(log).toEqual(["start 0", "end 0", "start 1"]);
    jobs[1]?.finish();
    jobs[2]?.finish();
    expect(await Promise.all(results)).toEqual([0, 1, 2]);
    expect(log).toEqual(["start 0", "end 0", "start 1", "end 1", "start 2", "end 2"]);
  });

  it("runs two at once with a capacity of 2, and a failed job frees its place", async () => {
    const log: string[] = [];
    const limit = createLimiter(() => 2);
    const jobs = makeJobs(3, log);
    const results = jobs.map((job) => limit(job.run).catch((error: Error) => error.message));
    await settle();
    expect(log).toEqual(["start 0", "start 1"]);
    jobs[1]?.finish(false);
    await settle();
    expect(log).toEqual(["start 0", "start 1", "end 1", "start 2"]);
    jobs[0]?.finish();
    jobs[2]?.finish();
    expect(await Promise.all(results)).toEqual([0, "job 1 failed", 2]);
  });

  it("reads the capacity again as jobs start: raised, the waiting jobs start at the next chance", async () => {
    const log: string[] = [];
    let capacity = 1;
    const limit = createLimiter(() => capacity);
    const jobs = makeJobs(3, log);
    const results = jobs.map((job) => limit(job.run));
    await settle();
    expect(log).toEqual(["start 0"]);
    capacity = 3;
    jobs[0]?.finish();
    await settle();
    expect(log).toEqual(["start 0", "end 0", "start 1", "start 2"]);
    jobs[1]?.finish();
    jobs[2]?.finish();
    await Promise.all(results);
  });
});
