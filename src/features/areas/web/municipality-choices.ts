/**
 * The municipalities an import's error lists, as the server writes them
 * ("0126 Huddinge (64 valdistrikt), 1480 Göteborg (411 valdistrikt)"), for a choice.
 */
export function municipalityChoices(message: string): Array<{ code: string; name: string }> {
  const found = message.matchAll(/\b(\d{4})(?: ([^,(:]+?))? \(\d+ valdistrikt\)/g);
  return [...found].map(([, code = '', name]) => ({ code, name: name?.trim() ?? '' }));
}
