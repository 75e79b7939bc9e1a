import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../lib/extract';
import { ACTION_PHRASES, CASUALTY_HEADS } from '../../../lib/extract/vocabulary/actions';
import { PEOPLE_NOUNS, SINGULAR_PEOPLE } from '../../../lib/extract/vocabulary/people';
import {
  AERIAL_NOUNS,
  WEAPON_COMPOUNDS,
  WEAPON_NOUNS,
} from '../../../lib/extract/vocabulary/weapons';

/**
 * Meta-test: every action phrase of the vocabulary has a sentence here in the shape news uses it,
 * and that sentence yields the phrase's metric. Adding a phrase without a sentence fails.
 */
const SENTENCE_FOR: Readonly<Record<string, string>> = {
  launched: 'Russia launched 14 drones at Ukraine overnight.',
  launch: 'Officials said Russia would launch 14 drones a night.',
  launches: 'Russia launches 14 drones at Odesa',
  fired: 'Russian forces fired 14 drones at the port.',
  fires: 'Russia Fires 14 Drones at Kharkiv',
  sends: 'Russia sends 14 drones toward Kyiv',
  unleashes: 'Russia unleashes 14 drones on Odesa',
  sent: 'Moscow sent 14 drones toward Kyiv overnight.',
  unleashed: 'Russia unleashed 14 drones on the city.',
  deployed: 'The enemy deployed 14 drones in the attack.',
  used: 'Russia used 14 drones in the overnight attack.',
  launching: 'Russia attacked overnight, launching 14 drones.',
  firing: 'Russian troops struck the city, firing 14 drones.',
  sending: 'Russia kept up the pressure, sending 14 drones.',
  unleashing: 'Moscow escalated, unleashing 14 drones.',
  targeted: '14 Ukrainian drones targeted the Moscow region overnight.',
  target: '14 Ukrainian drones target Moscow and six other regions',
  targets: 'Russia targets Kyiv region with 14 drones overnight',
  attacked: 'Russia attacked Kharkiv with 14 drones overnight.',
  targeting: 'Russia hit the port, targeting it with 14 drones.',
  attacking: 'Russia struck overnight, attacking with 14 drones.',
  'launch of': 'The air force reported the launch of 14 drones.',
  'tried to attack': '14 drones tried to attack the airfield.',
  involved: 'The attack involved 14 drones.',
  'attacked by': 'The city was attacked by 14 drones.',
  'struck by': 'The port was struck by 14 drones.',
  'targeted by': 'The base was targeted by 14 drones.',
  'hit by': 'The city was hit by at least 14 drones overnight.',
  'crashed into': '14 drones crashed into the depot.',
  'crashed onto': '14 drones crashed onto the runway.',
  'slammed into': '14 drones slammed into the plant.',
  'finished off': 'Gunners finished off 14 drones.',
  included: 'The overnight barrage included 14 drones.',
  'attempted to attack': '14 drones attempted to attack the refinery.',
  'tried to strike': '14 drones tried to strike the port.',
  'attempted to strike': '14 drones attempted to strike the base.',
  'launches of': 'Monitors recorded launches of 14 drones.',
  'barrage of': 'Russia fired a barrage of 14 drones at Kyiv.',
  'wave of': 'Russia sent a wave of 14 drones toward Kyiv.',
  'salvo of': 'Russia fired a salvo of 14 missiles at Lviv.',
  'swarm of': 'A swarm of 14 drones approached Moscow.',
  'attack with': 'Russia launched an attack with 14 drones on Sumy.',
  'attack involving': 'It was an attack involving 14 drones, the governor said.',
  'assault with': 'Odesa came under an assault with 14 drones overnight.',
  'attacks with': 'Russia kept up attacks with 14 drones a night.',
  'strike with': 'Russia carried out a strike with 14 drones on the port of Izmail.',
  downed: 'Russian air defences downed 14 Ukrainian drones.',
  destroyed: '14 Ukrainian drones were destroyed over the Kursk region.',
  intercepted: '14 Ukrainian drones were intercepted overnight.',
  'shot down': 'Air defences shot down 14 drones overnight.',
  'brought down': '14 drones were brought down over Crimea.',
  'taken down': '14 drones were taken down near Moscow.',
  'knocked down': 'Air defences knocked down 14 drones.',
  'shoot down': 'Ukraine managed to shoot down 14 drones.',
  destroy: 'Air defences managed to destroy 14 drones.',
  intercept: 'Air defences were able to intercept 14 drones.',
  eliminated: 'Air defence units eliminated 14 drones.',
  downs: 'Ukraine Downs 14 Russian Drones Over Kharkiv',
  down: 'Russian air defences down 14 Ukrainian drones, ministry says',
  destroys: 'Russia destroys 14 Ukrainian drones over Belgorod',
  intercepts: 'Ukraine intercepts 14 drones overnight',
  'shoots down': 'Russia shoots down 14 drones heading for Moscow',
  downing: 'Air defences worked overnight, downing 14 drones.',
  destroying: 'Air defences were active, destroying 14 drones.',
  intercepting: 'Fighter jets flew sorties, intercepting 14 drones.',
  'shooting down': 'Mobile fire groups worked all night, shooting down 14 drones.',
  'bringing down': 'Crews fought through the night, bringing down 14 drones.',
  'downing of': 'The ministry reported the downing of 14 drones.',
  'destruction of': 'The ministry reported the destruction of 14 drones.',
  'interception of': 'The military confirmed the interception of 14 drones.',
  'interceptions of': 'The army logged interceptions of 14 drones.',
  'shootdown of': 'The mayor announced the shootdown of 14 drones.',
  'shooting down of': 'The ministry reported the shooting down of 14 drones.',
  suppressed: '14 drones were suppressed by electronic warfare.',
  jammed: '14 drones were jammed, the air force said.',
  'locationally lost': '14 drones were locationally lost, the air force said.',
  'lost from radar': '14 drones were lost from radar.',
  'lost from radars': '14 drones were lost from radars.',
  'lost on radar': '14 drones were lost on radar.',
  'lost on radars': '14 drones were lost on radars.',
  'failed to reach their targets': '14 drones failed to reach their targets.',
  'failed to reach their target': '14 drones failed to reach their target.',
  'did not reach their targets': '14 drones did not reach their targets.',
  'did not reach their target': '14 drones did not reach their target.',
  'failed to reach': '14 drones failed to reach Kyiv.',
  'diverted by electronic warfare': '14 drones were diverted by electronic warfare.',
  neutralized: '14 drones were neutralized overnight.',
  neutralised: '14 drones were neutralised overnight.',
  neutralize: 'Air defences managed to neutralize 14 drones.',
  neutralise: 'Air defences managed to neutralise 14 drones.',
  neutralizing: 'Air defences worked overnight, neutralizing 14 drones.',
  neutralising: 'Air defences worked overnight, neutralising 14 drones.',
  struck: '14 drones struck the city overnight.',
  hit: '14 drones hit energy facilities.',
  impacted: '14 drones impacted in six locations.',
  'reached their targets': '14 drones reached their targets.',
  'reached their target': '14 drones reached their target.',
  landed: '14 drones landed in the Lviv region.',
  impacting: 'The air force recorded 14 drones impacting in nine locations.',
  striking: 'Officials reported 14 drones striking the port.',
  hitting: 'Officials reported 14 drones hitting the city.',
  'hits by': 'Hits by 14 drones were recorded in six locations.',
  'strikes by': 'Strikes by 14 drones were recorded overnight.',
  'impacts by': 'Impacts by 14 drones were recorded in Kharkiv.',
  'impacts of': 'The air force recorded impacts of 14 drones.',
  killed: '14 people were killed in the strike.',
  dead: '14 civilians are dead, officials said.',
  died: '14 people died in the attack.',
  'lost their lives': '14 people lost their lives in the strike.',
  perished: '14 residents perished in the fire.',
  kill: 'The strike is believed to kill 14 people.',
  kills: 'Russian strike kills 14 people in Sumy',
  killing: 'A missile hit the town, killing 14 people.',
  'death toll': 'The death toll stood at 14, officials said.',
  'death toll rose to': 'The death toll rose to 14 on Monday.',
  'death toll climbed to': 'The death toll climbed to 14 overnight.',
  'deaths of': 'Officials confirmed the deaths of 14 people.',
  'claimed the lives of': 'The strike claimed the lives of 14 people.',
  'received medical care': '14 people received medical care.',
  'received medical assistance': '14 people received medical assistance.',
  'received medical help': '14 people received medical help.',
  'received medical aid': '14 people received medical aid.',
  'received medical treatment': '14 people received medical treatment.',
  'sought medical care': '14 people sought medical care.',
  'took the lives of': 'The attack took the lives of 14 residents.',
  injured: '14 people were injured in the strike.',
  wounded: '14 civilians were wounded in the attack.',
  hurt: '14 people were hurt, the governor said.',
  injure: 'The strike is feared to injure 14 people.',
  injures: 'Drone attack injures 14 people in Kherson',
  wounds: 'Missile strike wounds 14 people in Dnipro',
  hospitalized: '14 people were hospitalized after the strike.',
  hospitalised: '14 people were hospitalised after the strike.',
  injuring: 'A drone hit a bus, injuring 14 people.',
  wounding: 'A missile hit a market, wounding 14 people.',
  'number of injured': 'The number of injured rose to 14.',
  'number of wounded': 'The number of wounded rose to 14.',
  'injury toll': 'The injury toll rose to 14 by morning.',
  using: 'Russia attacked the port overnight, using 14 drones.',
  deploying: 'Moscow struck the region, deploying 14 drones.',
  entering: 'Russia attacked overnight, with 14 drones entering Ukrainian airspace.',
  entered: '14 drones entered Ukrainian airspace overnight.',
  'headed toward': 'Another 14 drones were headed toward the power plant.',
  'headed towards': '14 drones were headed towards the city.',
  'headed for': '14 drones were headed for the airport.',
  'heading toward': 'Officials tracked 14 drones heading toward Moscow.',
  'heading towards': 'Radar showed 14 drones heading towards the capital.',
  'heading for': 'The air force saw 14 drones heading for Kyiv.',
  'flying toward': 'Observers counted 14 drones flying toward Lviv.',
  'flying towards': 'Monitors saw 14 drones flying towards Odesa.',
  'which included': 'The attack, which included 14 drones, lasted six hours.',
  'that included': 'It was an assault that included 14 drones.',
  'which involved': 'The raid, which involved 14 drones, hit the port.',
  'that involved': 'It was an attack that involved 14 drones.',
  lost: 'Another 14 drones were lost, likely to jamming.',
  'disappeared from radar': 'Another 14 drones disappeared from radar, the air force said.',
  'disappeared from radars': 'Another 14 drones disappeared from radars overnight.',
  'vanished from radar': '14 drones vanished from radar over the north.',
  'vanished from radars': '14 drones vanished from radars, the air force said.',
  'deviated off course': '14 decoy drones deviated off course overnight.',
  'diverted off course': '14 enemy drones diverted off course, the air force said.',
  'veered off course': '14 drones veered off course and fell in fields.',
  strike: '14 Drones Strike Power Plant in Kharkiv',
  hits: 'Russia Hits Kyiv With 14 Drones',
  pounded: '14 drones pounded the city overnight.',
  bombarded: '14 drones bombarded the port.',
  battered: '14 drones battered the power plant.',
  pummelled: '14 drones pummelled the airfield overnight.',
  pummeled: '14 drones pummeled the depot.',
  hammered: '14 drones hammered the rail hub.',
  pounds: 'Russia Pounds Kyiv With 14 Drones',
  bombards: 'Russia bombards Odesa with 14 drones',
  batters: 'Russia Batters Ukraine With 14 Drones',
  pummels: 'Russia pummels Kharkiv with 14 drones',
  hammers: 'Russia hammers Lviv with 14 drones',
  pound: 'Russia continued to pound Kharkiv with 14 drones overnight.',
  bombard: 'Russian forces went on to bombard Sumy with 14 drones.',
  batter: 'Russia continued to batter Odesa with 14 drones.',
  pummel: 'Moscow continued to pummel Kyiv with 14 drones.',
  hammer: 'Russia continues to hammer Dnipro with 14 drones.',
  'evaded air defenses': '14 drones evaded air defenses, the air force said.',
  'evaded air defences': '14 drones evaded air defences overnight.',
  'made impact': '14 drones made impact in six places.',
  'penetrated air defenses': '14 drones penetrated air defenses.',
  'penetrated air defences': '14 drones penetrated air defences overnight.',
  'got through': '14 drones got through, the air force said.',
  'penetrating air defenses': 'The air force recorded 14 drones penetrating air defenses.',
  'penetrating air defences': 'It said 14 drones penetrating air defences hit the city.',
  penetrating: 'It recorded 14 drones penetrating into the city.',
  'sustained injuries': '14 people sustained injuries in the strike.',
  'suffered injuries': '14 residents suffered injuries.',
  'received injuries': '14 people received injuries, doctors said.',
  'sustained wounds': '14 soldiers sustained wounds in the attack.',
  'suffered shrapnel wounds': '14 residents suffered shrapnel wounds in the strike.',
  'suffered shrapnel injuries': '14 residents suffered shrapnel injuries in the strike.',
  'suffered gunshot wounds': '14 residents suffered gunshot wounds in the strike.',
  'suffered gunshot injuries': '14 residents suffered gunshot injuries in the strike.',
  'suffered minor wounds': '14 residents suffered minor wounds in the strike.',
  'suffered minor injuries': '14 residents suffered minor injuries in the strike.',
  'suffered serious wounds': '14 residents suffered serious wounds in the strike.',
  'suffered serious injuries': '14 residents suffered serious injuries in the strike.',
  'suffered severe wounds': '14 residents suffered severe wounds in the strike.',
  'suffered severe injuries': '14 residents suffered severe injuries in the strike.',
  'suffered blast wounds': '14 residents suffered blast wounds in the strike.',
  'suffered blast injuries': '14 residents suffered blast injuries in the strike.',
  'sustained shrapnel wounds': '14 residents sustained shrapnel wounds in the strike.',
  'sustained shrapnel injuries': '14 residents sustained shrapnel injuries in the strike.',
  'sustained gunshot wounds': '14 residents sustained gunshot wounds in the strike.',
  'sustained gunshot injuries': '14 residents sustained gunshot injuries in the strike.',
  'sustained minor wounds': '14 residents sustained minor wounds in the strike.',
  'sustained minor injuries': '14 residents sustained minor injuries in the strike.',
  'sustained serious wounds': '14 residents sustained serious wounds in the strike.',
  'sustained serious injuries': '14 residents sustained serious injuries in the strike.',
  'sustained severe wounds': '14 residents sustained severe wounds in the strike.',
  'sustained severe injuries': '14 residents sustained severe injuries in the strike.',
  'sustained blast wounds': '14 residents sustained blast wounds in the strike.',
  'sustained blast injuries': '14 residents sustained blast injuries in the strike.',
  'suffered burns': '14 firefighters suffered burns at the depot.',
  'sustained burns': '14 people sustained burns in the fire.',
  'suffered wounds': '14 civilians suffered wounds.',
  'left injured': '14 people were left injured.',
  'left wounded': '14 people were left wounded after the strike.',
  'left dead': 'The strike left 14 people dead.',
  'sought medical assistance': '14 people sought medical assistance.',
  'sought medical help': '14 people sought medical help after the blast.',
  'sought medical treatment': '14 residents sought medical treatment.',
  'sought medical attention': '14 people sought medical attention overnight.',
  'needed medical assistance': '14 people needed medical assistance.',
  'required medical assistance': '14 people required medical assistance.',
  'remain hospitalized': 'Another 14 people remain hospitalized.',
  'remain hospitalised': '14 people remain hospitalised after the strike.',
  'remain in hospital': '14 people remain in hospital after the attack.',
  'remained in hospital': '14 people remained in hospital on Monday.',
  'are hospitalized': '14 people are hospitalized, officials said.',
  'are hospitalised': '14 people are hospitalised.',
  'are in hospital': '14 people are in hospital.',
  'are still in hospital': '14 people are still in hospital.',
  'receiving inpatient treatment': 'Officials listed 14 people receiving inpatient treatment.',
  'undergoing inpatient treatment': 'Doctors counted 14 people undergoing inpatient treatment.',
  'are receiving inpatient treatment': '14 people are receiving inpatient treatment.',
  'are undergoing inpatient treatment': '14 people are undergoing inpatient treatment.',
};

