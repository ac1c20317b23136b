// Bundles the compiled command line (dist/) into dist/bundle/: a few dozen files for Node to load instead of ~800 modules.
//
// Loading pressroom's modules and its dependencies' (puppeteer-core, markdown-it, fontkit, zod...) one file at a
// time took Node 0.6 s before a build could start; from the bundle it takes about half that (docs/performance.md).
// bin/pressroom.js runs the bundle when it is at least as new as dist/cli/main.js, else dist/ as tsc wrote it.
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

// Paths below are the package's, wherever this is run from.
const packageDir = fileURLToPath(new URL("..", import.meta.url));
// Chunks are named by their content: those of an earlier bundle would stay beside the new ones.
rmSync(new URL("../dist/bundle", import.meta.url), { recursive: true, force: true });
await build({
  absWorkingDir: packageDir,
  entryPoints: ["dist/cli/main.js", "dist/stages/postprocess-pdf/content-repair-worker.js"],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // Commands and stages loaded only when used (check, preview, the PDF stages...) stay separate files.
  splitting: true,
  outdir: "dist/bundle",
  // Flat, and two folders below the package like dist/config/build-options.js: its PACKAGE_DIR
  // (new URL("../../", import.meta.url)) and the repair's worker (next to it) are found from the bundle too.
  entryNames: "[name]",
  // sharp loads a native library for this machine at run time: it stays in node_modules.
  external: ["sharp"],
  // Only puppeteer-core's browser downloader uses proxy-agent, and pressroom downloads no browser; fontkit needs Brotli
  // only for WOFF2 fonts, which pressroom never opens; pdf-lib's deflate runs on Node's zlib; debug's loggers print
  // nothing unless DEBUG is set, so without it they are made for nothing (each stub says more).
  alias: { "proxy-agent": "./scripts/bundle-stubs/proxy-agent.js", "brotli/decompress.js": "./scripts/bundle-stubs/brotli-decompress.js", fflate: "./scripts/bundle-stubs/fflate.js", debug: "./scripts/bundle-stubs/debug.cjs" },
  // Dependencies written as CommonJS call require(); an ES module has none of its own.
  banner: { js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);" },
  logLevel: "warning",
});
