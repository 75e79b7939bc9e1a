import { findAttribution, type AttributionHit } from './attribution';
import { LOCAL_BODIES, SIDED_NAMES } from './vocabulary/speaker-names';
import type { Place } from '../claims/mention';
import { opposite, type Side } from './sides';
import { tokenize, type Token } from './tokens';
import { CONTRASTS } from './vocabulary/speakers';

/** Who said it, resolved: a canonical name where one is known, and that speaker's side. */
export interface Speaker {
  name: string;
  side: Side | null;
  /** "Russia said": only the country speaks; the metric decides the institution. */
  countryOnly: boolean;
}

/** Canonical institutions that report air-defence figures for a country that speaks as a whole. */
const WEAPON_REPORTERS: Readonly<Record<Side, string>> = {
  RU: 'Russian Defense Ministry',
  UA: 'Ukrainian Air Force',
};

/**
 * A statement's weapon counts run on after its attribution ("… the Defense Ministry said. 72 over
 * the Bryansk Region, 20 over …"): for this many sentences, unattributed weapon counts of the same
 * defending side are the same reporter's.
 */
const REPORTER_REACH = 8;

/**
 * The name to record for a figure (CLAIMS.md section 3): "Russia said 30 drones were downed" is the
 * Defense Ministry; "the defense ministry said" is the defending side's ministry.
 *
 * @param attacker - the figure's attacker, whose opponent's institutions report it.
 */
export function speakerName(
  speaker: Speaker,
  weapons: boolean,
  attacker: Side | null,
  place: Place | null = null,
): string {
  if (speaker.countryOnly && speaker.side && weapons) return WEAPON_REPORTERS[speaker.side];
  if (!speaker.side && attacker) {
    const sided = SIDED_NAMES.get(speaker.name)?.[opposite(attacker)];
    if (sided) return sided;
  }
  // "the city administration said" in a report on Kyiv is the Kyiv City Administration.
  if (LOCAL_BODIES.has(speaker.name) && place && place.level !== 'country' && place.code) {
    return `${place.name} ${speaker.name}`;
  }
  return speaker.name;
}

/** The last national reporter of one side's weapon counts, and the night it reported on. */
interface Reporter {
  name: string;
  sentence: number;
  date: string | null;
}

/** Who spoke last and which reporters are still in reach, as a paragraph leaves them. */
export interface SpeakersState {
  speaker: { value: Speaker; age: number } | null;
  reporters: { side: Side; name: string; date: string | null; age: number }[];
}

/** A part of a sentence between semicolons, with the speaker it names, if any. */
interface Segment {
  start: number;
  end: number;
  said: Speaker | null;
  span: { start: number; end: number } | null;
}

function speakerOf(hit: AttributionHit | null): Speaker | null {
  return hit ? { name: hit.name, side: hit.side, countryOnly: hit.countryOnly } : null;
}

/**
 * Who speaks in a report, sentence by sentence. A sentence's speaker covers it; one named in a
 * part between semicolons ("Moscow says …; Ukraine says 9 kids were killed") covers that part; a
 * sentence that names nobody continues the speaker of the sentence before.
 */
export class ReportSpeakers {
  private speaker: { value: Speaker; sentence: number } | null = null;
  private sentence = -1;
  private segments: Segment[] = [];
  private readonly reporters = new Map<Side, Reporter>();
  /**
   * The last quotation's closing sentence (by its tokens) and where it names a speaker: found for
   * the quotation's first sentence, and used again for the rest and for the closer itself.
   */
  private quoted: { tokens: readonly Token[]; hit: AttributionHit | null } | null = null;

  /**
   * Moves to the next sentence and reads who it says speaks. `body`: where the sentence proper
   * starts, after a dateline whose tokens no longer read as the words they were (see
   * `readSentences`).
   */
  next(text: string, tokens: readonly Token[], saying = true, body = 0): void {
    this.sentence++;
    // A sentence with no verb of saying, introducer or colon names no speaker.
    const whole = saying ? this.attributionOf(text, tokens) : null;
    const segments: Segment[] = [];
    let from = 0;
    let first = 0;
    if (saying) {
      for (let k = 0; k < tokens.length; k++) {
        const t = tokens[k]!;
        // "…, while Russia's Defence Ministry reported that …": a clause of its own with its speaker.
        const contrast = t.norm === ',' && CONTRASTS.has(tokens[k + 1]?.norm ?? '');
        if (t.norm !== ';' && !contrast) continue;
        segments.push(this.segment(text, tokens, first, k, from, t.start, body));
        from = t.end;
        first = k + 1;
      }
    }
    if (segments.length > 0) {
      segments.push(this.segment(text, tokens, first, tokens.length, from, text.length, body));
    }
    const own = segments.some((s) => s.said);
    // Parts that name nobody share the sentence's speaker, as one sentence without parts does.
    const shared = speakerOf(whole);
    const span = whole ? { start: whole.start, end: whole.end } : null;
    this.segments = own
      ? segments.map((s) => (s.said ? s : { ...s, said: shared, span }))
      : [{ start: 0, end: text.length, said: this.continued(shared), span }];
  }

