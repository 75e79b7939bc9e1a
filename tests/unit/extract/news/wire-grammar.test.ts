// Wire-copy grammar the extractor reads: wholes and parts, lists mapped "respectively", apposed
// numbers, coordinated verbs, relative clauses, and what is no figure. Written for these rows.
// Publication weekday: 2025-07-21 Mon.
import { about, at, atLeast, exact, fig, moreThan, runTable, type Row } from './harness';

const rows: Row[] = [
  // "10 more than the night before" compares: no figure of its own.
  {
    text: 'Russia launched 50 drones overnight, 10 more than the night before.',
    expect: [fig('drones.launched', exact(50), { attacker: 'RU' })],
  },
  // A second launch of the same kind is no part of the first, however large.
  {
    text: 'Russia launched 20 drones on Monday and 40 on Tuesday.',
    expect: [fig('drones.launched', exact(20)), fig('drones.launched', exact(40))],
  },
  // "and six more": the count goes on with the figure before, whatever follows it.
  {
    text: 'Sobyanin said 14 drones flying towards Moscow were shot down in the evening, and six more overnight.',
    expect: [
      fig('drones.downed', exact(14), { attacker: 'UA', attributedTo: 'Moscow Mayor' }),
      fig('drones.downed', exact(6), { attacker: 'UA', attributedTo: 'Moscow Mayor' }),
    ],
  },
  // An editor's word in brackets reads as the text's own.
  {
    text: '"The air defences worked well," he said. "Thirteen [drones] were shot down."',
    expect: [fig('drones.downed', exact(13))],
  },
  {
    text: "Ukraine's air force said Russia launched 40 [Shahed] drones overnight.",
    expect: [fig('drones.launched', exact(40), { attacker: 'RU' })],
  },
  // "Of these" is the whole before, not the last part listed.
  {
    text: 'Russia fired 300 aerial weapons overnight, including 280 drones and 20 missiles, the air force said. Of these, 250 were shot down and 40 were lost to jamming.',
    published: '2025-07-21',
    expect: [
      fig('aerial.launched', exact(300)),
      fig('drones.launched', exact(280)),
      fig('missiles.launched', exact(20)),
      fig('aerial.downed', exact(250)),
      fig('aerial.suppressed', exact(40)),
    ],
  },
  // "respectively" maps the numbers onto the list in order.
  {
    text: 'Russia launched 120 drones and 8 missiles, and air defences downed 101 and 6 of them respectively.',
    published: '2025-07-21',
    expect: [
      fig('drones.launched', exact(120)),
      fig('missiles.launched', exact(8)),
      fig('drones.downed', exact(101)),
      fig('missiles.downed', exact(6)),
    ],
  },
  // A number apposed to its noun between dashes.
  {
    text: 'The most drones — 44 — were downed over the Belgorod region, the ministry said.',
    published: '2025-07-21',
    expect: [fig('drones.downed', exact(44), { place: at('RU-BEL') })],
  },
  // One number, two things that happened to it.
  {
    text: 'The mayor said 25 drones targeted the city and were shot down on approach.',
    published: '2025-07-21',
    expect: [fig('drones.launched', exact(25)), fig('drones.downed', exact(25))],
  },
  // A relative clause after a participle: the drones heading for the city were destroyed.
  {
    text: 'He counted more than a dozen drones heading toward Moscow that were destroyed by air defences.',
    published: '2025-07-21',
    expect: [fig('drones.downed', moreThan(12), { place: at('RU-MOW') })],
  },
  // A quoted verb and "as well as".
  {
    text: 'The ministry said it “intercepted and destroyed” 58 Ukrainian drones.',
    published: '2025-07-21',
    expect: [fig('drones.downed', exact(58))],
  },
  {
    text: 'Russia launched 300 drones overnight, including decoys, as well as 12 missiles.',
    published: '2025-07-21',
    expect: [fig('drones.launched', exact(300)), fig('missiles.launched', exact(12))],
  },
  // An abbreviation's full stop does not end the clause.
  {
    text: 'Russia launched a massive attack on Nov. 9-10, with 145 drones entering Ukrainian airspace.',
    published: '2024-11-10',
    expect: [fig('drones.launched', exact(145), { date: '2024-11-10', place: at('UA') })],
  },
  // A count that opens its clause takes the verb of that clause.
  {
    text: 'Out of the 90 drones launched, 71 drones and two missiles were intercepted.',
    published: '2025-07-21',
    expect: [
      fig('drones.launched', exact(90)),
      fig('drones.downed', exact(71)),
      fig('missiles.downed', exact(2)),
    ],
  },
  // A part takes the verb before it; the participle after belongs to the whole.
  {
    text: 'Ukraine destroys 40 of 52 drones launched by Russia',
    published: '2025-07-21',
    expect: [
      fig('drones.downed', exact(40), { attacker: 'RU' }),
      fig('drones.launched', exact(52), { attacker: 'RU' }),
    ],
  },
  // One person, said with the article.
  {
    text: 'A woman was killed and three more people sustained injuries.',
    published: '2025-07-21',
    expect: [fig('people.killed', exact(1)), fig('people.injured', exact(3))],
  },
  {
    text: 'A woman said the drones flew low over the village.',
    published: '2025-07-21',
    expect: [],
  },
  // Parts after "including" share the whole's action; "victims" are the injured.
  {
    text: 'As of noon, 64 victims are known, including nine children.',
    published: '2025-07-21',
    expect: [
      fig('people.injured', exact(64)),
      fig('people.injured', exact(9), { group: 'children' }),
    ],
  },
  // Electronic warfare does not shoot drones down.
  {
    text: 'Air defences shot down 30 drones, with five more downed by electronic warfare.',
    published: '2025-07-21',
    expect: [fig('drones.downed', exact(30)), fig('drones.suppressed', exact(5))],
  },
  // Kinds of missile joined before one head; munitions are drones and missiles together.
  {
    text: 'Russia also fired 11 cruise and ballistic missiles. It has launched about 500 munitions a night.',
    published: '2025-07-21',
    expect: [fig('missiles.launched', exact(11)), fig('aerial.launched', about(500))],
  },
  // No figure: numbers before other nouns, and people whose own verb is no casualty.
  {
    text: 'Mayor Ivan Fedorov said 20 people were injured in the attack, which damaged at least 10 locations, including two residential buildings.',
    published: '2025-07-21',
    expect: [fig('people.injured', exact(20))],
  },
  {
    text: 'Three people were hospitalised and 43 people had been moved to temporary housing.',
    published: '2025-07-21',
    expect: [fig('people.injured', exact(3))],
  },
  {
    text: 'At least 15 people were injured, ranging from a 3-month-old baby to elderly residents.',
    published: '2025-07-21',
    expect: [fig('people.injured', atLeast(15))],
  },
  // Two kinds of one weapon side by side break a total down; one kind alone may be the total.
  {
    text: 'Russia launched 400 drones, up to 6 Kinzhal missiles and up to 9 Kalibr cruise missiles.',
    published: '2025-07-21',
    expect: [fig('drones.launched', exact(400))],
  },
  {
    text: 'Russia fired two Iskander-M ballistic missiles at the city centre.',
    published: '2025-07-21',
    expect: [fig('missiles.launched', exact(2))],
  },
  // The night of a single date is the night into it, as a range of two dates says.
  {
    text: 'On the night of July 20, Russia launched 85 drones at Ukraine.',
    published: '2025-07-21',
    expect: [fig('drones.launched', exact(85), { date: '2025-07-20' })],
  },
  // A participle hyphened onto a country is a modifier of the weapon, naming who launched it.
  {
    text: 'Air defences shot down all 35 Russia-launched drones over six regions, the air force said.',
    published: '2025-07-21',
    expect: [fig('drones.downed', exact(35), { attacker: 'RU' })],
  },
  {
    text: 'Officials said 12 Ukraine-launched drones were destroyed over the Kursk region.',
    published: '2025-07-21',
    expect: [fig('drones.downed', exact(12), { attacker: 'UA', place: at('RU-KRS') })],
  },
  {
    text: 'The air force said 21 of the Iranian-designed Shahed drones were intercepted.',
    published: '2025-07-21',
    expect: [fig('drones.downed', exact(21), { attacker: 'RU' })],
  },
  // "out of" takes a part from a whole, as "of" does.
  {
    text: 'Ukraine says air defences destroyed 40 out of 46 drones launched overnight.',
    published: '2025-07-21',
    expect: [fig('drones.downed', exact(40)), fig('drones.launched', exact(46))],
  },
  // Slashed designations of one weapon are no count: "Shahed-136/131".
  {
    text: '"In total, 60 Shahed-136/131 attack UAVs were launched," the air force said.',
    published: '2025-07-21',
    expect: [fig('drones.launched', exact(60), { attacker: 'RU' })],
  },
  // "with X doing": the participle's subject is X, not the main clause's.
  {
    text: 'Russia sent 50 drones at Ukraine overnight, with air defences downing 44 drones and a missile.',
    published: '2025-07-21',
    expect: [
      fig('drones.launched', exact(50), { attacker: 'RU' }),
      fig('drones.downed', exact(44), { attacker: 'RU', place: at('UA') }),
    ],
  },
  {
    text: 'Ukraine launched a wave of drones at Russia, firing 70 drones at Moscow.',
    published: '2025-07-21',
    expect: [fig('drones.launched', exact(70), { attacker: 'UA' })],
  },
  // Items of a regional list: "another N", a noun of their own, a list going on in a new sentence.
  {
    text: 'Fifteen drones were destroyed over the Kursk Region, another six over the Oryol Region and another two over Crimea.',
    published: '2025-07-21',
    expect: [
      fig('drones.downed', exact(15), { place: at('RU-KRS') }),
      fig('drones.downed', exact(6), { place: at('RU-ORL') }),
      fig('drones.downed', exact(2), { place: at('UA-43') }),
    ],
  },
  {
    text: 'It said 14 drones were shot down over the Bryansk Region, 11 over the Kursk Region, nine over the Belgorod Region, eight over the Lipetsk Region, five drones over the Kaluga Region and one over the Tula Region.',
    published: '2025-07-21',
    expect: [
      fig('drones.downed', exact(14)),
      fig('drones.downed', exact(11)),
      fig('drones.downed', exact(9)),
      fig('drones.downed', exact(8)),
      fig('drones.downed', exact(5), { place: at('RU-KLU') }),
      fig('drones.downed', exact(1)),
    ],
  },
  {
    text: 'The ministry said 40 drones were destroyed overnight. It added that 12 over the Kursk Region and four over the Belgorod Region.',
    published: '2025-07-21',
    expect: [
      fig('drones.downed', exact(40)),
      fig('drones.downed', exact(12), { place: at('RU-KRS') }),
      fig('drones.downed', exact(4), { place: at('RU-BEL') }),
    ],
  },
  // A part only described on its way shares its whole's action.
  {
    text: 'Air defences destroyed 11 drones over the Moscow Region, including five heading towards Moscow.',
    published: '2025-07-21',
    expect: [
      fig('drones.downed', exact(11), { place: at('RU-MOS') }),
      fig('drones.downed', exact(5)),
    ],
  },
  // Ministry lists: "N – over the territory of X", "N each over X and Y".
  {
    text: 'The ministry said 19 drones were destroyed: 8 – over the territory of the Bryansk Region, 6 – over the territory of the Kursk Region, 5 – over the territory of the Oryol Region.',
    published: '2025-07-21',
    expect: [
      fig('drones.downed', exact(19)),
      fig('drones.downed', exact(8), { place: at('RU-BRY') }),
      fig('drones.downed', exact(6), { place: at('RU-KRS') }),
      fig('drones.downed', exact(5), { place: at('RU-ORL') }),
    ],
  },
  // A count given for each place of a list is that count in each place.
  {
    text: 'Air defences destroyed 16 drones over the Bryansk Region and 4 each over the Tula and Kaluga Regions.',
    published: '2025-07-21',
    expect: [
      fig('drones.downed', exact(16), { place: at('RU-BRY') }),
      fig('drones.downed', exact(4), { place: at('RU-TUL') }),
      fig('drones.downed', exact(4), { place: at('RU-KLU') }),
    ],
  },
  {
    text: 'Air defences destroyed 12 drones over the Bryansk region and two each over the Kursk, Belgorod and Oryol regions.',
    published: '2025-07-21',
    expect: [
      fig('drones.downed', exact(12), { place: at('RU-BRY') }),
      fig('drones.downed', exact(2), { place: at('RU-KRS') }),
      fig('drones.downed', exact(2), { place: at('RU-BEL') }),
      fig('drones.downed', exact(2), { place: at('RU-ORL') }),
    ],
  },
  {
    text: 'Nine drones each were shot down over the Oryol Region and the Moscow Region.',
    published: '2025-07-21',
    expect: [
      fig('drones.downed', exact(9), { place: at('RU-ORL') }),
      fig('drones.downed', exact(9), { place: at('RU-MOS') }),
    ],
  },
  {
    text: 'The regional governors said three people each were killed in Kharkiv and Sumy.',
    published: '2025-07-21',
    expect: [
      fig('people.killed', exact(3), { place: at('UA-63') }),
      fig('people.killed', exact(3), { place: at('UA-59') }),
    ],
  },
  // Not where the attacker's own weapons fall: Russia's attack is not on Belgorod.
  {
    text: 'Russia launched two drones each at Kharkiv and Belgorod.',
    published: '2025-07-21',
    expect: [fig('drones.launched', exact(2), { place: at('UA-63') })],
  },
  // Without "each", one count for the places together: the country's.
  {
    text: 'Seven drones were shot down over the Oryol and Kaluga regions.',
    published: '2025-07-21',
    expect: [fig('drones.downed', exact(7), { place: at('RU') })],
  },
  // A whole put before its parts: "Of the 90 drones, 71 …" launched 90.
  {
    text: 'Of the 90 drones, 71 were shot down, the air force said.',
    published: '2025-07-20',
    expect: [fig('drones.launched', exact(90)), fig('drones.downed', exact(71))],
  },
  {
    text: 'Russia attacked overnight. Out of 550 drones and missiles, 475 were downed.',
    published: '2025-07-20',
    expect: [fig('aerial.launched', exact(550)), fig('aerial.downed', exact(475))],
  },
  // A fronted phrase with its own verb keeps it.
  {
    text: 'Of the 40 drones shot down overnight, 12 were over the Kursk region.',
    published: '2025-07-20',
    expect: [
      fig('drones.downed', exact(40)),
      fig('drones.downed', exact(12), { place: at('RU-KRS') }),
    ],
  },
  // "in addition to" goes on a list as "and" does, "each" over places a modifier opens.
  {
    text: "Russia's Defense Ministry said it destroyed 11 drones over the Bryansk region, in addition to four each over the Kursk region and annexed Crimea.",
    published: '2025-07-20',
    expect: [
      fig('drones.downed', exact(11), { place: at('RU-BRY') }),
      fig('drones.downed', exact(4), { place: at('RU-KRS') }),
      fig('drones.downed', exact(4), { place: at('UA-43') }),
    ],
  },
  {
    text: 'Air defences downed 20 drones over the Oryol region, as well as six over the Tula region.',
    published: '2025-07-20',
    expect: [
      fig('drones.downed', exact(20), { place: at('RU-ORL') }),
      fig('drones.downed', exact(6), { place: at('RU-TUL') }),
    ],
  },
  // The source's words in quotation marks end before their verb.
  {
    text: '"More than two dozen drones and four missiles" were launched, the governor said.',
    published: '2025-07-20',
    expect: [fig('drones.launched', moreThan(24)), fig('missiles.launched', exact(4))],
  },
  // Domains joined before one head: one count of drones.
  {
    text: 'The ministry said it intercepted 80 Ukrainian air and sea drones overnight.',
    published: '2025-07-20',
    expect: [fig('drones.downed', exact(80), { attacker: 'UA' })],
  },
  // A list after a part taken from a whole goes on with the part's verb, past the whole.
  {
    text: 'The military said it had downed 61 of the 70 drones and all five missiles fired by Russia.',
    published: '2025-07-20',
    expect: [
      fig('drones.downed', exact(61), { attacker: 'RU' }),
      fig('drones.launched', exact(70), { attacker: 'RU' }),
      fig('missiles.downed', exact(5), { attacker: 'RU' }),
    ],
  },
  // A colon after a whole opens the list of its parts, which share its verb; the parts' weapons
  // name the launcher the whole left unsaid.
  {
    text: 'On the night of July 20, the enemy attacked with 344 air attack vehicles: 325 Shahed-type attack UAVs and decoy drones, and 19 Kh-101 cruise missiles.',
    published: '2025-07-20',
    expect: [
      fig('aerial.launched', exact(344), { attacker: 'RU', place: at('UA') }),
      fig('drones.launched', exact(325), { attacker: 'RU' }),
      fig('missiles.launched', exact(19), { attacker: 'RU' }),
    ],
  },
  {
    text: 'As of 09:00, air defense shot down or suppressed 312 enemy air attack vehicles: 297 Shahed-type UAVs and decoys, and 15 Kh-101 cruise missiles.',
    published: '2025-07-20',
    expect: [
      fig('aerial.neutralized', exact(312), { attacker: 'RU' }),
      fig('drones.neutralized', exact(297), { attacker: 'RU' }),
      fig('missiles.neutralized', exact(15), { attacker: 'RU' }),
    ],
  },
  // A noun naming the action governs the whole list after it.
  {
    text: 'Hits by 13 missiles and 32 attack UAVs were recorded at 10 locations.',
    published: '2025-07-20',
    expect: [fig('missiles.hit', exact(13)), fig('drones.hit', exact(32))],
  },
];

runTable('news: wire-copy grammar', rows);
