import fc from 'fast-check';
import { BLOW_UP_TIMEOUT, expectNoBlowUp } from './blow-up';
import { describe, expect, it } from 'vitest';
import { findAttribution } from '../../../lib/extract/attribution';

/** [sentence, expected: [name, side, countryOnly, the speaker's words] or null]. */
type Case = [string, [string, 'RU' | 'UA' | null, boolean, string] | null];

const CASES: Case[] = [
  // Seed articles.
  [
    "Russia's Defense Ministry on Sunday claimed to have shot down at least 26 Ukrainian drones over the Moscow region.",
    ['Russian Defense Ministry', 'RU', false, "Russia's Defense Ministry"],
  ],
  [
    'The Defense Ministry in Moscow said in posts to Telegram that 132 Ukrainian drones were downed overnight.',
    ['Russian Defense Ministry', 'RU', false, 'Defense Ministry in Moscow'],
  ],
  [
    'The interceptions took place over at least nine Russian regions plus occupied Crimea and the Black Sea, according to the ministry.',
    ['Defense Ministry', null, false, 'the ministry'],
  ],
  [
    "The latest attack prompted restrictions at all four of Moscow's international airports, according to Telegram posts by Artem Korenyako, a spokesperson for Russia's federal aviation agency Rosaviatsiya.",
    ['Rosaviatsiya', 'RU', false, 'Korenyako'],
  ],
  [
    'Moscow Mayor Sergey Sobyanin said early Sunday that at least 21 Ukrainian drones were destroyed over the capital region.',
    ['Moscow Mayor', 'RU', false, 'Moscow Mayor Sergey Sobyanin'],
  ],
  [
    '"Emergency services are working at the crash site in Zelenograd," Sobyanin wrote on Telegram.',
    ['Moscow Mayor', 'RU', false, 'Sobyanin'],
  ],
  [
    "Ukraine's air force, meanwhile, reported 57 Russian drones launched into the country overnight.",
    ['Ukrainian Air Force', 'UA', false, "Ukraine's air force"],
  ],
  [
    'Twenty-five drones were downed or otherwise suppressed, the air force said, with 32 drones impacting in 10 locations.',
    ['Air Force', null, false, 'air force'],
  ],
  [
    'The Ukrainian Air Force reported that its defense systems intercepted the vast majority of incoming projectiles.',
    ['Ukrainian Air Force', 'UA', false, 'Ukrainian Air Force'],
  ],
  [
    'Russia’s air defenses claimed to have downed scores of Ukrainian drones over central regions.',
    ['Russian Defense Ministry', 'RU', false, 'Russia’s air defenses'],
  ],
  [
    'Russia claimed that over 100 Ukrainian drones targeted Moscow and other regions on Thursday, July 17, according to a report by The Wall Street Journal.',
    ['Russia', 'RU', true, 'Russia'],
  ],
  [
    'Speaking about the latest assault on Russia, authorities said a district in the east of St. Petersburg was targeted, reported The Wall Street Journal.',
    ['authorities', null, false, 'authorities'],
  ],
  [
    "Moscow's mayor Sergei Sobyanin, said three drones heading for the Russian capital were destroyed.",
    ['Moscow Mayor', 'RU', false, "Moscow's mayor Sergei Sobyanin"],
  ],
  [
    'Last week, Russia unleashed more than 700 drones and missiles across Ukraine, the largest such assault of the war, reported WSJ.',
    ['WSJ', null, false, 'WSJ'],
  ],
  [
    'Russia reportedly said Thursday that it had downed 122 Ukrainian drones in a sweeping overnight assault.',
    ['Russia', 'RU', true, 'Russia'],
  ],
  [
    'In the eastern Dnipropetrovsk region, officials said one person was killed and five injured in a drone attack Tuesday.',
    ['officials', null, false, 'officials'],
  ],
  [
    'Russia’s Ministry of Defence reported the downing of one hundred and forty-two drones overnight.',
    ['Russian Defense Ministry', 'RU', false, 'Russia’s Ministry of Defence'],
  ],
  [
    '“This process needs more momentum,” said the Ukrainian president.',
    ['Ukrainian President', 'UA', false, 'Ukrainian president'],
  ],
  // Headlines and wire phrasing.
  ['Russia says it downed 50 drones', ['Russia', 'RU', true, 'Russia']],
  ['Kyiv claims 300 Russian drones launched overnight', ['Ukraine', 'UA', true, 'Kyiv']],
  [
    'Moscow reported that 18 drones were shot down over the Bryansk region.',
    ['Russia', 'RU', true, 'Moscow'],
  ],
  [
    'Ukraine war: 40 drones downed over Russia overnight, Moscow says',
    ['Russia', 'RU', true, 'Moscow'],
  ],
  [
    'Russia launched 728 drones and 13 missiles overnight, according to the Ukrainian military’s air force.',
    ['Ukrainian Air Force', 'UA', false, 'Ukrainian military’s air force'],
  ],
  [
    'Air Force spokesman Yurii Ihnat said 16 of 20 ballistic missiles were not intercepted.',
    ['Ukrainian Air Force', 'UA', false, 'Air Force spokesman Yurii Ihnat'],
  ],
  [
    'Russian air defence forces destroyed and intercepted 41 Ukrainian drones, the Russian Defence Ministry said.',
    ['Russian Defense Ministry', 'RU', false, 'Russian Defence Ministry'],
  ],
  [
    'The Russian military reported downing 24 drones over the Belgorod region.',
    ['Russian Defense Ministry', 'RU', false, 'Russian military'],
  ],
  // Officials of regions, cities and agencies.
  [
    'Belgorod Governor Vyacheslav Gladkov said a drone struck a car, injuring two people.',
    ['Belgorod Governor', 'RU', false, 'Belgorod Governor Vyacheslav Gladkov'],
  ],
  [
    'Three children were injured, the regional governor of Voronezh said on Telegram.',
    ['the regional governor of Voronezh', 'RU', false, 'regional governor of Voronezh'],
  ],
  [
    'Oleh Syniehubov, the governor of Kharkiv, said 11 people were wounded in the strike.',
    ['Kharkiv Governor', 'UA', false, 'Syniehubov, the governor of Kharkiv'],
  ],
  [
    'Debris fell in the Darnytskyi district, Kyiv City Military Administration head Tymur Tkachenko wrote.',
    [
      'Kyiv City Administration',
      'UA',
      false,
      'Kyiv City Military Administration head Tymur Tkachenko',
    ],
  ],
  [
    'Kyiv mayor Vitali Klitschko said two people were killed in the Sviatoshynskyi district.',
    ['Kyiv Mayor', 'UA', false, 'Kyiv mayor Vitali Klitschko'],
  ],
  [
    'Ukraine’s State Emergency Service said rescuers pulled 14 people from the rubble.',
    ['State Emergency Service', 'UA', false, 'Ukraine’s State Emergency Service'],
  ],
  [
    "A missile strike on Poltava killed at least three people and injured 10 more, Ukraine's emergency services reported.",
    ['State Emergency Service', 'UA', false, "Ukraine's emergency services"],
  ],
  [
    'One person was killed in a drone strike on the city of Sumy, the regional military administration said.',
    ['Regional Administration', null, false, 'regional military administration'],
  ],
  // People of a body who speak are the body ("19 police officers" who were hurt are not: see the
  // news tables).
  ['Police officers said two people were killed in Kharkiv.', ['police', null, false, 'Police']],
  // A governor the text names by neither region nor name.
  [
    "A late-night strike on the region of Kharkiv killed two people, the region's governor said Friday.",
    ['regional governor', null, false, "region's governor"],
  ],
  [
    'The air force shot down 14 drones over the southern region of Mykolaiv, its governor said.',
    ['regional governor', null, false, 'its governor'],
  ],
  [
    'Debris from a downed drone killed a civilian in the Odesa region, the governor of the region said.',
    ['regional governor', null, false, 'governor of the region'],
  ],
  [
    'According to the UN human rights monitoring mission, 232 civilians were killed in June.',
    ['UN', null, false, 'UN human rights monitoring mission'],
  ],
  [
    'Zelenskyy said Russia had launched more than 1,800 drones this week.',
    ['Ukrainian President', 'UA', false, 'Zelenskyy'],
  ],
  [
    'Putin, in a call with Zelensky, said 20 drones had been shot down.',
    ['Russian President', 'RU', false, 'Putin'],
  ],
  [
    'A Ukrainian official said it cannot recover more bodies because they remain in active combat zones.',
    ['Ukrainian official', 'UA', false, 'Ukrainian official'],
  ],
  [
    'Russian Telegram channels reported that the wreckage of the drone fell in a residential area.',
    ['Russian Telegram channels', null, false, 'Russian Telegram channels'],
  ],
  [
    'No date has been set for a new round of talks, reported Reuters.',
    ['Reuters', null, false, 'Reuters'],
  ],
  [
    'Sergei Sobyanin: 12 drones shot down on approach to Moscow',
    ['Moscow Mayor', 'RU', false, 'Sobyanin'],
  ],
  [
    'Five people were killed in Kharkiv, said Oleh Syniehubov, the regional governor.',
    ['Kharkiv Governor', 'UA', false, 'Syniehubov'],
  ],
  [
    'Interfax reported, citing the Defense Ministry, that 30 drones were shot down.',
    ['Defense Ministry', null, false, 'Defense Ministry'],
  ],
  [
    "Ukraine's General Staff reported that Russian forces lost 1,000 troops over the past day.",
    ['Ukrainian General Staff', 'UA', false, "Ukraine's General Staff"],
  ],
  ['The Kremlin said the strikes were retaliation.', ['Kremlin', 'RU', false, 'Kremlin']],
  [
    'The ministry of health said 4 people were injured.',
    ['Health Ministry', null, false, 'The ministry of health'],
  ],
  // An official's possessive names its office, which speaks for it.
  [
    'Air defenses destroyed 41 Ukrainian drones, the Defense Ministry’s press service said.',
    ['Defense Ministry', null, false, 'Defense Ministry’s'],
  ],
  [
    "Russia's Defense Ministry's press service said 41 Ukrainian drones were destroyed.",
    ['Russian Defense Ministry', 'RU', false, "Russia's Defense Ministry's"],
  ],
  [
    "The Air Force's Telegram channel said 60 of 90 Russian drones were shot down.",
    ['Air Force', null, false, "Air Force's"],
  ],
  [
    'Air defenses destroyed 41 Ukrainian drones, the press service of the Defense Ministry said.',
    ['Defense Ministry', null, false, 'Defense Ministry'],
  ],
  // More of the officials news quotes.
  [
    "In Mykolaiv, Ukraine's state emergencies service reported that five people were injured.",
    ['State Emergency Service', 'UA', false, "Ukraine's state emergencies service"],
  ],
  [
    "Ukraine's interior ministry said five people were injured in Kharkiv.",
    ['Ukrainian Interior Ministry', 'UA', false, "Ukraine's interior ministry"],
  ],
  [
    "According to Ukraine's general prosecutor, nine people had been killed.",
    ['Ukrainian prosecutors', 'UA', false, "Ukraine's general prosecutor"],
  ],
  [
    'Synehubov said five people were injured in Kharkiv.',
    ['Kharkiv Governor', 'UA', false, 'Synehubov'],
  ],
  [
    'Three civilians were killed in Ukrainian shelling of Donetsk, Pushilin said.',
    ['Donetsk occupation head', 'RU', false, 'Pushilin'],
  ],
  [
    'According to the Russian side, 7 UAVs were destroyed over the Rostov region.',
    ['Russia', 'RU', true, 'Russian side'],
  ],
  // A headline's source after a dash at its end.
  [
    'Air defenses down 41 Ukrainian drones over Russian regions overnight — Defense Ministry',
    ['Defense Ministry', null, false, 'Defense Ministry'],
  ],
  [
    'Russian drones hit Odesa port, two killed – Ukrainian Air Force',
    ['Ukrainian Air Force', 'UA', false, 'Ukrainian Air Force'],
  ],
  // Nobody speaks.
  ['Russia launched 90 drones at Ukraine overnight — the largest attack this month', null],
  ["Russia's drones killed three people in Kharkiv on Monday.", null],
  ['The Air Force’s new jets arrived — Defense Ministry officials were not there.', null],
  ['At least two civilians were confirmed dead and several injured.', null],
  [
    'An elderly civilian was reported killed in the Sumy region following an overnight assault.',
    null,
  ],
  ['Smolensk, west of Moscow, also reported injuries from falling debris.', null],
  ['According to preliminary information, there are no serious injuries or casualties.', null],
  ['Over 400 Shahed-type drones targeted several regions including Kyiv and Kharkiv.', null],
  // A speaker no table knows keeps the name the text gives.
  [
    'On Thursday, Vladimir Medinsky, a senior aide to President Vladimir Putin, said Russia returned the bodies of 1,000 Ukrainian soldiers.',
    ['Vladimir Medinsky', null, false, 'Vladimir Medinsky'],
  ],
  [
    'Six people were wounded in Cherkasy, according to regional Gov. Ihor Taburets.',
    ['regional Gov. Ihor Taburets', null, false, 'regional Gov. Ihor Taburets'],
  ],
  [
    'Sumy City Council said the toll had risen to 36.',
    ['Sumy City Council', null, false, 'Sumy City Council'],
  ],
  ['On Saturday alone, 426 drones were launched, he said.', null],
  ['Debris fell on Kyiv, injuring three people.', null],
  ['Ukrainian President Volodymyr Zelensky condemned the Russian strikes.', null],
  // Police and prosecutors speak as bodies, each of its side.
  ['Police said two people were injured in Kharkiv.', ['police', null, false, 'Police']],
  [
    'Prosecutors said four people were killed in the strike.',
    ['prosecutors', null, false, 'Prosecutors'],
  ],
  [
    "Ukraine's Prosecutor General's Office said 51 people were killed.",
    ['Ukrainian prosecutors', 'UA', false, "Ukraine's Prosecutor General's Office"],
  ],
];

describe('findAttribution', () => {
  it.each(CASES)('%s', (sentence, expected) => {
    const hit = findAttribution(sentence);
    const got = hit && [hit.name, hit.side, hit.countryOnly, sentence.slice(hit.start, hit.end)];
    expect(got).toEqual(expected);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const hit = findAttribution(s);
        if (hit) expect(hit.end).toBeLessThanOrEqual(s.length);
      }),
    );
  });

  it('scans 1 MB of adversarial text without a blow-up', { timeout: BLOW_UP_TIMEOUT }, () => {
    const pieces = [
      '1-2, 3 said ',
      'said said, said ',
      'according to according to ',
      'Russia Russia said ',
      'the air force the air force, ',
      '-,-,- 12 ',
    ];
    for (const piece of pieces) {
      const text = piece.repeat(Math.ceil(1_000_000 / piece.length));
      expectNoBlowUp(() => findAttribution(text));
    }
  });
});
