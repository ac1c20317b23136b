#!/usr/bin/env node
// Entry point for `npx pressroom`: runs the compiled command line, bundled (dist/bundle/) when that is up to date.
import { existsSync, statSync } from "node:fs";

const compiled = new URL("../dist/cli/main.js", import.meta.url);
const bundled = new URL("../dist/bundle/main.js", import.meta.url);
if (!existsSync(compiled)) {
  process.stderr.write("pressroom is not built yet. Run `npm run setup` (or `npm run build`) in the pressroom folder first.\n");
  process.exit(1);
}
// The bundle starts a build 0.3 s sooner; one older than what tsc last wrote (tsc run alone) would run stale code.
const entry = existsSync(bundled) && statSync(bundled).mtimeMs >= statSync(compiled).mtimeMs ? bundled : compiled;
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
