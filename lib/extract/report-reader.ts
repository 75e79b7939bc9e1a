import type { LocatedMention, Place, Value } from '../claims/mention';
import { Cue } from './cues';
import { findFigures, type RawFigure } from './figures';
import type { PlaceHit } from './places/find-places';
import { scenePlace } from './places-for-figures';
import { Alignment, diffParagraphs } from './paragraph-diff';
import { furniture, readSentences, type Paragraph, type ReadSentence } from './read-text';
import type { RoledDate } from './date-roles';
import { ReportDates } from './report-dates';
import { reportFrame } from './report-frame';
import { quoteClosers } from './quote-speakers';
import { ReportSpeakers, type Speaker, type SpeakersState } from './report-speakers';
import { fits, ReportPlaces, type PlacesState } from './resolve';
import { sentenceFacts } from './sentence-facts';
import type { Token } from './tokens';
import { isCountWord } from './numbers';
import { ALONE_AFTER_COUNT } from './vocabulary/figure-words';
import { AUXILIARIES } from './vocabulary/function-words';

/**
 * "Six drones were shot down over Russia. ¶ Three were destroyed over the Voronezh region": wire
 * copy gives each sentence a paragraph, and a paragraph that opens with a bare count goes on with
 * the figure of the one before.
 */
function opensWithCount(tokens: readonly Token[]): boolean {
  const t = tokens[0];
  if (!isCountWord(t)) return false;
  // The count stands alone ("Fifteen were destroyed", "Nine more …"): "One strike hit a block"
  // counts a noun of its own.
  const next = tokens[1]?.norm ?? '';
  return AUXILIARIES.has(next) || ALONE_AFTER_COUNT.has(next);
}

/** The figures of a sentence without a number: shared, never written to. */
const NO_FIGURES: readonly RawFigure[] = [];

/** "Several airports closed. Twelve more were destroyed …": sentences a figure's noun reaches. */
const ANTECEDENT_REACH = 2;

/** The last figure, for "Of those, 12 …", with where it was. */
interface Previous {
  figure: RawFigure;
  sentence: number;
  paragraph: number;
}

/** What a paragraph leaves for the next, with positions made relative to its last sentence. */
interface Carry {
  speakers: SpeakersState;
  places: PlacesState;
  /**
   * The last figure read, sentences ago; `handed` when a line of furniture handed it on, so the
   * next paragraph may continue it. Unhanded, a furniture line there may still hand it on.
   */
  previous: { figure: RawFigure; age: number; handed: boolean } | null;
  /** The places of the paragraph's last sentence when it had no figures. */
  quiet: PlaceHit[] | null;
}

/** A paragraph read under one carry: its mentions (offsets in the paragraph) and its carry out. */
interface ParagraphResult {
  mentions: LocatedMention[];
  sentences: number;
  out: Carry;
  /** What {@link ReadLimit.counted} says of `mentions`, once asked. */
  counted?: number;
}

/**
 * Where a reader may stop: after the paragraph at which the mentions counted so far reach
 * `limit`. A page checks only its first few hundred figures, and a figure's reading depends
 * only on the text before it, so the paragraphs after those are read for nothing; on a 1 MB
 * live blog they are nine tenths of the text.
 */
export interface ReadLimit {
  limit: number;
  /**
   * How many of one paragraph's mentions (offsets in the paragraph) count toward the limit.
   * Pure: the reader keeps what it said of a paragraph's reading.
   */
  counted(mentions: readonly LocatedMention[]): number;
}

function metricOf(f: RawFigure): string {
  return f.cls === 'people' ? `people.${f.action}` : `${f.cls}.${f.action}`;
}

/** `m` moved by `by`; its fields written out in `readParagraph`'s order, as a spread is slow. */
function shift(m: LocatedMention, by: number): LocatedMention {
  return {
    text: m.text,
    quote: m.quote,
    metric: m.metric,
    value: m.value,
    attacker: m.attacker,
    group: m.group,
    place: m.place,
    date: m.date,
    attributedTo: m.attributedTo,
    start: m.start + by,
    end: m.end + by,
    phraseEnd: m.phraseEnd + by,
  };
}

