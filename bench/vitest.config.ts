// Measurements (not tests): run with `npm run measure`; each prints a table and asserts nothing about speed.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["bench/**/*.measure.ts"],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    reporters: ["default"],
  },
});
