/** Characters an encoding puts where it has no letter: `?` (Windows code pages) or U+FFFD. */
const REPLACEMENT = /[?\uFFFD]+/g;

/**
 * Whether `next` is `previous` after a lossy re-encoding: equal except that letters outside
 * ASCII have become `?` or U+FFFD ("Nystr?m" for "Nyström"). A file saved in such an encoding
 * would otherwise overwrite people's names with the damaged ones.
 */
export function isLossyCopy(next: string, previous: string | null | undefined): boolean {
  if (!previous || next === previous || !/[?\uFFFD]/.test(next)) return false;
  const literals = next.split(REPLACEMENT).map(escapeRegExp);
  const runs = next.match(REPLACEMENT) ?? [];
  // Each run of replacements stands for one or more letters outside ASCII (one per byte, at most).
  const pattern = literals
    .map((literal, index) => {
      const run = runs[index];
      return run ? `${literal}[^\\x00-\\x7F]{1,${run.length}}` : literal;
    })
    .join('');
  return new RegExp(`^${pattern}$`, 'u').test(previous.normalize('NFC'));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