/**
 * Reads reports, keeping what it read of each paragraph: reading a text again (a live blog that
 * grew, a page that changed) reads only the paragraphs that changed, and those after them whose
 * carried context (speaker, scene, the figure to continue) changed. The result is always what a
 * fresh read gives: a paragraph is reused only under the same report date and the same context
 * carried into it. Keeps the paragraphs of the last text read, nothing older.
 */
export class ReportReader {
  /** The publication date of the last text read; `undefined` before the first. */
  private published: string | null | undefined = undefined;
  /** The paragraphs of the last text read, in order, with what was read of each. */
  private last: Kept[] = [];
  /**
   * The last text read, its report date and its figures (see {@link read}). `null` when it was
   * given as lines: a text read next is then compared with nothing.
   */
  private lastText: string | null = '';
  private lastDate: string | null | undefined = undefined;
  private lastOut: readonly LocatedMention[] = [];
  /**
   * Each mention the last read handed out, to the one it was moved from (see {@link unshifted}):
   * a live blog's page asks this of each of its 500 checked figures, several times a change.
   */
  private origins = new Map<LocatedMention, LocatedMention>();
  /** The last paragraph the last read reached: those after it hold older reads' carries. */
  private lastReached = -1;

  /**
   * @param keep - `false` for a reader that reads one text and is dropped (`extractMentions`
   *   without a reader): it keeps no paragraph for a later read, and saves the keeping.
   * @param limit - where each read may stop (see {@link ReadLimit}); `null` reads every
   *   paragraph. A read then gives the mentions of the paragraphs up to and including the one
   *   at which the count reached the limit: exactly the start of what a full read gives.
   */
  constructor(
    private readonly keep = true,
    private readonly limit: ReadLimit | null = null,
  ) {}

  /**
   * What the last read cost: its paragraphs, those split into sentences anew (their text is new),
   * those read anew (new text, or a context carried in that changed), those gone through at
   * all (the rest were taken as the last read left them), and those looked for one by one among
   * the last read's (the rest were matched in runs from either end). The benchmark prints it;
   * tests hold a one-paragraph edit to one paragraph read, and an edit past a limit to none gone
   * through.
   */
  lastRead = { paragraphs: 0, split: 0, read: 0, walked: 0, lookedUp: 0 };

  /**
   * The mention a mention of the last read was moved from: the same object for every read in
   * which its paragraph read as before, wherever the paragraph stood; `m` itself when it was
   * not moved or is not of the last read. What a caller works out of a figure but its offsets
   * can be kept under it (a live blog's entry on top moves every figure below it).
   */
  unshifted(m: LocatedMention): LocatedMention {
    return this.origins.get(m) ?? m;
  }

  /**
   * Every figure of `text` (CLAIMS.md section 1), as `extractMentions` gives them.
   *
   * @param text - the text, or its lines as `splitParagraphs` cuts it: each with where
   *   it starts. Lines read the same as their text; a caller that holds them (the page reader's
   *   blocks) need not join them, and a line that is the same string as one of the last read's
   *   is known unchanged at a glance.
   */
  read(text: string | readonly Paragraph[], published: string | null): LocatedMention[] {
    try {
      return this.readKeeping(text, published);
    } catch (error) {
      // The paragraphs kept were being moved: a read that failed half way leaves nothing.
      this.last = [];
      this.lastText = '';
      this.origins = new Map();
      throw error;
    }
  }

