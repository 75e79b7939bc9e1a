// Numbers in war news that are not figures (CLAIMS.md section 1): every row must yield [].
import { runTable, type Row } from './harness';

const none = (text: string): Row => ({ text, expect: [] });

const rows: Row[] = [
  // regions, locations, airports
  none('Drones were shot down over nine Russian regions and the Black Sea, the ministry said.'),
  none('Air raid alerts were declared in 14 regions of Ukraine.'),
  none('Debris from downed drones fell in six locations.'),
  none("Flights were suspended at all three of the city's airports for several hours."),
  none('On 21 July 2025, air raid alerts sounded across 15 oblasts.'),
  // aircraft and flights
  none('More than 170 flights were delayed or diverted at Sheremetyevo and Vnukovo.'),
  none('Rosaviatsiya said 58 aircraft had been diverted to alternate airfields.'),
  none('A Su-34 bomber was shot down over the Donetsk region.'),
  // hours, times, dates, years
  none('The air raid alert in Kyiv lasted more than five hours.'),
  none('Drones were being shot down for over seven hours, the mayor said.'),
  none('Sirens sounded in the capital from 1 a.m. until 5:30 a.m.'),
  none('Drones have been approaching the capital since 11 p.m., the mayor said.'),
  none('Russia launched its full-scale invasion of Ukraine in 2022.'),
  none('The strike on July 20 damaged a school and a clinic.'),
  // ages
  none('The 19-year-old drone operator received a state award.'),
  none('Children aged 5, 9 and 14 were injured.'),
  none('Residents aged between 20 and 60 were hurt.'),
  // money
  none('The European Union approved $1.5 billion to fund Ukrainian drone production.'),
  // prisoners and bodies
  none('Russia handed over the bodies of 6,060 fallen soldiers to Ukraine.'),
  none('The two sides swapped 84 prisoners of war each.'),
  // production, factories, equipment
  none('Ukraine aims to produce 4.5 million drones this year, the defence minister said.'),
  none(
    'Russia now makes about 2,700 Shahed-type drones a month at its Alabuga plant, according to Ukrainian intelligence.',
  ),
  none('Russia operates at least three drone factories in Tatarstan.'),
  none('Zelensky asked partners for 10 more Patriot systems.'),
  none('In total, the Russians involved 14 strategic aviation Tu-95 missile-carrying aircraft.'),
  // "one of the largest": a rank
  none('It was one of the largest attacks of the war, the governor said.'),
  // targets struck or destroyed are places and things on the ground, not weapons
  none('Russia said its forces hit 12 targets in Ukraine overnight.'),
  none(
    'Ukrainian forces destroyed 30 targets in the Zaporizhzhia direction, the general staff said.',
  ),
  none('Russian forces attacked 40 targets across the front line.'),
  none('Russia deployed six missile-carrying ships in the Black Sea.'),
  // vague quantities
  none('Dozens of drones were shot down over the Kaluga region.'),
  none('Scores of drones struck the city, officials said.'),
  none('Several missiles hit Kharkiv overnight.'),
  none('Multiple drones were intercepted over the Rostov region.'),
  none('Hundreds of drones and tens of missiles were launched at Ukraine.'),
  none(
    'Russia has launched tens of thousands of drones since the start of the full-scale invasion.',
  ),
  // percentages and distances
  none('Air defences intercept around 85% of Shahed drones, analysts estimate.'),
  none('The wreckage fell about 30 kilometres south of the city.'),
  none('Debris landed some 15 miles east of the refinery.'),
  // ordinals, ranks, lists
  none('It was the third attack on the refinery this month.'),
  none('For the 12th night in a row, drones targeted Odesa.'),
  none('The 59th Brigade said its drone units struck Russian positions.'),
  none('Top 10 Drone Attacks of the War So Far'),
  // phone numbers, long digit runs, weapon names
  none('Residents can call the hotline at 0 800 500 335.'),
  none('The serial number 2407145 was found on the wreckage of the drone.'),
  none('Russia used Kh-101 and Kh-55 cruise missiles as well as Geran-2 drones.'),
  // written dates and numbers inside adjectives
  none('date 2024-03-11 Officials gave no details of the attack.'),
  none('Posted 2025-07-19 | Updated 2025-07-20'),
  none('The one-way attack drone is cheap to build.'),
  none('A two-storey house was damaged in the village.'),
];

runTable('news: not figures', rows);
