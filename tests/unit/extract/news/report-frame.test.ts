// The report frame: the day a report is about holds from its headline to its last line, unless a
// sentence dates its own figure. Sentences written for these rows, not taken from any article.
// Publication weekdays: 2025-07-17 Thu, 2025-07-20 Sun, 2025-07-21 Mon, 2025-07-23 Wed,
// 2025-09-10 Wed.
import { at, exact, fig, runTable, type Row } from './harness';

const rows: Row[] = [
  // A date far down a report dates its background, not the undated lead at its top.
  {
    text: [
      'Ukraine shells market in Donetsk, three killed',
      'Three people were killed and five others were injured at the market, the head of the region said.',
      'Two buses were also damaged.',
      'Windows were blown out in nearby homes.',
      'Rescuers worked through the morning.',
      'The market had reopened last year.',
      'Traders said they would return.',
      'The city has been shelled often.',
      'On Tuesday, an artillery attack on the city injured nine people.',
    ].join('\n'),
    published: '2025-09-10',
    expect: [
      fig('people.killed', exact(3), { date: '2025-09-10' }),
      fig('people.killed', exact(3), { date: '2025-09-10' }),
      fig('people.injured', exact(5), { date: '2025-09-10' }),
      fig('people.injured', exact(9), { date: '2025-09-09' }),
    ],
  },
  // The day a toll rose is when it was counted; its people died in the attack of the day before.
  {
    text: 'The death toll from a Russian missile strike on Odesa rose to five on Monday, officials said.\nRussia struck the Black Sea city on Sunday, also injuring 23 people.',
    published: '2025-07-21',
    expect: [
      fig('people.killed', exact(5), { date: '2025-07-20', place: at('UA-51') }),
      fig('people.injured', exact(23), { date: '2025-07-20', place: at('UA-51') }),
    ],
  },
  // Holidays on fixed days, in the year that puts them last by publication.
  {
    text: "A New Year's Day drone attack targeting central Kyiv killed two people.",
    published: '2025-01-03',
    expect: [fig('people.killed', exact(2), { date: '2025-01-01', place: at('UA-30') })],
  },
  {
    text: 'A Christmas Day attack on Kharkiv killed two people.',
    published: '2025-01-03',
    expect: [fig('people.killed', exact(2), { date: '2024-12-25', place: at('UA-63') })],
  },
  // Near the top, a date the lead leaves out still frames it.
  {
    text: 'Ukraine shells market in Donetsk, three killed\nThree people were killed at the market, the head of the region said.\nThe shelling began on Tuesday morning.',
    published: '2025-09-10',
    expect: [
      fig('people.killed', exact(3), { date: '2025-09-09' }),
      fig('people.killed', exact(3), { date: '2025-09-09' }),
    ],
  },
  {
    text: 'Russia fires 300 drones at Ukraine\n\nRussia launched 300 drones and 12 missiles at Ukraine overnight into Wednesday, the air force said.',
    published: '2025-07-17',
    expect: [
      fig('drones.launched', exact(300), { date: '2025-07-16' }),
      fig('drones.launched', exact(300), { date: '2025-07-16' }),
      fig('missiles.launched', exact(12), { date: '2025-07-16' }),
    ],
  },
  {
    // The toll was given on Sunday; the strike it counts was on Friday.
    text: "The death toll from Friday's missile strike on Odesa rose to 11, the regional governor said Sunday.",
    published: '2025-07-20',
    expect: [fig('people.killed', exact(11), { date: '2025-07-18', place: at('UA-51') })],
  },
  {
    // "As of" dates the count, not the strike.
    text: 'A Russian missile struck Dnipro on Sunday, July 20.\n\nAs of 07:00 on July 21, 14 people had been confirmed dead.',
    published: '2025-07-21',
    expect: [fig('people.killed', exact(14), { date: '2025-07-20' })],
  },
  {
    // A machine date in the text is a timestamp, not the day the report is about.
    text: '2025-07-21 Ukraine yesterday attacked the Belgorod region with 40 drones.',
    published: '2025-07-21',
    expect: [fig('drones.launched', exact(40), { date: '2025-07-20', place: at('RU-BEL') })],
  },
  {
    // The day stated once holds through the report, however many sentences later.
    text: 'Russia attacked Ukraine with drones and missiles on Tuesday night. Explosions were heard in several cities. Power was cut in parts of the east. Schools moved to remote lessons. Air defences destroyed 71 drones, the air force said.',
    published: '2025-07-23',
    expect: [fig('drones.downed', exact(71), { date: '2025-07-23' })],
  },
  {
    // An old photo caption does not date the report; the lead does.
    text: 'A drone operator trains near Kyiv, Aug. 11, 2023.\n\nRussia attacked Ukraine overnight, the air force said on Tuesday. Air defences shot down 65 drones.',
    published: '2025-07-23',
    expect: [fig('drones.downed', exact(65), { date: '2025-07-22' })],
  },
  {
    // An earlier attack named in passing keeps its own date and lends it to no other paragraph.
    text: 'Russia launched 800 drones at Ukraine on Monday, the largest attack of the war.\n\nBefore Monday, the record was July 9, when Russia launched 728 drones.\n\nRussia also fired 13 missiles, the air force said.',
    published: '2025-09-10',
    expect: [
      fig('drones.launched', exact(800), { date: '2025-09-08' }),
      fig('drones.launched', exact(728), { date: '2025-07-09' }),
      fig('missiles.launched', exact(13), { date: '2025-09-08' }),
    ],
  },
  {
    // "Overnight" is the night before the day it was said on.
    text: 'Russia downed 45 Ukrainian drones overnight, the defence ministry said yesterday.',
    published: '2025-07-21',
    expect: [fig('drones.downed', exact(45), { date: '2025-07-20' })],
  },
  {
    // Said last week: the day of what was said cannot be told.
    text: 'The governor said last week that 12 people had been injured.',
    published: '2025-07-21',
    expect: [fig('people.injured', exact(12), { date: null })],
  },
];

runTable('news: report frame', rows);
