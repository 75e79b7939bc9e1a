// Who, where, when, says who (CLAIMS.md section 3).
// Publication weekdays: 2025-03-09 Sun, 2025-05-25 Sun, 2025-06-01 Sun, 2025-06-03 Tue,
// 2025-07-18 Fri, 2025-07-19 Sat, 2025-07-20 Sun, 2025-07-21 Mon, 2025-08-05 Tue.
import { at, atLeast, exact, fig, moreThan, runTable, type Row } from './harness';

const RMD = 'Russian Defense Ministry';
const UAF = 'Ukrainian Air Force';

const rows: Row[] = [
  // A quotation opened before the place and closed after it is the figure's own words.
  {
    text: '7 UAVs were allegedly "destroyed over the territory of Rostov region", the Russian Defense Ministry said.',
    expect: [
      fig('drones.downed', exact(7), { attacker: 'UA', place: at('RU-ROS'), attributedTo: RMD }),
    ],
  },
  {
    text: 'The ministry said 12 drones were “intercepted and destroyed over the Belgorod region” overnight.',
    expect: [fig('drones.downed', exact(12), { attacker: 'UA', place: at('RU-BEL') })],
  },
  // Review mends: neighbours of the rules above that must keep their old reading.
  {
    text: 'Moscow accused Kyiv of launching an attack with 30 drones on the Kursk region.',
    expect: [fig('drones.launched', exact(30), { attacker: 'UA', place: at('RU-KRS') })],
  },
  {
    text: 'Ukrainian prosecutors launched an investigation into the attack with 40 drones on Odesa.',
    expect: [fig('drones.launched', exact(40), { attacker: 'RU', place: at('UA-51') })],
  },
  {
    text: 'Four people were killed when two missiles hit the city center of Sumy.',
    expect: [
      fig('people.killed', exact(4), { place: at('UA-59') }),
      fig('missiles.hit', exact(2), { place: at('UA-59') }),
    ],
  },
  {
    text: "Five people were killed in a missile attack that was launched from Russia's Kursk region.",
    expect: [fig('people.killed', exact(5), { place: null })],
  },
  {
    text: "The Kremlin's troops killed 5 civilians in Kherson, the governor said.",
    expect: [fig('people.killed', exact(5), { attributedTo: null })],
  },
  {
    text: 'The ambulance service in Kyiv said five people were hospitalized after the attack.',
    expect: [fig('people.injured', exact(5), { attributedTo: null })],
  },
  {
    text: 'Russia fired 12 missiles at one city — Kyiv',
    expect: [fig('missiles.launched', exact(12), { place: at('UA-30'), attributedTo: null })],
  },
  // Kyiv's governor and its "regional" bodies answer for the oblast, not the city.
  {
    text: 'The Kyiv regional head, Mykola Kalashnyk, stated that three people were killed and 10 others were injured.',
    expect: [
      fig('people.killed', exact(3), { place: at('UA-32') }),
      fig('people.injured', exact(10), { place: at('UA-32') }),
    ],
  },
  {
    text: 'The head of the Kyiv regional military administration said three people were injured.',
    expect: [fig('people.injured', exact(3), { place: at('UA-32') })],
  },
  {
    text: 'Kyiv Mayor Vitali Klitschko said three people were injured.',
    expect: [fig('people.injured', exact(3), { place: at('UA-30') })],
  },
  // "the Black Sea city" is a city the sea describes, not the sea.
  {
    text: 'Russia struck the Black Sea port city overnight, killing two people.',
    expect: [fig('people.killed', exact(2), { place: at('UA') })],
  },
  // The attack's own relative clause says where the people it killed were.
  {
    text: 'Three people were killed in a missile strike that hit an apartment building in Dnipro, officials said.',
    expect: [fig('people.killed', exact(3), { place: at('UA-12') })],
  },
  {
    text: 'More than two dozen civilians were killed in shelling that struck a market in Russia-controlled Donetsk, according to the region’s Kremlin-appointed head.',
    expect: [
      fig('people.killed', moreThan(24), {
        attacker: 'UA',
        place: at('UA-14'),
        attributedTo: 'Kremlin-appointed head',
      }),
    ],
  },
  // A relative clause after anything but the attack is no place of its casualties.
  {
    text: 'Three people were killed in Sumy, the governor said in a statement that was posted from Kharkiv.',
    expect: [fig('people.killed', exact(3), { place: at('UA-59') })],
  },
  // "Russian-occupied", "Moscow-installed": who holds a place or installed an official, not who
  // attacked or who speaks. An official a side installed speaks for that side.
  {
    text: 'Six people were killed and 20 were injured in the shelling of a busy marketplace in the Russian-occupied city of Donetsk.',
    expect: [
      fig('people.killed', exact(6), { attacker: null, place: at('UA-14') }),
      fig('people.injured', exact(20), { attacker: null, place: at('UA-14') }),
    ],
  },
  {
    text: 'Two people were killed in shelling of Russian-controlled Horlivka, the Russia-installed mayor said.',
    expect: [
      fig('people.killed', exact(2), {
        attacker: 'UA',
        place: at('UA-14'),
        attributedTo: 'Russia-installed mayor',
      }),
    ],
  },
  {
    text: 'Ukrainian shelling killed three in Russian-held Donetsk, the Moscow-installed authorities said.',
    expect: [fig('people.killed', exact(3), { attacker: 'UA', place: at('UA-14') })],
  },
  // The verb that makes an attack noun its object: its subject attacked.
  {
    text: 'Russia launched a massive attack with 100 drones overnight, the air force said.',
    expect: [fig('drones.launched', exact(100), { attacker: 'RU', place: at('UA') })],
  },
  {
    text: 'Ukraine faced a devastating attack as Russia launched a record-breaking assault with 192 drones and four cruise missiles.',
    expect: [
      fig('drones.launched', exact(192), { attacker: 'RU', place: at('UA') }),
      fig('missiles.launched', exact(4), { attacker: 'RU', place: at('UA') }),
    ],
  },
  {
    text: 'Kyiv carried out a combined strike with 40 drones overnight.',
    expect: [fig('drones.launched', exact(40), { attacker: 'UA', place: at('RU') })],
  },
  // Only a verb that launches: "repelled" leaves the attacker to context.
  {
    text: 'Ukraine repelled a massive attack with 100 drones overnight.',
    expect: [fig('drones.launched', exact(100), { attacker: null, place: null })],
  },
  // A colon after a clause with its own verb does not hand that clause's attacker on.
  {
    text: 'Ukrainian drones hit Russian refinery: 3 killed in Kharkiv shelling',
    expect: [fig('people.killed', exact(3), { attacker: 'RU', place: at('UA-63') })],
  },
  {
    text: 'Police officers said two people were killed in Kharkiv.',
    expect: [fig('people.killed', exact(2), { attributedTo: 'Ukrainian police' })],
  },
  // A whole broken down into counts with places of their own lies in their country.
  {
    text: 'Russia says it downed 89 Ukrainian drones, 41 over Kursk.',
    expect: [
      fig('drones.downed', exact(89), { attacker: 'UA', place: at('RU') }),
      fig('drones.downed', exact(41), { attacker: 'UA', place: at('RU-KRS') }),
    ],
  },
  {
    text: 'The ministry said 21 drones were downed, 11 over Belgorod and 10 over Kursk.',
    expect: [
      fig('drones.downed', exact(21), { attacker: 'UA', place: at('RU'), attributedTo: RMD }),
      fig('drones.downed', exact(11), { attacker: 'UA', place: at('RU-BEL') }),
      fig('drones.downed', exact(10), { attacker: 'UA', place: at('RU-KRS') }),
    ],
  },
  // "police officers" are people counted, not the police speaking.
  {
    text: 'The injured included 19 police officers and five rescuers, he said.',
    expect: [
      fig('people.injured', exact(19), { attributedTo: null }),
      fig('people.injured', exact(5), { attributedTo: null }),
    ],
  },
  // A headline's colon: what follows is about the attack before it.
  {
    text: 'Russian missile strike on Zaporizhzhia: death toll rises to 7',
    expect: [fig('people.killed', exact(7), { attacker: 'RU', place: at('UA-23') })],
  },
  // Quotes that open and close inside the clause do not cut the figure from its place.
  {
    text: 'The ministry said 91 unmanned aerial vehicles were "intercepted and destroyed by air defense systems" over Moscow oblast.',
    expect: [
      fig('drones.downed', exact(91), { attacker: 'UA', place: at('RU-MOS'), attributedTo: RMD }),
    ],
  },
  // A sea beside a land is no list of one country's places.
  {
    text: 'Air defences destroyed five Ukrainian drones over Crimea and the Black Sea, the ministry said.',
    expect: [
      fig('drones.downed', exact(5), { attacker: 'UA', place: at('UA-43'), attributedTo: RMD }),
    ],
  },
  {
    text: 'Russia said it had shot down 19 Ukrainian drones overnight, including 11 over the Kursk region and five over Crimea and the Black Sea.',
    expect: [
      fig('drones.downed', exact(19), { attacker: 'UA', place: at('RU') }),
      fig('drones.downed', exact(11), { attacker: 'UA', place: at('RU-KRS') }),
      fig('drones.downed', exact(5), { attacker: 'UA', place: at('UA-43') }),
    ],
  },
  // A toll's place after a closed "including" aside is the toll's too.
  {
    text: 'Four people, including two children, were injured in Kharkiv.',
    expect: [
      fig('people.injured', exact(4), { attacker: 'RU', place: at('UA-63') }),
      fig('people.injured', exact(2), { attacker: 'RU', group: 'children', place: at('UA-63') }),
    ],
  },
  {
    text: 'A further four people, including two girls aged 12 and 17, were injured in a Russian drone attack on the city of Kharkiv.',
    expect: [
      fig('people.injured', exact(4), { attacker: 'RU', place: at('UA-63') }),
      fig('people.injured', exact(2), { attacker: 'RU', group: 'children', place: at('UA-63') }),
    ],
  },
  // "the city" is the city the sentence named; "the city's" names a speaker's city, no place.
  {
    text: "Ukrainian shelling of Donetsk killed four civilians, the city's mayor said.",
    expect: [fig('people.killed', exact(4), { attacker: 'UA', place: at('UA-14') })],
  },
  {
    text: 'Russian drones struck Kharkiv overnight, and two people were injured in the city.',
    expect: [fig('people.injured', exact(2), { attacker: 'RU', place: at('UA-63') })],
  },
  // "across the country", "nationwide": the attacked side's whole country.
  {
    text: 'Russian attacks on Kharkiv and Odesa killed 12. Nationwide, 40 people were wounded, officials said.',
    expect: [
      fig('people.killed', exact(12), { attacker: 'RU' }),
      fig('people.injured', exact(40), { attacker: 'RU', place: at('UA') }),
    ],
  },
  {
    text: 'The bombardment targeted the regions of Zaporizhzhia, Sumy and Odesa. According to Zelenskyy, at least 40 people were wounded across the country.',
    expect: [fig('people.injured', atLeast(40), { attacker: 'RU', place: at('UA') })],
  },
  {
    text: 'A Russian strike on Kharkiv killed two people, as both Moscow and Kyiv reported attacks.',
    expect: [fig('people.killed', exact(2), { attacker: 'RU', place: at('UA-63') })],
  },
  // Two capitals joined before a verb of saying speak; neither is where the figure happened.
  {
    text: "A late-night Russian strike on the region of Kharkiv killed two people, the region's governor said, as both Moscow and Kyiv reported a wave of overnight attacks.",
    expect: [
      fig('people.killed', exact(2), {
        attacker: 'RU',
        place: at('UA-63'),
        attributedTo: 'regional governor',
      }),
    ],
  },
  // A country after a preposition is a place, whatever modifies it: not the attack's subject.
  {
    text: 'The attacks came after a Russian guided bomb hit a clinic in north-eastern Ukraine, killing two people.',
    expect: [fig('people.killed', exact(2), { attacker: 'RU', place: at('UA') })],
  },
  {
    text: 'A Ukrainian drone attack on a depot in occupied Crimea injured three people.',
    expect: [fig('people.injured', exact(3), { attacker: 'UA', place: at('UA-43') })],
  },
  // Russian Defense Ministry: drones it downed are Ukrainian
  {
    text: "Russia's Defense Ministry said air defenses had shot down 61 Ukrainian drones over the Belgorod region overnight.",
    published: '2025-07-20',
    expect: [
      fig('drones.downed', exact(61), {
        attacker: 'UA',
        place: at('RU-BEL'),
        date: '2025-07-20',
        attributedTo: RMD,
      }),
    ],
  },
  {
    text: 'The Russian Ministry of Defence said 19 drones were destroyed over the Kursk region.',
    published: '2025-07-18',
    expect: [
      fig('drones.downed', exact(19), { attacker: 'UA', place: at('RU-KRS'), attributedTo: RMD }),
    ],
  },
  {
    text: 'The Russian Defence Ministry said 93 Ukrainian drones were destroyed over Russian regions on the night of July 19-20.',
    published: '2025-07-21',
    expect: [
      fig('drones.downed', exact(93), {
        attacker: 'UA',
        place: at('RU'),
        date: '2025-07-20',
        attributedTo: RMD,
      }),
    ],
  },
  {
    text: "Russia's Defence Ministry said last week that 485 Ukrainian drones had been destroyed.",
    published: '2025-07-18',
    expect: [fig('drones.downed', exact(485), { attacker: 'UA', date: null, attributedTo: RMD })],
  },
  {
    text: 'Eleven drones were shot down over the Black Sea, the Russian Defense Ministry said.',
    expect: [
      fig('drones.downed', exact(11), { attacker: 'UA', place: at(null), attributedTo: RMD }),
    ],
  },
  {
    text: 'Air defences destroyed 28 drones over the Bryansk region, TASS reported, citing the Russian Defence Ministry.',
    expect: [
      fig('drones.downed', exact(28), { attacker: 'UA', place: at('RU-BRY'), attributedTo: RMD }),
    ],
  },
  {
    text: 'Air defense systems on duty intercepted and destroyed 39 Ukrainian UAVs over the territory of the Kursk region.',
    expect: [fig('drones.downed', exact(39), { attacker: 'UA', place: at('RU-KRS') })],
  },
  {
    text: 'Air defences downed 44 Ukrainian drones over Russia overnight.',
    published: '2025-07-20',
    expect: [
      fig('drones.downed', exact(44), { attacker: 'UA', place: at('RU'), date: '2025-07-20' }),
    ],
  },
  {
    text: 'Russian air defences downed 17 drones over Crimea overnight.',
    published: '2025-05-25',
    expect: [
      fig('drones.downed', exact(17), { attacker: 'UA', place: at('UA-43'), date: '2025-05-25' }),
    ],
  },
  // Ukrainian Air Force: launches and downings are Russian
  {
    text: "Ukraine's air force said Russia launched 104 drones overnight.",
    published: '2025-06-03',
    expect: [
      fig('drones.launched', exact(104), { attacker: 'RU', date: '2025-06-03', attributedTo: UAF }),
    ],
  },
  {
    text: 'The Ukrainian Air Force said 63 drones were shot down over the Mykolaiv region.',
    expect: [
      fig('drones.downed', exact(63), { attacker: 'RU', place: at('UA-48'), attributedTo: UAF }),
    ],
  },
  {
    text: 'According to the Air Force of the Armed Forces of Ukraine, 22 missiles were shot down.',
    expect: [fig('missiles.downed', exact(22), { attacker: 'RU', attributedTo: UAF })],
  },
  {
    text: 'On the night of 3 June, the enemy attacked with 112 Shahed-type attack UAVs and decoy drones.',
    published: '2025-06-03',
    expect: [fig('drones.launched', exact(112), { attacker: 'RU', date: '2025-06-03' })],
  },
  // Moscow Mayor, Ukrainian President, Kyiv City Administration
  {
    text: 'Moscow Mayor Sergei Sobyanin said 12 drones flying towards the capital had been destroyed overnight.',
    published: '2025-07-19',
    expect: [
      fig('drones.downed', exact(12), {
        attacker: 'UA',
        place: at('RU-MOW'),
        date: '2025-07-19',
        attributedTo: 'Moscow Mayor',
      }),
    ],
  },
  {
    text: 'Four drones attacking the capital were destroyed by air defences, Moscow Mayor Sergei Sobyanin wrote on Telegram.',
    expect: [
      fig('drones.downed', exact(4), {
        attacker: 'UA',
        place: at('RU-MOW'),
        attributedTo: 'Moscow Mayor',
      }),
    ],
  },
  {
    text: 'Ukrainian President Volodymyr Zelensky said Russia had launched more than 1,800 drones at Ukraine last week.',
    published: '2025-07-21',
    expect: [
      fig('drones.launched', moreThan(1800), {
        attacker: 'RU',
        place: at('UA'),
        date: null,
        attributedTo: 'Ukrainian President',
      }),
    ],
  },
  {
    text: 'Ukrainian President Volodymyr Zelensky said on Sunday that Russia had fired 344 drones and 35 missiles at Ukraine overnight.',
    published: '2025-07-20',
    expect: [
      fig('drones.launched', exact(344), {
        attacker: 'RU',
        place: at('UA'),
        date: '2025-07-20',
        attributedTo: 'Ukrainian President',
      }),
      fig('missiles.launched', exact(35), {
        attacker: 'RU',
        place: at('UA'),
        date: '2025-07-20',
        attributedTo: 'Ukrainian President',
      }),
    ],
  },
  {
    text: 'Two people were killed in Kyiv in a Russian missile attack overnight, the Kyiv City Military Administration said.',
    published: '2025-06-01',
    expect: [
      fig('people.killed', exact(2), {
        attacker: 'RU',
        place: at('UA-30'),
        date: '2025-06-01',
        attributedTo: 'Kyiv City Administration',
      }),
    ],
  },
  // attacker from the weapon, dates from weekdays, unattributed figures
  {
    text: 'Russian drones injured four people in the Kharkiv region on Thursday.',
    published: '2025-07-18',
    expect: [
      fig('people.injured', exact(4), { attacker: 'RU', place: at('UA-63'), date: '2025-07-17' }),
    ],
  },
  {
    text: 'Four Ukrainian drones hit an oil refinery in the Ryazan region on Tuesday.',
    published: '2025-08-05',
    expect: [
      fig('drones.hit', exact(4), { attacker: 'UA', place: at('RU-RYA'), date: '2025-08-05' }),
    ],
  },
  {
    text: 'Russian shelling killed two civilians in Kherson yesterday.',
    published: '2025-06-03',
    expect: [
      fig('people.killed', exact(2), {
        attacker: 'RU',
        group: 'civilians',
        place: at('UA-65'),
        date: '2025-06-02',
      }),
    ],
  },
  {
    text: 'Russia launched 77 drones at Ukraine overnight.',
    published: '2025-03-09',
    expect: [
      fig('drones.launched', exact(77), {
        attacker: 'RU',
        place: at('UA'),
        date: '2025-03-09',
        attributedTo: null,
      }),
    ],
  },
  {
    text: 'Ukrainian forces shot down 30 Shahed drones over the Odesa region.',
    expect: [fig('drones.downed', exact(30), { attacker: 'RU', place: at('UA-51') })],
  },
  {
    text: 'Russian missiles injured 15 people in Lviv.',
    expect: [fig('people.injured', exact(15), { attacker: 'RU', place: at('UA-46') })],
  },
  // places: region vs city, cities with their own code, city → its region's code
  {
    text: 'Nine drones were shot down over the Kyiv region and two over the city of Kyiv, officials said.',
    expect: [
      fig('drones.downed', exact(9), { place: at('UA-32') }),
      fig('drones.downed', exact(2), { place: at('UA-30') }),
    ],
  },
  {
    text: 'Three drones were shot down over St Petersburg, Governor Alexander Beglov said.',
    expect: [fig('drones.downed', exact(3), { place: at('RU-SPE') })],
  },
  {
    text: "Five drones were shot down over Sevastopol, the city's Russian-installed governor said.",
    expect: [fig('drones.downed', exact(5), { place: at('UA-40') })],
  },
  {
    text: 'Forty drones were destroyed over the Moscow region, the ministry said.',
    expect: [fig('drones.downed', exact(40), { place: at('RU-MOS') })],
  },
  {
    text: 'Six drones were shot down over the city of Belgorod.',
    expect: [fig('drones.downed', exact(6), { place: at('RU-BEL') })],
  },
  {
    text: 'Seven drones were downed near the port of Tuapse overnight.',
    expect: [fig('drones.downed', exact(7), { place: at('RU-KDA') })],
  },
  // A governor's title may describe the region: "the governor of the southern Kherson region".
  {
    text: 'The governor of the southern Kherson region said a Russian drone killed one man.',
    published: '2025-07-20',
    expect: [fig('people.killed', exact(1), { attributedTo: 'Kherson Governor' })],
  },
  {
    text: 'Two drones were downed, the governor of the border region of Belgorod said.',
    published: '2025-07-20',
    expect: [fig('drones.downed', exact(2), { attributedTo: 'Belgorod Governor' })],
  },
  // A side inside a prepositional phrase is not the subject, past its article too.
  {
    text: 'During a Russian attack overnight, the Ukrainian military shot down 12 drones, the air force said.',
    published: '2025-07-20',
    expect: [
      fig('drones.downed', exact(12), { attacker: 'RU', attributedTo: 'Ukrainian Air Force' }),
    ],
  },
  // A side adjective before a place noun names the place, not who struck.
  {
    text: 'The air force said two cruise missiles struck a warehouse in the central Ukrainian region of Cherkasy.',
    published: '2025-07-20',
    expect: [
      fig('missiles.hit', exact(2), {
        attacker: 'RU',
        place: at('UA-71'),
        attributedTo: 'Ukrainian Air Force',
      }),
    ],
  },
  // "in the southwest of the region" is within it; "southwest of Moscow" is beside it.
  {
    text: 'Four drones were shot down in the southwest of the Kaluga Region overnight, the governor said.',
    published: '2025-07-20',
    expect: [fig('drones.downed', exact(4), { attacker: 'UA', place: at('RU-KLU') })],
  },
  // An institution named with its country after it, from the first word.
  {
    text: 'The Ministry of Defense of the Russian Federation said 38 drones were destroyed overnight.',
    published: '2025-07-20',
    expect: [fig('drones.downed', exact(38), { attacker: 'UA', attributedTo: RMD })],
  },
  // "the authorities in Russia's Kaluga Oblast" answer for the oblast, not for Russia.
  {
    text: "The authorities in Russia's Tula Oblast said air defences shot down five drones.",
    published: '2025-07-20',
    expect: [fig('drones.downed', exact(5), { attacker: 'UA', place: at('RU-TUL') })],
  },
  // A place described at length is still the object of its preposition, not an actor.
  {
    text: 'A Russian strike on a market in the northeastern Ukrainian city of Sumy killed four people.',
    published: '2025-07-20',
    expect: [fig('people.killed', exact(4), { attacker: 'RU', place: at('UA-59') })],
  },
  // "used by Russia" names who launched the weapons, not who shot them down.
  {
    text: "Ukraine's air force said it had shot down all 35 drones and one of three missiles used by Russia overnight.",
    published: '2025-07-20',
    expect: [
      fig('drones.downed', exact(35), { attacker: 'RU', place: at('UA'), attributedTo: UAF }),
      fig('missiles.downed', exact(1), { attacker: 'RU', place: at('UA'), attributedTo: UAF }),
      fig('missiles.launched', exact(3), { attacker: 'RU', place: at('UA') }),
    ],
  },
  // The side of an attack after a downing is the attacker's, not the defender's.
  {
    text: 'Ukraine says it shot down 20 drones, one missile in Russian attacks overnight',
    published: '2025-07-20',
    expect: [
      fig('drones.downed', exact(20), { attacker: 'RU' }),
      fig('missiles.downed', exact(1), { attacker: 'RU' }),
    ],
  },
  // Shot down by a side: still the defender.
  {
    text: 'Twelve drones were shot down by Russian air defences over the Kursk region.',
    published: '2025-07-20',
    expect: [fig('drones.downed', exact(12), { attacker: 'UA', place: at('RU-KRS') })],
  },
  // A speaker's seat placed with an adjective is still the seat the speaker answers for.
  {
    text: "Authorities of Ukraine's southern Kherson region said two people were killed and five were wounded in Russian shelling.",
    published: '2025-07-20',
    expect: [
      fig('people.killed', exact(2), { attacker: 'RU', place: at('UA-65') }),
      fig('people.injured', exact(5), { attacker: 'RU', place: at('UA-65') }),
    ],
  },
  // "the Black Sea port of Odesa": the sea only says where the city lies.
  {
    text: 'A drone strike wounded six people in the Black Sea port of Odesa, the governor said.',
    published: '2025-07-20',
    expect: [fig('people.injured', exact(6), { place: at('UA-51') })],
  },
  {
    text: 'Three people were killed in the Azov Sea city of Berdiansk.',
    published: '2025-07-20',
    expect: [fig('people.killed', exact(3), { place: at('UA-23') })],
  },
  // A city with its country after a comma is the city, not a list of two places.
  {
    text: 'At least 9 people were killed by a Russian missile in Kryvyi Rih, central Ukraine.',
    published: '2025-07-20',
    expect: [fig('people.killed', atLeast(9), { attacker: 'RU', place: at('UA-12') })],
  },
  // A headline's place before a noun of attack is where it fell, not who acted.
  {
    text: 'Odesa strike death toll rises to 9',
    published: '2025-07-20',
    expect: [fig('people.killed', exact(9), { attacker: 'RU', place: at('UA-51') })],
  },
  {
    text: 'Kyiv attack kills 4, injures 20',
    published: '2025-07-20',
    expect: [
      fig('people.killed', exact(4), { attacker: 'RU', place: at('UA-30') }),
      fig('people.injured', exact(20), { attacker: 'RU', place: at('UA-30') }),
    ],
  },
  // A capital as the subject of its own verb is still its side.
  {
    text: 'Kyiv launched 50 drones at Moscow overnight.',
    published: '2025-07-20',
    expect: [fig('drones.launched', exact(50), { attacker: 'UA', place: at('RU-MOW') })],
  },
  // The subject of a passive attack verb whose agent is the figure is where the weapons went.
  {
    text: 'Kharkiv was struck by three missiles overnight.',
    published: '2025-07-20',
    expect: [fig('missiles.launched', exact(3), { attacker: 'RU', place: at('UA-63') })],
  },
  {
    text: 'Odesa has been attacked by 20 drones, the air force said.',
    published: '2025-07-20',
    expect: [fig('drones.launched', exact(20), { attacker: 'RU', place: at('UA-51') })],
  },
  // "Yesterday's strike" is yesterday's, as "Sunday's strike" is Sunday's.
  {
    text: "Yesterday's strike on Kyiv killed 42 people.",
    published: '2025-07-20',
    expect: [fig('people.killed', exact(42), { place: at('UA-30'), date: '2025-07-19' })],
  },
  // "countrywide", like "nationwide", is the attacked side's country.
  {
    text: 'A Russian missile hit a children’s hospital in Kyiv. Officials raised the countrywide casualty toll to 42 dead.',
    expect: [fig('people.killed', exact(42), { attacker: 'RU', place: at('UA') })],
  },
  {
    text: 'The attack involved at least 121 drones, one of the largest operations of the war.',
    expect: [fig('drones.launched', atLeast(121))],
  },
  // A span from an evening to a morning with no day of its own ended on the day after.
  {
    text: 'Between 11:00 p.m. Moscow time (8:00 p.m. GMT) on July 19 and 7:00 a.m. Moscow time (4:00 a.m. GMT), on-duty air defenses destroyed 141 Ukrainian drones.',
    published: '2025-07-20',
    expect: [fig('drones.downed', exact(141), { attacker: 'UA', date: '2025-07-20' })],
  },
  {
    text: 'A drone struck a house at 10 p.m. on July 17 and injured 2 people; another hit at 5 a.m.',
    published: '2025-07-20',
    expect: [fig('people.injured', exact(2), { date: '2025-07-17' })],
  },
  {
    text: 'On July 19, air defenses destroyed 40 Ukrainian drones between 8 a.m. and 5 p.m.',
    published: '2025-07-20',
    expect: [fig('drones.downed', exact(40), { date: '2025-07-19' })],
  },
  // A side that "continued to pound" a country acts there, as one that pounded it: not the place.
  {
    text: 'At least four people were killed overnight as Russia continued to pound Ukraine with hundreds of drones.',
    published: '2025-07-12',
    expect: [fig('people.killed', atLeast(4), { attacker: 'RU', place: at('UA') })],
  },
  // A country before "border" names what borders it, not the place.
  {
    text: "Russia's Defense Ministry said it destroyed 25 drones, including 11 each in the Ukraine border regions of Belgorod and Kursk.",
    published: '2024-11-05',
    expect: [
      fig('drones.downed', exact(25), { attacker: 'UA', place: at('RU'), attributedTo: RMD }),
      fig('drones.downed', exact(11), { attacker: 'UA', place: at('RU-BEL') }),
      fig('drones.downed', exact(11), { attacker: 'UA', place: at('RU-KRS') }),
    ],
  },
];

runTable('news: attributes', rows);
