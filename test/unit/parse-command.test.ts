// Covers parseCommand: build and its options, new, check and preview, help and version, and usage errors.

import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/diagnostics/errors.js";
import { parseCommand } from "../../src/cli/parse-command.js";
import { catchError } from "../fixtures/make-issue.js";

describe("parseCommand: build", () => {
  it("parses build with every option", () => {
    const command = parseCommand([
      "build", "issues/2026-11", "--out", "dist-pdf", "--edition", "en", "--browser", "/usr/bin/chromium",
      "--timeout", "90", "--allow-html", "--json", "--quiet", "--verbose", "--debug",
    ]);
    expect(command).toEqual({
      kind: "build",
      issue: "issues/2026-11",
      out: "dist-pdf",
      editions: ["en"],
      browser: "/usr/bin/chromium",
      timeoutMs: 90_000,
      allowHtml: true,
      json: true,
      quiet: true,
      verbose: true,
      debug: true,
    });
  });

  it("gives defaults when only the folder is named", () => {
    expect(parseCommand(["build", "issues/2026-11"])).toEqual({
      kind: "build",
      issue: "issues/2026-11",
      out: undefined,
      editions: [],
      browser: undefined,
      timeoutMs: undefined,
      allowHtml: false,
      json: false,
      quiet: false,
      verbose: false,
      debug: false,
    });
  });

  it("collects a repeated --edition in order", () => {
    const command = parseCommand(["build", "x", "--edition", "ar", "--edition", "en", "--edition=fr"]);
    expect(command.kind === "build" && command.editions).toEqual(["ar", "en", "fr"]);
  });

  it("takes --grayscale for a photocopied run, and leaves the choice to issue.md without it", () => {
    expect(parseCommand(["build", "x", "--grayscale"])).toMatchObject({ kind: "build", grayscale: true });
    const plain = parseCommand(["build", "x"]);
    expect(plain.kind === "build" && plain.grayscale).toBeUndefined();
  });

  it("takes --paper-weight in g/m² for a booklet's paper, as a number or as on the ream, and refuses one no office printer takes", () => {
    expect(parseCommand(["build", "x", "--impose", "booklet", "--paper-weight", "120"])).toMatchObject({ kind: "build", impose: "booklet", paperWeight: 120 });
    expect(parseCommand(["build", "x", "--paper-weight=90gsm"])).toMatchObject({ kind: "build", paperWeight: 90 });
    expect(parseCommand(["build", "x", "--paper-weight", "160 g/m²"])).toMatchObject({ kind: "build", paperWeight: 160 });
    for (const value of ["0", "39", "351", "500gsm", "heavy"]) {
      const error = catchError(() => parseCommand(["build", "x", "--paper-weight", value]));
      expect(error.code).toBe("usage-bad-number");
      expect(error.message).toBe(`--paper-weight takes a paper weight from 40 to 350 g/m²; "${value}" is not one.`);
      expect(error.hint).toBe("For example --paper-weight 80 for office paper, or --paper-weight 120.");
    }
  });

  it("accepts options before the folder", () => {
    const command = parseCommand(["build", "--timeout", "5", "x"]);
    expect(command).toMatchObject({ kind: "build", issue: "x", timeoutMs: 5000 });
  });

  it("accepts --timeout=N and fractional seconds", () => {
    expect(parseCommand(["build", "x", "--timeout=1.5"])).toMatchObject({ timeoutMs: 1500 });
    expect(parseCommand(["build", "x", "--timeout", "3600"])).toMatchObject({ timeoutMs: 3_600_000 });
  });

  it("returns build help for build --help", () => {
    expect(parseCommand(["build", "--help"])).toEqual({ kind: "help", topic: "build", debug: false });
    expect(parseCommand(["build", "x", "-h"])).toEqual({ kind: "help", topic: "build", debug: false });
  });
});

