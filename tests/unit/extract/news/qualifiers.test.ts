// Qualifiers and the intervals of CLAIMS.md section 2, written out in full.
import { at, fig, runTable, type Row } from './harness';

const rows: Row[] = [
  // exact
  {
    text: 'Air defences destroyed 48 drones over the Bryansk region overnight.',
    expect: [
      fig(
        'drones.downed',
        { n: 48, min: 48, max: 48, qualifier: 'exact' },
        { place: at('RU-BRY') },
      ),
    ],
  },
  // at least / no fewer than / not less than
  {
    text: 'Air defence units shot down at least 31 drones over the Lipetsk region.',
    expect: [fig('drones.downed', { n: 31, min: 31, max: null, qualifier: 'at-least' })],
  },
  {
    text: 'No fewer than 14 drones were destroyed over the Kursk region, the governor said.',
    expect: [fig('drones.downed', { n: 14, min: 14, max: null, qualifier: 'at-least' })],
  },
  {
    text: 'Not less than 18 drones were shot down near Taganrog, according to regional officials.',
    expect: [fig('drones.downed', { n: 18, min: 18, max: null, qualifier: 'at-least' })],
  },
  {
    text: 'At least 2 civilians were killed in the shelling of Kherson.',
    expect: [
      fig(
        'people.killed',
        { n: 2, min: 2, max: null, qualifier: 'at-least' },
        { group: 'civilians' },
      ),
    ],
  },
  {
    text: 'Air defences have destroyed at least 1,200 drones over Russia this month, the ministry said.',
    expect: [fig('drones.downed', { n: 1200, min: 1200, max: null, qualifier: 'at-least' })],
  },
  // over / more than
  {
    text: 'Over 450 drones were launched at Ukraine overnight.',
    expect: [fig('drones.launched', { n: 450, min: 451, max: null, qualifier: 'more-than' })],
  },
  {
    text: 'Russia fired more than 550 drones and missiles at Ukraine.',
    expect: [fig('aerial.launched', { n: 550, min: 551, max: null, qualifier: 'more-than' })],
  },
  {
    text: 'More than a dozen drones were downed over the Smolensk region.',
    expect: [fig('drones.downed', { n: 12, min: 13, max: null, qualifier: 'more-than' })],
  },
  {
    text: 'Over two dozen people were injured when the shopping centre was hit.',
    expect: [fig('people.injured', { n: 24, min: 25, max: null, qualifier: 'more-than' })],
  },
  {
    text: 'Russia Fires Over 1,000 Drones at Ukraine in Three Days',
    expect: [fig('drones.launched', { n: 1000, min: 1001, max: null, qualifier: 'more-than' })],
  },
  // up to / as many as
  {
    text: 'Up to 30 drones attacked the Krasnodar region overnight.',
    expect: [fig('drones.launched', { n: 30, min: null, max: 30, qualifier: 'at-most' })],
  },
  {
    text: 'As many as 60 Shaheds targeted Odesa in the early hours of Tuesday.',
    expect: [fig('drones.launched', { n: 60, min: null, max: 60, qualifier: 'at-most' })],
  },
  {
    text: 'Ukrainian officials said up to eight missiles hit the Starokostiantyniv airfield.',
    expect: [fig('missiles.hit', { n: 8, min: null, max: 8, qualifier: 'at-most' })],
  },
  // fewer than / less than
  {
    text: 'Fewer than 10 drones reached their targets, the air force said.',
    expect: [fig('drones.hit', { n: 10, min: null, max: 9, qualifier: 'less-than' })],
  },
  {
    text: 'Less than 20 missiles were intercepted, the Ukrainian military said.',
    expect: [fig('missiles.downed', { n: 20, min: null, max: 19, qualifier: 'less-than' })],
  },
  // about and its synonyms: n and qualifier, and min ≤ n ≤ max
  {
    text: 'Air defences shot down around 90 drones over Russia.',
    expect: [fig('drones.downed', { n: 90, qualifier: 'about' })],
  },
  {
    text: 'About 35 people were injured in the attack on Zaporizhzhia.',
    expect: [fig('people.injured', { n: 35, qualifier: 'about' })],
  },
  {
    text: 'Some 60 drones were destroyed over the Belgorod region.',
    expect: [fig('drones.downed', { n: 60, qualifier: 'about' })],
  },
  {
    text: 'Nearly 500 drones were launched at Ukraine over the weekend.',
    expect: [fig('drones.launched', { n: 500, qualifier: 'about' })],
  },
  {
    text: 'Almost 40 missiles were fired at western Ukraine.',
    expect: [fig('missiles.launched', { n: 40, qualifier: 'about' })],
  },
  {
    text: 'Roughly 3,000 drones were launched at Ukraine in June.',
    expect: [fig('drones.launched', { n: 3000, qualifier: 'about' })],
  },
  {
    text: 'Approximately 120 drones were shot down overnight.',
    expect: [fig('drones.downed', { n: 120, qualifier: 'about' })],
  },
  {
    text: 'Almost two dozen drones were shot down over the Kursk region.',
    expect: [fig('drones.downed', { n: 24, qualifier: 'about' })],
  },
  // ranges
  {
    text: 'Between 20 and 30 drones were shot down over the Moscow region.',
    expect: [fig('drones.downed', { n: 20, min: 20, max: 30, qualifier: 'range' })],
  },
  {
    text: 'The ministry said 15-20 drones were destroyed over the Tver region.',
    expect: [fig('drones.downed', { n: 15, min: 15, max: 20, qualifier: 'range' })],
  },
  {
    text: 'Air defences destroyed 40–50 drones over Crimea.',
    expect: [fig('drones.downed', { n: 40, min: 40, max: 50, qualifier: 'range' })],
  },
  {
    text: 'Officials said 10 to 15 people were injured in the strike.',
    expect: [fig('people.injured', { n: 10, min: 10, max: 15, qualifier: 'range' })],
  },
  // two qualifiers in one sentence
  {
    text: 'Russia launched more than 100 drones and over 20 missiles at Ukraine.',
    expect: [
      fig('drones.launched', { n: 100, min: 101, max: null, qualifier: 'more-than' }),
      fig('missiles.launched', { n: 20, min: 21, max: null, qualifier: 'more-than' }),
    ],
  },
  {
    text: 'At least three people were killed and more than 40 injured.',
    expect: [
      fig('people.killed', { n: 3, min: 3, max: null, qualifier: 'at-least' }),
      fig('people.injured', { n: 40, min: 41, max: null, qualifier: 'more-than' }),
    ],
  },
];

runTable('news: qualifiers', rows);
