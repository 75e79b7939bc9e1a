/** A calendar date `YYYY-MM-DD` as "20 Jul 2025"; anything else is shown as given. */
export function dateWords(date: string | null): string | null {
  if (!date) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) return date;
  const when = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(when.getTime())) return date;
  return when.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** How a claim's origin is labelled in the card; a browsed page needs no label. */
export function originWords(origin: string): string | null {
  if (origin === 'official') return 'official record';
  if (origin === 'imported') return 'imported';
  if (origin.startsWith('list:')) return 'team list';
  return null;
}
