// A page picture whose place comes onto a page only when the page is laid out again (another picture taken off it) is printed, not left out (page/page-floats.js).

import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build, type BuildResult } from "../../src/index.js";
import { getBrowserPath } from "../support/browser.js";
import { readFixture } from "../support/build-fixture.js";
import { makeProject } from "../support/issue-fixture.js";

/**
 * An Arabic issue from the right-to-left fuzz (sentences of the project's sample issues): page 3's {.page-bottom}
 * picture is taken off and the page laid out again, which brings the place of the next article's {.page-top}
 * picture onto page 3. Left "waiting" there, that picture was placed nowhere: the build warned "could not be placed
 * on any page" and the PDF lacked it.
 */

let project: string;
let result: BuildResult;

beforeAll(async () => {
  const pictures = ["alder-court-scaffolding.svg", "lantern-walk-map.svg", "long-table-kitchen.svg"].map((name) => `2026-11/images/${name}`);
  project = makeProject(readFixture("waiting-page-picture", pictures)).project;
  result = await build({ issue: path.join("issues", "test-issue"), projectDir: project, outDir: path.join(project, "out"), browser: getBrowserPath() });
}, 120_000);

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe("a page picture whose place a layout again brings onto a page", () => {
  it("is printed, with no warning", () => {
    expect(result.outputs[0]!.warnings.map((warning) => warning.message)).toEqual([]);
    // The pictures' own check (findUnplacedPictures) is what warned: with no warning, every {.page-top} and
    // {.page-bottom} picture whose place is printed is on a page.
  });
});
