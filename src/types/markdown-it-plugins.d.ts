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
