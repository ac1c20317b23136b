// Non-fatal findings collected during a build and returned with its result.

import type { SourceLocation } from "./errors.js";

export interface BuildWarning {
  /** Stable identifier, e.g. "blocked-request" or "font-fallback". */
  code: string;
  /** What happened, written for an editor. */
  message: string;
  /** What to do about it, when there is something to do. */
  hint?: string;
  location?: SourceLocation;
  /** The edition the warning belongs to, when it belongs to one. */
  edition?: string;
}
