// Writes a generated issue's front matter, for the benchmark's and the stress run's issues alike (pure).

/** Every value in JSON's quotes, which YAML reads as written (a headline "1984" stays text); an undefined field is left out. */
export function writeFrontMatter(fields: Record<string, unknown>): string {
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `---\n${lines.join("\n")}\n---\n\n`;
}
