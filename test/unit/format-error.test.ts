// Covers formatError, formatWarning and formatPlace: location, source excerpt with caret, hint, and stack only with --debug.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatError, formatPlace, formatWarning } from "../../src/cli/format-error.js";
import type { Style } from "../../src/cli/style.js";
import { ContentError, UsageError } from "../../src/diagnostics/errors.js";

const plain: Style = { red: (t) => t, yellow: (t) => t, green: (t) => t, bold: (t) => t, dim: (t) => t };

let dir: string;
let file: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "pressroom-format-error-"));
  file = path.join(dir, "issue.md");
  writeFileSync(file, ["---", "title: The Riverside Commons", "paper: B5", "number: 14", "---"].join("\n"));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const paperError = (cause?: unknown) =>
  new ContentError("front-matter-value", 'The setting "paper" must be one of A3, A4.', {
    hint: "Correct the value on the line shown.",
    location: { file, line: 3, column: 8 },
    cause,
  });

describe("formatError", () => {
  it("prints the message, --> file:line:col, the lines around it with a caret under the column, and the hint", () => {
    expect(formatError(paperError(), plain, false).split("\n")).toEqual([
      'error: The setting "paper" must be one of A3, A4.',
      `  --> ${file}:3:8`,
      "  2 | title: The Riverside Commons",
      "  3 | paper: B5",
      "    |        ^",
      "  4 | number: 14",
      "  hint: Correct the value on the line shown.",
    ]);
  });

  it("puts the caret under the column in the source line", () => {
    const lines = formatError(paperError(), plain, false).split("\n");
    const source = lines.find((line) => line.startsWith("  3 | ")) ?? "";
    const caret = lines[lines.indexOf(source) + 1] ?? "";
    expect(source[caret.indexOf("^")]).toBe("B");
  });

  it("prints no stack trace and no causes unless debug is true", () => {
    const text = formatError(paperError(new Error("inner cause")), plain, false);
    expect(text).not.toContain("    at ");
    expect(text).not.toContain("inner cause");
    expect(text).not.toContain("ContentError:");
  });

  it("prints causes and the stack trace when debug is true", () => {
    const error = paperError(new Error("inner cause"));
    const text = formatError(error, plain, true);
    expect(text).toContain("  cause 1: inner cause");
    expect(text).toContain(error.stack?.split("\n")[1]?.trim() ?? "no stack");
    expect(text).toContain("    at ");
  });

  it("prints only the place when the file cannot be read", () => {
    const error = new ContentError("x", "Broken.", { location: { file: path.join(dir, "missing.md"), line: 2, column: 1 } });
    expect(formatError(error, plain, false).split("\n")).toEqual(["error: Broken.", `  --> ${path.join(dir, "missing.md")}:2:1`]);
  });

  it("prints no excerpt for a location without a line", () => {
    const error = new ContentError("x", "No issue.md.", { location: { file: dir } });
    expect(formatError(error, plain, false)).toBe(`error: No issue.md.\n  --> ${dir}`);
  });

  it("shows the first line with the next one and no line 0", () => {
    const error = new ContentError("x", "At the top.", { location: { file, line: 1, column: 1 } });
    expect(formatError(error, plain, false).split("\n").slice(2, 5)).toEqual(["  1 | ---", "    | ^", "  2 | title: The Riverside Commons"]);
  });

  it("indents a multi-line hint under the first line", () => {
    const error = new UsageError("u", "Bad.", { hint: "First.\nSecond." });
    expect(formatError(error, plain, false)).toBe("error: Bad.\n  hint: First.\n        Second.");
  });

  it("calls an unexpected error a bug in pressroom, with the stack only under debug", () => {
    const error = new TypeError("x is undefined");
    const text = formatError(error, plain, false);
    expect(text).toContain("error: pressroom stopped on an unexpected problem: x is undefined");
    expect(text).toContain("this is a bug in pressroom");
    expect(text).not.toContain("    at ");
    expect(formatError(error, plain, true)).toContain("    at ");
  });

  it("formats a thrown non-Error value", () => {
    expect(formatError("boom", plain, false)).toContain("unexpected problem: boom");
  });
});

describe("formatWarning and formatPlace", () => {
  it("prints the edition, message, place and hint", () => {
    const text = formatWarning(
      { code: "footnote-unused", message: "Unused note.", hint: "Delete it.", edition: "ar", location: { file: "a.md", line: 7, column: 1 } },
      plain,
    );
    expect(text).toBe("warning [ar]: Unused note.\n  --> a.md:7:1\n  hint: Delete it.");
  });

  it("joins only the parts a place has", () => {
    expect(formatPlace({ file: "a.md" })).toBe("a.md");
    expect(formatPlace({ file: "a.md", line: 3 })).toBe("a.md:3");
    expect(formatPlace({ file: "a.md", line: 3, column: 9 })).toBe("a.md:3:9");
  });
});
