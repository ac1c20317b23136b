// Help texts for the command line, including the front matter settings taken from the schema itself.

import { articleFrontMatterSchema, issueFrontMatterSchema, issueTranslationSchema } from "../config/front-matter-schema.js";
import type { ZodObject, ZodRawShape } from "zod";

const MAIN_HELP = `pressroom: print-ready newsletters from Markdown

Usage:
  pressroom new <folder> [options]       start the next issue: issue.md, a sample article, images/
  pressroom preview <issue> [options]    see the pages in your browser, updated each time you save
  pressroom check <issue> [options]      find problems without making PDFs
  pressroom build <issue> [options]      make one PDF per edition in output/
  pressroom help front-matter            list the settings issue.md and articles take
  pressroom --version

Run \`pressroom <command> --help\` for a command's options.

Every command takes --json (a summary for programs on standard output), --quiet (errors only),
--verbose and --debug. Colours are off when NO_COLOR is set or the output is not a terminal.
Exit status: 0 done, 1 a problem in the issue or its layout, 2 a mistake in the command,
3 no browser found, 130 stopped with Ctrl-C.
`;

const NEW_HELP = `Usage: pressroom new <folder> [options]

Makes a folder for the next issue, e.g. pressroom new issues/2026-12, holding:
  issue.md               the issue's settings: the next number after the issues beside it,
                         today's date, and the paper's settings (title, languages, layout,
                         contacts...) carried over from the latest issue
  issue.ar.md ...        the paper's name and contacts in each other language, carried over
  01-first-article.md    a sample article showing a picture, a note and a pull quote
  02-how-this-...md      for a first sheet or leaflet, a second sample on how it is filled
                         and printed, so the two fill it
  images/                a sample picture; put the issue's pictures here
It never writes over a folder that already has files in it.

Options:
  --title <text>         the paper's name (default: the latest issue's, else "Community News")
  --layout <name>        newspaper, bulletin, sheet, leaflet or one of your own (default: the latest issue's)
  --language <codes>     the issue's languages, e.g. --language en,ar (default: the latest issue's, else en)
  --json                 print what was made on standard output
  --quiet                print errors only
  -h, --help             show this help
`;

const CHECK_HELP = `Usage: pressroom check <issue-folder> [options]

Checks everything pressroom can check without laying the pages out or writing a PDF:
front matter, links and page references, pictures (they exist, open, and have enough pixels
for their printed size), the fonts for every character used (nothing would print as a blank box),
and articles with no translation for an edition. Each problem is shown with its file, line and
column and what to do about it.

Options:
  --edition <code>       check only this edition (repeat for more)
  --allow-html           let raw HTML written in Markdown through, as the build would with it
  --json                 print the problems as JSON on standard output
  --quiet                print errors only
  -h, --help             show this help

Exit status: 0 no errors (there may be warnings), 1 errors found, 2 a mistake in the command.
`;

const PREVIEW_HELP = `Usage: pressroom preview <issue-folder> [options]

Lays the issue out in your browser at a local address (http://127.0.0.1:...) and lays it out
again each time you save an article, a picture, a template or a stylesheet, keeping your place.
A problem is shown over the pages until it is fixed. Stop it with Ctrl-C.

Options:
  --edition <code>       preview only this edition (repeat for more); switch between them in the page
  --port <number>        the port to use (default: any free one)
  --allow-html           let raw HTML written in Markdown through, as the build would with it
  --quiet                print errors only
  -h, --help             show this help
`;

const BUILD_HELP = `Usage: pressroom build <issue-folder> [options]

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
  --paper-weight <g/m²> the booklet's paper, 40 to 350 g/m² as on the ream, so its inner pages are moved toward the
                        fold by the paper's thickness (default 80, office paper; also: paper-weight: 120 in issue.md)
  --press               also write each edition for a print shop: <edition>.press.pdf (bleed, crop and
                        registration marks, page boxes) and <edition>.preflight.txt (what a print shop would reject)
  --bleed <mm>          with --press: the bleed, 0 to 10 mm (default 3; also: press: { bleed: 3 } in issue.md)
  --cmyk                with --press: convert the press PDF to CMYK with Ghostscript (gs), black text on black ink only
  --json                print a machine-readable summary on standard output
  --quiet               print errors only
  --verbose             also print the time each stage took, in all and for each edition
  --debug               show the technical details behind an error
  -h, --help            show this help

Exit status: 0 done, 1 a problem in the issue or its layout, 2 a mistake in the command,
3 no browser found, 130 stopped with Ctrl-C.
`;

/** Help per command; `main` is the overview. */
export const HELP = { main: MAIN_HELP, build: BUILD_HELP, check: CHECK_HELP, new: NEW_HELP, preview: PREVIEW_HELP } as const;

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
