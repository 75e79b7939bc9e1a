/**
 * Deterministic generator of a long war live blog: timestamped entries written in the phrasing of
 * real wire copy (launches, interceptions, casualties, attributions) mixed with paragraphs full of
 * numbers that are not figures (years, money, hours, prisoners, flights).
 */

/** A small seeded PRNG (mulberry32): the same seed always gives the same sequence. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const UA_CITIES = [
  'Kyiv',
  'Kharkiv',
  'Odesa',
  'Dnipro',
  'Zaporizhzhia',
  'Lviv',
  'Sumy',
  'Chernihiv',
  'Poltava',
  'Mykolaiv',
  'Kherson',
  'Ivano-Frankivsk',
  'Khmelnytskyi',
  'Rivne',
  'Vinnytsia',
  'Kryvyi Rih',
];
const RU_REGIONS = [
  'Belgorod',
  'Kursk',
  'Bryansk',
  'Voronezh',
  'Rostov',
  'Tula',
  'Kaluga',
  'Oryol',
  'Smolensk',
  'Krasnodar',
  'Tver',
  'Lipetsk',
  'Ryazan',
  'Moscow',
];
const UA_SOURCES = [
  "Ukraine's air force said",
  'the Ukrainian Air Force reported on Telegram',
  'regional governor Oleh Syniehubov said',
  'Kyiv city military administration head Tymur Tkachenko said',
  'President Volodymyr Zelensky wrote on X',
  "Ukraine's State Emergency Service said",
];
const RU_SOURCES = [
  "Russia's defence ministry said",
  'the Russian Defense Ministry said in a statement',
  'Moscow Mayor Sergei Sobyanin wrote on Telegram',
  'Governor Vyacheslav Gladkov said',
  'state news agency TASS reported, citing the ministry',
];
const QUALIFIERS = ['', '', '', 'at least ', 'more than ', 'over ', 'up to ', 'around ', 'nearly '];
const DRONES = ['Shahed drones', 'attack drones', 'Shahed-type drones', 'drones', 'decoy drones'];
const MISSILES = [
  'cruise missiles',
  'ballistic missiles',
  'Kh-101 missiles',
  'Iskander-M missiles',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['June', 'July', 'August', 'September'];

const ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Writes 0..999 in words, as in "one hundred and forty-two". */
function words(n: number): string {
  if (n < 20) return ONES[n]!;
  if (n < 100) return TENS[Math.floor(n / 10)]! + (n % 10 ? `-${ONES[n % 10]!}` : '');
  const rest = n % 100;
  return `${ONES[Math.floor(n / 100)]!} hundred${rest ? ` and ${words(rest)}` : ''}`;
}

type Rand = () => number;

/** The generator's random choices, all drawn from one seeded stream. */
class Dice {
  constructor(private readonly rand: Rand) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.rand() * (max - min + 1));
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.rand() * list.length)]!;
  }
  chance(p: number): boolean {
    return this.rand() < p;
  }
  /** A count as a news writer would put it: digits (with thousands commas) or, if small, words. */
  count(min: number, max: number): string {
    return this.say(this.int(min, max));
  }
  /** Writes `n` as a news writer would: digits (with thousands commas) or, if small, words. */
  say(n: number): string {
    if (n === 12 && this.chance(0.5)) return 'a dozen';
    if (n < 200 && this.chance(0.2)) return words(n);
    return n.toLocaleString('en-US');
  }
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

type Template = (d: Dice) => string;

const FIGURES: Template[] = [
  (d) => {
    const launched = d.int(20, 730);
    const downed = d.int(Math.floor(launched / 2), launched);
    return (
      `${cap(d.pick(UA_SOURCES))} that Russia launched ${d.pick(QUALIFIERS)}${d.say(launched)} ` +
      `${d.pick(DRONES)} overnight; ${d.say(downed)} were downed and ` +
      `${d.say(d.int(0, launched - downed))} were lost from radars or jammed.`
    );
  },
  (d) => {
    const missiles = d.int(2, 40);
    return (
      `Russia fired ${d.say(missiles)} ${d.pick(MISSILES)} and ${d.count(50, 500)} drones at ` +
      `${d.pick(UA_CITIES)} and ${d.pick(UA_CITIES)}, ${d.pick(UA_SOURCES)}. ` +
      (d.chance(0.3)
        ? `All ${d.say(missiles)} missiles were intercepted.`
        : `${cap(d.count(0, missiles))} of the missiles were shot down.`)
    );
  },
  (d) =>
    `${cap(d.pick(RU_SOURCES))} that air defences shot down ${d.pick(QUALIFIERS)}${d.count(3, 130)} ` +
    `Ukrainian drones over the ${d.pick(RU_REGIONS)} region between ${d.int(18, 23)}:00 and ` +
    `${d.int(0, 6)}:00 Moscow time.`,
  (d) =>
    `${d.count(2, 60)} drones flying towards Moscow have been destroyed, ` +
    `${d.pick(RU_SOURCES)}. Emergency services are working at the crash sites.`,
  (d) =>
    `At least ${d.count(1, 30)} people were killed and ${d.count(2, 120)} injured in a Russian ` +
    `strike on ${d.pick(UA_CITIES)}, ${d.pick(UA_SOURCES)}.`,
  (d) =>
    `${cap(d.count(2, 40))} civilians, including ${d.count(1, 9)} children, were wounded when ` +
    `a drone hit an apartment block in ${d.pick(UA_CITIES)}, according to local officials.`,
  (d) =>
    `One person was killed in a drone attack on an industrial site in the ` +
    `${d.pick(RU_REGIONS)} region, ${d.pick(RU_SOURCES)}.`,
  (d) =>
    `${cap(d.count(5, 60))} drones hit targets in ${d.int(3, 15)} locations, and debris from ` +
    `downed drones fell on ${d.int(2, 9)} more, the air force added.`,
  (d) =>
    `“The enemy attacked with ${d.count(40, 500)} attack drones and ${d.count(2, 25)} ` +
    `missiles,” ${d.pick(UA_SOURCES)}, adding that ${d.count(30, 450)} targets were neutralised.`,
  (d) =>
    `Between ${d.int(10, 30)} and ${d.int(31, 60)} drones and missiles struck the ` +
    `${d.pick(UA_CITIES)} region overnight, causing fires at ${d.int(2, 8)} sites.`,
];