  private readKeeping(
    source: string | readonly Paragraph[],
    published: string | null,
  ): LocatedMention[] {
    // What was read under another publication date is of no use.
    if (published !== this.published) {
      this.last = [];
      this.published = published;
    }
    // Paragraphs are read from `text` where they stand; lines, from their own strings.
    const text = typeof source === 'string' ? source : null;
    // A text is compared with the last text; after lines, there is none to compare it with.
    const old = this.keep && (text === null || this.lastText !== null) ? this.last : [];
    // Nothing kept: every paragraph below is cut from `text` where it stands (see `sentencesOf`).
    const fresh = old.length === 0 && text !== null;
    const cost = { paragraphs: 0, split: 0, read: 0, walked: 0, lookedUp: 0 };
    this.lastRead = cost;
    const { kept, head } =
      typeof source === 'string'
        ? keptOfText(old, this.lastText ?? '', source, cost)
        : keptOfLines(old, source, cost);
    // The frame is the first date in the text that can frame it: the dates are looked at in
    // order, as far as that one (a live blog's are mostly near its top).
    const frame = reportFrame(
      { [Symbol.iterator]: () => sentenceDatesOf(kept, published, text, fresh) },
      published,
    );
    const dates = new ReportDates(frame.date);
    const speakers = new ReportSpeakers();
    const places = new ReportPlaces();
    let out: LocatedMention[] = [];
    let carry: Carry = {
      speakers: speakers.snapshot(),
      places: places.snapshot(null),
      previous: null,
      quiet: null,
    };
    let sentence = -1;
    let from = 0;
    let counted = 0;
    const limit = this.limit?.limit ?? Infinity;
    // The unchanged paragraphs at the start read as they did under the same report date:
    // their figures and what they hand on are taken as the last read left them. What a
    // paragraph past where the last read stopped left is an older read's, and may be stale:
    // taken only as far as that stop (where, the limit reached, this read stops too).
    const upTo = Math.min(head, this.lastReached + 1);
    const through = kept[upTo - 1];
    const origins = new Map<LocatedMention, LocatedMention>();
    if (through?.carryOut && frame.date === this.lastDate) {
      out = this.lastOut.slice(0, through.mentionsOut);
      if (this.keep) for (const m of out) origins.set(m, this.origins.get(m) ?? m);
      carry = through.carryOut;
      sentence = through.sentenceOut;
      counted = through.countedOut;
      from = upTo;
    }
    let reached = from - 1;
    for (let paragraph = from; paragraph < kept.length && counted < limit; paragraph++) {
      reached = paragraph;
      cost.walked += 1;
      const k = kept[paragraph]!;
      const sentences = sentencesOf(k, published, text, fresh);
      // A one-text reader lets go of a paragraph's sentences once it is read: their tokens then
      // die young, which the garbage collector reclaims almost for free, instead of the whole
      // text's tokens living to the end of the read and being copied and promoted on the way.
      if (!this.keep) k.sentences = null;
      // A blank line reads nothing and changes nothing a paragraph after it reads but the
      // handing on of a figure (see `passBlank`): no reading to look up or keep.
      if (sentences.length === 0) {
        carry = passBlank(carry);
      } else {
        const reading = k.reading;
        // Reused only under the same report date and an equal context carried in: then the
        // paragraph reads as it did (readParagraph sets the readers' state from the carry).
        let result: ParagraphResult;
        if (reading && reading.date === frame.date && sameCarry(reading.carry, carry)) {
          result = reading.result;
        } else {
          cost.read += 1;
          result = readParagraph(sentences, paragraph, sentence, carry, dates, speakers, places);
          if (this.keep) k.reading = { date: frame.date, carry, result };
        }
        // Mentions where the paragraph stood before are handed out again as they were.
        const shifted =
          reading?.result === result && k.shiftedAt === k.start && k.shifted
            ? k.shifted
            : result.mentions.map((m) => shift(m, k.start));
        if (this.keep) {
          k.shifted = shifted;
          k.shiftedAt = k.start;
        }
        for (let i = 0; i < shifted.length; i++) {
          out.push(shifted[i]!);
          if (this.keep) origins.set(shifted[i]!, result.mentions[i]!);
        }
        sentence += result.sentences;
        carry = result.out;
        if (this.limit) counted += result.counted ??= this.limit.counted(result.mentions);
      }
      if (this.keep) {
        k.carryOut = carry;
        k.sentenceOut = sentence;
        k.mentionsOut = out.length;
        k.countedOut = counted;
      }
    }
    this.lastReached = reached;
    this.last = this.keep ? kept : [];
    this.lastText = this.keep ? text : '';
    this.lastDate = frame.date;
    this.lastOut = this.keep ? out : [];
    this.origins = origins;
    // The caller may change the list it gets; the one kept for the next read must not change.
    return this.keep ? out.slice() : out;
  }
}

