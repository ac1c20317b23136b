// Lays a fixture issue's edition out as the build does, in a real browser, for tests that look inside the laid-out pages.

import type { Page } from "puppeteer-core";
import { afterAll, beforeAll } from "vitest";
import { openFixtureEdition, type FixtureEdition } from "./fixture-edition.js";

/**
 * Writes `files` as an issue, lays out its edition `code` before the file's tests (its browser closed and its
 * folder removed after them), and gives the browser page holding the laid-out pages.
 */
export function useLaidOutFixture(files: Record<string, string | Buffer>, code = "en"): () => Page {
  let fixture: FixtureEdition | undefined;
  beforeAll(async () => {
    fixture = await openFixtureEdition(files, code);
  }, 120_000);
  afterAll(async () => {
    await fixture?.close();
  });
  return () => {
    if (!fixture) throw new Error("The fixture issue was not laid out.");
    return fixture.page;
  };
}
