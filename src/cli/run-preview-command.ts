// `pressroom preview <issue>`: starts the preview, says where to open it, reports each save's result, and stops cleanly on Ctrl-C.

import { startPreview, type PreviewEvent } from "../preview/start-preview.js";
import { EXIT } from "./exit-codes.js";
import { formatError, formatWarning } from "./format-error.js";
import type { PreviewCommand } from "./parse-command.js";
import type { Style } from "./style.js";

export async function runPreviewCommand(command: PreviewCommand, style: Style): Promise<number> {
  const say = (text: string) => {
    if (!command.quiet) process.stderr.write(text + "\n");
  };
  const onEvent = (event: PreviewEvent) => {
    if (event.type === "ready") {
      say(`${style.green("preview")} ${command.issue}: open ${style.bold(event.url)} in your browser (this computer only). Saving a file updates it; Ctrl-C stops.`);
      if (command.json) process.stdout.write(JSON.stringify({ url: event.url }) + "\n");
    }
    if (event.type === "rebuilt" && command.verbose) say(style.dim(`updated ${event.editions.join(", ")} in ${event.ms} ms`));
    // A failed render is shown over the pages too; the terminal gets the same words.
    if (event.type === "failed") process.stderr.write(formatError(event.error, style, command.debug) + "\n");
  };
  const preview = await startPreview({
    issue: command.issue,
    editions: command.editions,
    port: command.port,
    allowHtml: command.allowHtml,
    onEvent,
    onWarning: (warning) => say(formatWarning(warning, style)),
  });
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      say("Stopping the preview.");
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  await preview.close();
  return EXIT.ok;
}
