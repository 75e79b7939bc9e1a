import type { LocatedMention } from '../claims/mention';
import { Cue } from './cues';
import { findFigures, type RawFigure } from './figures';
import type { PlaceHit } from './places/find-places';
import { scenePlace } from './places-for-figures';
import { furniture, readSentences, splitParagraphs, type ReadSentence } from './read-text';
import { ReportDates } from './report-dates';
import { reportFrame } from './report-frame';
import { ReportSpeakers, type SpeakersState } from './report-speakers';
import { ReportPlaces, type PlacesState } from './resolve';
import { sentenceFacts } from './sentence-facts';

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
}

function metricOf(f: RawFigure): string {
  return f.cls === 'people' ? `people.${f.action}` : `${f.cls}.${f.action}`;
}

function shift(m: LocatedMention, by: number): LocatedMention {
  return { ...m, start: m.start + by, end: m.end + by, phraseEnd: m.phraseEnd + by };
}

/**
 * Reads reports, keeping what it read of each paragraph: reading a text again (a live blog that
 * grew, a page that changed) reads only the paragraphs that changed, and those after them whose
 * carried context (speaker, scene, the figure to continue) changed. The result is always what a
 * fresh read gives: a paragraph is reused only under the same report date and the same context
 * carried into it. Keeps the paragraphs of the last text read, nothing older.
 */
export class ReportReader {
  private reads = new Map<string, ReadSentence[]>();
  private results = new Map<string, ParagraphResult>();

  /** Every figure of `text` (CLAIMS.md section 1), as `extractMentions` gives them. */
  read(text: string, published: string | null): LocatedMention[] {
    const paragraphs = splitParagraphs(text);
    const reads = new Map<string, ReadSentence[]>();
    const read = paragraphs.map((p) => {
      const key = `${published ?? ''}\u0001${p.text}`;
      const found = reads.get(key) ?? this.reads.get(key) ?? readSentences(p.text, published);
      reads.set(key, found);
      return { ...p, key, sentences: found };
    });
    this.reads = reads;
    const frame = reportFrame(
      read.flatMap((p) => p.sentences.map((s) => s.dates)),
      published,
    );
    const dates = new ReportDates(frame.date);
    const speakers = new ReportSpeakers();
    const places = new ReportPlaces();
    const results = new Map<string, ParagraphResult>();
    const out: LocatedMention[] = [];
    let carry: Carry = {
      speakers: speakers.snapshot(),
      places: places.snapshot(null),
      previous: null,
      quiet: null,
    };
    let sentence = -1;
    read.forEach((p, paragraph) => {
      const key = `${p.key}\u0002${frame.date ?? ''}\u0002${carryKey(carry)}`;
      let result = results.get(key) ?? this.results.get(key);
      if (result) {
        dates.restore(sentence + result.sentences, paragraph);
        speakers.restore(result.out.speakers, sentence + result.sentences);
        places.restore(result.out.places);
      } else {
        result = readParagraph(p.sentences, paragraph, sentence, carry, dates, speakers, places);
      }
      results.set(key, result);
      for (const m of result.mentions) out.push(shift(m, p.start));
      sentence += result.sentences;
      carry = result.out;
    });
    this.results = results;
    return out;
  }
}

/** Everything in a carry that can change what a paragraph reads, as one comparable string. */
function carryKey(c: Carry): string {
  const f = c.previous?.figure;
  const resolved = c.places.figure?.resolved;
  return JSON.stringify([
    c.speakers,
    c.places.sceneBySide.map(([side, p]) => [side, p.code, p.name]),
    c.places.scene?.code ?? null,
    c.places.lastAttacker,
    f && c.previous
      ? [
          f.cls,
          f.action,
          f.group,
          f.side,
          f.value,
          f.part,
          c.previous.handed ? c.previous.age : null,
          resolved?.attacker,
        ]
      : null,
    f ? (resolved?.place?.code ?? null) : null,
    c.quiet ? (scenePlace(c.quiet)?.code ?? null) : null,
  ]);
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
  for (const s of sentences) {
    const { text, tokens } = s;
    index++;
    dates.next(paragraph, s.dates);
    speakers.next(text, tokens, (s.cues & Cue.Speech) !== 0);
    const reachable =
      previous && previous.paragraph === paragraph && index - previous.sentence <= ANTECEDENT_REACH
        ? previous.figure
        : null;
    const figures: RawFigure[] = s.cues & Cue.Number ? findFigures(tokens, reachable) : [];
    // "RELATED: / Russia Liberates 3 Settlements in Kursk Region": a line of page furniture
    // between paragraphs does not end the report's thread.
    if (previous && figures.length === 0 && furniture(s, sentences.length)) {
      previous.paragraph = paragraph + 1;
      previous.sentence = index;
    }
    const facts = sentenceFacts(s, figures, speakers, quiet);
    const resolved = places.resolve(facts);
    figures.forEach((f, i) => {
      const { attacker, place } = resolved[i]!;
      if (places.breaksDown(f, resolved[i]!)) return;
      const first = tokens[f.first]!;
      const last = tokens[f.last]!;
      const phraseLast = tokens[f.phraseLast]!;
      const date = dates.dateAt(first.start);
      const local = facts.jurisdictions[i] !== null;
      mentions.push({
        text: text.slice(first.start, last.end),
        quote: text,
        metric: metricOf(f),
        value: f.value,
        attacker,
        group: f.cls === 'people' ? f.group : null,
        place,
        date,
        attributedTo: speakers.attribute(
          first.start,
          f.cls !== 'people',
          attacker,
          local,
          date,
          place,
        ),
        start: s.start + first.start,
        end: s.start + last.end,
        phraseEnd: s.start + phraseLast.end,
      });
    });
    places.commit(facts, resolved);
    // "Of these, 249 were shot down": "these" are the whole, not the parts listed after it.
    const lastFigure = figures.findLast((f) => !f.part) ?? figures.at(-1);
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
