// Results often come as more than one file: the cleaned data keeps a municipality's early votes
// not tied to a district (…98xx) apart from the districts' rows, and the municipality's totals
// hold only with both. The CLI and the import page take several and send them as one text.

/**
 * Several results files read as one: each keeps its header line, and the reader starts a new
 * column map at a repeated header, so files with different columns join too.
 */
export function joinResultFiles(texts: readonly string[]): string {
  return `${texts.map((text) => text.replace(/^\uFEFF/, '').trimEnd()).join('\n')}\n`;
}
