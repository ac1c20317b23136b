// Untrusted input stays inside: a hostile layout and hostile Markdown try to reach files, other hosts and other loopback ports, run script, and read prototypes; each attempt is blocked and reported.

import { execFileSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addHostileLayout, GOOD_ISSUE_MD, makeProject } from "../support/issue-fixture.js";
import { ROOT, runCli } from "../support/run-cli.js";

interface Summary {
  outputs: { edition: string; path: string; warnings: { code: string; message: string }[] }[];
}

/** A server on another loopback port, counting the requests it gets: the page must never reach it. */
let bait: Server;
let baitPort = 0;
const baitHits: string[] = [];
const projects: string[] = [];

beforeAll(async () => {
  bait = createServer((request, response) => {
    baitHits.push(request.url ?? "");
    response.writeHead(200, { "content-type": "text/css", "access-control-allow-origin": "*" }).end("body { background: red; }");
  });
  await new Promise<void>((resolve) => bait.listen(0, "127.0.0.1", () => resolve()));
  baitPort = (bait.address() as AddressInfo).port;
});

afterAll(async () => {
  projects.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  await new Promise<void>((resolve) => bait.close(() => resolve()));
});

/** The page's secret: a file outside the project, which nothing in the PDF may contain. */
const SECRET_FILE = "/etc/hostname";

/** A project with templates/hostile (newspaper with a hostile block before </body>) and one article. */
function makeHostileProject(article: string, extraLayout = "") {
  const { project } = makeProject({ "issue.md": GOOD_ISSUE_MD.replace("languages: [en]", "languages: [en]\nlayout: hostile"), "01-a.md": article });
  projects.push(project);
  addHostileLayout(project, ROOT, extraLayout);
  return project;
}

const pdfText = (file: string) => execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });

describe("a hostile layout", () => {
  it("reaches no local file, other host or other loopback port, runs no outside script, and each try is reported", () => {
    const hostile = [
      `<img src="file://${SECRET_FILE}">`,
      `<link rel="stylesheet" href="http://127.0.0.1:${baitPort}/steal.css">`,
      `<img src="http://localhost:${baitPort}/pixel.png">`,
      `<script src="https://example.invalid/evil.js"></script>`,
      `<iframe src="file:///etc/passwd"></iframe>`,
      // Handlebars runs with prototype access off: these print nothing.
      `<p class="proto">[{{issue.constructor.name}}][{{lookup issue "__proto__"}}]</p>`,
    ].join("\n");
    const project = makeHostileProject("---\ntitle: Market\n---\n\nThe market opens on Saturday.\n", hostile);
    const run = runCli(["build", "issues/test-issue", "--json"], { cwd: project, timeoutMs: 120_000 });
    expect(run.status, run.stderr).toBe(0);
    const output = (JSON.parse(run.stdout) as Summary).outputs[0];
    const blocked = (output?.warnings ?? []).filter((warning) => warning.code === "blocked-request").map((warning) => warning.message);
    for (const target of [`file://${SECRET_FILE}`, `127.0.0.1:${baitPort}/steal.css`, `localhost:${baitPort}/pixel.png`, "example.invalid/evil.js"]) {
      expect(blocked.some((message) => message.includes(target)), `${target} in ${JSON.stringify(blocked)}`).toBe(true);
    }
    expect(baitHits).toEqual([]);
    const text = pdfText(output?.path ?? "");
    expect(text).toContain("The market opens on Saturday.");
    expect(text).not.toContain(readFileSync(SECRET_FILE, "utf8").trim());
    expect(text).toContain("[][]");
  });
});

describe("hostile Markdown", () => {
  const article = [
    "---",
    "title: Notes",
    "---",
    "",
    "Before the tags.",
    "",
    `<img src="file://${SECRET_FILE}"><script>document.body.innerHTML = "pwned"</script>`,
    "",
    `<link rel="stylesheet" href="http://127.0.0.1:PORT/markdown.css">`,
    "",
    "After the tags.",
  ].join("\n");

  it("prints raw HTML as text unless the project allows it", () => {
    const project = makeHostileProject(article.replace("PORT", String(baitPort)));
    const run = runCli(["build", "issues/test-issue", "--json"], { cwd: project, timeoutMs: 120_000 });
    expect(run.status, run.stderr).toBe(0);
    const output = (JSON.parse(run.stdout) as Summary).outputs[0];
    const text = pdfText(output?.path ?? "");
    expect(text).toContain("Before the tags.");
    expect(text).toContain("After the tags.");
    expect(text).toContain("<script>document.body.innerHTML");
    expect(text).not.toContain("pwned\n");
    expect(output?.warnings.filter((warning) => warning.code === "blocked-request")).toEqual([]);
  });

  it("with raw HTML allowed (pressroom.config.yaml), still blocks and reports what it reaches for, and runs no inline script", () => {
    const project = makeHostileProject(article.replace("PORT", String(baitPort)));
    writeFileSync(path.join(project, "pressroom.config.yaml"), "allowHtml: true\n");
    const run = runCli(["build", "issues/test-issue", "--json"], { cwd: project, timeoutMs: 120_000 });
    expect(run.status, run.stderr).toBe(0);
    const output = (JSON.parse(run.stdout) as Summary).outputs[0];
    const blocked = (output?.warnings ?? []).filter((warning) => warning.code === "blocked-request").map((warning) => warning.message);
    expect(blocked.some((message) => message.includes(`file://${SECRET_FILE}`))).toBe(true);
    expect(blocked.some((message) => message.includes(`127.0.0.1:${baitPort}/markdown.css`))).toBe(true);
    expect(baitHits).toEqual([]);
    const text = pdfText(output?.path ?? "");
    // The Content-Security-Policy allows no inline script: the page was not rewritten, and the editor is told.
    expect(output?.warnings.filter((warning) => warning.code === "blocked-script")).toHaveLength(1);
    expect(text).toContain("Before the tags.");
    expect(text).toContain("After the tags.");
    expect(text).not.toContain("pwned");
  });

  it("refuses a picture path that leaves the issue, at its line and column", () => {
    const project = makeHostileProject("---\ntitle: Notes\n---\n\n![secret](../../../../etc/hostname)\n");
    const run = runCli(["build", "issues/test-issue"], { cwd: project });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("issues/test-issue/01-a.md:5:");
    expect(run.stderr).toContain("outside the issue folder");
  });
});
