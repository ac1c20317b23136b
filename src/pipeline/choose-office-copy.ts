// Which office copy (booklet or 2-up) a build writes beside each edition's PDF, from the command line and issue.md (pure).

import type { ImposeMode } from "../stages/impose-pdf/plan-imposition.js";

/**
 * The flag wins over issue.md, whose `impose` a --press run leaves aside (a print shop imposes on its own sheets);
 * a folded leaflet is already on its sheet and gets none. Asked where the copy is made and where --paper-weight is
 * checked for a booklet to apply to, so that the two cannot disagree.
 */
export function chooseOfficeCopy(folded: boolean, config: { impose?: ImposeMode; press?: unknown }, meta: { impose?: ImposeMode }): ImposeMode | undefined {
  if (folded) return undefined;
  return config.impose ?? (config.press ? undefined : meta.impose);
}
