/**
 * Text reuse between two years: each section's text is cut into sentences (at 。！？；, not at
 * line breaks), each sentence is
 * normalised (spaces, punctuation and symbols removed, every run of digits made one `0`, so a
 * sentence copied with its numbers updated still counts as repeated), and this year's sentences
 * are looked up among last year's. Runs of repeated sentences that follow each other in both
 * years become passages. Linear in the length of the texts (one hash lookup per sentence).
 */
import type { Report, Section } from '../model/report.js';
import type { PassagePlace, RepeatedPassage, SectionReuse, TextReuse } from './types.js';

/** Sentences shorter than this after normalisation (`无。`, `详见下表`) repeat by nature and are not counted. */
export const MIN_SENTENCE_CHARS = 8;

/** Sentences read per report at most (a budget: real reports have a few hundred). */
export const MAX_SENTENCES = 20_000;

/** Last year's occurrences of a sentence searched for an identical wording (the first one is taken otherwise). */
const EXACT_SCAN = 16;

/**
 * Sentence ends. A line break is none: text extracted from PDFs breaks lines inside sentences,
 * and a paragraph's last sentence ends with its own punctuation anyway.
 */
const SENTENCE_END = /[。！？!?；;]/g;
/**
 * Spaces, punctuation and symbols: built on first use. A regular expression literal with a Unicode
 * property class is checked when the module is compiled, and building the class's ranges from the
 * engine's Unicode tables costs every import (~2 M instructions) where no report is compared.
 */
let noise: RegExp | null = null;
const DIGITS = /\d+(?:[.,]\d+)*/g;

/** One sentence of a section. */
interface Sentence {
  section: number;
  /** Position among the counted sentences of its report. */
  order: number;
  start: number;
  end: number;
  text: string;
  key: string;
}

/** A sentence as compared: no spaces, punctuation or symbols; every number one `0`; Latin letters lower-cased. */
export function normaliseSentence(text: string): string {
  noise ??= new RegExp('[\\s\\p{P}\\p{S}]+', 'gu');
  return text.normalize('NFKC').replace(DIGITS, '0').replace(noise, '').toLowerCase();
}

/** The sentences of a report that count, in order. */
function sentencesOf(report: Report): Sentence[] {
  const out: Sentence[] = [];
  report.sections.forEach((s, section) => {
    let from = 0;
    const cut = (to: number): void => {
      const raw = s.text.slice(from, to);
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      const key = normaliseSentence(text);
      if (key.length >= MIN_SENTENCE_CHARS && out.length < MAX_SENTENCES) {
        out.push({ section, order: out.length, start: from + lead, end: from + lead + text.length, text, key });
      }
    };
    for (const m of s.text.matchAll(SENTENCE_END)) {
      const end = (m.index as number) + m[0].length;
      cut(end);
      from = end;
    }
    cut(s.text.length);
  });
  return out;
}

function place(report: Report, section: number, start: number, end: number): PassagePlace {
  const s = report.sections[section] as Section;
  return { sectionIndex: section, sectionKey: s.key, heading: s.heading, start, end, sectionLocation: s.location };
}

/** Measures how much of `current`'s text repeats `previous`'s. */
export function compareText(previous: Report, current: Report): TextReuse {
  const before = sentencesOf(previous);
  const now = sentencesOf(current);
  const byKey = new Map<string, Sentence[]>();
  for (const s of before) {
    const list = byKey.get(s.key);
    if (list) list.push(s);
    else byKey.set(s.key, [s]);
  }
  const sections: SectionReuse[] = current.sections.map((s, i) => ({
    sectionIndex: i,
    sectionKey: s.key,
    heading: s.heading,
    sentences: 0,
    repeated: 0,
    share: 0,
  }));
  const passages: RepeatedPassage[] = [];
  // The passage being built: its first and last sentence in both years.
  let open: { first: Sentence; last: Sentence; prevFirst: Sentence; prevLast: Sentence; count: number; identical: boolean } | null = null;
  const close = (): void => {
    if (!open) return;
    const s = current.sections[open.first.section] as Section;
    passages.push({
      current: place(current, open.first.section, open.first.start, open.last.end),
      previous: place(previous, open.prevFirst.section, open.prevFirst.start, open.prevLast.end),
      text: s.text.slice(open.first.start, open.last.end),
      sentences: open.count,
      identical: open.identical,
    });
    open = null;
  };
  for (const s of now) {
    const reuse = sections[s.section] as SectionReuse;
    reuse.sentences++;
    const matches = byKey.get(s.key);
    if (!matches) {
      close();
      continue;
    }
    reuse.repeated++;
    // Continue the open passage when last year's next sentence matches too; else start a new one.
    const next = open && open.last.section === s.section && open.last.order === s.order - 1 ? before[open.prevLast.order + 1] : undefined;
    const follows = next && next.key === s.key && next.section === open?.prevLast.section ? next : undefined;
    if (open && follows) {
      open.last = s;
      open.prevLast = follows;
      open.count++;
      open.identical &&= follows.text === s.text;
      continue;
    }
    close();
    const first = matches.slice(0, EXACT_SCAN).find((m) => m.text === s.text) ?? (matches[0] as Sentence);
    open = { first: s, last: s, prevFirst: first, prevLast: first, count: 1, identical: first.text === s.text };
  }
  close();
  for (const r of sections) r.share = r.sentences === 0 ? 0 : r.repeated / r.sentences;
  const sentences = now.length;
  const repeated = sections.reduce((n, r) => n + r.repeated, 0);
  return { sentences, repeated, share: sentences === 0 ? 0 : repeated / sentences, sections, passages };
}
