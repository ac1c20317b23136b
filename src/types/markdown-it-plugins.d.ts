// Type declarations for markdown-it plugins, against markdown-it's own ESM types.
declare module "markdown-it-footnote" {
  import type { PluginSimple } from "markdown-it";
  const plugin: PluginSimple;
  export default plugin;
}
declare module "markdown-it-container" {
  import type { PluginWithParams } from "markdown-it";
  const plugin: PluginWithParams;
  export default plugin;
}
declare module "markdown-it-attrs/utils.js" {
  /** The attributes of the `{...}` that starts at `start` in `str`, as [key, value] pairs (`.x` is class, `#x` id). */
  export function getAttrs(str: string, start: number, options: { leftDelimiter: string; rightDelimiter: string; allowedAttributes?: (string | RegExp)[] }): [string, string][];
}
declare module "markdown-it/lib/rules_block/reference.mjs" {
  import type { StateBlock } from "markdown-it";
  /** markdown-it's own block rule for link reference definitions ("[label]: destination"). */
  export default function reference(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean;
}
