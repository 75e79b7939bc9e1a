/**
 * Who speaks in war news, as data: `attribution.ts` holds the grammar. Phrases are matched on
 * lower-cased tokens ("Russia’s" is "russia's"), longest first. Canonical names follow CLAIMS.md
 * section 3; a speaker without one keeps a short name of its own.
 */

export type SpeakerSide = 'RU' | 'UA';

/** What a phrase in the text stands for. */
export interface SpeakerName {
  /** The name to report; `null` takes the words as written (media outlets). */
  name: string | null;
  side: SpeakerSide | null;
  /** Only a country speaks ("Russia said"): the caller picks its institution by metric. */
  countryOnly?: boolean;
  /** A news outlet: the article's reporter, not the figure's source, when an official speaks too. */
  media?: boolean;
  /** Phrases with the same key are one speaker ("Belgorod Governor Vyacheslav Gladkov"). */
  key?: string;
}

/**
 * An institution that a country word can name: "Russia's Defense Ministry", "the Defense Ministry
 * in Moscow", "Ukraine's air force". `name` is for the bare phrase ("the air force said"), `null`
 * when it says too little alone ("the president" may be anyone's).
 */
export interface Institution {
  phrases: readonly string[];
  name: string | null;
  /** An institution only one side has ("State Emergency Service" is Ukraine's). */
  side?: SpeakerSide;
  sided: Partial<Record<SpeakerSide, string>>;
}

const RDM = 'Russian Defense Ministry';
const UAF = 'Ukrainian Air Force';

export const INSTITUTIONS: readonly Institution[] = [
  {
    phrases: ['defense ministry', 'defence ministry', 'ministry of defense', 'ministry of defence'],
    name: 'Defense Ministry',
    sided: { RU: RDM, UA: 'Ukrainian Defense Ministry' },
  },
  { phrases: ['mod'], name: null, sided: { RU: RDM, UA: 'Ukrainian Defense Ministry' } },
  {
    phrases: ['air force', 'air forces', 'air force command', 'air force spokesman'],
    name: 'Air Force',
    sided: { UA: UAF, RU: 'Russian Air Force' },
  },
  {
    phrases: [
      'air defense',
      'air defence',
      'air defenses',
      'air defences',
      'air defense forces',
      'air defence forces',
      'air defense units',
      'air defence units',
    ],
    name: null,
    sided: { RU: RDM, UA: UAF },
  },
  {
    phrases: ['military', 'army', 'armed forces'],
    name: null,
    sided: { RU: RDM, UA: 'Ukrainian military' },
  },
  {
    phrases: ['general staff'],
    name: 'General Staff',
    sided: { UA: 'Ukrainian General Staff', RU: 'Russian General Staff' },
  },
  {
    phrases: ['navy'],
    name: null,
    sided: { UA: 'Ukrainian Navy', RU: 'Russian Navy' },
  },
  {
    phrases: ['president'],
    name: null,
    sided: { RU: 'Russian President', UA: 'Ukrainian President' },
  },
  {
    phrases: ['government'],
    name: null,
    sided: { RU: 'Russian government', UA: 'Ukrainian government' },
  },
  {
    phrases: ['officials'],
    name: 'officials',
    sided: { RU: 'Russian officials', UA: 'Ukrainian officials' },
  },
  {
    phrases: ['official'],
    name: null,
    sided: { RU: 'Russian official', UA: 'Ukrainian official' },
  },
  {
    phrases: ['authorities'],
    name: 'authorities',
    sided: { RU: 'Russian authorities', UA: 'Ukrainian authorities' },
  },
  {
    phrases: ['foreign ministry', 'ministry of foreign affairs'],
    name: 'Foreign Ministry',
    sided: { RU: 'Russian Foreign Ministry', UA: 'Ukrainian Foreign Ministry' },
  },
  {
    phrases: ['health ministry', 'ministry of health'],
    name: 'Health Ministry',
    sided: { RU: 'Russian Health Ministry', UA: 'Ukrainian Health Ministry' },
  },
  {
    phrases: ['emergencies ministry', 'emergency situations ministry'],
    name: 'Emergencies Ministry',
    side: 'RU',
    sided: { RU: 'Russian Emergencies Ministry' },
  },
  {
    phrases: [
      'state emergency service',
      'emergency service',
      'emergency services',
      'state emergencies service',
      'emergencies service',
    ],
    name: 'State Emergency Service',
    side: 'UA',
    sided: { UA: 'State Emergency Service' },
  },
  {
    phrases: ['interior ministry', 'ministry of internal affairs', 'internal affairs ministry'],
    name: 'Interior Ministry',
    sided: { RU: 'Russian Interior Ministry', UA: 'Ukrainian Interior Ministry' },
  },
  {
    phrases: ['police'],
    name: 'police',
    sided: { RU: 'Russian police', UA: 'Ukrainian police' },
  },
  {
    phrases: [
      'prosecutors',
      "prosecutor general's office",
      'office of the prosecutor general',
      'prosecutor general',
      'general prosecutor',
    ],
    name: 'prosecutors',
    sided: { RU: 'Russian prosecutors', UA: 'Ukrainian prosecutors' },
  },
  {
    phrases: ['national police'],
    name: 'National Police',
    side: 'UA',
    sided: { UA: 'National Police' },
  },
  {
    phrases: ['federal aviation agency', 'federal air transport agency', 'aviation agency'],
    name: null,
    sided: { RU: 'Rosaviatsiya' },
  },
  {
    phrases: ['national security and defense council', 'national security and defence council'],
    name: 'National Security and Defense Council',
    side: 'UA',
    sided: { UA: 'National Security and Defense Council' },
  },
  {
    phrases: ['security council'],
    name: null,
    sided: { RU: 'Russian Security Council' },
  },
];

