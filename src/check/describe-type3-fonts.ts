// The warning for an edition whose PDF draws letters as Type 3 pictures, naming the font files that forbid embedding (edge: reads the fonts folder).

import type { BuildWarning } from "../diagnostics/warnings.js";
import { findUnembeddableFonts } from "./find-unembeddable-fonts.js";

export async function describeType3Fonts(edition: string, fontsDir: string): Promise<BuildWarning> {
  const files = await findUnembeddableFonts(fontsDir);
  const which = files.length ? `: ${files.map((file) => `fonts/${file}`).join(", ")} ${files.length === 1 ? "forbids" : "forbid"} being embedded` : ", as for a font whose licence forbids embedding";
  return {
    code: "font-as-drawings",
    message: `The ${edition} PDF draws some letters as pictures (Type 3 fonts)${which}. It prints, but many print shops refuse such a PDF, and that text cannot be searched or copied well.`,
    hint: "Use a font whose licence allows embedding (any font under the SIL Open Font License does) in its place, in the project's fonts/ folder and fonts.css, and build again.",
  };
}
