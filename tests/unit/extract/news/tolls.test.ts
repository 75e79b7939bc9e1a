// A toll and its number far apart: "the death toll from … rose to N". Written for these rows.
// Publication weekdays: 2025-07-20 Sun, 2025-07-21 Mon.
import { at, exact, fig, runTable, type Row } from './harness';

const rows: Row[] = [
  // What became of some of a toll's people is no toll.
  {
    text: 'Eleven people were injured in the strike on Kharkiv. One of the injured later died in hospital, the governor said.',
    expect: [fig('people.injured', exact(11))],
  },
  {
    text: 'Twelve people were wounded, the mayor said. 10 of the wounded are in moderate condition.',
    expect: [fig('people.injured', exact(12))],
  },
  // Where some of a toll's people were is still a part of it.
  {
    text: 'Authorities said that 23 of those killed were inside the building.',
    expect: [fig('people.killed', exact(23))],
  },
  // A new attack's dead after a toll rose are counted; so are the injured that are children.
  {
    text: 'The toll rose as strikes killed 12 civilians in Kherson.',
    expect: [fig('people.killed', exact(12), { group: 'civilians' })],
  },
  {
    text: 'Ten of the injured were children receiving treatment.',
    expect: [fig('people.injured', exact(10))],
  },
  // A toll counted on Thursday was of an attack by Thursday, not of the report's day.
  {
    text: 'Russian strike kills 2 in Kyiv\nRussian drones killed two people in Kyiv overnight, the mayor said.\nThe death toll from a strike on Kyiv earlier in the week rose to 31 on Thursday.',
    published: '2025-07-20',
    expect: [
      fig('people.killed', exact(2), { date: '2025-07-20' }),
      fig('people.killed', exact(2), { date: '2025-07-20' }),
      fig('people.killed', exact(31), { date: '2025-07-17' }),
    ],
  },
  // The death that moved a toll with no number of its own is no toll.
  {
    text: 'He said the toll climbed after a man born in 1960 died in hospital.',
    expect: [],
  },
  {
    text: "The death toll from Saturday's drone strike on Kharkiv has risen to 9, the mayor said.",
    published: '2025-07-20',
    expect: [fig('people.killed', exact(9), { date: '2025-07-19', attacker: 'RU' })],
  },
  {
    text: 'Toll from Russian strike on Zaporizhzhia climbs to 7',
    published: '2025-07-20',
    expect: [fig('people.killed', exact(7), { attacker: 'RU' })],
  },
  {
    text: 'Rescuers pulled two more bodies from the rubble, raising the death toll from the attack on the city to 31.',
    published: '2025-07-21',
    expect: [fig('people.killed', exact(31))],
  },
  {
    text: 'The injury toll now stands at 64, officials said.',
    published: '2025-07-21',
    expect: [fig('people.injured', exact(64))],
  },
  {
    text: 'The toll in the strike on the bus station, the deadliest this month, reached 17.',
    published: '2025-07-21',
    expect: [fig('people.killed', exact(17))],
  },
  {
    text: 'The number of people killed in Dnipro rose to 12 by evening, officials said.',
    published: '2025-07-21',
    expect: [fig('people.killed', exact(12))],
  },
  // A cause or a time after the number, as headlines add it, ends the toll's phrase.
  {
    text: "Death toll in Odesa rises to 8 due to Russia's strike on Tuesday",
    published: '2025-07-21',
    expect: [fig('people.killed', exact(8), { attacker: 'RU' })],
  },
  {
    text: 'Death toll in Dnipro climbs to 14 following Russian missile attack',
    published: '2025-07-21',
    expect: [fig('people.killed', exact(14), { attacker: 'RU' })],
  },
  {
    text: 'The number of injured rose to 52 amid ongoing rescue efforts.',
    published: '2025-07-21',
    expect: [fig('people.injured', exact(52))],
  },
  {
    text: 'The number of injured climbed to 40.',
    published: '2025-07-21',
    expect: [fig('people.injured', exact(40))],
  },
  { text: 'Bread prices rose to 40 hryvnias.', published: '2025-07-21', expect: [] },
  { text: 'The number of flights rose to 120 on Monday.', published: '2025-07-21', expect: [] },
  {
    text: 'The toll road reopened at 6 a.m., and traffic rose to 900 cars an hour.',
    published: '2025-07-21',
    expect: [],
  },
  // "the number of those killed": who is counted may stand between "of" and what befell them.
  {
    text: "The number of those killed in Sunday's attack on Sumy has risen to 35.",
    expect: [fig('people.killed', exact(35), { place: at('UA-59') })],
  },
  {
    text: 'The number of civilians wounded in Kharkiv rose to 41 on Monday.',
    expect: [fig('people.injured', exact(41), { place: at('UA-63') })],
  },
];

runTable('news: tolls', rows);
