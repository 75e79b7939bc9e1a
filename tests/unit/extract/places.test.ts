import fc from 'fast-check';
import { BLOW_UP_TIMEOUT, expectNoBlowUp } from './blow-up';
import { describe, expect, it } from 'vitest';
import { PlaceSchema } from '../../../lib/claims/mention';
import { findPlaces, placeByCode } from '../../../lib/extract/places/find-places';
import { gazetteer } from '../../../lib/extract/places/gazetteer';
import { AREAS } from '../../../lib/extract/vocabulary/places/phrases';
import { RU_CITIES } from '../../../lib/extract/vocabulary/places/russia-cities';
import { RU_SUBDIVISIONS } from '../../../lib/extract/vocabulary/places/russia-subjects';
import { UA_CITIES, UA_SUBDIVISIONS } from '../../../lib/extract/vocabulary/places/ukraine';

/** [span as it stands in the text, canonical name or null, code, level or 'capital']. */
type Expected = [string, string | null, string | null, string];

function found(text: string): Expected[] {
  return findPlaces(text).map((h) => [
    text.slice(h.start, h.end),
    h.place?.name ?? null,
    h.place?.code ?? null,
    h.place ? h.place.level : h.kind,
  ]);
}

const CASES: [string, Expected[]][] = [
  [
    'drones over the Belgorod and Kursk regions',
    [
      ['Belgorod', 'Belgorod Oblast', 'RU-BEL', 'region'],
      ['Kursk regions', 'Kursk Oblast', 'RU-KRS', 'region'],
    ],
  ],
  [
    "in Russia's Voronezh region",
    [
      ['Russia', 'Russia', 'RU', 'country'],
      ['Voronezh region', 'Voronezh Oblast', 'RU-VOR', 'region'],
    ],
  ],
  ['attacks on the Kiev region overnight', [['Kiev region', 'Kyiv Oblast', 'UA-32', 'region']]],
  ['a drone hit a port in Odessa', [['Odessa', 'Odesa', 'UA-51', 'city']]],
  ['shot down over the Black Sea', [['Black Sea', 'Black Sea', null, 'sea']]],
  [
    'two people were injured in Kharkiv Oblast',
    [['Kharkiv Oblast', 'Kharkiv Oblast', 'UA-63', 'region']],
  ],
  [
    'in the eastern Dnipropetrovsk region',
    [['Dnipropetrovsk region', 'Dnipropetrovsk Oblast', 'UA-12', 'region']],
  ],
  ['drones heading for the Russian capital', [['Russian capital', 'Moscow', 'RU-MOW', 'city']]],
  [
    'Zelenograd, around 20 miles northwest of central Moscow',
    [
      ['Zelenograd', 'Zelenograd', 'RU-MOW', 'city'],
      ['Moscow', 'Moscow', 'RU-MOW', 'city'],
    ],
  ],
  [
    'a plant in the Republic of Tatarstan',
    [['Republic of Tatarstan', 'Tatarstan', 'RU-TA', 'region']],
  ],
  ['a refinery in Krasnodar Krai', [['Krasnodar Krai', 'Krasnodar Krai', 'RU-KDA', 'region']]],
  ['over the Sea of Azov', [['Sea of Azov', 'Sea of Azov', null, 'sea']]],
  ['over the Azov Sea', [['Azov Sea', 'Sea of Azov', null, 'sea']]],
  ['an airfield in occupied Crimea', [['Crimea', 'Crimea', 'UA-43', 'region']]],
  ['annexed Crimea', [['Crimea', 'Crimea', 'UA-43', 'region']]],
  ['over the Crimean peninsula', [['Crimean peninsula', 'Crimea', 'UA-43', 'region']]],
  ['26 drones over the Moscow region', [['Moscow region', 'Moscow Oblast', 'RU-MOS', 'region']]],
  ['in Moscow Oblast', [['Moscow Oblast', 'Moscow Oblast', 'RU-MOS', 'region']]],
  ['in Moscow province', [['Moscow province', 'Moscow Oblast', 'RU-MOS', 'region']]],
  ['the region around Moscow', [['region around Moscow', 'Moscow Oblast', 'RU-MOS', 'region']]],
  ["Moscow's mayor Sergei Sobyanin", [['Moscow', 'Moscow', 'RU-MOW', 'city']]],
  ["Kharkiv's mayor Ihor Terekhov", [['Kharkiv', 'Kharkiv', 'UA-63', 'city']]],
  ['in Kursk province', [['Kursk province', 'Kursk Oblast', 'RU-KRS', 'region']]],
  ['in Krasnodar territory', [['Krasnodar territory', 'Krasnodar Krai', 'RU-KDA', 'region']]],
  ['the region of Belgorod', [['region of Belgorod', 'Belgorod Oblast', 'RU-BEL', 'region']]],
  ['drones targeting the capital', [['capital', null, null, 'capital']]],
  ['flights over the capital region', [['capital region', null, null, 'capital']]],
  ['explosions were heard in the city', [['city', null, null, 'city']]],
  ['40 people were wounded across the country', [['country', null, null, 'country']]],
  ['Nationwide, 40 people were wounded', [['Nationwide', null, null, 'country']]],
  ['a country of 40 million', []],
  ["The capital's mayor", [['capital', null, null, 'capital']]],
  ['the Ukrainian capital', [['Ukrainian capital', 'Kyiv', 'UA-30', 'city']]],
  ["Ukraine's capital", [["Ukraine's capital", 'Kyiv', 'UA-30', 'city']]],
  ["Russia's capital", [["Russia's capital", 'Moscow', 'RU-MOW', 'city']]],
  ['Russian drones and Ukrainian forces', []],
  ['capital punishment and city life', []],
  ['strikes deep across Russia', [['Russia', 'Russia', 'RU', 'country']]],
  ['targets inside Russia', [['Russia', 'Russia', 'RU', 'country']]],
  ['drones over Russian territory', [['Russian territory', 'Russia', 'RU', 'country']]],
  ['several Russian regions', [['Russian regions', 'Russia', 'RU', 'country']]],
  [
    'the Russian regions of Belgorod and Kursk',
    [
      ['regions of Belgorod', 'Belgorod Oblast', 'RU-BEL', 'region'],
      ['Kursk', 'Kursk Oblast', 'RU-KRS', 'region'],
    ],
  ],
  ['Muscovites heard explosions', [['Muscovites', 'Moscow', 'RU-MOW', 'city']]],
  ['Kyivans sheltered in the metro', [['Kyivans', 'Kyiv', 'UA-30', 'city']]],
  ['St. Petersburg airport', [['St. Petersburg', 'St Petersburg', 'RU-SPE', 'city']]],
  ['Saint Petersburg', [['Saint Petersburg', 'St Petersburg', 'RU-SPE', 'city']]],
  ["St Petersburg's Pulkovo", [['St Petersburg', 'St Petersburg', 'RU-SPE', 'city']]],
  ['a refinery in Nizhniy Novgorod', [['Nizhniy Novgorod', 'Nizhny Novgorod', 'RU-NIZ', 'city']]],
  [
    'Kstovo in the Nizhny Novgorod region',
    [
      ['Kstovo', 'Kstovo', 'RU-NIZ', 'city'],
      ['Nizhny Novgorod region', 'Nizhny Novgorod Oblast', 'RU-NIZ', 'region'],
    ],
  ],
  ['Bashkiria', [['Bashkiria', 'Bashkortostan', 'RU-BA', 'region']]],
  ['in the Chuvash Republic', [['Chuvash Republic', 'Chuvashia', 'RU-CU', 'region']]],
  ['Yakutia', [['Yakutia', 'Sakha Republic', 'RU-SA', 'region']]],
  ['North Ossetia', [['North Ossetia', 'North Ossetia-Alania', 'RU-SE', 'region']]],
  [
    'Chechnya and Dagestan',
    [
      ['Chechnya', 'Chechnya', 'RU-CE', 'region'],
      ['Dagestan', 'Dagestan', 'RU-DA', 'region'],
    ],
  ],
  ['a strike on Zaporozhye', [['Zaporozhye', 'Zaporizhzhia', 'UA-23', 'city']]],
  ['the Zaporizhia region', [['Zaporizhia region', 'Zaporizhzhia Oblast', 'UA-23', 'region']]],
  ['shelling of Lugansk', [['Lugansk', 'Luhansk', 'UA-09', 'city']]],
  ['the Chernigov region', [['Chernigov region', 'Chernihiv Oblast', 'UA-74', 'region']]],
  [
    'Lvov and Rovno',
    [
      ['Lvov', 'Lviv', 'UA-46', 'city'],
      ['Rovno', 'Rivne', 'UA-56', 'city'],
    ],
  ],
  [
    'Dnepr and Nikolaev',
    [
      ['Dnepr', 'Dnipro', 'UA-12', 'city'],
      ['Nikolaev', 'Mykolaiv', 'UA-48', 'city'],
    ],
  ],
  [
    'the Kharkiv, Sumy and Chernihiv oblasts',
    [
      ['Kharkiv', 'Kharkiv Oblast', 'UA-63', 'region'],
      ['Sumy', 'Sumy Oblast', 'UA-59', 'region'],
      ['Chernihiv oblasts', 'Chernihiv Oblast', 'UA-74', 'region'],
    ],
  ],
  ['an orel and the mir station', []],
  ['drones over Orel', [['Orel', 'Oryol', 'RU-ORL', 'city']]],
  ['across the Dnipro River', []],
  ['the city of Odesa', [['city of Odesa', 'Odesa', 'UA-51', 'city']]],
  [
    'the city of Vladimir, said Vladimir Putin',
    [['city of Vladimir', 'Vladimir', 'RU-VLA', 'city']],
  ],
  [
    'KYIV, Ukraine (AP) —',
    [
      ['KYIV', 'Kyiv', 'UA-30', 'city'],
      ['Ukraine', 'Ukraine', 'UA', 'country'],
    ],
  ],
  [
    'the Engels air base in the Saratov region',
    [
      ['Engels', 'Engels', 'RU-SAR', 'city'],
      ['Saratov region', 'Saratov Oblast', 'RU-SAR', 'region'],
    ],
  ],
  ['Sevastopol', [['Sevastopol', 'Sevastopol', 'UA-40', 'city']]],
  [
    "the so-called Donetsk People's Republic",
    [["Donetsk People's Republic", 'Donetsk Oblast', 'UA-14', 'region']],
  ],
  ['the Kursk border region', [['Kursk border region', 'Kursk Oblast', 'RU-KRS', 'region']]],
  ['Belgorod residents', [['Belgorod', 'Belgorod', 'RU-BEL', 'city']]],
  [
    'Rostov-on-Don and Taganrog',
    [
      ['Rostov-on-Don', 'Rostov-on-Don', 'RU-ROS', 'city'],
      ['Taganrog', 'Taganrog', 'RU-ROS', 'city'],
    ],
  ],
  [
    'the Alabuga plant in Tatarstan',
    [
      ['Alabuga', 'Yelabuga', 'RU-TA', 'city'],
      ['Tatarstan', 'Tatarstan', 'RU-TA', 'region'],
    ],
  ],
  ['Kyiv City Administration', [['Kyiv City', 'Kyiv', 'UA-30', 'city']]],
  [
    'Vladimir and Ivanovo regions',
    [
      ['Vladimir', 'Vladimir Oblast', 'RU-VLA', 'region'],
      ['Ivanovo regions', 'Ivanovo Oblast', 'RU-IVA', 'region'],
    ],
  ],
  [
    'the Kursk region. Region officials said',
    [['Kursk region', 'Kursk Oblast', 'RU-KRS', 'region']],
  ],
  ['Kursk. Region officials said', [['Kursk', 'Kursk', 'RU-KRS', 'city']]],
  ['told the Kyiv Independent', []],
  [
    "the Donetsk and Luhansk People's Republics",
    [
      ['Donetsk', 'Donetsk Oblast', 'UA-14', 'region'],
      ["Luhansk People's Republics", 'Luhansk Oblast', 'UA-09', 'region'],
    ],
  ],
  [
    'over Bryansk, Kursk, and Oryol regions',
    [
      ['Bryansk', 'Bryansk Oblast', 'RU-BRY', 'region'],
      ['Kursk', 'Kursk Oblast', 'RU-KRS', 'region'],
      ['Oryol regions', 'Oryol Oblast', 'RU-ORL', 'region'],
    ],
  ],
  [
    'Kyiv; Kharkiv and Sumy regions',
    [
      ['Kyiv', 'Kyiv', 'UA-30', 'city'],
      ['Kharkiv', 'Kharkiv Oblast', 'UA-63', 'region'],
      ['Sumy regions', 'Sumy Oblast', 'UA-59', 'region'],
    ],
  ],
  [
    'the Republic of Altai and Altai Krai',
    [
      ['Republic of Altai', 'Altai Republic', 'RU-AL', 'region'],
      ['Altai Krai', 'Altai Krai', 'RU-ALT', 'region'],
    ],
  ],
  ['KHARKIV OBLAST', [['KHARKIV OBLAST', 'Kharkiv Oblast', 'UA-63', 'region']]],
  ['Russian-occupied Crimea, a Moscow-based analyst', [['Crimea', 'Crimea', 'UA-43', 'region']]],
  [
    'the Leningrad region, not Leningrad',
    [['Leningrad region', 'Leningrad Oblast', 'RU-LEN', 'region']],
  ],
  ['Kyiv’s mayor', [['Kyiv', 'Kyiv', 'UA-30', 'city']]],
];

