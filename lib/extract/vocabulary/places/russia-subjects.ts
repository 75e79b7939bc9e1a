import type { SubdivisionEntry } from './types';

type Entry = SubdivisionEntry;

/** An oblast or krai named after its capital: "Belgorod" is the city, "Belgorod region" this. */
function named(code: string, name: string, ...stems: string[]): Entry {
  return { code, name, level: 'region', stems };
}

/**
 * Russia's 83 federal subjects by ISO 3166-2:RU. Crimea, Sevastopol and the four Ukrainian
 * oblasts Russia claims are not here: ISO and this product count them as Ukrainian.
 */
export const RU_SUBDIVISIONS: readonly Entry[] = [
  // Republics (21).
  { code: 'RU-AD', name: 'Adygea', level: 'region', names: ['Adygeya'], stems: ['Adyghe'] },
  {
    code: 'RU-AL',
    name: 'Altai Republic',
    level: 'region',
    // Spelt out so that "Republic of Altai" is not read as Altai Krai's stem.
    names: ['Altay Republic', 'Republic of Altai', 'Gorno-Altai'],
  },
  {
    code: 'RU-BA',
    name: 'Bashkortostan',
    level: 'region',
    names: ['Bashkiria', 'Bashkiriya'],
    stems: ['Bashkir'],
  },
  { code: 'RU-BU', name: 'Buryatia', level: 'region', names: ['Buryatiya'], stems: ['Buryat'] },
  {
    code: 'RU-CE',
    name: 'Chechnya',
    level: 'region',
    names: ['Chechen Republic', 'Chechnia'],
    stems: ['Chechen'],
  },
  {
    code: 'RU-CU',
    name: 'Chuvashia',
    level: 'region',
    names: ['Chuvash Republic', 'Chuvashiya'],
    stems: ['Chuvash'],
  },
  { code: 'RU-DA', name: 'Dagestan', level: 'region', names: ['Daghestan'], stems: ['Dagestani'] },
  { code: 'RU-IN', name: 'Ingushetia', level: 'region', names: ['Ingushetiya'], stems: ['Ingush'] },
  {
    code: 'RU-KB',
    name: 'Kabardino-Balkaria',
    level: 'region',
    names: ['Kabardino-Balkariya'],
    stems: ['Kabardino-Balkarian'],
  },
  { code: 'RU-KL', name: 'Kalmykia', level: 'region', names: ['Kalmykiya'], stems: ['Kalmyk'] },
  {
    code: 'RU-KC',
    name: 'Karachay-Cherkessia',
    level: 'region',
    names: ['Karachayevo-Cherkessia', 'Karachay-Cherkesia'],
    stems: ['Karachay-Cherkess'],
  },
  { code: 'RU-KR', name: 'Karelia', level: 'region', names: ['Kareliya'], stems: ['Karelian'] },
  { code: 'RU-KK', name: 'Khakassia', level: 'region', names: ['Khakasia'], stems: ['Khakas'] },
  { code: 'RU-KO', name: 'Komi Republic', level: 'region', names: ['Komi'] },
  { code: 'RU-ME', name: 'Mari El', level: 'region', names: ['Mari-El'], stems: ['Mari'] },
  { code: 'RU-MO', name: 'Mordovia', level: 'region', names: ['Mordoviya'], stems: ['Mordovian'] },
  {
    code: 'RU-SA',
    name: 'Sakha Republic',
    level: 'region',
    names: ['Sakha', 'Yakutia', 'Yakutiya'],
    stems: ['Yakut'],
  },
  {
    code: 'RU-SE',
    name: 'North Ossetia-Alania',
    level: 'region',
    names: ['North Ossetia'],
    stems: ['North Ossetian'],
  },
  { code: 'RU-TA', name: 'Tatarstan', level: 'region', stems: ['Tatar'] },
  { code: 'RU-TY', name: 'Tuva', level: 'region', names: ['Tyva'], stems: ['Tuvan'] },
  {
    code: 'RU-UD',
    name: 'Udmurtia',
    level: 'region',
    names: ['Udmurt Republic', 'Udmurtiya'],
    stems: ['Udmurt'],
  },
  // Krais (9).
  named('RU-ALT', 'Altai Krai', 'Altai', 'Altay'),
  { code: 'RU-KAM', name: 'Kamchatka Krai', level: 'region', names: ['Kamchatka'] },
  named('RU-KHA', 'Khabarovsk Krai', 'Khabarovsk'),
  // "Kuban" is the usual shorthand for the Krasnodar region in Russian reports.
  {
    code: 'RU-KDA',
    name: 'Krasnodar Krai',
    level: 'region',
    names: ['Kuban'],
    stems: ['Krasnodar'],
  },
  named('RU-KYA', 'Krasnoyarsk Krai', 'Krasnoyarsk'),
  named('RU-PER', 'Perm Krai', 'Perm'),
  {
    code: 'RU-PRI',
    name: 'Primorsky Krai',
    level: 'region',
    names: ['Primorye'],
    stems: ['Primorsky', 'Primorskiy'],
  },
  named('RU-STA', 'Stavropol Krai', 'Stavropol'),
  {
    code: 'RU-ZAB',
    name: 'Zabaykalsky Krai',
    level: 'region',
    names: ['Zabaikalsky Krai', 'Transbaikalia', 'Zabaykalye'],
    stems: ['Zabaykalsky', 'Zabaikalsky', 'Trans-Baikal'],
  },
  // Oblasts (46).
  named('RU-AMU', 'Amur Oblast', 'Amur'),
  named('RU-ARK', 'Arkhangelsk Oblast', 'Arkhangelsk', 'Archangelsk'),
  named('RU-AST', 'Astrakhan Oblast', 'Astrakhan'),
  named('RU-BEL', 'Belgorod Oblast', 'Belgorod'),
  named('RU-BRY', 'Bryansk Oblast', 'Bryansk'),
  named('RU-CHE', 'Chelyabinsk Oblast', 'Chelyabinsk'),
  named('RU-IRK', 'Irkutsk Oblast', 'Irkutsk'),
  named('RU-IVA', 'Ivanovo Oblast', 'Ivanovo'),
  named('RU-KGD', 'Kaliningrad Oblast', 'Kaliningrad'),
  named('RU-KLU', 'Kaluga Oblast', 'Kaluga'),
  {
    code: 'RU-KEM',
    name: 'Kemerovo Oblast',
    level: 'region',
    names: ['Kuzbass'],
    stems: ['Kemerovo'],
  },
  named('RU-KIR', 'Kirov Oblast', 'Kirov'),
  named('RU-KOS', 'Kostroma Oblast', 'Kostroma'),
  named('RU-KGN', 'Kurgan Oblast', 'Kurgan'),
  named('RU-KRS', 'Kursk Oblast', 'Kursk'),
  // Bare "Leningrad" is the city's Soviet name, mostly in history ("the siege of Leningrad").
  named('RU-LEN', 'Leningrad Oblast', 'Leningrad'),
  named('RU-LIP', 'Lipetsk Oblast', 'Lipetsk'),
  named('RU-MAG', 'Magadan Oblast', 'Magadan'),
  {
    code: 'RU-MOS',
    name: 'Moscow Oblast',
    level: 'region',
    names: ['Podmoskovye'],
    stems: ['Moscow'],
  },
  named('RU-MUR', 'Murmansk Oblast', 'Murmansk'),
  named(
    'RU-NIZ',
    'Nizhny Novgorod Oblast',
    'Nizhny Novgorod',
    'Nizhniy Novgorod',
    'Nizhni Novgorod',
  ),
  named('RU-NGR', 'Novgorod Oblast', 'Novgorod'),
  named('RU-NVS', 'Novosibirsk Oblast', 'Novosibirsk'),
  named('RU-OMS', 'Omsk Oblast', 'Omsk'),
  named('RU-ORE', 'Orenburg Oblast', 'Orenburg'),
  named('RU-ORL', 'Oryol Oblast', 'Oryol', 'Orel'),
  named('RU-PNZ', 'Penza Oblast', 'Penza'),
  named('RU-PSK', 'Pskov Oblast', 'Pskov'),
  named('RU-ROS', 'Rostov Oblast', 'Rostov', 'Rostov-on-Don'),
  named('RU-RYA', 'Ryazan Oblast', 'Ryazan'),
  { code: 'RU-SAK', name: 'Sakhalin Oblast', level: 'region', names: ['Sakhalin'] },
  named('RU-SAM', 'Samara Oblast', 'Samara'),
  named('RU-SAR', 'Saratov Oblast', 'Saratov'),
  named('RU-SMO', 'Smolensk Oblast', 'Smolensk'),
  // The city is Yekaterinburg; bare "Sverdlovsk" is also a town in Luhansk Oblast.
  named('RU-SVE', 'Sverdlovsk Oblast', 'Sverdlovsk'),
  named('RU-TAM', 'Tambov Oblast', 'Tambov'),
  named('RU-TOM', 'Tomsk Oblast', 'Tomsk'),
  named('RU-TUL', 'Tula Oblast', 'Tula'),
  named('RU-TVE', 'Tver Oblast', 'Tver'),
  named('RU-TYU', 'Tyumen Oblast', 'Tyumen'),
  named('RU-ULY', 'Ulyanovsk Oblast', 'Ulyanovsk'),
  named('RU-VLA', 'Vladimir Oblast', 'Vladimir'),
  named('RU-VGG', 'Volgograd Oblast', 'Volgograd'),
  named('RU-VLG', 'Vologda Oblast', 'Vologda'),
  named('RU-VOR', 'Voronezh Oblast', 'Voronezh'),
  named('RU-YAR', 'Yaroslavl Oblast', 'Yaroslavl'),
  // Federal cities (2): cities with their own code.
  { code: 'RU-MOW', name: 'Moscow', level: 'city', names: ['Moskva', 'Muscovites'] },
  {
    code: 'RU-SPE',
    name: 'St Petersburg',
    level: 'city',
    names: [
      'St. Petersburg',
      'Saint Petersburg',
      'Petersburg',
      'St-Petersburg',
      'Saint-Petersburg',
    ],
  },
  // Autonomous oblast (1) and autonomous okrugs (4).
  {
    code: 'RU-YEV',
    name: 'Jewish Autonomous Oblast',
    level: 'region',
    names: ['Jewish Autonomous Region'],
  },
  {
    code: 'RU-CHU',
    name: 'Chukotka Autonomous Okrug',
    level: 'region',
    names: ['Chukotka'],
  },
  {
    code: 'RU-KHM',
    name: 'Khanty-Mansi Autonomous Okrug',
    level: 'region',
    names: ['Yugra', 'Khanty-Mansiysk Autonomous Okrug'],
    stems: ['Khanty-Mansi'],
  },
  {
    code: 'RU-NEN',
    name: 'Nenets Autonomous Okrug',
    level: 'region',
    stems: ['Nenets'],
  },
  {
    code: 'RU-YAN',
    name: 'Yamalo-Nenets Autonomous Okrug',
    level: 'region',
    names: ['Yamal'],
    stems: ['Yamalo-Nenets'],
  },
];
