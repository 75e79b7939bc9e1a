// How numbers are written: separators, number words, sentence starts, headlines.
import { at, exact, fig, runTable, type Row } from './harness';

const rows: Row[] = [
  // Digits with separators.
  {
    text: "Ukraine's air force said Russia had launched 1,046 drones at the country over the previous seven days.",
    expect: [fig('drones.launched', exact(1046), { attacker: 'RU' })],
  },
  {
    text: 'Russia launched 1 040 drones and 31 missiles at Ukraine during the week, Zelensky said.',
    expect: [
      fig('drones.launched', exact(1040), { attacker: 'RU', place: at('UA') }),
      fig('missiles.launched', exact(31), { attacker: 'RU', place: at('UA') }),
    ],
  },
  {
    text: 'Russian forces fired 2\u00a0150 attack drones at Ukrainian cities in July.',
    expect: [fig('drones.launched', exact(2150), { attacker: 'RU' })],
  },
  {
    text: 'The UN human rights monitoring mission says 13,580 civilians have been killed in Ukraine since February 2022.',
    expect: [fig('people.killed', exact(13580), { group: 'civilians', place: at('UA') })],
  },
  {
    text: 'Air defence units destroyed 1,270 Ukrainian drones over Russian territory during the week.',
    expect: [fig('drones.downed', exact(1270), { attacker: 'UA', place: at('RU') })],
  },
  // Number words.
  {
    text: 'Twenty-five drones were shot down over the Kaluga region overnight.',
    expect: [fig('drones.downed', exact(25), { place: at('RU-KLU') })],
  },
  {
    text: "Russia's Defence Ministry reported the destruction of one hundred and seventy-six drones overnight.",
    expect: [fig('drones.downed', exact(176), { attacker: 'UA' })],
  },
  {
    text: 'A dozen drones were intercepted on approach to Moscow, the mayor said.',
    expect: [fig('drones.downed', exact(12), { place: at('RU-MOW') })],
  },
  {
    text: 'Air defences brought down two dozen drones over the Bryansk and Oryol regions.',
    expect: [fig('drones.downed', exact(24))],
  },
  {
    text: 'One drone was shot down over the Tula region, Governor Dmitry Milyaev said.',
    expect: [fig('drones.downed', exact(1), { place: at('RU-TUL') })],
  },
  {
    text: 'Eleven missiles were launched at Kyiv overnight.',
    expect: [fig('missiles.launched', exact(11), { place: at('UA-30') })],
  },
  {
    text: 'Seventeen people were injured in the strike on an apartment block in Sumy.',
    expect: [fig('people.injured', exact(17), { place: at('UA-59') })],
  },
  {
    text: "Ninety-nine drones were downed over Russian regions overnight, Russia's defence ministry said.",
    expect: [fig('drones.downed', exact(99), { attacker: 'UA', place: at('RU') })],
  },
  {
    text: 'Ukrainian forces shot down three hundred and twelve drones, the air force reported.',
    expect: [fig('drones.downed', exact(312), { attacker: 'RU' })],
  },
  {
    text: 'One hundred drones were launched at Odesa in a single night.',
    expect: [fig('drones.launched', exact(100), { place: at('UA-51') })],
  },
  {
    text: 'The air force said twelve of the drones were jammed by electronic warfare.',
    expect: [fig('drones.suppressed', exact(12))],
  },
  {
    text: 'Fifty-one people were wounded in the attack, the State Emergency Service said.',
    expect: [fig('people.injured', exact(51))],
  },
  {
    text: 'Forty drones were launched; thirty-one were shot down.',
    expect: [fig('drones.launched', exact(40)), fig('drones.downed', exact(31))],
  },
  {
    text: 'A single drone struck a high-rise building in the Obolon district of Kyiv.',
    expect: [fig('drones.hit', exact(1), { place: at('UA-30') })],
  },
  // Digits at sentence start, single digits, digits inside weapon names.
  {
    text: '74 drones were intercepted over the Rostov region.',
    expect: [fig('drones.downed', exact(74), { place: at('RU-ROS') })],
  },
  {
    text: 'Air defence shot down 6 drones over the Voronezh region.',
    expect: [fig('drones.downed', exact(6), { place: at('RU-VOR') })],
  },
  {
    text: 'Russia launched 38 Kh-101 cruise missiles from Tu-95 bombers over the Caspian Sea.',
    expect: [fig('missiles.launched', exact(38), { attacker: 'RU' })],
  },
  {
    text: 'Two Kinzhal missiles and 26 Geran-2 drones were shot down, the air force said.',
    expect: [
      fig('missiles.downed', exact(2), { attacker: 'RU' }),
      fig('drones.downed', exact(26), { attacker: 'RU' }),
    ],
  },
  {
    text: 'Over the past 24 hours, Russian forces shelled the Kherson region, killing 2 people and injuring 9.',
    expect: [
      fig('people.killed', exact(2), { attacker: 'RU', place: at('UA-65') }),
      fig('people.injured', exact(9), { attacker: 'RU', place: at('UA-65') }),
    ],
  },
  // Headlines.
  {
    text: 'Russia Launches 512 Drones, 11 Missiles in Overnight Attack on Ukraine',
    expect: [
      fig('drones.launched', exact(512), { attacker: 'RU', place: at('UA') }),
      fig('missiles.launched', exact(11), { attacker: 'RU', place: at('UA') }),
    ],
  },
  {
    text: 'Russian air defences down 47 Ukrainian drones overnight, ministry says',
    expect: [fig('drones.downed', exact(47), { attacker: 'UA' })],
  },
  {
    text: 'Ukraine Downs Thirty-Two Russian Drones Over Kharkiv Region',
    expect: [fig('drones.downed', exact(32), { attacker: 'RU', place: at('UA-63') })],
  },
  {
    text: 'Ukraine says 9 civilians killed, 40 wounded in Russian strikes on Zaporizhzhia',
    expect: [
      fig('people.killed', exact(9), { group: 'civilians', attacker: 'RU', place: at('UA-23') }),
      fig('people.injured', exact(40), { attacker: 'RU', place: at('UA-23') }),
    ],
  },
];

runTable('news: numbers', rows);
