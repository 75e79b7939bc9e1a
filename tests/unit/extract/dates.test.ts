import fc from 'fast-check';
import { BLOW_UP_TIMEOUT, expectNoBlowUp } from './blow-up';
import { describe, expect, it } from 'vitest';
import { findDates, type DateHit } from '../../../lib/extract/dates';

/** [sentence, publication date, expected hits as [words, date, kind]]. */
type Case = [string, string | null, [string, string | null, DateHit['kind']][]];

// 2025-07-17 was a Thursday, 2025-07-20 a Sunday.
const CASES: Case[] = [
  // The seed articles' own sentences.
  [
    "Russia's Defense Ministry on Sunday claimed to have shot down at least 26 Ukrainian drones over the Moscow region, despite Kyiv suggesting a resumption of ceasefire talks this week.",
    '2025-07-20',
    [
      ['on Sunday', '2025-07-20', 'weekday'],
      ['this week', null, 'vague'],
    ],
  ],
  [
    'The Defense Ministry in Moscow said in posts to Telegram that 132 Ukrainian drones were downed overnight and into Sunday afternoon.',
    '2025-07-20',
    [['overnight and into Sunday afternoon', '2025-07-20', 'weekday']],
  ],
  [
    'Moscow Mayor Sergey Sobyanin said early Sunday that at least 21 Ukrainian drones were destroyed over the capital region since 6 p.m. local time on Saturday.',
    '2025-07-20',
    [
      ['early Sunday', '2025-07-20', 'weekday'],
      ['since 6 p.m. local time on Saturday', '2025-07-20', 'relative'],
    ],
  ],
  [
    "Ukraine's air force, meanwhile, reported 57 Russian drones launched into the country overnight.",
    '2025-07-20',
    [['overnight', '2025-07-20', 'overnight']],
  ],
  [
    'Russian forces launched a massive wave of drone and missile strikes against Ukraine overnight from July 20 to 21, continuing a pattern of intense aerial assaults.',
    '2025-07-21',
    [['overnight from July 20 to 21', '2025-07-21', 'calendar']],
  ],
  [
    'Russia claimed that over 100 Ukrainian drones targeted Moscow and other regions on Thursday, July 17, just days after US President Donald Trump reportedly "encouraged" Zelensky.',
    '2025-07-18',
    [
      ['on Thursday, July 17', '2025-07-17', 'calendar'],
      ['days after', null, 'vague'],
    ],
  ],
  [
    'In the eastern Dnipropetrovsk region, officials said one person was killed and five injured in a drone attack Tuesday.',
    '2025-07-17',
    [['Tuesday', '2025-07-15', 'weekday']],
  ],
  [
    'Last week, Russia unleashed its largest aerial barrage of the war to date — more than 700 drones and missiles fired across Ukraine in a single night.',
    '2025-07-17',
    [['Last week', null, 'vague']],
  ],
  [
    "Thursday's drone campaign marked one of the boldest by Ukraine in recent memory.",
    '2025-07-17',
    [["Thursday's", '2025-07-17', 'weekday']],
  ],
  [
    'Since the onset of Russia’s full-scale invasion in 2022, Ukraine’s commercial airspace has remained closed.',
    '2025-07-20',
    [['in 2022', null, 'vague']],
  ],
  [
    'On Friday, July 18 — a day after the latest assault — Zelenskiy said talks needed "more momentum".',
    '2025-07-18',
    [
      ['On Friday, July 18', '2025-07-18', 'calendar'],
      ['a day after', null, 'vague'],
    ],
  ],
  [
    'A rescuer walks at the site of a Russian drone strike in Dnipro, Ukraine July 17, 2025.',
    '2025-07-18',
    [['July 17, 2025', '2025-07-17', 'calendar']],
  ],
  [
    'The scale and frequency of drone assaults by both sides have reached new highs this summer.',
    '2025-07-21',
    [['this summer', null, 'vague']],
  ],
  // Nights: the period ended on the later day.
  [
    'Russia attacked Ukraine with 477 drones on the night of July 19-20, the air force said.',
    '2025-07-21',
    [['on the night of July 19-20', '2025-07-20', 'calendar']],
  ],
  [
    'Air defence units destroyed 93 drones during the night of 19 to 20 July.',
    '2025-07-20',
    [['during the night of 19 to 20 July', '2025-07-20', 'calendar']],
  ],
  [
    'Ukraine says Russia fired 300 drones overnight on July 20-21.',
    '2025-07-21',
    [['overnight on July 20-21', '2025-07-21', 'calendar']],
  ],
  [
    'Russia launched 40 drones overnight into Sunday, officials said.',
    '2025-07-20',
    [['overnight into Sunday', '2025-07-20', 'weekday']],
  ],
  [
    'At least 12 drones were shot down on Saturday night, the governor said.',
    '2025-07-20',
    [['on Saturday night', '2025-07-20', 'weekday']],
  ],
  [
    // Saturday night has not ended yet for a story filed on Saturday.
    'Sirens sounded across Kyiv on Saturday night as drones approached.',
    '2025-07-19',
    [['on Saturday night', '2025-07-19', 'weekday']],
  ],
  [
    // "The night of July 18" is the night into the 18th, as Ukrainian reports write it.
    'Drones hit the city on the night of July 18, local officials said.',
    '2025-07-20',
    [['on the night of July 18', '2025-07-18', 'calendar']],
  ],
  [
    'Russia struck Kharkiv from Saturday into Sunday with 20 Shahed drones.',
    '2025-07-21',
    [['from Saturday into Sunday', '2025-07-20', 'weekday']],
  ],
  [
    'Russian air defences intercepted 49 drones last night, Sobyanin said.',
    '2025-07-20',
    [['last night', '2025-07-20', 'overnight']],
  ],
  [
    'Explosions were heard in the early hours of Sunday, according to residents.',
    '2025-07-21',
    [['in the early hours of Sunday', '2025-07-20', 'weekday']],
  ],
  // Relative days.
  [
    'Two people were killed yesterday in a strike on Odesa.',
    '2025-07-20',
    [['yesterday', '2025-07-19', 'relative']],
  ],
  [
    'The air force said earlier today that 18 of 25 drones were downed.',
    '2025-07-20',
    [['earlier today', '2025-07-20', 'relative']],
  ],
  [
    'Three people were injured this morning, the governor wrote.',
    '2025-07-20',
    [['this morning', '2025-07-20', 'relative']],
  ],
  [
    'Ukraine said Russia launched 400 drones two days ago.',
    '2025-07-20',
    [['two days ago', '2025-07-18', 'relative']],
  ],
  // Weekdays and written dates.
  [
    'Russia said Thursday that it had downed 122 Ukrainian drones.',
    '2025-07-17',
    [['Thursday', '2025-07-17', 'weekday']],
  ],
  [
    'The attack last Thursday killed six people.',
    '2025-07-17',
    [['last Thursday', '2025-07-10', 'weekday']],
  ],
  [
    'Kyiv was hit on 17 July and again on the 19th of July.',
    '2025-07-20',
    [
      ['on 17 July', '2025-07-17', 'calendar'],
      ['on the 19th of July', '2025-07-19', 'calendar'],
    ],
  ],
  [
    'A December 30 strike killed 4 people.',
    '2025-01-02',
    [['December 30', '2024-12-30', 'calendar']],
  ],
  [
    'The drones were launched on Sept. 3, the ministry said.',
    '2025-09-04',
    [['on Sept. 3', '2025-09-03', 'calendar']],
  ],
  [
    'Russia launched 810 drones between Sept. 6 and Sept. 7, 2025.',
    null,
    [['Sept. 6 and Sept. 7, 2025', '2025-09-07', 'calendar']],
  ],
  // Vague periods.
  [
    'The Polish Embassy’s consular section in Kyiv was hit earlier this month, and this week, a factory was struck.',
    '2025-07-17',
    [
      ['earlier this month', null, 'vague'],
      ['this week', null, 'vague'],
    ],
  ],
  [
    'Military operations intensified over the weekend.',
    '2025-07-20',
    [['over the weekend', null, 'vague']],
  ],
  [
    'Russia has launched more than 6,000 drones since early July.',
    '2025-07-20',
    [['since early July', null, 'vague']],
  ],
  [
    'The city has been hit repeatedly in recent weeks and in June 2024.',
    '2025-07-20',
    [
      ['in recent weeks', null, 'vague'],
      ['in June 2024', null, 'vague'],
    ],
  ],
  // No publication date: relative days stay unknown, full dates resolve.
  [
    'Russia launched 57 drones overnight on Sunday.',
    null,
    [['overnight on Sunday', null, 'weekday']],
  ],
  [
    'Ukraine said 728 drones were launched on July 9, 2025.',
    null,
    [['on July 9, 2025', '2025-07-09', 'calendar']],
  ],
  ['Two people died yesterday.', null, [['yesterday', null, 'relative']]],
  // Nothing here is a date.
  ['Russia fired 13 missiles and 57 drones at Ukraine, the air force said.', '2025-07-20', []],
  ['A 17-year-old was among those injured at 6 p.m. in the town.', '2025-07-20', []],
  ['The 2022 invasion has lasted more than three years.', '2025-07-20', []],
  ['May the talks succeed, said the March organisers, who number 300.', '2025-07-20', []],
  ['Russia returned the bodies of 1,000 Ukrainian soldiers.', '2025-07-17', []],
  ['Debris fell in six locations since the strike began.', '2025-07-20', []],
];

