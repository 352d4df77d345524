/**
 * The wrapped-label repair turns most readings away with the probe's pre-check (`mayEndWith`:
 * no text ending in a piece that can end no label is probed) and remembers its probes (issue 16).
 * These shortcuts must never change what it joins: the same probe without the pre-check gives the
 * same tokens and the same joins, on the converter gauntlet's real tool output and on generated
 * reports in every text layout, damaged.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGISTERED_VERSIONS } from '../src/template/registry.js';
import { table3Definition } from '../src/template/table3.js';
import { cleanLabel, ExactLabels } from '../src/tables/label-match.js';
import { detectLayout, tokenize, type TableToken } from '../src/tables/tokens.js';
import { joinParagraphCells, lexLines } from '../src/grammar/lines.js';
import { joinWrappedLabels, type LabelProbe, type WrappedLabel } from '../src/repairs/wrapped-labels.js';
import { consistentReport } from './helpers/fixtures.js';
import { renderInLayout, type Layout } from './helpers/layouts.js';

const EXACT = new ExactLabels(
  REGISTERED_VERSIONS.flatMap((v) => table3Definition(v).rows).map((r) => ({
    key: r.key,
    labels: [cleanLabel(r.label).clean],
    keywords: [],
  })),
);
const keyed = (text: string): { key: string; exact: boolean } | null => {
  const key = EXACT.keyOf(text);
  return key === null ? null : { key, exact: true };
};
/** The probe as the readers give it (with the pre-check) and the same probe without it. */
const withPrecheck: LabelProbe = Object.assign((t: string) => keyed(t), { mayEndWith: (tail: string) => EXACT.mayEndWith(tail) });
const withoutPrecheck: LabelProbe = (t: string) => keyed(t);

function joins(text: string, probe: LabelProbe): { tokens: readonly TableToken[]; joined: WrappedLabel[] } {
  const lines = joinParagraphCells(lexLines(text), text);
  const joined: WrappedLabel[] = [];
  const tokens = joinWrappedLabels(tokenize(lines, detectLayout(lines)), probe, joined);
  return { tokens, joined };
}

const GAUNTLET = join(import.meta.dirname, 'gauntlet');
const gauntletTexts = readdirSync(GAUNTLET, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(GAUNTLET, d.name))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => ({ name: `${d.name}/${f}`, text: readFileSync(join(GAUNTLET, d.name, f), 'utf8') })),
  );

const LAYOUTS: readonly Layout[] = [
  'pipes',
  'aligned',
  'cell-per-line',
  'blank-lines',
  'converter',
  'plain',
  'crawler',
  'tabs',
  'innertext',
];

/** Lines deleted, swapped and cut short, so that labels and numbers meet in every order. */
function damaged(text: string, seed: number): string {
  const lines = text.split('\n');
  for (let k = 1; k <= 3; k++) {
    const i = (seed * 7919 * k) % lines.length;
    if (k === 1) lines.splice(i, 1);
    else if (k === 2 && i + 1 < lines.length) [lines[i], lines[i + 1]] = [lines[i + 1] as string, lines[i] as string];
    else lines[i] = (lines[i] ?? '').slice(0, Math.max(1, (lines[i] ?? '').length >> 1));
  }
  return lines.join('\n');
}

describe('wrapped labels: the pre-check never changes a join', () => {
  it('on the gauntlet’s tool output', () => {
    let joinedSomewhere = 0;
    for (const { name, text } of gauntletTexts) {
      const a = joins(text, withPrecheck);
      const b = joins(text, withoutPrecheck);
      expect(a.joined, name).toEqual(b.joined);
      expect(a.tokens, name).toEqual(b.tokens);
      if (a.joined.length > 0) joinedSomewhere++;
    }
    // The inputs exercise the repair (the gauntlet's PDF text has labels wrapped around their numbers).
    expect(joinedSomewhere).toBeGreaterThan(0);
  });

  it('on generated reports in the text layouts, whole and damaged', () => {
    for (let seed = 1; seed <= 6; seed++)
      for (const v of REGISTERED_VERSIONS) {
        const report = consistentReport(seed, v, { scale: 12 });
        for (const layout of LAYOUTS) {
          const text = renderInLayout(report, layout);
          for (const t of [text, damaged(text, seed)]) {
            const a = joins(t, withPrecheck);
            const b = joins(t, withoutPrecheck);
            expect(a.joined, `${seed} ${v} ${layout}`).toEqual(b.joined);
            expect(a.tokens, `${seed} ${v} ${layout}`).toEqual(b.tokens);
          }
        }
      }
  });
});

describe('wrapped labels: the pre-check remembered (perf10)', () => {
  it('asks the pre-check once per text, and joins as without it', () => {
    const asked = new Map<string, number>();
    const counting: LabelProbe = Object.assign((t: string) => keyed(t), {
      mayEndWith: (tail: string) => {
        asked.set(tail, (asked.get(tail) ?? 0) + 1);
        return EXACT.mayEndWith(tail);
      },
    });
    const texts = gauntletTexts.filter(({ name }) => name.includes('layout')).slice(0, 6);
    const first = texts.map(({ text }) => joins(text, counting));
    const calls = [...asked.values()].reduce((a, b) => a + b, 0);
    expect(calls).toBeGreaterThan(0);
    // (every text asked once: the memory answers the rest)
    expect([...asked.values()].every((n) => n === 1)).toBe(true);
    const again = texts.map(({ text }) => joins(text, counting));
    expect([...asked.values()].reduce((a, b) => a + b, 0)).toBe(calls);
    texts.forEach(({ name, text }, k) => {
      const plain = joins(text, withoutPrecheck);
      expect(first[k]?.joined, name).toEqual(plain.joined);
      expect(again[k]?.tokens, name).toEqual(plain.tokens);
    });
  });
});

describe('wrapped labels: searches that joined nothing remembered (perf12)', () => {
  /** A probe of its own identity: its memory of searches starts empty. */
  const freshProbe = (): LabelProbe => Object.assign((t: string) => keyed(t), { mayEndWith: (tail: string) => EXACT.mayEndWith(tail) });

  it('joins as a probe with no memory does, whatever was searched before, on tool output and damaged generated texts', () => {
    const texts = [
      ...gauntletTexts.map(({ name, text }) => ({ name, text })),
      ...[1, 2, 3].flatMap((seed) =>
        REGISTERED_VERSIONS.flatMap((v) =>
          LAYOUTS.map((layout) => {
            const text = renderInLayout(consistentReport(seed, v, { scale: 12 }), layout);
            return { name: `${seed} ${v} ${layout}`, text: damaged(text, seed) };
          }),
        ),
      ),
    ];
    const warm = freshProbe();
    // (every text searched once first, in order, then again in the reverse order: the memory full of other texts' searches)
    const first = texts.map(({ text }) => joins(text, warm));
    const again = [...texts].reverse().map(({ text }) => joins(text, warm));
    again.reverse();
    let joinedSomewhere = 0;
    texts.forEach(({ name, text }, k) => {
      const cold = joins(text, freshProbe());
      expect(first[k]?.joined, name).toEqual(cold.joined);
      expect(first[k]?.tokens, name).toEqual(cold.tokens);
      expect(again[k]?.joined, name).toEqual(cold.joined);
      expect(again[k]?.tokens, name).toEqual(cold.tokens);
      if (cold.joined.length > 0) joinedSomewhere++;
    });
    expect(joinedSomewhere).toBeGreaterThan(0);
  });
});