/**
 * The sided names of an institution the text names without its country ("the defense ministry
 * said", "the air force reported"): which side's it is follows from the figure it reports.
 */
export const SIDED_NAMES: ReadonlyMap<string, Partial<Record<SpeakerSide, string>>> = new Map(
  INSTITUTIONS.flatMap((inst) => (inst.name ? [[inst.name, inst.sided] as const] : [])),
);

/** Words that give an institution its country when they come before it. */
export const COUNTRY_WORDS: Readonly<Record<string, SpeakerSide>> = {
  "russia's": 'RU',
  russian: 'RU',
  "moscow's": 'RU',
  "ukraine's": 'UA',
  ukrainian: 'UA',
  "kyiv's": 'UA',
  "kiev's": 'UA',
};

/** Words that give an institution its country when they come after it. */
export const COUNTRY_SUFFIXES: Readonly<Record<string, SpeakerSide>> = {
  'in moscow': 'RU',
  'of russia': 'RU',
  'of the russian federation': 'RU',
  'in kyiv': 'UA',
  'in kiev': 'UA',
  'of ukraine': 'UA',
  'of the armed forces of ukraine': 'UA',
};

const RU = (name: string, key?: string): SpeakerName => ({ name, side: 'RU', key });
const UA = (name: string, key?: string): SpeakerName => ({ name, side: 'UA', key });
const NEUTRAL = (name: string): SpeakerName => ({ name, side: null });

