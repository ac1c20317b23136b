const root = "/work/main";
const { resolveProjectOptions } = await import(`${root}/dist/pipeline/resolve-project-options.js`);
const { createBuildContext } = await import(`${root}/dist/pipeline/build-context.js`);
const { readIssueFolder } = await import(`${root}/dist/stages/load-issue/read-issue-folder.js`);
const { assembleIssue } = await import(`${root}/dist/stages/load-issue/assemble-issue.js`);
const { parseMarkdown } = await import(`${root}/dist/stages/parse-markdown/parse-markdown.js`);
const { analyzeText } = await import(`${root}/dist/stages/analyze-text/analyze-text.js`);
const { hyphenateIssue } = await import(`${root}/dist/stages/hyphenate/hyphenate-issue.js`);
const issueDir = process.argv[2];
const config = await resolveProjectOptions({ issue: issueDir, projectDir: root });
const folder = await readIssueFolder(config.issueDir, config.issueDisplay);
const issue = assembleIssue(folder, config.issueDisplay, () => {}, config.issueDefaults);
const parsed = parseMarkdown(issue, { allowHtml: false }, () => {});
for (let round = 0; round < 3; round++) {
  let t = performance.now();
  const analyzed = analyzeText(parsed, issue.meta.languages);
  const a = performance.now() - t;
  t = performance.now();
  hyphenateIssue(analyzed, issue.meta.hyphenate);
  console.log("analyze", a.toFixed(0), "hyphenate", (performance.now() - t).toFixed(0));
}
