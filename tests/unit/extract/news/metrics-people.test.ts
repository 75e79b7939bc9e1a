// Casualties: killed / injured, their wording, groups, and verbs shared by two numbers.
import { at, atLeast, exact, fig, moreThan, runTable, type Row } from './harness';

const rows: Row[] = [
  // A toll in a participle after the strike's clause.
  {
    text: 'A Russian missile strike hit a shopping mall in Kharkiv, claiming the lives of more than 20 people, including five children.',
    expect: [
      fig('people.killed', moreThan(20), { attacker: 'RU', place: at('UA-63') }),
      fig('people.killed', exact(5), { group: 'children' }),
    ],
  },
  {
    text: 'Three civilians were killed in a Russian drone strike on Kharkiv, the regional governor said.',
    expect: [
      fig('people.killed', exact(3), { group: 'civilians', attacker: 'RU', place: at('UA-63') }),
    ],
  },
  {
    text: 'At least 11 people were injured in a missile strike on Dnipro.',
    expect: [fig('people.injured', atLeast(11), { place: at('UA-12') })],
  },
  {
    text: 'One person was killed and seven injured in a drone attack on Odesa.',
    expect: [
      fig('people.killed', exact(1), { place: at('UA-51') }),
      fig('people.injured', exact(7), { place: at('UA-51') }),
    ],
  },
  {
    text: 'Two Ukrainian soldiers were wounded in the shelling.',
    expect: [fig('people.injured', exact(2), { group: 'military' })],
  },
  {
    text: 'The death toll rose to 23, including four children.',
    expect: [
      fig('people.killed', exact(23)),
      fig('people.killed', exact(4), { group: 'children' }),
    ],
  },
  {
    text: 'Five people died after Russian glide bombs struck Zaporizhzhia.',
    expect: [fig('people.killed', exact(5), { attacker: 'RU', place: at('UA-23') })],
  },
  {
    text: 'Nine people lost their lives, including two children.',
    expect: [fig('people.killed', exact(9)), fig('people.killed', exact(2), { group: 'children' })],
  },
  {
    text: 'Two people, a 67-year-old woman and her 70-year-old husband, were killed in Kherson.',
    expect: [fig('people.killed', exact(2), { place: at('UA-65') })],
  },
  {
    text: 'Six servicemen were killed and 14 wounded in a missile strike on a training ground.',
    expect: [
      fig('people.killed', exact(6), { group: 'military' }),
      fig('people.injured', exact(14), { group: 'military' }),
    ],
  },
  {
    text: 'A Ukrainian drone attack on Belgorod left four people injured, Governor Vyacheslav Gladkov said.',
    expect: [fig('people.injured', exact(4), { attacker: 'UA', place: at('RU-BEL') })],
  },
  {
    text: "Ukrainian drones killed two people and injured 12 in Russia's Kursk region.",
    expect: [
      fig('people.killed', exact(2), { attacker: 'UA', place: at('RU-KRS') }),
      fig('people.injured', exact(12), { attacker: 'UA', place: at('RU-KRS') }),
    ],
  },
  {
    text: 'Twelve children were among the wounded.',
    expect: [fig('people.injured', exact(12), { group: 'children' })],
  },
  {
    text: 'The number of injured has risen to 38.',
    expect: [fig('people.injured', exact(38))],
  },
  {
    text: 'At least 17 civilians were hurt when shells hit a market in Kostiantynivka.',
    expect: [fig('people.injured', atLeast(17), { group: 'civilians', place: at('UA-14') })],
  },
  {
    text: 'A single person was injured, the mayor said.',
    expect: [fig('people.injured', exact(1))],
  },
  {
    text: 'One man died in hospital from his wounds.',
    expect: [fig('people.killed', exact(1))],
  },
  {
    text: 'Russian strikes killed 31 people in Kyiv, including five children, and wounded more than 150.',
    expect: [
      fig('people.killed', exact(31), { attacker: 'RU', place: at('UA-30') }),
      fig('people.killed', exact(5), { group: 'children', attacker: 'RU' }),
      fig('people.injured', moreThan(150), { attacker: 'RU', place: at('UA-30') }),
    ],
  },
  {
    text: 'The toll from the strike on Sumy climbed to 35 dead and 117 wounded.',
    expect: [
      fig('people.killed', exact(35), { place: at('UA-59') }),
      fig('people.injured', exact(117), { place: at('UA-59') }),
    ],
  },
  {
    text: 'Two people were killed and 19 others were injured.',
    expect: [fig('people.killed', exact(2)), fig('people.injured', exact(19))],
  },
  {
    text: 'Russian forces killed four and injured 10 in Donetsk Oblast over the past day, Governor Vadym Filashkin said.',
    expect: [
      fig('people.killed', exact(4), { attacker: 'RU', place: at('UA-14') }),
      fig('people.injured', exact(10), { attacker: 'RU', place: at('UA-14') }),
    ],
  },
  {
    text: 'A 14-year-old boy was among three people injured in the attack.',
    expect: [fig('people.injured', exact(3))],
  },
  {
    text: 'Three Russian servicemen were killed when drones hit their vehicle in the Belgorod region.',
    expect: [fig('people.killed', exact(3), { group: 'military', place: at('RU-BEL') })],
  },
  {
    text: 'Eight civilians were wounded, among them a 9-year-old girl.',
    expect: [fig('people.injured', exact(8), { group: 'civilians' })],
  },
  {
    text: 'The attack left 2 dead and 21 injured.',
    expect: [fig('people.killed', exact(2)), fig('people.injured', exact(21))],
  },
  {
    text: 'Twenty soldiers died and dozens more were wounded in the strike.',
    expect: [fig('people.killed', exact(20), { group: 'military' })],
  },
  // Coordinated verbs after one subject each count their own number.
  {
    text: 'The strike killed one person and wounded eight, the mayor said.',
    published: '2025-07-21',
    expect: [fig('people.killed', exact(1)), fig('people.injured', exact(8))],
  },
  {
    text: 'Russian forces shelled the district, killing two civilians and injuring five others.',
    published: '2025-07-21',
    expect: [fig('people.killed', exact(2)), fig('people.injured', exact(5))],
  },
  // Tolls in other words.
  {
    text: 'The strike on the apartment block claimed the lives of 14 people.',
    published: '2025-07-21',
    expect: [fig('people.killed', exact(14))],
  },
  {
    text: 'The shelling took the lives of six residents, the mayor said.',
    published: '2025-07-21',
    expect: [fig('people.killed', exact(6))],
  },
  {
    text: 'The toll from the missile strike on the city had risen to 23 people.',
    published: '2025-07-21',
    expect: [fig('people.killed', exact(23))],
  },
  {
    text: 'Paramedics treated five people who were injured by debris.',
    published: '2025-07-21',
    expect: [fig('people.injured', exact(5))],
  },
  // A count of people with a verb of its own takes no casualty verb from before it.
  {
    text: 'Nine people were injured, 30 people were evacuated and 120 people received psychological support.',
    published: '2025-07-21',
    expect: [fig('people.injured', exact(9))],
  },
  {
    text: 'Doctors are fighting for the lives of three patients.',
    published: '2025-07-21',
    expect: [],
  },
  {
    text: 'Two people were killed and three more received medical care on the spot.',
    published: '2025-07-21',
    expect: [fig('people.killed', exact(2)), fig('people.injured', exact(3))],
  },
  // "another person" is one more person, as "a woman" is one.
  {
    text: 'Another person was killed in the Kharkiv region, the governor said.',
    published: '2025-07-20',
    expect: [fig('people.killed', exact(1), { place: at('UA-63') })],
  },
  // "died" is never a participle: the person injured earlier is now among the dead.
  {
    text: 'The toll rose to 20 after a man injured in the attack died in hospital.',
    published: '2025-07-20',
    expect: [fig('people.killed', exact(20)), fig('people.killed', exact(1))],
  },
  {
    text: 'Two people injured in the strike died overnight.',
    published: '2025-07-20',
    expect: [fig('people.killed', exact(2))],
  },
  // "putting the figure at 65" restates the toll named last, not the figure before it.
  {
    text: 'Four children were among the dead, but the number of wounded varied, with the minister putting the figure at 65.',
    published: '2025-07-20',
    expect: [
      fig('people.killed', exact(4), { group: 'children' }),
      fig('people.injured', exact(65), { group: null }),
    ],
  },
  // "four of them children": a group counted out of the toll before, where the toll is.
  {
    text: 'A drone attack injured 11 people in Odesa, four of them children, and also targeted Kyiv.',
    published: '2025-07-20',
    expect: [
      fig('people.injured', exact(11), { group: null, place: at('UA-51') }),
      fig('people.injured', exact(4), { group: 'children', place: at('UA-51') }),
    ],
  },
  {
    text: 'Six people were killed, two of them children, in Kharkiv.',
    published: '2025-07-20',
    expect: [
      fig('people.killed', exact(6), { group: null, place: at('UA-63') }),
      fig('people.killed', exact(2), { group: 'children', place: at('UA-63') }),
    ],
  },
  // Ages beside people are no counts, and the people's verb reaches across them.
  {
    text: 'A woman aged 80 was killed in the strike on Kharkiv.',
    expect: [fig('people.killed', exact(1), { place: at('UA-63') })],
  },
  {
    text: 'Two women aged 54 and 71 were wounded.',
    expect: [fig('people.injured', exact(2))],
  },
  {
    text: 'A man, 45, was killed when a drone hit his car.',
    expect: [fig('people.killed', exact(1))],
  },
  {
    text: 'Four people aged from 19 to 73 were wounded in Zaporizhzhia.',
    expect: [fig('people.injured', exact(4), { place: at('UA-23') })],
  },
  {
    text: 'A woman aged 80 was injured, and 12 others were hurt.',
    expect: [fig('people.injured', exact(1)), fig('people.injured', exact(12))],
  },
  // Two people, each said with the article, share one verb: one each.
  {
    text: 'A 64-year-old woman and a 58-year-old man died, the governor wrote.',
    expect: [fig('people.killed', exact(1)), fig('people.killed', exact(1))],
  },
  // An age after the second person, or after each, is no count, and the verb is both persons'.
  {
    text: 'A woman and a man aged 58 were killed in the strike, the governor said.',
    expect: [fig('people.killed', exact(1)), fig('people.killed', exact(1))],
  },
  {
    text: 'A woman aged 60 and a man aged 58 were injured in Kherson.',
    expect: [
      fig('people.injured', exact(1), { place: at('UA-65') }),
      fig('people.injured', exact(1), { place: at('UA-65') }),
    ],
  },
  {
    text: 'A man and an elderly woman were injured in Dnipro.',
    expect: [
      fig('people.injured', exact(1), { place: at('UA-12') }),
      fig('people.injured', exact(1), { place: at('UA-12') }),
    ],
  },
  {
    text: 'Four people, including two police officers, were injured in Kharkiv.',
    expect: [
      fig('people.injured', exact(4), { place: at('UA-63') }),
      fig('people.injured', exact(2), { place: at('UA-63') }),
    ],
  },
  // A year of birth is an age: no count, and no date of the figure.
  {
    text: 'A woman born 1947 was killed in the shelling of Horlivka.',
    published: '2025-07-20',
    expect: [fig('people.killed', exact(1), { date: '2025-07-20' })],
  },
  {
    text: 'A man, born in 1957, was killed in Kursk.',
    published: '2025-07-20',
    expect: [fig('people.killed', exact(1), { place: at('RU-KRS'), date: '2025-07-20' })],
  },
  // "reported" and "confirmed" before a casualty head only modify it.
  {
    text: 'There were 22 reported injuries, including a six-year-old child.',
    expect: [fig('people.injured', exact(22))],
  },
  {
    text: 'There were 12 confirmed deaths.',
    expect: [fig('people.killed', exact(12))],
  },
  // A death that raised the toll beside it counts no toll of its own.
  {
    text: 'The death toll has risen to 24 after another person died in hospital.',
    expect: [fig('people.killed', exact(24))],
  },
  {
    text: 'The death toll rose to 24 after two more people died in hospital.',
    expect: [fig('people.killed', exact(24))],
  },
  {
    text: 'The death toll rose to 31 after Russian missiles hit Kyiv, where more than 150 people were wounded.',
    expect: [fig('people.killed', exact(31)), fig('people.injured', moreThan(150))],
  },
  {
    text: 'The death toll rose to 40 as 75 more people were reported injured.',
    expect: [fig('people.killed', exact(40)), fig('people.injured', exact(75))],
  },
  {
    text: 'Two people were killed in Kharkiv, and another person died in Sumy.',
    expect: [
      fig('people.killed', exact(2), { place: at('UA-63') }),
      fig('people.killed', exact(1), { place: at('UA-59') }),
    ],
  },
  // "one of the most senior commanders" is one person; "one of the largest attacks" ranks.
  {
    text: 'The strike killed one of the most senior Russian commanders in the region.',
    expect: [fig('people.killed', exact(1))],
  },
];

runTable('news: people metrics', rows);