function metrics(text: string): string[] {
  return extractMentions(text, { published: '2025-07-20' }).map((m) => `${m.metric} ${m.value.n}`);
}

describe('every action phrase has a sentence that yields its metric', () => {
  for (const p of ACTION_PHRASES) {
    const words = p.words.join(' ');
    const cls =
      words.includes('missiles') || SENTENCE_FOR[words]?.includes('missiles')
        ? 'missiles'
        : 'drones';
    const metric = p.casualty ? `people.${p.casualty}` : `${cls}.${p.action!}`;
    it(`"${words}" → ${metric}`, () => {
      const sentence = SENTENCE_FOR[words];
      expect(sentence, `add a sentence for "${words}" to SENTENCE_FOR`).toBeDefined();
      expect(metrics(sentence!)).toContain(`${metric} 14`);
    });
  }
});

describe('every weapon noun is counted', () => {
  const aerial = Object.fromEntries([...AERIAL_NOUNS].map((n) => [n, 'aerial']));
  for (const [noun, cls] of Object.entries({ ...WEAPON_NOUNS, ...WEAPON_COMPOUNDS, ...aerial })) {
    it(`"${noun}" → ${cls}`, () => {
      expect(metrics(`Air defences shot down 9 ${noun} overnight.`)).toEqual([`${cls}.downed 9`]);
    });
  }
});

describe('every people noun is counted', () => {
  for (const noun of Object.keys(PEOPLE_NOUNS)) {
    it(`"${noun}"`, () => {
      expect(metrics(`Officials said 9 ${noun} were killed in the strike.`)).toEqual([
        'people.killed 9',
      ]);
    });
  }
  for (const noun of SINGULAR_PEOPLE) {
    it(`"a ${noun}" counts one`, () => {
      expect(metrics(`A strike wounded a ${noun}, officials said.`)).toEqual(['people.injured 1']);
    });
  }
  for (const [head, casualty] of Object.entries(CASUALTY_HEADS)) {
    it(`"${head}" stands for people ${casualty}`, () => {
      expect(metrics(`The strike left 9 ${head}, officials said.`)).toEqual([
        `people.${casualty} 9`,
      ]);
    });
  }
});
