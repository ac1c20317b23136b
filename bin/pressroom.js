#!/usr/bin/env node
// Entry point for `npx pressroom`: runs the compiled command line in dist/.
import { existsSync } from "node:fs";

const entry = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write("pressroom is not built yet. Run `npm run setup` (or `npm run build`) in the pressroom folder first.\n");
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
