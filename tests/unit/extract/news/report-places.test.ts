// Who attacked, where, and who said so, as a report tells it across its sentences. Every row is
// written for this file in the style of wire copy; none is taken from an article.
// Publication weekdays: 2025-07-20 Sun, 2025-07-21 Mon, 2025-07-23 Wed.
import { at, atLeast, exact, fig, moreThan, runTable, type Row } from './harness';

const RMD = 'Russian Defense Ministry';
const UAF = 'Ukrainian Air Force';

const rows: Row[] = [
  // "the city centre" is a part of the story's city.
  {
    text: 'A Russian strike on Odesa killed two people. Two ballistic missiles struck the city centre.',
    published: '2025-07-20',
    expect: [
      fig('people.killed', exact(2), { place: at('UA-51') }),
      fig('missiles.hit', exact(2), { place: at('UA-51') }),
    ],
  },
  // A dateline names where the reporter filed, not where anything happened.
  {
    text: 'KYIV, Ukraine (AP) — Russia launched 350 drones overnight, the air force said.',
    published: '2025-07-20',
    expect: [fig('drones.launched', exact(350), { attacker: 'RU', place: at('UA') })],
  },
  // Written in mixed case, a dateline is told by its agency in brackets before the dash.
  {
    text: 'Kyiv, Ukraine (CNN) — A barrage of Russian missile strikes killed at least 22 people across Ukraine, officials said.',
    published: '2025-07-20',
    expect: [fig('people.killed', atLeast(22), { attacker: 'RU', place: at('UA') })],
  },
  {
    text: 'Kyiv (CNN) — Russian drones killed two people in Odesa.',
    published: '2025-07-20',
    expect: [fig('people.killed', exact(2), { attacker: 'RU', place: at('UA-51') })],
  },
  {
    text: 'MOSCOW, July 20 (Reuters) - Ukrainian drone attacks wounded three people, officials said.',
    published: '2025-07-20',
    expect: [fig('people.injured', exact(3), { attacker: 'UA', place: at('RU') })],
  },
  // A country-wide total stays country-wide, whatever city the report is about.
  {
    text: 'A Russian strike on Odesa damaged the port. Russia launched 210 drones and nine missiles across the country, according to the air force.',
    published: '2025-07-21',
    expect: [
      fig('drones.launched', exact(210), { place: at('UA'), attributedTo: UAF }),
      fig('missiles.launched', exact(9), { place: at('UA'), attributedTo: UAF }),
    ],
  },
  // Casualties stay where the report's attack fell, sentences later.
  {
    text: 'Russian missiles hit the centre of Dnipro on Monday morning. Firefighters worked through the day. At least seven people were killed, officials said.',
    published: '2025-07-21',
    expect: [fig('people.killed', atLeast(7), { attacker: 'RU', place: at('UA-12') })],
  },
  // A governor's toll is in the governor's region.
  {
    text: 'The governor of the Belgorod region, Vyacheslav Gladkov, said two people were injured.',
    published: '2025-07-21',
    expect: [fig('people.injured', exact(2), { attacker: 'UA', place: at('RU-BEL') })],
  },
  // Nobody attacks their own country: a Russian attack's figures are never in Russia.
  {
    text: 'Moscow airports closed for three hours. Russia fired 90 drones at Ukraine overnight, Kyiv said.',
    published: '2025-07-21',
    expect: [fig('drones.launched', exact(90), { attacker: 'RU', place: at('UA') })],
  },
  // The subject of the verb's own clause, not the speaker's country.
  {
    text: 'Ukrainian officials said the Monday strike killed 11 people in Kharkiv.',
    published: '2025-07-21',
    expect: [fig('people.killed', exact(11), { attacker: 'RU', place: at('UA-63') })],
  },
  {
    text: 'A Russian glide bomb attack on Zaporizhzhia, Ukraine, has killed four people.',
    published: '2025-07-21',
    expect: [fig('people.killed', exact(4), { attacker: 'RU', place: at('UA-23') })],
  },
  // The agent after the verb.
  {
    text: 'Air defences fought off a barrage of 40 drones launched by Russia.',
    published: '2025-07-21',
    expect: [fig('drones.launched', exact(40), { attacker: 'RU', place: at('UA') })],
  },
  {
    text: 'Two people were killed in a Ukrainian drone strike on the village.',
    published: '2025-07-21',
    expect: [fig('people.killed', exact(2), { attacker: 'UA', place: at('RU') })],
  },
  // A participle's subject is its main clause's.
  {
    text: 'Ukraine attacked the Kursk region on Sunday (local time) with dozens of drones, wounding six people.',
    published: '2025-07-21',
    expect: [fig('people.injured', exact(6), { attacker: 'UA', place: at('RU-KRS') })],
  },
  // "around", "near" and "outside" a capital are its region.
  {
    text: 'Air defences shot down 18 drones around Moscow, the defense ministry said.',
    published: '2025-07-21',
    expect: [
      fig('drones.downed', exact(18), { attacker: 'UA', place: at('RU-MOS'), attributedTo: RMD }),
    ],
  },
  {
    text: 'One person was killed near Kyiv.',
    published: '2025-07-21',
    expect: [fig('people.killed', exact(1), { attacker: 'RU', place: at('UA-32') })],
  },
  // A statement's counts run on without repeating who made it.
  {
    text: 'The defense ministry said air defences destroyed 64 Ukrainian drones overnight. Of the total, 30 were over the Bryansk region. Several airports closed. Twelve more were destroyed over the Kursk region.',
    published: '2025-07-20',
    expect: [
      fig('drones.downed', exact(64), { attributedTo: RMD }),
      fig('drones.downed', exact(30), { place: at('RU-BRY'), attributedTo: RMD }),
      fig('drones.downed', exact(12), { place: at('RU-KRS'), attributedTo: RMD }),
    ],
  },
  // Each part of a sentence between semicolons has its own speaker.
  {
    text: 'Moscow says the strike hit a military target; Ukraine says 14 civilians were killed.',
    published: '2025-07-21',
    expect: [fig('people.killed', exact(14), { attacker: 'RU', attributedTo: 'Ukraine' })],
  },
  // A speaker no table knows keeps their own name and stops an earlier speaker's reach.
  {
    text: 'Governor Oleh Syniehubov said four people were injured in Kharkiv. Five more were hurt in Chuhuiv, according to Mayor Halyna Minaieva.',
    published: '2025-07-21',
    expect: [
      fig('people.injured', exact(4), { place: at('UA-63') }),
      fig('people.injured', exact(5), { attributedTo: 'Mayor Halyna Minaieva' }),
    ],
  },
  // Parts keep their place; the whole is the country's.
  {
    text: 'Russia said 120 drones were shot down, more than 40 of them over the Moscow region.',
    published: '2025-07-21',
    expect: [
      fig('drones.downed', exact(120), { place: at('RU') }),
      fig('drones.downed', moreThan(40), { place: at('RU-MOS') }),
    ],
  },
  // A speaker after "with" who is "claiming", and a contrasting clause's own speaker.
  {
    text: "Ukraine struck Russia overnight, with Russia's Defense Ministry claiming it downed 95 drones.",
    published: '2025-07-21',
    expect: [fig('drones.downed', exact(95), { attacker: 'UA', attributedTo: RMD })],
  },
  {
    text: "Kharkiv's governor said a woman was hurt, while Ukraine's air force reported that 70 drones were shot down.",
    published: '2025-07-21',
    expect: [
      fig('people.injured', exact(1)),
      fig('drones.downed', exact(70), { attacker: 'RU', attributedTo: UAF }),
    ],
  },
  // Saying nothing is no claim; a background figure is the writer's, not the last statement's.
  {
    text: "Ukraine's air force said 40 drones were shot down overnight. The ministry did not say whether anyone was hurt. The attack came a week after Russia fired more than 500 drones at Ukraine.",
    published: '2025-07-21',
    expect: [
      fig('drones.downed', exact(40), { attributedTo: UAF, date: '2025-07-21' }),
      fig('drones.launched', moreThan(500), { attributedTo: null, date: null }),
    ],
  },
  // A city body named without its city is the city's where the figure is.
  {
    text: 'In Kyiv, six people were killed when debris hit a building, the city administration said.',
    published: '2025-07-21',
    expect: [fig('people.killed', exact(6), { attributedTo: 'Kyiv City Administration' })],
  },
  // "the region" is the region the sentence named before.
  {
    text: 'Ukraine said it hit a depot in the Tambov region of Russia, which said 11 drones had been downed in the region.',
    published: '2025-07-21',
    expect: [fig('drones.downed', exact(11), { attacker: 'UA', place: at('RU-TAM') })],
  },
  // A toll broken down by where people died is no second toll.
  {
    text: 'The toll from the strike on the city rose to 31. Officials said 25 of those killed were inside the building. The remaining six died in the street.',
    published: '2025-07-21',
    expect: [fig('people.killed', exact(31))],
  },
];

runTable('news: places, sides and speakers across a report', rows);