describe('findPlaces on news phrases', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('returns places that satisfy the Mention schema', () => {
    for (const [text] of CASES) {
      for (const h of findPlaces(text)) {
        if (h.place) expect(PlaceSchema.safeParse(h.place).success).toBe(true);
        else expect(['capital', 'city', 'region', 'country']).toContain(h.kind);
      }
    }
  });

  it('hands out copies, so callers cannot corrupt the gazetteer', () => {
    const [hit] = findPlaces('Moscow');
    hit!.place!.name = 'changed';
    expect(findPlaces('Moscow')[0]!.place!.name).toBe('Moscow');
  });
});

describe('placeByCode', () => {
  it('finds countries, regions and cities with their own code', () => {
    expect(placeByCode('RU')).toEqual({ name: 'Russia', code: 'RU', level: 'country' });
    expect(placeByCode('UA')).toEqual({ name: 'Ukraine', code: 'UA', level: 'country' });
    expect(placeByCode('RU-MOW')).toEqual({ name: 'Moscow', code: 'RU-MOW', level: 'city' });
    expect(placeByCode('RU-MOS')).toEqual({
      name: 'Moscow Oblast',
      code: 'RU-MOS',
      level: 'region',
    });
    expect(placeByCode('UA-30')).toEqual({ name: 'Kyiv', code: 'UA-30', level: 'city' });
    expect(placeByCode('UA-63')?.name).toBe('Kharkiv Oblast');
    expect(placeByCode('UA-43')?.name).toBe('Crimea');
    expect(placeByCode('XX')).toBeUndefined();
  });
});

