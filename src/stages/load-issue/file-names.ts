// The file names an issue folder gives meaning to, shared by the reading and assembling steps.

/** issue.ar.md, issue.fa-AF.md (Issue.ar.MD too): the masthead and editorial in another language. */
export const ISSUE_TRANSLATION_NAME = /^issue\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\.md$/i;

/** The issue file among a folder's names: issue.md, else the same name in any case (a Mac or Windows disk opens "Issue.md" as issue.md). */
export function findIssueFileName(names: readonly string[]): string | undefined {
  return names.find((name) => name === "issue.md") ?? names.find((name) => name.toLowerCase() === "issue.md");
}
