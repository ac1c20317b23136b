// Watches folders (recursively) and calls back once per burst of saves, ignoring editors' temporary files.

import { watch, type FSWatcher } from "node:fs";
import path from "node:path";

export interface FolderWatcher {
  /** Watches exactly these folders from now on (those already watched stay watched). */
  setFolders(folders: readonly string[]): void;
  close(): void;
}

/** Saves arrive as several events (write, rename, chmod) within a few ms of each other; one render per burst is enough.
 * Kept short because every ms of it is added to the time an edit takes to show (a render starting mid-save is followed by another). */
const DEBOUNCE_MS = 30;

/** vim's .swp/.swx and its 4913 probe, emacs's backup~ and .#lock, #autosave#, other editors' .tmp. */
const TEMPORARY_FILE = /(\.sw[a-px]$|~$|^\.#|^#.*#$|^4913$|\.tmp$|^\.DS_Store$)/i;

export function isTemporaryFile(file: string): boolean {
  return TEMPORARY_FILE.test(path.basename(file));
}

export function watchFolders(onChange: () => void): FolderWatcher {
  const watchers = new Map<string, FSWatcher>();
  let timer: NodeJS.Timeout | undefined;
  const schedule = (file: string | null) => {
    if (file && isTemporaryFile(file)) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, DEBOUNCE_MS);
  };
  const start = (folder: string) => {
    try {
      const watcher = watch(folder, { recursive: true }, (_event, file) => schedule(file));
      // A watched folder that disappears is not worth stopping the preview for; the next render reports what is missing.
      watcher.on("error", () => stop(folder));
      watchers.set(folder, watcher);
    } catch {
      // A folder that does not exist (yet) is simply not watched.
    }
  };
  const stop = (folder: string) => {
    watchers.get(folder)?.close();
    watchers.delete(folder);
  };
  return {
    setFolders(folders) {
      const wanted = new Set(folders.map((folder) => path.resolve(folder)));
      for (const folder of [...watchers.keys()]) if (!wanted.has(folder)) stop(folder);
      for (const folder of wanted) if (!watchers.has(folder)) start(folder);
    },
    close() {
      clearTimeout(timer);
      for (const folder of [...watchers.keys()]) stop(folder);
    },
  };
}
