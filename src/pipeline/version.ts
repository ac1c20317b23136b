// pressroom's version and the generator string written into every PDF.

import { readFileSync } from "node:fs";
import { PACKAGE_DIR } from "../config/build-options.js";
import path from "node:path";

export const VERSION: string = (JSON.parse(readFileSync(path.join(PACKAGE_DIR, "package.json"), "utf8")) as { version: string }).version;
export const GENERATOR = `pressroom ${VERSION} (Paged.js, Chromium)`;
