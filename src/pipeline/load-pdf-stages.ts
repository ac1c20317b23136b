// The stages that work on the PDF bytes (all through pdf-lib), imported while the browser starts rather than before it.

export { writeImposedCopy } from "../stages/impose-pdf/write-imposed-copy.js";
export { writeLeaflet } from "../stages/fold-leaflet/write-leaflet.js";
export { composeFlip } from "../stages/postprocess-pdf/compose-flip.js";
export { postprocessPdf } from "../stages/postprocess-pdf/postprocess-pdf.js";
export { pressEdition } from "../stages/press-pdf/press-edition.js";
export { findForeignFonts } from "../stages/summarize-edition/find-foreign-fonts.js";
export { summarizeEdition } from "../stages/summarize-edition/summarize-edition.js";
