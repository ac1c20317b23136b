// The preview's pure parts and its refusals: the injected page, editors' temporary files, problems in words, a missing folder, a taken port.

import { rmSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ContentError } from "../../src/diagnostics/errors.js";
import { describeError } from "../../src/preview/describe-error.js";
import { injectPreview, type PageData } from "../../src/preview/inject-preview.js";
import { startPreview } from "../../src/preview/start-preview.js";
import { isTemporaryFile } from "../../src/preview/watch-folders.js";
import { GOOD_ARTICLE, GOOD_ISSUE_MD, makeProject } from "../support/issue-fixture.js";

const DATA: PageData = { title: "The </script> Gazette", version: 3, edition: { code: "en", dir: "ltr", digits: "latn" }, editions: [], error: null, warnings: [] };

describe("injectPreview", () => {
  it("puts the data block and the scripts, in order, at the end of the head", () => {
    const html = injectPreview("<html><head><title>x</title></head><body><p>text</p></body></html>", DATA);
    const head = html.slice(0, html.indexOf("</head>"));
    expect(head).toContain('id="pressroom-preview"');
    const scripts = [...head.matchAll(/<script src="([^"]+)" defer>/g)].map((match) => match[1]);
    expect(scripts[0]).toBe("/_pressroom/paged.js");
    expect(scripts.indexOf("/_pressroom/bridge.js")).toBeLessThan(scripts.indexOf("/_preview/preview-client.js"));
    expect(scripts.at(-1)).toBe("/_preview/preview-client.js");
    expect(html).toContain("<body><p>text</p></body>");
  });

  it("keeps a title that says </script> inside the data block", () => {
    const html = injectPreview("<head></head>", DATA);
    expect(html.match(/<\/script>/g)?.length).toBe(html.match(/<script/g)?.length);
    const block = /<script type="application\/json" id="pressroom-preview">(.*?)<\/script>/.exec(html)?.[1] ?? "";
    expect(JSON.parse(block).title).toBe("The </script> Gazette");
  });

  it("loads no layout scripts on the page shown before the issue has rendered", () => {
    const html = injectPreview("<head></head>", { ...DATA, edition: null });
    expect(html).not.toContain("paged.js");
    expect(html).toContain("/_preview/preview-client.js");
  });
});

describe("isTemporaryFile", () => {
  it.each([".01-roof.md.swp", "01-roof.md~", ".#01-roof.md", "#01-roof.md#", "4913", "issue.md.swx"])("ignores %s", (file) => {
    expect(isTemporaryFile(path.join("issues", "x", file))).toBe(true);
  });
  it.each(["01-roof.md", "issue.ar.md", "images/photo.jpg", "style.css"])("watches %s", (file) => {
    expect(isTemporaryFile(file)).toBe(false);
  });
});

describe("describeError", () => {
  it("gives the message, the place and the hint", () => {
    const error = new ContentError("x", "The title is missing.", { hint: "Add `title:`.", location: { file: "issues/a/01.md", line: 2, column: 1 } });
    expect(describeError(error)).toMatchObject({ message: "The title is missing.", place: "issues/a/01.md:2:1", hint: "Add `title:`." });
  });
  it("calls anything else pressroom's bug, not the editor's", () => {
    expect(describeError(new TypeError("x is undefined")).hint).toMatch(/bug in pressroom/);
  });
});

describe("startPreview", () => {
  it("refuses a folder that does not exist, in the pipeline's words", async () => {
    await expect(startPreview({ issue: "issues/nowhere", projectDir: "/tmp" })).rejects.toMatchObject({ code: "issue-not-found" });
  });

  it("refuses a file given for its issue folder, naming the folder to give", async () => {
    await expect(startPreview({ issue: "issues/2026-11/issue.md", projectDir: path.resolve(import.meta.dirname, "../..") })).rejects.toMatchObject({
      code: "issue-not-found",
      message: "issues/2026-11/issue.md is a file, not an issue folder.",
      hint: "Give the folder it is in instead: issues/2026-11",
    });
  });

  it("says so when the port is taken", async () => {
    const { project } = makeProject({ "issue.md": GOOD_ISSUE_MD, "01-story.md": GOOD_ARTICLE });
    const first = await startPreview({ issue: "issues/test-issue", projectDir: project });
    try {
      const port = Number(new URL(first.url).port);
      await expect(startPreview({ issue: "issues/test-issue", projectDir: project, port })).rejects.toMatchObject({ code: "port-unavailable" });
    } finally {
      await first.close();
      rmSync(project, { recursive: true, force: true });
    }
  });
});