/** What a read costs, as {@link ReportReader.lastRead} says. */
interface ReadCost {
  paragraphs: number;
  split: number;
  read: number;
  walked: number;
  lookedUp: number;
}

/** The paragraphs of a read, and how many at their start are the last read's, unmoved. */
interface Aligned {
  kept: Kept[];
  head: number;
}

/**
 * The paragraphs of `text` as the last read's (`old`, of `last`) where they are unchanged: the
 * texts are compared from both ends (see `diffParagraphs`).
 */
function keptOfText(old: Kept[], last: string, text: string, cost: ReadCost): Aligned {
  const { head, tail, by, middle } = diffParagraphs(last, old, text);
  return assemble(old, head, tail, middle, cost, (k) => k.start + by);
}

/**
 * The paragraphs of `lines` as the last read's (`old`) where they are unchanged. A line the same
 * as the last read's at the same place from the start, or from the end, is that line (the same
 * string object, as the page reader hands on an unchanged block, is known equal at once).
 */
function keptOfLines(old: Kept[], lines: readonly Paragraph[], cost: ReadCost): Aligned {
  const n = Math.min(old.length, lines.length);
  let head = 0;
  while (
    head < n &&
    old[head]!.start === lines[head]!.start &&
    old[head]!.text === lines[head]!.text
  )
    head++;
  let tail = endRun(old, lines, head, 0, 0);
  let skipOld = 0;
  let skipNew = 0;
  // A page longer than the page reader's limit ends in a block the limit cuts short, and cuts
  // elsewhere after every change before it: the unchanged run is then found a few lines back.
  if (lines.length - head - tail > SHIFTED_END) {
    // A run found on one shift is not looked for again a line or more inside it: that would
    // compare the same lines again, thousands on a long page.
    const found = new Set<number>(tail > 0 ? [0] : []);
    for (let so = 0; so <= SHIFTED_END; so++) {
      for (let sn = 0; sn <= SHIFTED_END; sn++) {
        if ((so === 0 && sn === 0) || found.has(so - sn)) continue;
        const run = endRun(old, lines, head, so, sn);
        if (run > 0) found.add(so - sn);
        if (run > tail) {
          tail = run;
          skipOld = so;
          skipNew = sn;
        }
      }
    }
  }
  const after = lines.length - skipNew - tail;
  return assemble(
    old,
    head,
    tail,
    lines.slice(head, after),
    cost,
    (_k, i) => lines[after + i]!.start,
    skipOld,
    lines.slice(lines.length - skipNew),
  );
}

/** How many lines of a page's end a cut short last block may shift its unchanged run by. */
const SHIFTED_END = 16;

/**
 * The length of the run of equal lines that ends `skipOld` lines before the end of `old` and
 * `skipNew` before the end of `lines`, within both after their first `head`.
 */
function endRun(
  old: readonly Kept[],
  lines: readonly Paragraph[],
  head: number,
  skipOld: number,
  skipNew: number,
): number {
  const most = Math.min(old.length - skipOld, lines.length - skipNew) - head;
  let tail = 0;
  while (
    tail < most &&
    old[old.length - 1 - skipOld - tail]!.text === lines[lines.length - 1 - skipNew - tail]!.text
  )
    tail++;
  return tail;
}

/**
 * A read's paragraphs: the last read's first `head` where they stood, then `middle`'s, each the
 * last read's where it is found among those between, then the `tail` of the last read's that
 * end `skipOld` before its end, the i-th of them moved to `tailStart`, then `after`'s, each
 * found among the last read's last `skipOld` or new.
 */
function assemble(
  old: Kept[],
  head: number,
  tail: number,
  middle: readonly Paragraph[],
  cost: ReadCost,
  tailStart: (k: Kept, i: number) => number,
  skipOld = 0,
  after: readonly Paragraph[] = [],
): Aligned {
  const tailEnd = old.length - skipOld;
  const kept: Kept[] = old.slice(0, head);
  const lay = (lines: readonly Paragraph[], among: Alignment<Kept>): void => {
    for (const p of lines) {
      const found = among.find(p.text);
      if (!found) cost.split += 1;
      // The old text object is kept, not the new one: its hash, once computed, stays with it.
      kept.push(found ? movedKept(found, p.start) : newKept(p.text, p.start, null));
    }
    cost.lookedUp += lines.length;
  };
  lay(middle, new Alignment(old.slice(head, tailEnd - tail)));
  for (let i = 0; i < tail; i++) {
    const k = old[tailEnd - tail + i]!;
    k.start = tailStart(k, i);
    kept.push(k);
  }
  if (after.length > 0) lay(after, new Alignment(old.slice(tailEnd)));
  cost.paragraphs = kept.length;
  return { kept, head };
}

