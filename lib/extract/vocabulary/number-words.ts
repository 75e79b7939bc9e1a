/** Cardinal number words news writes out. */
export const UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

export const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Multipliers; "million" also scales digits ("1.2 million" is never a count we badge, see decimals). */
export const SCALES: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1000,
  million: 1_000_000,
};

/** Words that stand for a number on their own ("a dozen", "a pair of"). */
export const GROUP_WORDS: Readonly<Record<string, number>> = {
  dozen: 12,
  score: 20,
};

/** Adjectives an article may stand apart from its person by: "an elderly man", "a local resident". */
export const PERSON_ADJECTIVES: ReadonlySet<string> = new Set([
  'elderly',
  'young',
  'local',
  'teenage',
  'pregnant',
  'civilian',
  'female',
  'male',
  'further',
  'second',
  'third',
]);

/** Signs before a number that make it money or a label ("$5", "#3", "№ 12"), never a count. */
export const CURRENCY: ReadonlySet<string> = new Set(['$', '€', '£', '₴', '₽', '#', '№']);

/** Articles that count one: "a drone was shot down", "an elderly man was killed". */
export const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

/** Words a hyphen may join onto a number that still counts: "300-plus drones", "30-odd". */
export const COUNT_SUFFIXES: ReadonlySet<string> = new Set(['plus', 'odd']);
