// What a layout may declare in its optional layout.yaml: the defaults an issue gets when issue.md does not say.

import { z } from "zod";
import { listPaperNames, PAPER_NAMES, readPaperName } from "./paper.js";

export const NOTE_PLACES = ["foot", "end"] as const;
/** How a layout's sheet is folded: `trifold` is a letter fold, six panels on one sheet printed on both sides. */
export const FOLDS = ["trifold"] as const;
export type Fold = (typeof FOLDS)[number];
export type NotePlace = (typeof NOTE_PLACES)[number];

/** A share of the layout's own size, e.g. [0.85, 1.1]: from 85% to 110%. */
const shareRange = (what: string) =>
  z
    .tuple([z.number().positive(), z.number().positive()], { invalid_type_error: `must be two numbers, the smallest and largest share of the ${what}, e.g. [0.9, 1.1]` })
    .refine(([low, high]) => low <= high, { message: "must list the smaller number first" });

/**
 * How far copyfitting may change a sheet's type, leading and pictures to make each edition fill exactly its
 * sides, as shares of the sizes in the layout's stylesheet (which uses --fit-type, --fit-leading and
 * --fit-pictures). bodySize and minimumSize (points) keep the body type readable whatever `type` allows.
 */
export const fitSettingsSchema = z
  .object({
    bodySize: z.number().positive().describe("The body type size the stylesheet sets at 100%, in points."),
    minimumSize: z.number().positive().default(8).describe("The smallest body type copyfitting may set, in points."),
    type: shareRange("type size").default([0.85, 1.15]),
    leading: shareRange("leading").default([0.9, 1.15]),
    pictures: shareRange("pictures' width").default([0.6, 1]),
  })
  .strict();

export type FitSettings = z.infer<typeof fitSettingsSchema>;

export const layoutSettingsSchema = z
  .object({
    paper: z
      .preprocess(readPaperName, z.enum(PAPER_NAMES, { errorMap: () => ({ message: `must be one of ${listPaperNames()}` }) }))
      .default("A4")
      .describe("The paper this layout is drawn for, used when issue.md names none."),
    notes: z
      .enum(NOTE_PLACES, { errorMap: () => ({ message: "must be foot or end" }) })
      .default("foot")
      .describe("Where notes print when issue.md and the article name no place: `foot` of the page or `end` of the article."),
    sides: z
      .union([z.literal(1), z.literal(2)], { errorMap: () => ({ message: "must be 1 or 2" }) })
      .optional()
      .describe("A single sheet: every edition must fill exactly this many sides (pages). Copyfitting needs `fit:`."),
    fold: z
      .enum(FOLDS, { errorMap: () => ({ message: "must be trifold" }) })
      .optional()
      .describe("A folded leaflet: the pages are the panels of one sheet (paper: the sheet), printed on both sides. Copyfitting fills every panel."),
    fit: fitSettingsSchema.optional().describe("The bounds within which copyfitting may change type, leading and pictures."),
  })
  .strict();

export type LayoutSettings = z.infer<typeof layoutSettingsSchema>;

/** A layout folder without layout.yaml gets these. */
export const DEFAULT_LAYOUT_SETTINGS: LayoutSettings = { paper: "A4", notes: "foot" };