/**
 * A report states its own day near its top: in the headline, the standfirst, the lead or the
 * paragraph after it. A date further down dates background ("On August 22, Pushilin reported an
 * artillery attack …", "Last month, …"), not the undated lead above it.
 */
const FRAME_SENTENCES = 8;

/**
 * The dates of each dated sentence among the first `FRAME_SENTENCES` of `kept`, in text order
 * (undated sentences frame nothing), reading paragraphs not yet read only as far as the frame
 * looks.
 */
function* sentenceDatesOf(
  kept: readonly Kept[],
  published: string | null,
  text: string | null,
  fresh: boolean,
): Generator<readonly RoledDate[]> {
  let read = 0;
  for (const k of kept) {
    for (const s of sentencesOf(k, published, text, fresh)) {
      if (++read > FRAME_SENTENCES) return;
      if (s.dates.length > 0) yield s.dates;
    }
  }
}

/**
 * A paragraph's sentences, read at the first need: a paragraph new to the reader is split only
 * when the frame or the read reaches it. Reading is pure, so when it happens changes nothing.
 * `text` is the text being read: its tokens are read from it where the paragraph stands in it,
 * not from the paragraph, a view into it whose characters cost more to read one by one; `null`
 * when the text was given as lines, each a string of its own. `fresh`: the read keeps nothing of
 * an earlier one, so every paragraph was cut from `text` at its start.
 */
function sentencesOf(
  k: Kept,
  published: string | null,
  text: string | null,
  fresh: boolean,
): ReadSentence[] {
  if (k.sentences) return k.sentences;
  // A fresh read's paragraphs are the text's own lines, cut where they stand; a paragraph of a
  // read again is looked for there first (comparing costs about as much as a tenth of reading).
  k.sentences =
    text !== null && (fresh || text.startsWith(k.text, k.start))
      ? readSentences(k.text, published, text, k.start)
      : readSentences(k.text, published);
  return k.sentences;
}

/** A paragraph of the last text read: its text, where it stood, its sentences and its reading. */
interface Kept {
  text: string;
  start: number;
  /** `null` until first needed (see {@link sentencesOf}), and again once a one-text read is done. */
  sentences: ReadSentence[] | null;
  reading: Reading | null;
  /** Its mentions with offsets in the text where it stood then (`shiftedAt`). */
  shifted: LocatedMention[] | null;
  shiftedAt: number;
  /**
   * What the read had reached after it: the carry, the last sentence, the figures so far
   * (fields, not an object: a read writes them for every paragraph after a change).
   */
  carryOut: Carry | null;
  sentenceOut: number;
  mentionsOut: number;
  /** The count toward the read's limit after it (see {@link ReadLimit}). */
  countedOut: number;
}

/** A paragraph read for the first time. Every field is set, so every Kept has one shape. */
function newKept(text: string, start: number, sentences: ReadSentence[] | null): Kept {
  return {
    text,
    start,
    sentences,
    reading: null,
    shifted: null,
    shiftedAt: -1,
    carryOut: null,
    sentenceOut: -1,
    mentionsOut: 0,
    countedOut: 0,
  };
}

/** A paragraph of the last read found at `start` (a copy: one old paragraph may be found twice). */
function movedKept(k: Kept, start: number): Kept {
  const moved = newKept(k.text, start, k.sentences);
  moved.reading = k.reading;
  moved.shifted = k.shifted;
  moved.shiftedAt = k.shiftedAt;
  return moved;
}

/**
 * What a paragraph without sentences carries out: what came in, except that a figure handed on
 * by a furniture line is handed on no further (as `readParagraph` would leave it).
 */
