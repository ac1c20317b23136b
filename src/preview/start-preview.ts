// `pressroom preview`: serves an issue's editions on a loopback address and re-renders them whenever a file is saved.

import { existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { resolveProjectOptions } from "../pipeline/resolve-project-options.js";
import { UsageError } from "../diagnostics/errors.js";
import type { BuildWarning } from "../diagnostics/warnings.js";
import { describeError, describeWarning } from "./describe-error.js";
import { createEventStream } from "./event-stream.js";
import { listPreviewFiles } from "./list-preview-files.js";
import { pickStreamedState, type PreviewState } from "./preview-state.js";
import { renderIssuePreview } from "./render-issue-preview.js";
import { createPreviewHandler } from "./serve-preview.js";
import { watchFolders } from "./watch-folders.js";

export interface PreviewOptions {
  /** The issue folder, e.g. "issues/2026-11" (relative to projectDir). */
  issue: string;
  /** Where templates/ and fonts/ are looked for. Default: the current folder. */
  projectDir?: string;
  /** Default 0: any free port. Only 127.0.0.1 is listened on. */
  port?: number;
  /** Preview only these editions, as `build --edition` does. */
  editions?: string[];
  allowHtml?: boolean;
  onEvent?(event: PreviewEvent): void;
  /** Each warning once: a warning already reported by the previous render is not reported again. */
  onWarning?(warning: BuildWarning): void;
}

export type PreviewEvent =
  /** The server listens; open `url` in a browser. Sent once, after the first render (which may have failed). */
  | { type: "ready"; url: string }
  /** A render worked: `ms` it took, the codes of the pages it made (a flip edition's halves each have one). */
  | { type: "rebuilt"; ms: number; editions: string[] }
  /** A render failed (usually a PressroomError to show with formatError); the pages keep the last good version. */
  | { type: "failed"; error: Error };

export interface PreviewServer {
  url: string;
  close(): Promise<void>;
}

export async function startPreview(options: PreviewOptions): Promise<PreviewServer> {
  const config = await resolveProjectOptions({ issue: options.issue, projectDir: options.projectDir, editions: options.editions, allowHtml: options.allowHtml });
  // A mistyped folder (or a file given for its folder) is better said at once than in a page that can never recover: the render says it in its words.
  if (!existsSync(config.issueDir) || !statSync(config.issueDir).isDirectory()) await renderIssuePreview(config, new AbortController().signal, () => undefined);
  const stopRenders = new AbortController();
  const events = createEventStream();
  let state: PreviewState = { title: path.basename(config.issueDir), version: 0, editions: [], error: null, warnings: [], layoutFolders: {} };
  let reported = new Set<string>();
  // Until a render has named its layout, every templates folder might hold it.
  const watcher = watchFolders(() => void renders.request());
  watcher.setFolders([config.issueDir, config.fontsDir, ...config.templateRoots]);

  const render = async () => {
    const started = performance.now();
    const seen = new Set<string>();
    const onWarning = (warning: BuildWarning) => {
      const key = JSON.stringify([warning.code, warning.message, warning.location, warning.edition]);
      seen.add(key);
      if (!reported.has(key)) options.onWarning?.(warning);
    };
    try {
      const rendered = await renderIssuePreview(config, stopRenders.signal, onWarning);
      state = { title: rendered.title, version: state.version + 1, editions: rendered.editions, error: null, warnings: rendered.warnings.map(describeWarning), layoutFolders: rendered.layoutFolders };
      watcher.setFolders([config.issueDir, config.fontsDir, ...rendered.layoutDirs]);
      options.onEvent?.({ type: "rebuilt", ms: Math.round(performance.now() - started), editions: rendered.editions.map((edition) => edition.code) });
    } catch (error) {
      if (stopRenders.signal.aborted) return;
      state = { ...state, error: describeError(error) };
      options.onEvent?.({ type: "failed", error: error instanceof Error ? error : new Error(String(error)) });
    }
    reported = seen;
    events.send(pickStreamedState(state));
  };
  const renders = serializeRenders(render);

  await renders.request();
  const server = createServer(createPreviewHandler(() => state, config, listPreviewFiles(), events));
  try {
    await listen(server, options.port ?? 0);
  } catch (error) {
    watcher.close();
    throw error;
  }
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  options.onEvent?.({ type: "ready", url });
  return {
    url,
    async close() {
      stopRenders.abort();
      watcher.close();
      events.close();
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
      await renders.idle();
    },
  };
}

/** Listens on 127.0.0.1 only; a port already taken is the editor's to change, said in their words. */
function listen(server: Server, port: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EADDRINUSE" && error.code !== "EACCES") return reject(error);
      reject(new UsageError("port-unavailable", `The preview cannot use port ${port}: ${error.code === "EACCES" ? "this computer does not allow it" : "another program is already using it"}.`, {
        hint: "Choose another port with --port (for example --port 8080), or leave --port out to use any free one.",
        cause: error,
      }));
    });
    server.listen(port, "127.0.0.1", () => resolve());
  });
}

/** One render at a time; saves during a render call for exactly one more afterwards. */
function serializeRenders(render: () => Promise<void>) {
  let running: Promise<void> | undefined;
  let again = false;
  const loop = async () => {
    do {
      again = false;
      await render();
    } while (again);
    running = undefined;
  };
  return {
    request(): Promise<void> {
      if (running) {
        again = true;
        return running;
      }
      running = loop();
      return running;
    },
    idle: () => running ?? Promise.resolve(),
  };
}
