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

/**
 * A publication time as "31 Jul 2025, 14:05" (the time as the source wrote it), or the date alone
 * when there is no time; `null` when there is nothing to show.
 */
export function dateTimeWords(published: string | null | undefined): string | null {
  if (!published) return null;
  const day = dateWords(published);
  const time = /T(\d{2}):(\d{2})/.exec(published);
  return time ? `${day}, ${time[1]}:${time[2]}` : day;
}

/** How a claim's origin is labelled in the card; a browsed page needs no label. */
export function originWords(origin: string): string | null {
  if (origin === 'official') return 'official record';
  if (origin === 'imported') return 'imported';
  if (origin.startsWith('list:')) return 'team list';
  return null;
}
