// What a layout may declare in its optional layout.yaml: the defaults an issue gets when issue.md does not say.

import { z } from "zod";
import { PAPER_NAMES } from "./paper.js";

export const NOTE_PLACES = ["foot", "end"] as const;
export type NotePlace = (typeof NOTE_PLACES)[number];

export const layoutSettingsSchema = z
  .object({
    paper: z
      .enum(PAPER_NAMES, { errorMap: () => ({ message: `must be one of ${PAPER_NAMES.join(", ")}` }) })
      .default("A4")
      .describe("The paper this layout is drawn for, used when issue.md names none."),
    notes: z
      .enum(NOTE_PLACES, { errorMap: () => ({ message: "must be foot or end" }) })
      .default("foot")
      .describe("Where notes print when issue.md and the article name no place: `foot` of the page or `end` of the article."),
  })
  .strict();

export type LayoutSettings = z.infer<typeof layoutSettingsSchema>;

/** A layout folder without layout.yaml gets these. */
export const DEFAULT_LAYOUT_SETTINGS: LayoutSettings = { paper: "A4", notes: "foot" };
