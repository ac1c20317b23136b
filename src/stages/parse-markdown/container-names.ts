// The ::: blocks an editor may write, and how liberally their names are read (pure).

/** Block containers an editor may open with `::: name`. */
export const CONTAINER_NAMES = ["pullquote"] as const;

/** Whether the words after ::: open the block `name`: any case, spaced or hyphenated ("Pull quote", "pull-quote"). */
export function isContainerName(params: string, name: string): boolean {
  return params.trim().toLowerCase().replace(/[\s_-]/g, "") === name;
}
