// Runs async jobs with at most `capacity()` at once, in the order they asked; the capacity is read again as each job starts.

export type Limiter = <T>(work: () => Promise<T>) => Promise<T>;

/** `capacity` may change while jobs run (the build's browser, started again, may lay out more at once): it is read whenever a job could start. */
export function createLimiter(capacity: () => number): Limiter {
  let running = 0;
  const waiting: (() => void)[] = [];
  const startWaiting = () => {
    while (waiting.length > 0 && running < Math.max(1, capacity())) {
      running++;
      waiting.shift()?.();
    }
  };
  return async (work) => {
    await new Promise<void>((resolve) => {
      waiting.push(resolve);
      startWaiting();
    });
    try {
      return await work();
    } finally {
      running--;
      startWaiting();
    }
  };
}
