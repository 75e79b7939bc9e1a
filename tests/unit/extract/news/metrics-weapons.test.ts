// Weapon metrics: every action for drones, missiles and drones-and-missiles together.
import { about, at, exact, fig, moreThan, runTable, type Row } from './harness';

const rows: Row[] = [
  // drones.launched: launched / fired / sent / attacked with / targeted
  {
    text: 'Russia launched 97 drones at Ukraine overnight.',
    expect: [fig('drones.launched', exact(97), { attacker: 'RU', place: at('UA') })],
  },
  {
    text: 'Overnight, the enemy attacked with 83 Shahed-type attack UAVs and decoy drones from the directions of Kursk and Millerovo.',
    expect: [fig('drones.launched', exact(83), { attacker: 'RU' })],
  },
  {
    text: 'Moscow sent 64 Shaheds against Ukrainian cities.',
    expect: [fig('drones.launched', exact(64), { attacker: 'RU' })],
  },
  {
    text: 'Russian forces fired 15 Geran-2 drones at Zaporizhzhia.',
    expect: [fig('drones.launched', exact(15), { attacker: 'RU', place: at('UA-23') })],
  },
  {
    text: 'Twenty-three unmanned aerial vehicles targeted the Rostov region overnight.',
    expect: [fig('drones.launched', exact(23), { place: at('RU-ROS') })],
  },
  // drones.downed: shot down / destroyed / intercepted / downed; active and passive
  {
    text: 'Air defence shot down 45 drones over the Chernihiv region.',
    expect: [fig('drones.downed', exact(45), { place: at('UA-74') })],
  },
  {
    text: 'Forty-one drones were shot down by air defence.',
    expect: [fig('drones.downed', exact(41))],
  },
  {
    text: 'Mobile fire groups destroyed 19 drones over the Kyiv region.',
    expect: [fig('drones.downed', exact(19), { place: at('UA-32') })],
  },
  {
    text: '87 UAVs were intercepted over the Kaluga and Tula regions.',
    expect: [fig('drones.downed', exact(87))],
  },
  {
    text: 'Russian air defences downed 14 drones over the Leningrad region.',
    expect: [fig('drones.downed', exact(14), { attacker: 'UA', place: at('RU-LEN') })],
  },
  // drones.neutralized: downed and suppressed counted together
  {
    text: 'Ukrainian air defences neutralised 199 drones overnight, the air force said.',
    expect: [fig('drones.neutralized', exact(199), { attacker: 'RU' })],
  },
  {
    text: 'A total of 231 drones were neutralized, the military said.',
    expect: [fig('drones.neutralized', exact(231))],
  },
  {
    text: 'Thirty-seven drones were downed or suppressed by electronic warfare.',
    expect: [fig('drones.neutralized', exact(37))],
  },
  {
    text: 'As of 09:00, air defence shot down/suppressed 52 enemy UAVs in the north, south and east of the country.',
    expect: [fig('drones.neutralized', exact(52))],
  },
  // drones.suppressed: jammed / locationally lost / lost from radar / failed to reach targets
  {
    text: 'A further 18 drones were locationally lost, likely due to electronic warfare.',
    expect: [fig('drones.suppressed', exact(18))],
  },
  {
    text: 'Electronic warfare units jammed 31 drones.',
    expect: [fig('drones.suppressed', exact(31))],
  },
  {
    text: 'Nine drones were lost from radar without negative consequences.',
    expect: [fig('drones.suppressed', exact(9))],
  },
  {
    text: 'Eleven drones failed to reach their targets.',
    expect: [fig('drones.suppressed', exact(11))],
  },
  // drones.hit: struck / hit / impacted / reached targets
  {
    text: 'Hits by 14 drones were recorded at six locations.',
    expect: [fig('drones.hit', exact(14))],
  },
  {
    text: 'Seven drones struck energy facilities in the Poltava region.',
    expect: [fig('drones.hit', exact(7), { place: at('UA-53') })],
  },
  {
    text: 'Five Shaheds hit residential buildings in Kharkiv.',
    expect: [fig('drones.hit', exact(5), { attacker: 'RU', place: at('UA-63') })],
  },
  {
    text: 'Twelve drones impacted in the Dnipropetrovsk region.',
    expect: [fig('drones.hit', exact(12), { place: at('UA-12') })],
  },
  {
    text: 'Three drones reached their targets, the air force said.',
    expect: [fig('drones.hit', exact(3))],
  },
  // missiles
  {
    text: 'Russia fired 11 ballistic missiles at the city of Dnipro.',
    expect: [fig('missiles.launched', exact(11), { attacker: 'RU', place: at('UA-12') })],
  },
  {
    text: 'Russian forces launched four Iskander-M ballistic missiles from the Kursk region.',
    expect: [fig('missiles.launched', exact(4), { attacker: 'RU' })],
  },
  {
    text: 'Air defence destroyed 36 Kh-101 cruise missiles.',
    expect: [fig('missiles.downed', exact(36), { attacker: 'RU' })],
  },
  {
    text: 'Two Kinzhal aeroballistic missiles were shot down over Kyiv.',
    expect: [fig('missiles.downed', exact(2), { attacker: 'RU', place: at('UA-30') })],
  },
  {
    text: 'All 16 cruise missiles were intercepted before they reached Lviv.',
    expect: [fig('missiles.downed', exact(16))],
  },
  {
    text: 'Two cruise missiles were locationally lost.',
    expect: [fig('missiles.suppressed', exact(2))],
  },
  {
    text: 'Three missiles hit an industrial facility in Lviv.',
    expect: [fig('missiles.hit', exact(3), { place: at('UA-46') })],
  },
  {
    text: "Russia's Defense Ministry said air defences intercepted six ATACMS missiles.",
    expect: [
      fig('missiles.downed', exact(6), {
        attacker: 'UA',
        attributedTo: 'Russian Defense Ministry',
      }),
    ],
  },
  {
    text: 'Air defence systems shot down eight Storm Shadow cruise missiles, the Russian military said.',
    expect: [fig('missiles.downed', exact(8), { attacker: 'UA' })],
  },
  // aerial: drones and missiles counted together in one number
  {
    text: 'Russia launched more than 500 drones and missiles at Ukraine overnight.',
    expect: [fig('aerial.launched', moreThan(500), { attacker: 'RU', place: at('UA') })],
  },
  {
    text: "Ukraine's air force said it had shot down 470 drones and missiles.",
    expect: [fig('aerial.downed', exact(470), { attacker: 'RU' })],
  },
  {
    text: 'Strikes by 26 missiles and drones were recorded at 14 locations.',
    expect: [fig('aerial.hit', exact(26))],
  },
  // several figures, or one figure among several numbers
  {
    text: 'Russia attacked Ukraine with 623 drones and 27 missiles overnight.',
    expect: [
      fig('drones.launched', exact(623), { attacker: 'RU', place: at('UA') }),
      fig('missiles.launched', exact(27), { attacker: 'RU', place: at('UA') }),
    ],
  },
  {
    text: "Russia's Defence Ministry reported the downing of 138 drones over Russian regions, including 23 over the Moscow region.",
    expect: [
      fig('drones.downed', exact(138), { attacker: 'UA', place: at('RU') }),
      fig('drones.downed', exact(23), { attacker: 'UA', place: at('RU-MOS') }),
    ],
  },
  {
    text: 'Air defence forces intercepted most of the targets, including 311 drones and all missiles fired.',
    expect: [fig('drones.downed', exact(311))],
  },
  {
    text: 'Of the 90 drones launched, 71 were shot down.',
    expect: [fig('drones.launched', exact(90)), fig('drones.downed', exact(71))],
  },
  {
    text: 'The air force said 40 drones were destroyed and 22 were jammed.',
    expect: [fig('drones.downed', exact(40)), fig('drones.suppressed', exact(22))],
  },
  // The electronic-warfare agent of a later clause is not the agent of an earlier downing.
  {
    text: 'Russia sent 80 drones, of which 52 were downed and 20 were lost to electronic warfare.',
    published: '2025-07-21',
    expect: [
      fig('drones.launched', exact(80)),
      fig('drones.downed', exact(52)),
      fig('drones.suppressed', exact(20)),
    ],
  },
  // A verb the source's words put in quotation marks is still the figure's verb.
  {
    text: 'Air defences shot down 41 drones, while another 17 were "locationally lost", it said.',
    published: '2025-07-21',
    expect: [fig('drones.downed', exact(41)), fig('drones.suppressed', exact(17))],
  },
  // Decoys are counted among a night's drones; "drones and decoys" is one count.
  {
    text: 'Almost 300 drones and decoys were launched overnight, the air force said.',
    published: '2025-07-21',
    expect: [fig('drones.launched', about(300))],
  },
  // A modifier in the source's quotation marks stays inside the noun phrase.
  {
    text: 'The military said 45 "imitator" drones were lost from radar.',
    published: '2025-07-21',
    expect: [fig('drones.suppressed', exact(45))],
  },
  // "hits" after a weapon counts the weapons that struck.
  {
    text: 'The air force recorded three missile hits and nine drone hits in four regions.',
    published: '2025-07-21',
    expect: [fig('missiles.hit', exact(3)), fig('drones.hit', exact(9))],
  },
  // A participle with no auxiliary modifies the phrase; the clause's own verb decides.
  {
    text: 'Air defences shot down all 20 Russian drones fired overnight, the air force said.',
    published: '2025-07-21',
    expect: [fig('drones.downed', exact(20), { attacker: 'RU' })],
  },
  {
    text: 'The air force said 12 of the 16 missiles launched were intercepted.',
    published: '2025-07-21',
    expect: [fig('missiles.downed', exact(12)), fig('missiles.launched', exact(16))],
  },
  {
    text: 'Russia said 30 drones launched by Ukraine were destroyed over the Kursk region.',
    published: '2025-07-21',
    expect: [fig('drones.downed', exact(30), { attacker: 'UA', place: at('RU-KRS') })],
  },
  // The whole a part is taken from, with the part's number in words.
  {
    text: 'Ukraine downed three of seven missiles, the air force said.',
    published: '2025-07-21',
    expect: [fig('missiles.downed', exact(3)), fig('missiles.launched', exact(7))],
  },
  // An attempt is a launch, whatever came of it; "unmanned aerial devices" are drones.
  {
    text: 'Three Ukrainian drones tried to attack an airfield in the Kursk region.',
    published: '2025-07-21',
    expect: [fig('drones.launched', exact(3), { attacker: 'UA' })],
  },
  {
    text: 'Air defence units destroyed 17 unmanned aerial devices overnight, the ministry said.',
    published: '2025-07-21',
    expect: [fig('drones.downed', exact(17))],
  },
  // A figure listed after one with a verb before it shares that verb over a participle of its own.
  {
    text: 'Ukraine downs 25 drones, 2 missiles launched by Russia overnight',
    published: '2025-07-21',
    expect: [fig('drones.downed', exact(25)), fig('missiles.downed', exact(2))],
  },
  // The whole a part was taken from was launched, whatever the part's verb.
  {
    text: '44 out of 58 enemy missiles and "Shaheds" were destroyed overnight.',
    published: '2025-07-21',
    expect: [fig('aerial.downed', exact(44)), fig('aerial.launched', exact(58))],
  },
  // What an attack involved was launched.
  {
    text: 'The attack on Monday involved about 150 missiles and drones.',
    published: '2025-07-21',
    expect: [fig('aerial.launched', about(150))],
  },
  // Model numbers with no hyphen or with a plural are no counts, and one kind counted twice is
  // no breakdown of kinds.
  {
    text: 'Air defences destroyed four Russian Shahed 131/136 drones overnight.',
    published: '2025-07-21',
    expect: [fig('drones.downed', exact(4))],
  },
  {
    text: 'Air defences shot down 9 Shaheds over the south while two more Shahed-136s were shot down by other units.',
    published: '2025-07-21',
    expect: [fig('drones.downed', exact(9)), fig('drones.downed', exact(2))],
  },
  // Wordings of launch, hit, downing and injury seen in wire and regional copy.
  {
    text: 'The region was attacked by five drones overnight, the governor said.',
    published: '2025-07-21',
    expect: [fig('drones.launched', exact(5))],
  },
  {
    text: 'Two drones crashed into an oil depot in the Oryol region.',
    published: '2025-07-21',
    expect: [fig('drones.hit', exact(2))],
  },
  {
    text: 'Anti-aircraft gunners finished off three more drones.',
    published: '2025-07-21',
    expect: [fig('drones.downed', exact(3))],
  },
  // Weapons that strike a whole country were sent against it; they did not land on it.
  {
    text: 'Zelensky said more than 300 drones had hit his country overnight.',
    published: '2025-07-20',
    expect: [fig('drones.launched', moreThan(300), { attacker: 'RU' })],
  },
  {
    text: 'Over 600 drones strike Ukraine overnight',
    published: '2025-07-20',
    expect: [fig('drones.launched', moreThan(600))],
  },
  // A country's own possession is a target within it: those drones hit.
  {
    text: "Two drones hit Ukraine's energy grid overnight.",
    published: '2025-07-20',
    expect: [fig('drones.hit', exact(2))],
  },
  // Heavier attack verbs with the weapons after "with" launched them.
  {
    text: 'Russia pounded Kyiv with 550 drones and missiles overnight.',
    published: '2025-07-20',
    expect: [fig('aerial.launched', exact(550), { attacker: 'RU', place: at('UA-30') })],
  },
  // After a side's name and before "with", "attacks" is a headline's verb; elsewhere a noun.
  {
    text: 'Russia attacks Ukraine with 48 drones overnight',
    published: '2025-07-20',
    expect: [fig('drones.launched', exact(48), { attacker: 'RU', place: at('UA') })],
  },
  {
    text: 'Ukraine attacks Moscow with 30 drones',
    published: '2025-07-20',
    expect: [fig('drones.launched', exact(30), { attacker: 'UA', place: at('RU-MOW') })],
  },
  {
    text: 'Russian forces carried out 12 attacks on Kharkiv with drones and artillery.',
    published: '2025-07-20',
    expect: [],
  },
  // A part larger than the last kind launched counts the kinds together.
  {
    text: 'Russia launched 477 drones and 60 missiles overnight, of which 475 were neutralised, the air force said.',
    expect: [
      fig('drones.launched', exact(477)),
      fig('missiles.launched', exact(60)),
      fig('aerial.neutralized', exact(475)),
    ],
  },
  {
    text: 'Russia launched 477 drones and 60 missiles overnight. Of these, 475 were shot down.',
    expect: [
      fig('drones.launched', exact(477)),
      fig('missiles.launched', exact(60)),
      fig('aerial.downed', exact(475)),
    ],
  },
  // The Ukrainian Air Force's "air attack assets" are drones and missiles counted together.
  {
    text: "Ukraine's Air Force reported that a total of 810 air attack assets were used, including 805 drones and 13 missiles.",
    expect: [
      fig('aerial.launched', exact(810), { attacker: 'RU' }),
      fig('drones.launched', exact(805), { attacker: 'RU' }),
      fig('missiles.launched', exact(13), { attacker: 'RU' }),
    ],
  },
  // Bare "targets" that air defence stopped are drones and missiles counted together.
  {
    text: "Ukraine's air force said 100 targets were neutralised overnight.",
    expect: [fig('aerial.neutralized', exact(100), { attacker: 'RU', place: at('UA') })],
  },
  {
    text: 'Russia launched 140 drones overnight; 117 targets were shot down or suppressed, the air force said.',
    expect: [fig('drones.launched', exact(140)), fig('aerial.neutralized', exact(117))],
  },
  {
    text: 'Russian air defences intercepted 75 targets over the weekend.',
    expect: [fig('aerial.downed', exact(75), { attacker: 'UA' })],
  },
  // Weapons a place "was hit by" were launched at it: some may have been shot down; drones lost
  // to electronic warfare in the Air Force's other words.
  {
    text: 'The city was hit by 12 drones, 10 of which were shot down.',
    expect: [fig('drones.launched', exact(12)), fig('drones.downed', exact(10))],
  },
  {
    text: 'Air defence shot down 138 Shahed drones, while another 119 disappeared from radar.',
    expect: [fig('drones.downed', exact(138)), fig('drones.suppressed', exact(119))],
  },
  {
    text: 'Russia launched 150 drones; 25 decoy drones deviated off course.',
    expect: [fig('drones.launched', exact(150)), fig('drones.suppressed', exact(25))],
  },
];

runTable('news: weapon metrics', rows);
