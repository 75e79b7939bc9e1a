import { ClaimSchema, type Claim } from '../../../lib/claims/claim';

let next = 0;

/** A stored claim (validated, so a fixture can never be a shape the app would not get). */
export function claim(over: Partial<Claim> = {}): Claim {
  next++;
  return ClaimSchema.parse({
    id: `c_${next.toString(16).padStart(16, '0')}`,
    text: '132',
    quote: 'The ministry said 132 Ukrainian drones were downed overnight.',
    metric: 'drones.downed',
    value: { n: 132, min: 132, max: 132, qualifier: 'exact' },
    attacker: 'UA',
    group: null,
    place: { name: 'Moscow Oblast', code: 'RU-MOS', level: 'region' },
    date: '2025-07-20',
    attributedTo: 'Russian Defense Ministry',
    source: {
      url: 'https://news.example/story',
      outlet: 'Example News',
      title: 'Drones over Moscow',
      publishedAt: '2025-07-20T09:14:00Z',
    },
    origin: 'browsed',
    createdAt: '2025-07-20T09:20:11Z',
    updatedAt: '2025-07-20T09:20:11Z',
    ...over,
  });
}

/** A promise and the functions that settle it, for answers that arrive when a test says so. */
export function deferred<T>(): {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: Error) => void;
} {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: Error) => void = () => undefined;
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}
