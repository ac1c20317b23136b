// `pressroom new <folder>`: makes the next issue's folder and says what to do next.

import path from "node:path";
import { createIssue } from "../scaffold/create-issue.js";
import { EXIT } from "./exit-codes.js";
import type { NewCommand } from "./parse-command.js";
import type { Style } from "./style.js";

export async function runNewCommand(command: NewCommand, style: Style, today = formatToday(new Date())): Promise<number> {
  const created = await createIssue(command.folder, { today, layout: command.layout, languages: command.languages, title: command.title });
  const shown = path.relative(process.cwd(), created.folder) || ".";
  if (command.json) {
    process.stdout.write(JSON.stringify({ folder: created.folder, number: created.number, date: created.date, files: created.files, from: created.from }, null, 2) + "\n");
  }
  if (!command.quiet) {
    const from = created.from ? `, settings carried over from ${path.relative(process.cwd(), created.from) || created.from}` : "";
    process.stderr.write(
      [
        `${style.green("made")} ${shown}: issue ${created.number}, dated ${created.date}${from}`,
        ...created.files.map((file) => `  ${path.join(shown, file)}`),
        "Next:",
        `  1. write your articles in ${shown} (one Markdown file each; see 01-first-article.md)`,
        `  2. pressroom preview ${shown}   (see the pages as you write)`,
        `  3. pressroom check ${shown}     (find problems before printing)`,
        `  4. pressroom build ${shown}     (make the PDFs in output/)`,
        "",
      ].join("\n"),
    );
  }
  return EXIT.ok;
}

/** Today as YYYY-MM-DD in the computer's own time zone: the date an editor sees on their calendar. */
export function formatToday(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