const FILLER: Template[] = [
  (d) =>
    `${cap(d.pick(UA_SOURCES))} that talks in Istanbul lasted ${d.int(1, 6)} hours and ended ` +
    `with an agreement to exchange ${d.count(100, 1200)} prisoners of war and the bodies of ` +
    `${(d.int(1, 6) * 1000).toLocaleString('en-US')} soldiers.`,
  (d) =>
    `The European Union adopted its ${d.int(14, 19)}th sanctions package, worth about ` +
    `€${d.int(2, 90)} billion, ${d.int(2, 4)} years after the full-scale invasion began in ` +
    `February 2022.`,
  (d) =>
    `The US pledged $${d.int(100, 900)} million in military aid, including ${d.int(2, 10)} ` +
    `Patriot batteries to be delivered by ${d.pick(MONTHS)} ${d.int(2025, 2027)}.`,
  (d) =>
    `Rosaviatsia said ${d.int(20, 300)} flights were delayed and ${d.int(2, 40)} diverted at ` +
    `Sheremetyevo, Vnukovo and Domodedovo airports over ${d.int(2, 12)} hours.`,
  (d) =>
    `About ${d.int(5, 220)},000 households in ${d.pick(UA_CITIES)} oblast were left without ` +
    `power; ${d.int(2, 12)} of the ${d.int(13, 24)} regions reported outages.`,
  (d) =>
    `Ukrainian intelligence estimates Russia now produces ${d.int(1500, 3000).toLocaleString('en-US')} ` +
    `Shahed-type drones a month, up from ${d.int(300, 900)} in ${d.int(2023, 2024)}.`,
  (d) =>
    `Zelensky is due to meet European leaders in ${d.pick(['Rome', 'London', 'Berlin'])} on ` +
    `${d.pick(DAYS)}, ${d.int(1, 28)} ${d.pick(MONTHS)}, to discuss a ${d.int(30, 90)}-day ceasefire ` +
    `proposal and a $${d.int(10, 50)}bn reconstruction fund.`,
  (d) =>
    `Analysts note the front line stretches more than ${d.int(900, 1200).toLocaleString('en-US')} ` +
    `km and that ${d.int(3, 20)} per cent of Ukraine's territory remains occupied.`,
];

function clock(minutes: number): string {
  const h = Math.floor(minutes / 60) % 24;
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** One entry: a timestamp, then one to three sentences, mostly figures, sometimes filler. */
function entry(d: Dice, minutes: number): string {
  const sentences: string[] = [];
  const n = d.int(1, 3);
  let last: Template | null = null;
  while (sentences.length < n) {
    const template = d.pick(d.chance(0.6) ? FIGURES : FILLER);
    if (template === last) continue;
    sentences.push(template(d));
    last = template;
  }
  return `${clock(minutes)} — ${sentences.join(' ')}\n\n`;
}

/**
 * A realistic live-blog text of at most `bytes` UTF-8 bytes (within one entry of it), the same for
 * the same `seed`. A shorter blog with the same seed is a prefix of a longer one.
 */
export function liveBlog(bytes = 1_000_000, seed = 1): string {
  const d = new Dice(mulberry32(seed));
  const parts: string[] = [];
  let size = 0;
  let minutes = 6 * 60;
  let day = 0;
  for (;;) {
    let part = '';
    if (minutes >= 24 * 60 * (day + 1) || parts.length === 0) {
      day = Math.floor(minutes / (24 * 60));
      part += `Russia-Ukraine war live: day ${1242 + day}, ${DAYS[day % 7]!} ${(day % 28) + 1} July\n\n`;
    }
    part += entry(d, minutes);
    const partBytes = Buffer.byteLength(part, 'utf8');
    if (size + partBytes > bytes) break;
    parts.push(part);
    size += partBytes;
    minutes += d.int(2, 25);
  }
  return parts.join('');
}
