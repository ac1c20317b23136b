// What pressroom.config.yaml may hold: defaults for every issue of the project, and for every build.

import { z } from "zod";
import { issueFrontMatterSchema } from "./front-matter-schema.js";

/** Issue settings a project may set once for all its issues; issue.md's own win. */
export const ISSUE_DEFAULT_KEYS = [
  "layout",
  "paper",
  "languages",
  "notes",
  "digits",
  "hyphenate",
  "grayscale",
  "impose",
  "paper-weight",
  "press",
  "untranslated",
  "contents",
  "publisher",
  "contacts",
] as const;

const issueDefaults = issueFrontMatterSchema.pick(Object.fromEntries(ISSUE_DEFAULT_KEYS.map((key) => [key, true])) as { [K in (typeof ISSUE_DEFAULT_KEYS)[number]]: true }).partial();

export const projectConfigSchema = issueDefaults
  .extend({
    allowHtml: z
      .boolean({ invalid_type_error: "must be true or false" })
      .optional()
      .describe("`true` lets raw HTML written in Markdown through for every build (`--allow-html` does it for one). Default: false, HTML is printed as text."),
    output: z.string({ invalid_type_error: "must be a folder name, e.g. output" }).min(1).optional().describe("The folder PDFs are written in (`--out` wins). Default: output."),
    browser: z.string({ invalid_type_error: "must be the path of Chrome or Chromium" }).min(1).optional().describe("The Chrome or Chromium to use (`--browser` wins)."),
    timeout: z
      .number({ invalid_type_error: "must be a number of seconds, e.g. 120" })
      .min(1, "must be from 1 to 3600 seconds")
      .max(3600, "must be from 1 to 3600 seconds")
      .optional()
      .describe("The longest time one edition's layout may take, in seconds (`--timeout` wins). Default: scaled to the issue."),
  })
  .strict();

export type ProjectConfig = z.infer<typeof projectConfigSchema>;
export type IssueDefaults = Pick<ProjectConfig, (typeof ISSUE_DEFAULT_KEYS)[number]>;
