/**
 * The articles the demo reads: three nights of the corpus (tests/fixtures/articles/corpus), four
 * outlets each, so most figures meet another outlet's figure for the same event. The texts are
 * the outlets' own words, used as data; what is said here is only how to lay each one out: which
 * of the scraped lines are page furniture (photo captions, datelines, "RELATED:" links), and a
 * headline where the scraped text has none (then the outlet's URL slug or the first sentence,
 * without figures of its own). Then two pages written for the demo (tests/demo/texts), where the
 * news explains its gaps: a sum of the other page's parts, and a toll that rose during the day.
 *
 * @module
 */
import type { Look } from './templates';

/** How one corpus article becomes a demo page. */
export interface StorySpec {
  /** Path under `tests/fixtures/articles/corpus/`, or under `tests/demo/texts/` when `own`. */
  file: string;
  /**
   * Written for the demo, in the corpus's format: made-up outlets, figures modelled on a real
   * night. Their pages say so in the footer.
   */
  own?: boolean;
  look: Look;
  /** The headline when the text does not start with one. */
  headline?: string;
  /** Whether the line after the headline is a standfirst (a summary under the headline). */
  standfirst?: boolean;
  /** Lines that start with one of these are page furniture, not the story. */
  leaveOut?: string[];
}

/** The demo's pages, in reading order: one night at a time. */
export const STORIES: readonly StorySpec[] = [
  // Moscow, night of 10-11 March 2025: 337 or 343 drones downed; one, two or three killed.
  {
    file: 'moscow-attacks/01_kyivpost.txt',
    look: 'broadsheet',
    headline: 'Ukraine targets Moscow in “massive” overnight drone attack',
  },
  {
    file: 'moscow-attacks/02_actionnewsjax-AP.txt',
    look: 'local',
    headline:
      'Russian air defenses down Ukrainian drones in biggest attack on Russia in three years',
  },
  {
    file: 'moscow-attacks/03_cowboyron-Reuters.txt',
    look: 'wire',
    leaveOut: ['March 11, 2025', 'Item 1 of 6', '[1/6]', '- Summary', 'Advertisement'],
  },
  {
    file: 'moscow-attacks/04_telesurenglish.txt',
    look: 'dark',
    leaveOut: [
      'Consequences of the Ukrainian drone attack',
      'March 11, 2025 Hour',
      'RELATED:',
      'Russia Liberates 3 Settlements',
    ],
    standfirst: true,
  },
  // Moscow region, 10 September 2024: 144 drones downed, 20 over the Moscow region.
  {
    file: 'moscow-attacks/05_novayagazeta-eu.txt',
    look: 'broadsheet',
    leaveOut: ['NewsPolitics', 'The aftermath of a drone strike'],
  },
  { file: 'moscow-attacks/06_tass.txt', look: 'wire', standfirst: true },
  {
    file: 'moscow-attacks/07_thehindu-AP.txt',
    look: 'local',
    leaveOut: ['GIFT a Subscription', 'Published - ', 'AP', 'A woman reacts outside'],
    standfirst: true,
  },
  {
    file: 'moscow-attacks/08_thefederal-Reuters.txt',
    look: 'dark',
    headline: 'Ukraine strikes Moscow in biggest drone attack yet',
  },
  // Kyiv, night of 16-17 June 2025: a toll that rose from 14 to 28 over two days.
  {
    file: 'casualty-tolls/09_pravda-com-ua-UkrainskaPravda.txt',
    look: 'wire',
    headline: 'People may still be under the rubble of a Kyiv apartment block, says city chief',
  },
  {
    file: 'casualty-tolls/10_saudigazette.txt',
    look: 'local',
    leaveOut: ['World', 'June 17, 2025', 'A Russian drone attacks a building'],
  },
  {
    file: 'casualty-tolls/11_japantoday-Reuters.txt',
    look: 'broadsheet',
    headline: 'Russia kills at least 16 in strikes on Kyiv, other cities',
    leaveOut: ['A resident carries window screens'],
  },
  {
    file: 'casualty-tolls/12_business-standard-AP.txt',
    look: 'dark',
    standfirst: true,
    leaveOut: ['Residents gather at the site', 'AP Kyiv', '4 min read'],
  },
  // Ukraine, 9 July 2025: 711 drones intercepted is 296 shot down plus 415 lost to jamming; Kyiv's
  // toll rose from six in the morning to 14 in the evening.
  { file: 'july-9/13_kyiv-ledger.txt', look: 'broadsheet', own: true },
  { file: 'july-9/14_danube-wire.txt', look: 'local', own: true },
];
