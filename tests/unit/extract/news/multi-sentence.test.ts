// Short paragraphs: date, attribution, attacker and place carried from an earlier sentence.
// Publication weekdays: 2025-05-14 Wed, 2025-06-01 Sun, 2025-06-03 Tue, 2025-07-17 Thu,
// 2025-07-18 Fri, 2025-07-19 Sat, 2025-07-20 Sun, 2025-07-21 Mon, 2025-08-05 Tue.
import { at, atLeast, exact, fig, moreThan, runTable, type Attrs, type Row } from './harness';

const RMD = 'Russian Defense Ministry';
const UAF = 'Ukrainian Air Force';

const rmd = (date: string, extra: Attrs = {}): Attrs => ({
  attacker: 'UA',
  date,
  attributedTo: RMD,
  ...extra,
});
const uaf = (date: string): Attrs => ({ attacker: 'RU', date, attributedTo: UAF });

const rows: Row[] = [
  {
    text: "Russia's Defence Ministry said on Saturday that 73 Ukrainian drones had been shot down overnight. Of them, 21 were destroyed over the Kursk region.",
    published: '2025-07-19',
    expect: [
      fig('drones.downed', exact(73), rmd('2025-07-19')),
      fig('drones.downed', exact(21), rmd('2025-07-19', { place: at('RU-KRS') })),
    ],
  },
  {
    text: "Ukraine's air force said Russia attacked overnight with 96 Shahed-type attack UAVs and decoy drones. As of 08:30, air defence had shot down/suppressed 71 of them. A further 19 imitator drones were locationally lost.",
    published: '2025-05-14',
    expect: [
      fig('drones.launched', exact(96), uaf('2025-05-14')),
      fig('drones.neutralized', exact(71), uaf('2025-05-14')),
      fig('drones.suppressed', exact(19), uaf('2025-05-14')),
    ],
  },
  {
    text: 'Air defense systems on duty intercepted and destroyed 41 Ukrainian UAVs overnight, the Russian Defense Ministry said. Twenty were destroyed over the Belgorod region, 11 over the Kursk region and 10 over the Voronezh region.',
    published: '2025-07-20',
    expect: [
      fig('drones.downed', exact(41), rmd('2025-07-20')),
      fig('drones.downed', exact(20), rmd('2025-07-20', { place: at('RU-BEL') })),
      fig('drones.downed', exact(11), rmd('2025-07-20', { place: at('RU-KRS') })),
      fig('drones.downed', exact(10), rmd('2025-07-20', { place: at('RU-VOR') })),
    ],
  },
  {
    text: 'A Russian missile and drone attack on Kyiv killed four people overnight, Ukrainian officials said. Among the dead were two children. Another 22 people were injured.',
    published: '2025-06-01',
    expect: [
      fig('people.killed', exact(4), { attacker: 'RU', place: at('UA-30'), date: '2025-06-01' }),
      fig('people.killed', exact(2), { attacker: 'RU', group: 'children', date: '2025-06-01' }),
      fig('people.injured', exact(22), { attacker: 'RU', date: '2025-06-01' }),
    ],
  },
  {
    text: 'Moscow Mayor Sergei Sobyanin said air defences had repelled an attack on the capital overnight. In total, 19 drones were destroyed on approach to the city.',
    published: '2025-07-21',
    expect: [
      fig('drones.downed', exact(19), {
        attacker: 'UA',
        place: at('RU-MOW'),
        date: '2025-07-21',
        attributedTo: 'Moscow Mayor',
      }),
    ],
  },
  {
    text: 'Russian forces struck the Kharkiv region 14 times on Tuesday. Two people were killed and six were injured, Governor Oleh Syniehubov said.',
    published: '2025-08-05',
    expect: [
      fig('people.killed', exact(2), { attacker: 'RU', date: '2025-08-05' }),
      fig('people.injured', exact(6), { attacker: 'RU', date: '2025-08-05' }),
    ],
  },
  {
    text: 'Russia launched 58 drones and three missiles at Ukraine overnight, the Ukrainian Air Force said. It said 44 of the drones were shot down and nine were jammed.',
    published: '2025-07-18',
    expect: [
      fig('drones.launched', exact(58), uaf('2025-07-18')),
      fig('missiles.launched', exact(3), uaf('2025-07-18')),
      fig('drones.downed', exact(44), uaf('2025-07-18')),
      fig('drones.suppressed', exact(9), uaf('2025-07-18')),
    ],
  },
  {
    text: 'Russia said it downed 112 drones overnight. Ukraine did not comment on the claim.',
    published: '2025-07-20',
    expect: [fig('drones.downed', exact(112), { attacker: 'UA', date: '2025-07-20' })],
  },
  {
    text: 'Ukrainian drones attacked the Voronezh region on Monday. Governor Alexander Gusev said 17 drones were destroyed and three people were injured.',
    published: '2025-06-03',
    expect: [
      fig('drones.downed', exact(17), { attacker: 'UA', place: at('RU-VOR'), date: '2025-06-02' }),
      fig('people.injured', exact(3), { attacker: 'UA', place: at('RU-VOR'), date: '2025-06-02' }),
    ],
  },
  {
    text: "Russia's Defence Ministry published its report at 07:00 Moscow time. It said air defences had shot down 26 drones over the Rostov region and 8 over the Sea of Azov.",
    published: '2025-07-17',
    expect: [
      fig('drones.downed', exact(26), { attacker: 'UA', place: at('RU-ROS'), attributedTo: RMD }),
      fig('drones.downed', exact(8), { attacker: 'UA', place: at(null), attributedTo: RMD }),
    ],
  },
  {
    text: 'Ukrainian President Volodymyr Zelensky said Russia had used more than 1,000 drones against Ukraine over the weekend. On Saturday alone, 426 drones were launched, he said.',
    published: '2025-07-21',
    expect: [
      fig('drones.launched', moreThan(1000), {
        attacker: 'RU',
        place: at('UA'),
        attributedTo: 'Ukrainian President',
      }),
      fig('drones.launched', exact(426), {
        attacker: 'RU',
        date: '2025-07-19',
        attributedTo: 'Ukrainian President',
      }),
    ],
  },
  {
    text: "Russia's Defense Ministry said 57 drones were shot down over the Bryansk region overnight. Regional governor Alexander Bogomaz put the number at 45.",
    published: '2025-07-20',
    expect: [
      fig('drones.downed', exact(57), rmd('2025-07-20', { place: at('RU-BRY') })),
      fig('drones.downed', exact(45)),
    ],
  },
  // A local speaker of the sentence before does not speak for a place outside their own; inside
  // it, they still do.
  {
    text: 'Two people were killed in the Dnipropetrovsk region, governor Serhiy Lysak said. A Russian strike on Sumy killed four people.',
    published: '2025-07-20',
    expect: [
      fig('people.killed', exact(2), {
        place: at('UA-12'),
        attributedTo: 'Dnipropetrovsk Governor',
      }),
      fig('people.killed', exact(4), { place: at('UA-59'), attributedTo: null }),
    ],
  },
  {
    text: 'Two people were killed in the Dnipropetrovsk region, governor Serhiy Lysak said. In Kryvyi Rih, three were injured.',
    published: '2025-07-20',
    expect: [
      fig('people.killed', exact(2), { place: at('UA-12') }),
      fig('people.injured', exact(3), {
        place: at('UA-12'),
        attributedTo: 'Dnipropetrovsk Governor',
      }),
    ],
  },
  // A verb's "-s" form after a number above one is a plural noun: no count of the drones before.
  {
    text: 'Russia launched 40 drones overnight. Two fires caused by the attack were put out.',
    expect: [fig('drones.launched', exact(40), { attacker: 'RU' })],
  },
  {
    text: 'Russia launched 40 drones overnight. Three hits were recorded in Kharkiv.',
    expect: [fig('drones.launched', exact(40), { attacker: 'RU' })],
  },
  // "the city" with no city in its sentence: the city the report's attacks fell on, not the capital.
  {
    text: 'One person was killed in overnight Russian drone strikes on the southern Ukrainian city of Odesa. Russia attacked the city with at least 10 drones at around 1am.',
    expect: [
      fig('people.killed', exact(1), { attacker: 'RU', place: at('UA-51') }),
      fig('drones.launched', atLeast(10), { attacker: 'RU', place: at('UA-51') }),
    ],
  },
  // A toll of the whole war has no day, and no town of the day's attacks for its place.
  {
    text: 'A Russian strike on Kharkiv killed two people on Saturday. The full-scale war, which began nearly three years ago, has killed more than 10,000 Ukrainian civilians, according to the United Nations.',
    published: '2025-07-20',
    expect: [
      fig('people.killed', exact(2), { attacker: 'RU', place: at('UA-63'), date: '2025-07-19' }),
      fig('people.killed', moreThan(10000), {
        attacker: 'RU',
        group: 'civilians',
        place: at('UA'),
        date: null,
      }),
    ],
  },
  {
    text: 'A Russian strike on Kharkiv killed two people on Saturday. More than 12,000 civilians have been killed since the start of the full-scale invasion.',
    published: '2025-07-20',
    expect: [
      fig('people.killed', exact(2), { place: at('UA-63'), date: '2025-07-19' }),
      fig('people.killed', moreThan(12000), { group: 'civilians', place: at('UA'), date: null }),
    ],
  },
  {
    text: 'A Russian strike killed 20 people in Kharkiv on Saturday, the deadliest attack on the city since the war began.',
    published: '2025-07-20',
    expect: [fig('people.killed', exact(20), { place: at('UA-63'), date: '2025-07-19' })],
  },
  // A sentence without figures that says who attacked gives the figures after it their attacker.
  {
    text: 'Ukrainian drones attacked the Kursk and Belgorod regions overnight. 40 drones were downed, the ministry said.',
    expect: [
      fig('drones.downed', exact(40), { attacker: 'UA', place: at('RU'), attributedTo: RMD }),
    ],
  },
  {
    text: 'Russia launched a massive drone attack on Ukraine overnight. Air defences shot down 40 drones, the air force said.',
    expect: [
      fig('drones.downed', exact(40), { attacker: 'RU', place: at('UA'), attributedTo: UAF }),
    ],
  },
  // Only an attack with weapons says who attacks: a counteroffensive, or a denied attack, does not.
  {
    text: 'Ukraine launched a counteroffensive in the south last week. Air defences shot down 40 drones overnight, the air force said.',
    expect: [fig('drones.downed', exact(40), { attacker: null, place: null })],
  },
  {
    text: 'Russia denied that Ukrainian drones attacked Moscow. Air defences shot down 40 drones overnight, the air force said.',
    expect: [fig('drones.downed', exact(40), { attacker: null, place: null })],
  },
  // A toll inside its own clause is the day's, whatever the war around it.
  {
    text: 'As the war enters its fourth year, a Russian strike on Kharkiv killed 20 people on Saturday.',
    published: '2025-07-20',
    expect: [fig('people.killed', exact(20), { place: at('UA-63'), date: '2025-07-19' })],
  },
  {
    text: 'Two civilians were killed in Kharkiv as Russia pressed on with its war.',
    published: '2025-07-20',
    expect: [fig('people.killed', exact(2), { place: at('UA-63'), date: '2025-07-20' })],
  },
  {
    text: 'Russia-Ukraine war: Russian missile strike on Kharkiv kills 3',
    published: '2025-07-20',
    expect: [fig('people.killed', exact(3), { attacker: 'RU', date: '2025-07-20' })],
  },
  // The speaker named after a quotation's closing mark speaks every sentence of it.
  {
    text: '"As of 08:30, 24 people were killed, forensic experts determined. Another wounded man died in hospital," said Vyacheslav Gladkov, the governor of Russia\'s Belgorod region.',
    published: '2023-12-31',
    expect: [
      fig('people.killed', exact(24), {
        attacker: 'UA',
        place: at('RU-BEL'),
        attributedTo: 'Belgorod Governor',
      }),
    ],
  },
  {
    text: 'Ukraine launched 40 drones at Moscow overnight. "Twelve were shot down on approach to the city. Rescuers are at the scene," Sobyanin said.',
    published: '2025-07-20',
    expect: [
      fig('drones.launched', exact(40), { attacker: 'UA', attributedTo: null }),
      fig('drones.downed', exact(12), { attacker: 'UA', attributedTo: 'Moscow Mayor' }),
    ],
  },
  // Wire copy gives each sentence a paragraph: one that opens with a bare count goes on with the
  // figure of the paragraph before; a bare count later in its sentence does not.
  {
    text: 'The Russian Defense Ministry said it intercepted 16 Ukrainian drones early on Friday.\nFifteen were destroyed over the Volgograd region.',
    published: '2024-03-08',
    expect: [
      fig('drones.downed', exact(16), rmd('2024-03-08')),
      fig('drones.downed', exact(15), rmd('2024-03-08', { place: at('RU-VGG') })),
    ],
  },
  {
    text: 'Ukrainian air defences intercepted 38 missiles during the attack.\n"The pilot shot down seven (Russian) air targets," the military said.',
    published: '2025-06-29',
    expect: [fig('missiles.downed', exact(38))],
  },
  // A paragraph opening with a count of its own noun ("One strike hit …") goes on with nothing.
  {
    text: 'At least 124 people were injured, with 68 of them transported to local hospital, the head of the Kyiv Military Administration told Ukrainian media at the site of one of the attacks.\nOne strike hit a multi-story residential building, splitting it in two.',
    published: '2025-07-15',
    expect: [fig('people.injured', atLeast(124), { place: at('UA-30') })],
  },
];

runTable('news: multi-sentence', rows);
