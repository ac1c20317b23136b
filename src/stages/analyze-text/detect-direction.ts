// Finds a text's base direction by the Unicode Bidirectional Algorithm's first-strong rule (UAX #9, P2-P3).

import bidiFactory, { type Bidi } from "bidi-js";
import type { Direction } from "../../config/languages.js";

const ISOLATE_OPENERS = new Set(["LRI", "RLI", "FSI"]);

export interface DirectionDetector {
  /** The direction of the first strong character outside isolates, or null when there is none. */
  detectDirection(text: string): Direction | null;
}

/** One bidi instance per build context; bidi-js keeps no state between calls, but we don't share it. */
export function createDirectionDetector(): DirectionDetector {
  const bidi: Bidi = bidiFactory();
  return {
    detectDirection(text: string): Direction | null {
      let isolateDepth = 0;
      for (const char of text) {
        const type = bidi.getBidiCharTypeName(char);
        if (ISOLATE_OPENERS.has(type)) isolateDepth++;
        else if (type === "PDI" && isolateDepth > 0) isolateDepth--;
        else if (isolateDepth === 0 && type === "L") return "ltr";
        else if (isolateDepth === 0 && (type === "R" || type === "AL")) return "rtl";
      }
      return null;
    },
  };
}
