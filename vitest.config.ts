// Test configuration: unit tests run in parallel; end-to-end tests share one browser per file.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/scratch-folder.ts"],
    testTimeout: 20_000,
    hookTimeout: 120_000,
    reporters: ["default"],
  },
});
