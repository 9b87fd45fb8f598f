/** A day in Europe/Stockholm as YYYY-MM-DD (the coverage's days are Stockholm's). */
export function stockholmDay(date: Date): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
}

/** The last `days` days up to and including today: the coverage's default period. */
export function lastDays(days: number, now = new Date()): { from: string; to: string } {
  const from = new Date(now.getTime() - (days - 1) * 24 * 60 * 60 * 1000);
  return { from: stockholmDay(from), to: stockholmDay(now) };
}
