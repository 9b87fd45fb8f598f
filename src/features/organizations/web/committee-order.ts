// The order a Swedish association lists its officers in. A title that starts with one of these
// ("ledamot i kommunfullmäktige", "ersättare för Anna") ranks with it; convenors and group
// leaders lead their committee as a chair does. Any other title comes last.
const titleRanks: readonly (readonly string[])[] = [
  ['ordförande', 'sammankallande', 'gruppledare'],
  ['vice ordförande', 'vice sammankallande', 'vice gruppledare'],
  ['kassör'],
  ['sekreterare'],
  ['ledamot'],
  ['ersättare', 'suppleant'],
];

/** 0 for the chair, upwards through the offices; unknown titles rank after all of them. */
export function titleRank(title: string): number {
  const normalized = title.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');
  const rank = titleRanks.findIndex((titles) =>
    titles.some((known) => normalized === known || normalized.startsWith(`${known} `)),
  );
  return rank === -1 ? titleRanks.length : rank;
}

/** Members by office; within an office the order they came in (the server sorts by name). */
export function sortByOffice<M extends { title: string }>(members: readonly M[]): M[] {
  return members.toSorted((a, b) => titleRank(a.title) - titleRank(b.title));
}