function passBlank(carry: Carry): Carry {
  const previous = carry.previous;
  if (!previous?.handed) return carry;
  return { ...carry, previous: { figure: previous.figure, age: previous.age, handed: false } };
}

/** A paragraph's result under one report date and one carry into it. */
interface Reading {
  date: string | null;
  carry: Carry;
  result: ParagraphResult;
}

/**
 * Do two carries read a paragraph alike? Compares everything in a carry that can change what a
 * paragraph reads, field by field: a string key of it (JSON) cost more than reading most
 * paragraphs. Never calls two carries alike that differ there; may call alike ones different,
 * which costs only a read.
 */
function sameCarry(a: Carry, b: Carry): boolean {
  if (a === b) return true;
  return (
    sameSpeakers(a.speakers, b.speakers) &&
    samePlacesState(a.places, b.places) &&
    samePrevious(a, b) &&
    quietCode(a) === quietCode(b)
  );
}

function sameSpeaker(a: Speaker, b: Speaker): boolean {
  return a.name === b.name && a.side === b.side && a.countryOnly === b.countryOnly;
}

function sameSpeakers(a: SpeakersState, b: SpeakersState): boolean {
  if (a.speaker !== b.speaker) {
    if (!a.speaker || !b.speaker) return false;
    if (a.speaker.age !== b.speaker.age || !sameSpeaker(a.speaker.value, b.speaker.value))
      return false;
  }
  if (a.reporters.length !== b.reporters.length) return false;
  return a.reporters.every((r, k) => {
    const s = b.reporters[k]!;
    return r.side === s.side && r.name === s.name && r.date === s.date && r.age === s.age;
  });
}

function samePlace(a: Place | null | undefined, b: Place | null | undefined): boolean {
  return a === b || (!!a && !!b && a.code === b.code && a.name === b.name);
}

function samePlacesState(a: PlacesState, b: PlacesState): boolean {
  if ((a.scene?.code ?? null) !== (b.scene?.code ?? null)) return false;
  if (a.lastAttacker !== b.lastAttacker) return false;
  if (a.sceneBySide.length !== b.sceneBySide.length) return false;
  return a.sceneBySide.every(([side, place], k) => {
    const [otherSide, other] = b.sceneBySide[k]!;
    return side === otherSide && samePlace(place, other);
  });
}

function sameValue(a: Value, b: Value): boolean {
  return a.n === b.n && a.min === b.min && a.max === b.max && a.qualifier === b.qualifier;
}

/**
 * What of a carried figure's age the next paragraph can tell: all of it when a furniture line
 * handed it on, else only whether its first sentence still reaches it (see `opensWithCount`).
 */
function previousAge(p: NonNullable<Carry['previous']>): number {
  return p.handed ? p.age : Math.min(p.age, ANTECEDENT_REACH);
}

/** The carried figure, what it was resolved to, and how far back a furniture line handed it on. */
function samePrevious(a: Carry, b: Carry): boolean {
  const p = a.previous;
  const q = b.previous;
  if (!p || !q) return p === q;
  const f = p.figure;
  const g = q.figure;
  const r = a.places.figure?.resolved;
  const s = b.places.figure?.resolved;
  return (
    f.cls === g.cls &&
    f.action === g.action &&
    f.group === g.group &&
    f.side === g.side &&
    f.part === g.part &&
    sameValue(f.value, g.value) &&
    previousAge(p) === previousAge(q) &&
    (r?.attacker ?? null) === (s?.attacker ?? null) &&
    (r?.place?.code ?? null) === (s?.place?.code ?? null)
  );
}

function quietCode(c: Carry): string | null {
  return c.quiet ? (scenePlace(c.quiet)?.code ?? null) : null;
}

/**
 * Reads one paragraph's figures under the context carried into it, and says what it carries
 * out. `sentence` is the index of the last sentence read before it.
 */
