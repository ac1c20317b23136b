// Serves the HTML pressroom lays out, as a plain page on a loopback origin, for the tools it is compared with.

import { writeFileSync } from "node:fs";
import path from "node:path";
import { resolveProjectOptions } from "../pipeline/resolve-project-options.js";
import { createBuildContext } from "../pipeline/build-context.js";
import { prepareIssue } from "../pipeline/prepare-issue.js";
import { listLayoutFolders } from "../stages/load-issue/load-layout.js";
import { listServedFolders } from "../stages/paginate/browser-session.js";
import { startAssetServer, type AssetServer } from "../stages/paginate/serve-assets.js";

export interface ServedHtml {
  /** The edition's document, as pressroom renders it before Paged.js and its page scripts are added. */
  url: string;
  server: AssetServer;
}

/**
 * Writes the edition's HTML into the issue folder and serves it with the issue, templates and fonts at the URLs
 * the document uses, so every tool lays out the same document with the same fonts. Served as a file, it gets
 * no script policy: pagedjs-cli adds its polyfill as an inline script, which pressroom's own policy refuses.
 */
export async function serveBenchHtml(projectDir: string, issueDir: string, edition: string): Promise<ServedHtml> {
  const config = await resolveProjectOptions({ issue: issueDir, projectDir, editions: [edition] });
  const ctx = createBuildContext(new AbortController().signal);
  const { layout, parts } = await prepareIssue(config, ctx);
  const document = parts[0]?.document;
  if (!document) throw new Error(`The benchmark issue ${issueDir} has no ${edition} edition.`);
  const name = `bench-${edition}.html`;
  writeFileSync(path.join(issueDir, name), document.html);
  const server = await startAssetServer({
    folders: listServedFolders({ issueDir, templatesDir: config.templatesDir, fontsDir: config.fontsDir, layoutFolders: listLayoutFolders(layout) }),
    files: {},
  });
  return { url: `${server.origin}/issue/${name}`, server };
}
