// The document's pictures are held loaded outside the pages while Paged.js lays out copies of them (page/wait-for-pictures.js).

import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { useLaidOutFixture } from "../support/laid-out-fixture.js";

const PICTURE = readFileSync(path.resolve(import.meta.dirname, "../../issues/2026-11/images/alder-court-scaffolding.svg"), "utf8");

const laidOut = useLaidOutFixture({
  "issue.md": "---\ntitle: The Picture Gazette\nnumber: 5\ndate: 2026-05-01\nlanguages: [en]\nlayout: bulletin\n---\n",
  "01-a.md": [
    "---\ntitle: Scaffolding\n---\n",
    "The scaffolding went up on Monday.\n",
    '![Scaffolding on the north wall](images/scaffold.svg "The north wall on Monday.")\n',
    "The roofers start next week, weather permitting.\n",
    '![The same wall again](images/scaffold.svg "The north wall on Tuesday.")\n',
  ].join("\n"),
  "images/scaffold.svg": PICTURE,
});

describe("pictures kept loaded for the layout (page/wait-for-pictures.js)", () => {
  // Paged.js lays out copies of the document's pictures and waits for them only when it looks for overflow. A copy of a
  // picture Chrome had let go of loaded a moment later, with no height meanwhile, and the mends made as the next article
  // starts measured the columns so: a fuzz issue's Persian edition came out one of two ways from build to build.
  it("holds one loaded copy of each picture outside the pages, hidden", async () => {
    const kept = await laidOut().evaluate(() =>
      Array.from(document.querySelectorAll("[data-pressroom-pictures]"), (keeper) => ({
        hidden: (keeper as HTMLElement).hidden,
        inBody: document.body.contains(keeper),
        pictures: Array.from(keeper.querySelectorAll("img"), (img) => ({ file: new URL(img.src).pathname.split("/").pop(), loaded: img.complete })),
      })),
    );
    expect(kept).toEqual([{ hidden: true, inBody: false, pictures: [{ file: "scaffold.svg", loaded: true }] }]);
  });
});