const UA_CODES = '05 07 09 12 14 18 21 23 26 30 32 35 40 43 46 48 51 53 56 59 61 63 65 68 71 74 77'
  .split(' ')
  .map((n) => `UA-${n}`);

const RU_CODES = (
  'AD AL BA BU CE CU DA IN KB KL KC KR KK KO ME MO SA SE TA TY UD ' +
  'ALT KAM KHA KDA KYA PER PRI STA ZAB ' +
  'AMU ARK AST BEL BRY CHE IRK IVA KGD KLU KEM KIR KOS KGN KRS LEN LIP MAG MOS MUR NIZ NGR NVS ' +
  'OMS ORE ORL PNZ PSK ROS RYA SAK SAM SAR SMO SVE TAM TOM TUL TVE TYU ULY VLA VGG VLG VOR YAR ' +
  'MOW SPE YEV CHU KHM NEN YAN'
)
  .split(' ')
  .map((c) => `RU-${c}`);

describe('the gazetteer', () => {
  const subdivisions = [...UA_SUBDIVISIONS, ...RU_SUBDIVISIONS];
  const cities = [...UA_CITIES, ...RU_CITIES];

  it('holds every Ukrainian oblast, Kyiv, Sevastopol and Crimea', () => {
    expect(UA_CODES).toHaveLength(27);
    expect(UA_SUBDIVISIONS.map((s) => s.code).sort()).toEqual([...UA_CODES].sort());
  });

  it("holds exactly Russia's 83 ISO subjects, none of them Ukrainian", () => {
    expect(new Set(RU_CODES).size).toBe(83);
    expect(RU_SUBDIVISIONS.map((s) => s.code).sort()).toEqual([...RU_CODES].sort());
  });

  it('has well-formed codes, each canonical name with one code, each code once', () => {
    const nameToCode = new Map<string, string | null>();
    const entries = [
      ...subdivisions.map((s) => [s.name, s.code] as const),
      ...cities.map((c) => [c.name, c.code] as const),
      ...AREAS.map((a) => [a.name, a.code] as const),
    ];
    for (const [name, code] of entries) {
      if (code !== null) expect(code).toMatch(/^(RU|UA)(-[A-Z]{2,3}|-\d{2})?$/);
      expect(nameToCode.has(name), `${name} listed twice`).toBe(false);
      nameToCode.set(name, code);
    }
    expect(new Set(subdivisions.map((s) => s.code)).size).toBe(subdivisions.length);
    expect(gazetteer().conflicts).toEqual([]);
  });

  it('gives every city the code of a listed subdivision', () => {
    const codes = new Set(subdivisions.map((s) => s.code));
    for (const c of cities) expect(codes.has(c.code), `${c.name} ${c.code}`).toBe(true);
  });

  it('finds every name, spelling and stem it lists', () => {
    for (const s of subdivisions) {
      for (const n of [s.name, ...(s.names ?? [])])
        expect(found(n), n).toEqual([[n, s.name, s.code, s.level]]);
      for (const n of s.stems ?? []) {
        expect(found(`the ${n} region`), n).toEqual([[`${n} region`, s.name, s.code, 'region']]);
      }
    }
    for (const c of cities) {
      for (const n of [c.name, ...(c.aliases ?? [])]) {
        const text = c.needsCue ? `the city of ${n}` : n;
        const span = c.needsCue ? `city of ${n}` : n;
        expect(found(text), n).toEqual([[span, c.name, c.code, 'city']]);
        expect(
          found(n.toUpperCase()).map((e) => e[1]),
          `${n} in capitals`,
        ).toEqual(c.needsCue ? [] : [c.name]);
      }
    }
  });
});

