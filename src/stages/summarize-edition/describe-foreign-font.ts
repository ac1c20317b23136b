// Tells an editor which characters of an edition printed in a font of the computer's rather than the issue's own (pure).

import type { BuildWarning } from "../../diagnostics/warnings.js";
import type { ForeignFont } from "./find-foreign-fonts.js";

export function describeForeignFont(font: ForeignFont, edition: string): BuildWarning {
  const what = font.characters ? `Some characters of the ${edition} edition (${font.characters})` : `Some text of the ${edition} edition`;
  return {
    code: "font-fallback",
    message: `${what} printed in ${font.name}, a font installed on this computer, not one of the issue's fonts: the PDF may look different printed elsewhere, and a print shop may not have it.`,
    hint:
      "Replace those characters (a look-alike, or words), or add a font that has them to the project's fonts/ folder and its fonts.css. " +
      "If they are the words of a drawing (an SVG picture with text in it), turn its text into outlines in the drawing program.",
  };
}
