// Help texts for the command line, including the front matter settings taken from the schema itself.

import { articleFrontMatterSchema, issueFrontMatterSchema, issueTranslationSchema } from "../config/front-matter-schema.js";
import type { ZodObject, ZodRawShape } from "zod";

export const MAIN_HELP = `pressroom: print-ready newsletters from Markdown

Usage:
  pressroom build <issue-folder> [options]   make one PDF per edition
  pressroom help front-matter                list the settings issue.md and articles take
  pressroom --version

Run \`pressroom build --help\` for the build options.
`;

export const BUILD_HELP = `Usage: pressroom build <issue-folder> [options]

Makes one PDF per edition of the issue in output/<issue>/<edition>.pdf,
e.g. pressroom build issues/2026-11  ->  output/2026-11/en.pdf, output/2026-11/ar.pdf

Options:
  --out <folder>        make the issue's output folder inside <folder> instead of output/
  --edition <code>      build only this edition (repeat for more), e.g. --edition en
  --browser <path>      the Chrome or Chromium to use (also: CHROME_PATH, PUPPETEER_EXECUTABLE_PATH)
  --timeout <seconds>   longest time one edition's layout may take (default: scaled to its size)
  --allow-html          let raw HTML written in Markdown through (off: it is printed as text)
  --grayscale           print every picture in grayscale, for a photocopied run (also: grayscale: true in issue.md)
  --impose <how>        also write each edition for an office printer: booklet (both sides, fold and staple:
                        <edition>.booklet.pdf) or 2up (two pages per sheet: <edition>.2up.pdf) (also: impose: in issue.md)
  --press               also write each edition for a print shop: <edition>.press.pdf (bleed, crop and
                        registration marks, page boxes) and <edition>.preflight.txt (what a print shop would reject)
  --bleed <mm>          with --press: the bleed, 0 to 10 mm (default 3; also: press: { bleed: 3 } in issue.md)
  --cmyk                with --press: convert the press PDF to CMYK with Ghostscript (gs), black text on black ink only
  --json                print a machine-readable summary on standard output
  --quiet               print errors only
  --verbose             also print the time each stage took
  --debug               show the technical details behind an error
  -h, --help            show this help

Exit status: 0 done, 1 a problem in the issue or its layout, 2 a mistake in the command,
3 no browser found, 130 stopped with Ctrl-C.
`;

export function formatFrontMatterHelp(): string {
  return [
    "Settings in issue.md (between the --- lines at the top):",
    ...describeShape(issueFrontMatterSchema),
    "",
    "Settings at the top of each article:",
    ...describeShape(articleFrontMatterSchema),
    "",
    "Settings in issue.<language>.md (the masthead in another language; its text is the editorial's translation):",
    ...describeShape(issueTranslationSchema),
    "",
  ].join("\n");
}

/** Wide enough for the longest setting name (untranslated). */
const KEY_WIDTH = 12;

function describeShape(schema: ZodObject<ZodRawShape>): string[] {
  return Object.entries(schema.shape).map(([key, field]) => {
    const required = field.isOptional() ? "" : " (required)";
    return `  ${key.padEnd(KEY_WIDTH)} ${field.description ?? ""}${required}`;
  });
}