function readParagraph(
  sentences: readonly ReadSentence[],
  paragraph: number,
  sentence: number,
  carry: Carry,
  dates: ReportDates,
  speakers: ReportSpeakers,
  places: ReportPlaces,
): ParagraphResult {
  dates.restore(sentence, paragraph);
  speakers.restore(carry.speakers, sentence);
  places.restore(carry.places);
  let previous: Previous | null = carry.previous
    ? {
        figure: carry.previous.figure,
        sentence: sentence - carry.previous.age,
        paragraph: carry.previous.handed ? paragraph : paragraph - 1,
      }
    : null;
  let quiet = carry.quiet;
  let index = sentence;
  const mentions: LocatedMention[] = [];
  const closers = quoteClosers(sentences);
  for (let at = 0; at < sentences.length; at++) {
    const s = sentences[at]!;
    const { text, tokens } = s;
    index++;
    dates.next(paragraph, s.dates);
    speakers.next(text, tokens, (s.cues & Cue.Speech) !== 0, s.body);
    const closer = closers ? closers[at]! : -1;
    if (closer >= 0 && sentences[closer]!.cues & Cue.Speech) {
      speakers.quotedBy(sentences[closer]!.text, sentences[closer]!.tokens);
    }
    const reachable =
      previous &&
      index - previous.sentence <= ANTECEDENT_REACH &&
      (previous.paragraph === paragraph ||
        (previous.paragraph === paragraph - 1 && at === 0 && opensWithCount(tokens)))
        ? previous.figure
        : null;
    const figures: readonly RawFigure[] =
      s.cues & Cue.Number ? findFigures(tokens, reachable) : NO_FIGURES;
    // "RELATED: / Russia Liberates 3 Settlements in Kursk Region": a line of page furniture
    // between paragraphs does not end the report's thread.
    if (previous && figures.length === 0 && furniture(s, sentences.length)) {
      previous.paragraph = paragraph + 1;
      previous.sentence = index;
    }
    const facts = sentenceFacts(s, figures, speakers, quiet);
    const resolved = places.resolve(facts);
    for (let i = 0; i < figures.length; i++) {
      const f = figures[i]!;
      const { attacker, place } = resolved[i]!;
      if (places.breaksDown(f, resolved[i]!)) continue;
      const first = tokens[f.first]!;
      const last = tokens[f.last]!;
      const phraseLast = tokens[f.phraseLast]!;
      // A toll of the whole war has no one day.
      const date = facts.wholeWar[i] ? null : dates.dateAt(first.start);
      const local = facts.jurisdictions[i] !== null;
      const mentionAt = (where: Place | null): LocatedMention => ({
        text: text.slice(first.start, last.end),
        quote: text,
        metric: metricOf(f),
        value: f.value,
        attacker,
        group: f.cls === 'people' ? f.group : null,
        place: where,
        date,
        attributedTo: speakers.attribute(
          facts.speakers[i] ?? null,
          f.cls !== 'people',
          attacker,
          local,
          date,
          where,
        ),
        start: s.start + first.start,
        end: s.start + last.end,
        phraseEnd: s.start + phraseLast.end,
      });
      mentions.push(mentionAt(place));
      // "4 each over the Tula and Kaluga regions": the count again for each further place of the
      // list, when the figure took its written place (not one its context gave instead).
      const written = facts.written[i];
      if (written?.place && !written.around && written.place.code === place?.code) {
        for (const hit of facts.eachAlso[i]!)
          if (fits(hit.place, attacker)) mentions.push(mentionAt(hit.place));
      }
    }
    places.commit(facts, resolved);
    // "Of these, 249 were shot down": "these" are the whole, not the parts listed after it.
    const lastFigure =
      figures.length === 0 ? undefined : (figures.findLast((f) => !f.part) ?? figures.at(-1));
    if (lastFigure) previous = { figure: lastFigure, sentence: index, paragraph };
    quiet = figures.length === 0 ? facts.hits : null;
    dates.commit();
    speakers.commit(figures.length > 0);
  }
  return {
    mentions,
    sentences: sentences.length,
    out: {
      speakers: speakers.snapshot(),
      places: places.snapshot(previous?.figure ?? null),
      previous: previous && {
        figure: previous.figure,
        // Only a figure a furniture line handed on can reach into the next paragraph.
        handed: previous.paragraph === paragraph + 1,
        age: index - previous.sentence,
      },
      quiet,
    },
  };
}