describe('findDates', () => {
  it.each(CASES)('%s (published %s)', (sentence, published, expected) => {
    const hits = findDates(sentence, published);
    const got = hits.map((h) => [sentence.slice(h.start, h.end), h.date, h.kind]);
    expect(got).toEqual(expected);
  });

  it('accepts a full timestamp as the publication date', () => {
    expect(findDates('overnight', '2025-07-20T09:14:00Z')[0]?.date).toBe('2025-07-20');
  });

  it('treats an unreadable publication date as unknown', () => {
    expect(findDates('on Sunday', 'yesterday')[0]).toMatchObject({ date: null, kind: 'weekday' });
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.constant('2025-07-20')), (s, p) => {
        for (const h of findDates(s, p)) {
          expect(h.start).toBeLessThan(h.end);
          expect(h.end).toBeLessThanOrEqual(s.length);
        }
      }),
    );
  });

  it('scans 1 MB of adversarial text without a blow-up', { timeout: BLOW_UP_TIMEOUT }, () => {
    const pieces = [
      '1-2, 3 said ',
      'July 1-2, 2025 - ',
      'since since 6 ',
      'overnight and into ',
      'Sunday and Sunday to ',
      'the night of the night of ',
      '17 17 17, ',
    ];
    for (const piece of pieces) {
      const text = piece.repeat(Math.ceil(1_000_000 / piece.length));
      expectNoBlowUp(() => findDates(text, '2025-07-20'));
    }
  });
});