  /**
   * The part of the sentence from offset `start` to `end`, tokens `first` to `last` (exclusive),
   * between semicolons. It splits at tokens that stand alone (";", ","), so the sentence's own
   * tokens there are the part's, but for where they stand: the part is read on them, in the
   * sentence, with no second tokenizing. Dateline tokens were made marks: a part reaching into
   * the dateline is tokenized on its own, as its words.
   */
  private segment(
    text: string,
    tokens: readonly Token[],
    first: number,
    last: number,
    start: number,
    end: number,
    body: number,
  ): Segment {
    if (start < body) {
      const part = text.slice(start, end);
      const hit = findAttribution(part, tokenize(part));
      return {
        start,
        end,
        said: this.continued(speakerOf(hit)),
        span: hit ? { start: start + hit.start, end: start + hit.end } : null,
      };
    }
    const hit = findAttribution(text, tokens.slice(first, last));
    return {
      start,
      end,
      said: this.continued(speakerOf(hit)),
      span: hit ? { start: hit.start, end: hit.end } : null,
    };
  }

  /**
   * The current sentence runs on inside a quotation that the sentence `closer` (its text and
   * tokens) closes: where the current one names nobody, the closer's speaker speaks it.
   */
  quotedBy(text: string, tokens: readonly Token[]): void {
    if (this.segments.some((s) => s.said)) return;
    const said = speakerOf(this.attributionOf(text, tokens, true));
    if (said) this.segments = this.segments.map((s) => ({ ...s, said: this.continued(said) }));
  }

  /**
   * `findAttribution` of a sentence, found once for a quotation's closer however many sentences
   * ask for it (`remember`), and once more not when the closer itself is read.
   */
  private attributionOf(
    text: string,
    tokens: readonly Token[],
    remember = false,
  ): AttributionHit | null {
    if (this.quoted?.tokens === tokens) return this.quoted.hit;
    const hit = findAttribution(text, tokens);
    if (remember) this.quoted = { tokens, hit };
    return hit;
  }

  /** "the air force said" after "Ukraine's air force reported": the same speaker. */
  private continued(said: Speaker | null): Speaker | null {
    const prev = this.speaker?.value;
    if (said && !said.side && prev && prev.name.toLowerCase().endsWith(said.name.toLowerCase())) {
      return prev;
    }
    return said;
  }

  private at(offset: number): Segment {
    return this.segments.find((s) => offset >= s.start && offset <= s.end) ?? this.segments[0]!;
  }

  /** Every place the sentence names a speaker. */
  spans(): { start: number; end: number }[] {
    const out: { start: number; end: number }[] = [];
    for (const s of this.segments) if (s.span) out.push(s.span);
    return out;
  }

  /** Where the sentence names the speaker of the figure at `offset`: a place there is their seat. */
  speakerSpan(offset = 0): { start: number; end: number } | null {
    return this.at(offset).span;
  }

  /** The speaker of the figure at `offset`, or of the sentence right before. */
  speakerAt(offset = 0): Speaker | null {
    const said = this.at(offset).said;
    if (said) return said;
    const s = this.speaker;
    return s && s.sentence === this.sentence - 1 ? s.value : null;
  }

  /**
   * The name a figure is attributed to: its speaker's (as `speakerAt` gave it, unless the
   * sentence's facts set it aside), else for a weapon count the last national reporter of the
   * same defending side within reach.
   */
  attribute(
    speaker: Speaker | null,
    weapons: boolean,
    attacker: Side | null,
    local: boolean,
    date: string | null,
    place: Place | null = null,
  ): string | null {
    const defender = attacker ? opposite(attacker) : null;
    if (speaker) {
      const name = speakerName(speaker, weapons, attacker, place);
      if (weapons && defender && !local && (speaker.side ?? defender) === defender) {
        this.reporters.set(defender, { name, sentence: this.sentence, date });
      }
      return name;
    }
    if (!weapons || !defender || date === null) return null;
    // Only the same night's counts: a background figure ("a week after Russia fired 500 drones")
    // is the writer's, not the statement's.
    const r = this.reporters.get(defender);
    if (!r || r.date !== date || this.sentence - r.sentence > REPORTER_REACH) return null;
    r.sentence = this.sentence;
    return r.name;
  }

  /**
   * What carries to the next paragraph, with sentence counts made relative to the last sentence
   * read, so the same paragraph read later from another position carries the same.
   */
  snapshot(): SpeakersState {
    // Plain loops, no closures or entry arrays: this runs once per paragraph.
    const reach = REPORTER_REACH + 1;
    const reporters: SpeakersState['reporters'] = [];
    for (const side of this.reporters.keys()) {
      const r = this.reporters.get(side)!;
      reporters.push({
        side,
        name: r.name,
        date: r.date,
        age: Math.min(this.sentence - r.sentence, reach),
      });
    }
    const s = this.speaker;
    return {
      speaker: s ? { value: s.value, age: Math.min(this.sentence - s.sentence, reach) } : null,
      reporters,
    };
  }

  /** Takes up a snapshot as if its paragraph had just been read, ending at sentence `sentence`. */
  restore(state: SpeakersState, sentence: number): void {
    this.sentence = sentence;
    this.segments = [];
    this.speaker = state.speaker
      ? { value: state.speaker.value, sentence: sentence - state.speaker.age }
      : null;
    this.reporters.clear();
    for (const r of state.reporters) {
      this.reporters.set(r.side, { name: r.name, date: r.date, sentence: sentence - r.age });
    }
  }

  /** Records what the current sentence established, for the sentences after it. */
  commit(hadFigures: boolean): void {
    let said: Speaker | null = null;
    let last: Speaker | null = null;
    for (const s of this.segments) {
      if (!s.said) continue;
      said ??= s.said;
      last = s.said;
    }
    // A sentence that reports figures under the carried speaker continues that report, so the
    // speaker reaches on: "… the air force said. As of 08:30, 71 were downed. A further 19 …".
    if (hadFigures && !said && this.speakerAt()) this.speaker!.sentence = this.sentence;
    if (last) this.speaker = { value: last, sentence: this.sentence };
  }
}
