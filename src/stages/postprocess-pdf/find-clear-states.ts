// Finds the graphics states of a resource dictionary whose only effect is to make fills fully transparent (/ca 0).

import { PDFArray, PDFDict, PDFName, PDFNumber, type PDFContext, type PDFObject } from "@cantoo/pdf-lib";

/**
 * Names of the ExtGState resources that set fill opacity 0 and nothing else that shows: Chrome's state for
 * `color: transparent` text is exactly `<< /BM /Normal /ca 0 >>`. Allowed besides /ca 0: /Type, a normal blend
 * mode, stroke opacity 1. Anything else (a soft mask, another opacity, a blend mode, line or font settings)
 * does something more, and the state is not listed.
 */
export function findClearStates(context: PDFContext, resources: PDFDict | undefined): Set<string> {
  const names = new Set<string>();
  const states = resources?.lookupMaybe(PDFName.of("ExtGState"), PDFDict);
  for (const [name, value] of states?.entries() ?? []) {
    const state = context.lookup(value);
    if (state instanceof PDFDict && isClearFill(context, state)) names.add(name.decodeText());
  }
  return names;
}

function isClearFill(context: PDFContext, state: PDFDict): boolean {
  const numberOf = (value: PDFObject | undefined) => {
    const resolved = value === undefined ? undefined : context.lookup(value);
    return resolved instanceof PDFNumber ? resolved.asNumber() : undefined;
  };
  for (const [key, value] of state.entries()) {
    const resolved = context.lookup(value);
    switch (key.decodeText()) {
      case "Type":
        if (resolved !== PDFName.of("ExtGState")) return false;
        break;
      case "BM":
        if (!isNormalBlend(resolved)) return false;
        break;
      case "ca":
        if (numberOf(value) !== 0) return false;
        break;
      case "CA":
        if (numberOf(value) !== 1) return false;
        break;
      default:
        return false;
    }
  }
  return numberOf(state.get(PDFName.of("ca"))) === 0;
}

/** /Normal or /Compatible, alone or as the first of an array (a reader takes the first it knows: these are known to all). */
function isNormalBlend(value: PDFObject | undefined): boolean {
  const first = value instanceof PDFArray ? value.get(0) : value;
  return first === PDFName.of("Normal") || first === PDFName.of("Compatible");
}
