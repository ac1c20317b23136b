// Covers resolveRelative from check-references: how image paths are resolved against the issue root.

import { describe, expect, it } from "vitest";
import { resolveRelative } from "../../src/stages/parse-markdown/check-references.js";

describe("resolveRelative", () => {
  it.each([
    ["images/x.svg", "images/x.svg"],
    ["./images/x.svg", "images/x.svg"],
    ["images/./x.svg", "images/x.svg"],
    ["images/sub/../x.svg", "images/x.svg"],
    ["images//x.svg", "images/x.svg"],
    ["images\\x.svg", "images/x.svg"],
    ["images/x.svg?v=2", "images/x.svg"],
    ["images/x.svg#part", "images/x.svg"],
    ["images/my%20photo.svg", "images/my photo.svg"],
    ["images/%E0%A4%A", "images/%E0%A4%A"],
  ])("%j -> %j", (src, expected) => {
    expect(resolveRelative(src)).toBe(expected);
  });

  it.each(["../x.svg", "../../etc/passwd", "images/../../x.svg", "images/..%2F..%2Fx.svg", "..\\x.svg"])("%j climbs out: null", (src) => {
    expect(resolveRelative(src)).toBeNull();
  });
});
