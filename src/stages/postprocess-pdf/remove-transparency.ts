// Takes out of a content target the transparency its twins no longer use: clear states left unused, a form's group.

import { PDFDict, PDFName, type PDFRawStream } from "@cantoo/pdf-lib";

export interface TransparencyTarget {
  /** The target's resources, when they are a direct part of its own dictionary and no other target uses them. */
  ownResources: PDFDict | undefined;
  /** The Form XObject, for a form. */
  form: PDFRawStream | undefined;
}

/**
 * Ghostscript's PDF/X output flattens a page into an image when its resources hold transparency, used or
 * not: an ExtGState with /ca below 1, or a Form XObject with a transparency group (Chrome gives every twin
 * one, for its transform). So once its `gs` operators are replaced, a clear state's entry goes from
 * resources only this target uses (the state object itself stays: other resources may refer to it), and a
 * form's /Group goes once the form paints nothing: a group only changes how what it paints is composited.
 * `paintsNothing` says so of the form (draws-nothing.ts). Returns how many entries and groups were removed.
 */
export function removeTransparency(target: TransparencyTarget, unusedStates: ReadonlySet<string>, paintsNothing: boolean): { states: number; groups: number } {
  let states = 0;
  const extGStates = target.ownResources?.get(PDFName.of("ExtGState"));
  if (extGStates instanceof PDFDict) {
    for (const name of unusedStates) {
      if (!extGStates.has(PDFName.of(name))) continue;
      extGStates.delete(PDFName.of(name));
      states++;
    }
  }
  let groups = 0;
  if (target.form?.dict.has(PDFName.of("Group")) && paintsNothing) {
    target.form.dict.delete(PDFName.of("Group"));
    groups++;
  }
  return { states, groups };
}