describe("parseCommand: usage errors", () => {
  it("throws usage-issue-folder when the folder is missing", () => {
    const error = catchError(() => parseCommand(["build"]));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.code).toBe("usage-issue-folder");
    expect(error.message).toBe("Which issue should be built?");
  });

  it("throws usage-issue-folder for two folders", () => {
    const error = catchError(() => parseCommand(["build", "a", "b"]));
    expect(error.code).toBe("usage-issue-folder");
    expect(error.message).toBe("Give one issue folder at a time.");
  });

  it("throws usage-unknown-command for an unknown command", () => {
    const error = catchError(() => parseCommand(["biuld", "x"]));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.code).toBe("usage-unknown-command");
    expect(error.message).toBe('"biuld" is not a pressroom command.');
    expect(error.hint).toMatch(/^Did you mean build\? The commands are build, check, new, preview/);
    expect(catchError(() => parseCommand(["preveiw", "x"])).hint).toMatch(/^Did you mean preview\?/);
    expect(catchError(() => parseCommand(["publish", "x"])).hint).toMatch(/^The commands are/);
  });

  it.each(["abc", "0", "-5", "3601", "Infinity", "NaN"])("throws usage-bad-number for --timeout=%s", (value) => {
    const error = catchError(() => parseCommand(["build", "x", `--timeout=${value}`]));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.code).toBe("usage-bad-number");
    expect(error.message).toBe(`--timeout takes a number from 1 to 3600; "${value}" is not one.`);
  });

  it("throws usage-bad-number for --timeout abc written as two arguments", () => {
    expect(catchError(() => parseCommand(["build", "x", "--timeout", "abc"])).code).toBe("usage-bad-number");
  });

  it("throws usage-bad-option for an unknown option", () => {
    const error = catchError(() => parseCommand(["build", "x", "--colour"]));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.code).toBe("usage-bad-option");
    expect(error.message).toBe("Unknown option '--colour'.");
  });

  it("throws usage-bad-option for an option missing its value", () => {
    const error = catchError(() => parseCommand(["build", "x", "--out"]));
    expect(error.code).toBe("usage-bad-option");
    expect(error.message).toContain("--out");
  });
});

describe("parseCommand: help and version", () => {
  it.each([[[]], [["--help"]], [["-h"]], [["help"]]])("%j is help without topic", (argv) => {
    expect(parseCommand(argv)).toEqual({ kind: "help", topic: undefined, debug: false });
  });

  it("help front-matter has that topic", () => {
    expect(parseCommand(["help", "front-matter"])).toEqual({ kind: "help", topic: "front-matter", debug: false });
  });

  it.each([[["--version"]], [["-v"]]])("%j is version", (argv) => {
    expect(parseCommand(argv)).toEqual({ kind: "version", debug: false });
  });

  it("notices --debug anywhere", () => {
    expect(parseCommand(["--version", "--debug"])).toEqual({ kind: "version", debug: true });
  });
});

describe("parseCommand: new, check and preview", () => {
  it("reads each command's folder and options, with the output flags every command takes", () => {
    expect(parseCommand(["check", "issues/x", "--edition", "ar", "--json"])).toMatchObject({ kind: "check", issue: "issues/x", editions: ["ar"], json: true, quiet: false });
    expect(parseCommand(["new", "issues/y", "--language", "en,ar", "--language", "fa", "--layout", "sheet", "--title", "The Paper"])).toMatchObject({
      kind: "new",
      folder: "issues/y",
      languages: ["en", "ar", "fa"],
      layout: "sheet",
      title: "The Paper",
    });
    expect(parseCommand(["preview", "issues/x", "--port", "8080", "--quiet"])).toMatchObject({ kind: "preview", issue: "issues/x", port: 8080, quiet: true });
    expect(parseCommand(["preview", "--help"])).toEqual({ kind: "help", topic: "preview", debug: false });
  });

  it("refuses a language's name in new --language, naming the codes to write (no issue.md that check refuses)", () => {
    const error = catchError(() => parseCommand(["new", "issues/y", "--language", "English,Arabic"]));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.code).toBe("usage-bad-language");
    expect(error.message).toBe('--language takes language codes; "English" is not one.');
    expect(error.hint).toBe("Write en for English: --language en,ar.");
    expect(catchError(() => parseCommand(["new", "issues/y", "--language", "en,xx-yy-zz-123456789"])).hint).toBe("For example --language en,ar (English and Arabic).");
  });

  it("asks for the folder in the command's own words, and refuses a port out of range", () => {
    expect(catchError(() => parseCommand(["check"])).message).toBe("Which issue should be checked?");
    expect(catchError(() => parseCommand(["new"])).message).toBe("Where should the new issue go?");
    const port = catchError(() => parseCommand(["preview", "issues/x", "--port", "70000"]));
    expect(port).toBeInstanceOf(UsageError);
    expect(port.message).toBe('--port takes a number from 1 to 65535; "70000" is not one.');
  });
});
