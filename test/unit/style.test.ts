// Terminal colours: on for a terminal, off with NO_COLOR (whatever its value), TERM=dumb, or output to a file or pipe.

import { describe, expect, it } from "vitest";
import { createStyle } from "../../src/cli/style.js";

const terminal = { isTTY: true } as NodeJS.WriteStream;
const pipe = { isTTY: false } as NodeJS.WriteStream;

describe("createStyle", () => {
  it("colours a terminal's output", () => {
    expect(createStyle(terminal, {}).red("error")).toBe("\u001b[31merror\u001b[39m");
  });

  it("writes plain text when NO_COLOR is set, even empty, for a dumb terminal, and into a pipe", () => {
    for (const [stream, env] of [[terminal, { NO_COLOR: "" }], [terminal, { NO_COLOR: "1" }], [terminal, { TERM: "dumb" }], [pipe, {}]] as const) {
      const style = createStyle(stream, env);
      expect([style.red("a"), style.yellow("b"), style.green("c"), style.bold("d"), style.dim("e")].join("")).toBe("abcde");
    }
  });
});
