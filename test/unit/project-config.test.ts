// pressroom.config.yaml: reading it with located errors, and the precedence defaults < config < issue.md < article < flags.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { resolveOptions } from "../../src/config/build-options.js";
import { loadProjectConfig, pickIssueDefaults } from "../../src/config/load-project-config.js";
import { ContentError } from "../../src/diagnostics/errors.js";
import { resolveProjectOptions } from "../../src/pipeline/resolve-project-options.js";
import { assembleIssue } from "../../src/stages/load-issue/assemble-issue.js";
import { articleMd, catchAsync, DISPLAY_DIR, issueMd, makeFolder } from "../fixtures/make-issue.js";

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A project folder holding pressroom.config.yaml with `text` (none when null). */
function makeProjectDir(text: string | null, name = "pressroom.config.yaml"): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "pressroom-config-"));
  made.push(dir);
  if (text !== null) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe("pressroom.config.yaml", () => {
  it("is optional: without it every setting keeps pressroom's default", async () => {
    const dir = makeProjectDir(null);
    expect(await loadProjectConfig(dir)).toEqual({ config: {} });
    const options = await resolveProjectOptions({ issue: "issues/x", projectDir: dir });
    expect(options.outRoot).toBe(path.join(dir, "output"));
    expect(options.allowHtml).toBe(false);
    expect(options.issueDefaults).toEqual({});
  });

  it("reads issue defaults and build settings, from .yaml or .yml", async () => {
    const text = "layout: bulletin\npaper: A5\nlanguages: [en, ar]\nnotes: end\nallowHtml: true\noutput: pdfs\ntimeout: 90\nbrowser: /opt/chrome\n";
    for (const name of ["pressroom.config.yaml", "pressroom.config.yml"]) {
      const dir = makeProjectDir(text, name);
      const options = await resolveProjectOptions({ issue: "issues/x", projectDir: dir });
      expect(options.configFile).toBe(path.join(dir, name));
      expect(options.issueDefaults).toEqual({ layout: "bulletin", paper: "A5", languages: ["en", "ar"], notes: "end" });
      expect(options).toMatchObject({ outRoot: path.join(dir, "pdfs"), allowHtml: true, timeoutMs: 90_000, browser: "/opt/chrome" });
      // A message about that browser names the file that named it.
      expect(options.browserSource).toBe(name);
    }
  });

  it("names the file, line and column of a mistake, and refuses settings it does not know", async () => {
    const wrong = await catchAsync(loadProjectConfig(makeProjectDir("layout: bulletin\npaper: B7\n")));
    expect(wrong).toBeInstanceOf(ContentError);
    expect(wrong.message).toContain("paper");
    expect(wrong.location).toMatchObject({ line: 2, column: 8 });
    expect(wrong.location.file).toMatch(/pressroom\.config\.yaml$/);
    const unknown = await catchAsync(loadProjectConfig(makeProjectDir("layot: bulletin\n")));
    expect(unknown).toBeInstanceOf(ContentError);
    expect(unknown.location).toMatchObject({ line: 1 });
    const broken = await catchAsync(loadProjectConfig(makeProjectDir("layout: [bulletin\n")));
    expect(broken.code).toBe("front-matter-yaml");
    // The file is a settings file, not front matter between --- lines: the message calls it what it is.
    expect(broken.message).toMatch(/^This settings file is not valid YAML/);
    const list = await catchAsync(loadProjectConfig(makeProjectDir("- layout\n- paper\n")));
    expect(list.message).toBe("This settings file must be a list of settings such as `paper: A5`, one per line.");
    expect(list.hint).not.toContain("---");
  });
});

describe("which setting wins", () => {
  const assembleWith = (defaults: Record<string, unknown>, issueLines: string[], article: string[] = ["title: A"]) =>
    assembleIssue(makeFolder({ issue: issueMd(issueLines), articles: { "01-a.md": articleMd(article, "Text.") } }), DISPLAY_DIR, () => undefined, defaults);

  it("takes pressroom's default, then the config's, then issue.md's", () => {
    expect(assembleWith({}, []).meta).toMatchObject({ layout: "newspaper", languages: ["en"], grayscale: false });
    const config = pickIssueDefaults({ layout: "bulletin", languages: ["en", "ar"], grayscale: true, allowHtml: true, output: "pdfs" });
    // Build settings are not issue settings: they never reach issue.md's schema.
    expect(config).toEqual({ layout: "bulletin", languages: ["en", "ar"], grayscale: true });
    expect(assembleWith(config, []).meta).toMatchObject({ layout: "bulletin", languages: ["en", "ar"], grayscale: true });
    expect(assembleWith(config, ["layout: sheet", "grayscale: false"]).meta).toMatchObject({ layout: "sheet", languages: ["en", "ar"], grayscale: false });
  });

  it("lets an article's own setting win over issue.md's and the config's", () => {
    const issue = assembleWith({ notes: "foot" }, ["notes: foot"], ["title: A", "notes: end"]);
    expect(issue.meta.notes).toBe("foot");
    expect(issue.articles[0]?.meta.notes).toBe("end");
  });

  it("lets the command line win over the config", () => {
    const project = { config: { output: "pdfs", timeout: 90, browser: "/opt/chrome", allowHtml: false }, issueDefaults: {} };
    const options = resolveOptions({ issue: "issues/x", projectDir: "/p", outDir: "/tmp/out", timeoutMs: 5000, browser: "/usr/bin/chromium", allowHtml: true }, project);
    expect(options).toMatchObject({ outRoot: "/tmp/out", timeoutMs: 5000, browser: "/usr/bin/chromium", allowHtml: true });
    expect(options.browserSource).toBeUndefined();
    // A flag can only turn raw HTML on: without it the config decides.
    expect(resolveOptions({ issue: "x", projectDir: "/p" }, { config: { allowHtml: true }, issueDefaults: {} }).allowHtml).toBe(true);
  });
});
