// Names the files a build writes for an edition beside its reading PDF (<edition>.pdf): one list, by which the writers name theirs and the clean-up of an edition not written finds them (pure).

import path from "node:path";

/** Each companion file's ending after the edition's name, by what it holds. */
export const COMPANION_SUFFIXES = {
  /** A folded leaflet's panels in reading order. */
  panels: ".panels.pdf",
  /** The office copies (--impose). */
  booklet: ".booklet.pdf",
  "2up": ".2up.pdf",
  /** The print shop's copy (--press) and its preflight report. */
  press: ".press.pdf",
  preflight: ".preflight.txt",
} as const;

export type CompanionKind = keyof typeof COMPANION_SUFFIXES;

/** The path of the `kind` file beside `readingFile` (output/<issue>/<edition>.pdf). */
export function nameCompanion(readingFile: string, kind: CompanionKind): string {
  return path.join(path.dirname(readingFile), path.basename(readingFile, ".pdf") + COMPANION_SUFFIXES[kind]);
}
