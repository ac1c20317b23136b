// Covers splitFrontMatter: fences, BOM, refused non-YAML front matter, unclosed fences and body line offsets.

import { describe, expect, it } from "vitest";
import { ContentError } from "../../src/diagnostics/errors.js";
import { splitFrontMatter } from "../../src/stages/load-issue/split-front-matter.js";
import { catchError } from "../fixtures/make-issue.js";

describe("splitFrontMatter", () => {
  it("separates YAML and body of a normal file", () => {
    const text = "---\ntitle: Hello\nlang: en\n---\nFirst paragraph.\n\nSecond.";
    expect(splitFrontMatter(text, "a.md")).toEqual({
      yaml: "title: Hello\nlang: en",
      yamlStartLine: 2,
      body: "First paragraph.\n\nSecond.",
      bodyLineOffset: 4,
    });
  });

  it("returns yaml null and the whole text as body when there is no front matter", () => {
    const text = "Just text.\n---\nnot front matter";
    expect(splitFrontMatter(text, "a.md")).toEqual({ yaml: null, yamlStartLine: 1, body: text, bodyLineOffset: 0 });
  });

  it("strips a UTF-8 byte order mark before the opening fence", () => {
    const result = splitFrontMatter("\uFEFF---\ntitle: Hi\n---\nBody", "a.md");
    expect(result.yaml).toBe("title: Hi");
    expect(result.body).toBe("Body");
    expect(result.bodyLineOffset).toBe(3);
  });

  it("strips a BOM from a file without front matter too", () => {
    expect(splitFrontMatter("\uFEFFPlain", "a.md").body).toBe("Plain");
  });

  it("accepts CRLF line endings", () => {
    const result = splitFrontMatter("---\r\ntitle: Hi\r\n---\r\nBody\r\nmore", "a.md");
    expect(result.yaml).toBe("title: Hi");
    expect(result.body).toBe("Body\nmore");
    expect(result.bodyLineOffset).toBe(3);
  });

  it("accepts trailing spaces after the fences", () => {
    const result = splitFrontMatter("---  \ntitle: Hi\n--- \t\nBody", "a.md");
    expect(result.yaml).toBe("title: Hi");
    expect(result.body).toBe("Body");
  });

  it("accepts `...` as the closing fence", () => {
    const result = splitFrontMatter("---\ntitle: Hi\n...\nBody", "a.md");
    expect(result.yaml).toBe("title: Hi");
    expect(result.body).toBe("Body");
    expect(result.bodyLineOffset).toBe(3);
  });

  it("accepts an explicit ---yaml fence", () => {
    expect(splitFrontMatter("---yaml\ntitle: Hi\n---\nBody", "a.md").yaml).toBe("title: Hi");
  });

  it("gives empty YAML for an empty front matter block", () => {
    const result = splitFrontMatter("---\n---\nBody", "a.md");
    expect(result.yaml).toBe("");
    expect(result.bodyLineOffset).toBe(2);
  });

  it.each(["---js", "---javascript", "--- coffee"])("refuses %j front matter with front-matter-not-yaml on line 1", (fence) => {
    const error = catchError(() => splitFrontMatter(`${fence}\nmodule.exports = { title: "x" }\n---\nBody`, "issues/x/a.md"));
    expect(error).toBeInstanceOf(ContentError);
    expect(error.code).toBe("front-matter-not-yaml");
    expect(error.location.file).toBe("issues/x/a.md");
    expect(error.location.line).toBe(1);
  });

  it("refuses ---js even after a BOM", () => {
    expect(catchError(() => splitFrontMatter("\uFEFF---js\n{}\n---\n", "a.md")).code).toBe("front-matter-not-yaml");
  });

  it("reports an unclosed fence with front-matter-unclosed at line 1", () => {
    const error = catchError(() => splitFrontMatter("---\ntitle: Hi\n\nBody with no closing fence", "a.md"));
    expect(error).toBeInstanceOf(ContentError);
    expect(error.code).toBe("front-matter-unclosed");
    expect(error.location).toEqual({ file: "a.md", line: 1, column: 1 });
  });

  it("treats a lone opening fence as unclosed", () => {
    expect(catchError(() => splitFrontMatter("---", "a.md")).code).toBe("front-matter-unclosed");
  });

  it("keeps bodyLineOffset exact: body line n is file line n + offset", () => {
    const text = ["---", "title: Hi", "byline: Me", "", "---", "alpha", "", "beta", "gamma"].join("\n");
    const { body, bodyLineOffset } = splitFrontMatter(text, "a.md");
    const fileLines = text.split("\n");
    const bodyLines = body.split("\n");
    expect(bodyLineOffset).toBe(5);
    bodyLines.forEach((line, index) => {
      // body line n (1-based) = index + 1; file line = n + offset, fileLines index = n + offset - 1
      expect(fileLines[index + bodyLineOffset]).toBe(line);
    });
    expect(fileLines[bodyLines.indexOf("beta") + bodyLineOffset]).toBe("beta");
  });

  it("does not count a later --- inside the body as a new front matter", () => {
    const result = splitFrontMatter("---\ntitle: Hi\n---\nText\n---\nMore", "a.md");
    expect(result.body).toBe("Text\n---\nMore");
  });
});
