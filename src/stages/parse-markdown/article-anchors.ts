// How an editor names an article in a page reference: its file name without the number prefix and .md.

/** "04-underpass-mural" answers to #underpass-mural and #04-underpass-mural (lower case). */
export function listArticleNames(slug: string): string[] {
  const full = slug.toLowerCase();
  const short = full.replace(/^\d+[-_. ]*/, "");
  return short && short !== full ? [short, full] : [full];
}