/** Named people and bodies. Surnames alone suffice: "Sobyanin wrote on Telegram". */
export const NAMED_SPEAKERS: readonly (readonly [string, SpeakerName])[] = [
  ["ukrainian military's air force", UA(UAF)],
  ["ukraine's military's air force", UA(UAF)],
  ['ihnat', UA(UAF)],
  ['the ministry', NEUTRAL('Defense Ministry')],
  // "the ministry's press service said": its office speaks for it.
  ["the ministry's", NEUTRAL('Defense Ministry')],
  ['the ministry in moscow', RU(RDM)],
  ['russian mod', RU(RDM)],
  ...[
    'zelensky',
    'zelenskyy',
    'zelenskiy',
    'zelenskyi',
    "zelensky's office",
    "zelenskyy's office",
  ].map((p): [string, SpeakerName] => [p, UA('Ukrainian President')]),
  ['presidential office', UA('Ukrainian President')],
  ['putin', RU('Russian President')],
  ...['kremlin', 'peskov', 'kremlin spokesman dmitry peskov'].map((p): [string, SpeakerName] => [
    p,
    RU('Kremlin'),
  ]),
  ...['moscow mayor', "moscow's mayor", 'mayor of moscow', 'sobyanin'].map(
    (p): [string, SpeakerName] => [p, RU('Moscow Mayor')],
  ),
  ...['kyiv mayor', "kyiv's mayor", 'mayor of kyiv', 'kiev mayor', 'klitschko', 'klychko'].map(
    (p): [string, SpeakerName] => [p, UA('Kyiv Mayor')],
  ),
  ...[
    'kyiv city military administration',
    'kyiv city administration',
    'kyiv military administration',
    'kyiv city state administration',
    "kyiv's military administration",
    'tkachenko',
  ].map((p): [string, SpeakerName] => [p, UA('Kyiv City Administration')]),
  ['city military administration', NEUTRAL('City Administration')],
  ...[
    'regional military administration',
    'regional administration',
    'oblast military administration',
    'oblast administration',
  ].map((p): [string, SpeakerName] => [p, NEUTRAL('Regional Administration')]),
  ['city administration', NEUTRAL('City Administration')],
  ...['rosaviatsiya', 'korenyako'].map((p): [string, SpeakerName] => [p, RU('Rosaviatsiya')]),
  ...[
    'counter-disinformation center',
    'center for countering disinformation',
    'centre for countering disinformation',
  ].map((p): [string, SpeakerName] => [p, UA('Center for Countering Disinformation')]),
  ['sbu', UA('SBU')],
  ['security service of ukraine', UA('SBU')],
  ['fsb', RU('FSB')],
  ['investigative committee', RU('Investigative Committee')],
  ...['un', 'u.n', 'united nations', 'hrmmu', 'un human rights monitoring mission'].map(
    (p): [string, SpeakerName] => [p, NEUTRAL('UN')],
  ),
  ...['isw', 'institute for the study of war'].map((p): [string, SpeakerName] => [
    p,
    NEUTRAL('ISW'),
  ]),
  // Heads Russia installed in occupied Ukrainian regions: their own side's officials.
  ['pushilin', RU('Donetsk occupation head')],
  ['pasechnik', RU('Luhansk occupation head')],
  ['saldo', RU('Kherson occupation governor')],
  ['balitsky', RU('Zaporizhzhia occupation governor')],
  ['trump', NEUTRAL('US President')],
  ['white house', NEUTRAL('White House')],
  // "the region's governor said": a governor the text does not name, nor their region.
  ...[
    'regional governor',
    "region's governor",
    "oblast's governor",
    'its governor',
    'governor of the region',
    'governor of the oblast',
  ].map((p): [string, SpeakerName] => [p, NEUTRAL('regional governor')]),
  ...['local officials', 'regional officials', 'city officials'].map((p): [string, SpeakerName] => [
    p,
    NEUTRAL(p),
  ]),
  ...['local authorities', 'regional authorities', 'city authorities'].map(
    (p): [string, SpeakerName] => [p, NEUTRAL(p)],
  ),
];

/** Only the country speaks: "Russia said", "Kyiv claimed", "Moscow reported". */
export const COUNTRIES: readonly (readonly [string, SpeakerName])[] = [
  // "according to the Russian side": the country speaking as a whole.
  ...['russia', 'moscow', 'russian side'].map((p): [string, SpeakerName] => [
    p,
    { name: 'Russia', side: 'RU', countryOnly: true },
  ]),
  ...['ukraine', 'kyiv', 'kiev', 'ukrainian side'].map((p): [string, SpeakerName] => [
    p,
    { name: 'Ukraine', side: 'UA', countryOnly: true },
  ]),
];

/** News outlets and channels, reported under the name the text gives them. */
export const MEDIA: readonly string[] = [
  'reuters',
  'the associated press',
  'associated press',
  'ap',
  'afp',
  'agence france-presse',
  'the wall street journal',
  'wall street journal',
  'wsj',
  'the new york times',
  'new york times',
  'the new york post',
  'new york post',
  'the washington post',
  'washington post',
  'bloomberg',
  'bbc',
  'cnn',
  'abc news',
  'cbs news',
  'nbc news',
  'sky news',
  'the guardian',
  'al jazeera',
  'tass',
  'ria novosti',
  'interfax',
  'interfax-ukraine',
  'ukrinform',
  'the kyiv independent',
  'kyiv independent',
  'the moscow times',
  'moscow times',
  'ukrainska pravda',
  'suspilne',
  'meduza',
  'kommersant',
  'russian media',
  'ukrainian media',
  'state media',
  'russian state media',
  'local media',
  'russian telegram channels',
  'ukrainian telegram channels',
  'telegram channels',
];

/** Bodies the text names without their city or region: the figure's place is theirs. */
export const LOCAL_BODIES: ReadonlySet<string> = new Set([
  'City Administration',
  'City Council',
  'Regional Administration',
]);