describe('robustness', () => {
  it('never throws and returns ordered, non-overlapping spans inside the text', () => {
    const words = [
      'Kursk',
      'and',
      ',',
      'regions',
      'region',
      'of',
      'the',
      'city',
      'capital',
      "Moscow's",
      'St.',
      'Petersburg',
      '-',
      "'",
      'Oblast',
      'Sea',
      'Black',
      'Azov',
      'Russian',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 4 })), {
          maxLength: 40,
        }),
        (parts) => {
          const text = parts.join(' ');
          const hits = findPlaces(text);
          let end = 0;
          for (const h of hits) {
            expect(h.start).toBeGreaterThanOrEqual(end);
            expect(h.end).toBeGreaterThan(h.start);
            expect(h.end).toBeLessThanOrEqual(text.length);
            end = h.end;
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('tolerates non-string input', () => {
    expect(findPlaces(undefined as unknown as string)).toEqual([]);
    expect(findPlaces('')).toEqual([]);
  });

  it.each([
    ['capitalised words', "Aaaa Bbbb-Cccc Dd'ee "],
    ['spaces, apostrophes and hyphens', "  ' - '' -- A' 'B -A- "],
    ['one endless list of names', 'Kursk and '],
    ['one endless hyphenated word', 'Kursk-'],
    ['nested prefixes', 'the regions of the city of the region of '],
    ['possessives and capitals', "Moscow's St. KYIV's Nizhny Novgorod's "],
  ])(
    'stays linear on 1 MB of %s',
    (_label, unit) => {
      const text = unit.repeat(Math.ceil(1_000_000 / unit.length)) + ' regions';
      let hits: unknown = null;
      expectNoBlowUp(() => (hits = findPlaces(text)));
      expect(Array.isArray(hits)).toBe(true);
    },
    BLOW_UP_TIMEOUT,
  );
});
