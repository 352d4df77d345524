/**
 * Causes of silent wrong cells found by the probe set (`npm run gauntlet:probe`, issue 12): reports
 * of our own in layouts the reader was not tuned on. Each test is a minimal fixture of our own that
 * reproduces one cause; every cell must come back right or flagged, never silently wrong.
 */
import { describe, expect, it } from 'vitest';
import { parseReport, type TemplateVersion } from 'zfxxgk-report';
import { consistentReport } from './helpers/fixtures.js';
import { renderLayoutText } from './helpers/layout-text.js';
import { scoreCells } from './helpers/ownership-layouts.js';

/** The line of a row label (its numbers set off after it), split into the label and the numbers. */
function splitRow(lines: string[], keyword: string): { at: number; label: string; numbers: string } {
  const at = lines.findIndex((l) => l.includes(keyword));
  const line = lines[at] as string;
  const m = /^(.*?\S)(\s{3,}[-\d][\d\s.-]*)$/.exec(line);
  if (!m) throw new Error(`no numbers on the line of ${keyword}`);
  return { at, label: m[1] as string, numbers: (m[2] as string).replace(/^\s+/, ' '.repeat(30)) };
}

/**
 * Labels stacked above their numbers (Chromium's `pdftotext -layout` and plain text: two or three
 * labels on lines of their own, then as many lines of numbers): the rows' numbers follow the
 * stack in order, so the last label is not the owner of the first line of numbers.
 */
function stacked(text: string, keywords: readonly string[], dropNumbersOf?: string): string {
  const lines = text.split('\n');
  const rows = keywords.map((k) => splitRow(lines, k));
  const first = (rows[0] as { at: number }).at;
  const block = [...rows.map((r) => r.label), ...rows.map((r) => r.numbers)];
  const out = [...lines.slice(0, first), ...block, ...lines.slice(first + rows.length)];
  if (dropNumbersOf) {
    const r = splitRow(out, dropNumbersOf);
    out[r.at] = r.label;
  }
  return out.join('\n');
}

describe('probe causes', () => {
  const cases: [TemplateVersion, string[]][] = [
    ['2021', ['没有现成信息', '补正后申请']],
    ['2019', ['没有现成信息', '补正后申请']],
    ['2021', ['信访举报', '重复申请', '公开出版物']],
  ];
  for (const [v, keywords] of cases) {
    it(`labels stacked above their numbers (${v}, ${keywords.length} rows): right or flagged, the last label does not take the first numbers`, () => {
      for (let seed = 1; seed <= 8; seed++) {
        const r = consistentReport(seed, v, { scale: 40 });
        for (const drop of [undefined, '结转下年度']) {
          const text = stacked(renderLayoutText(r, { wrap: 'none' }), keywords, drop);
          const { report, diagnostics } = parseReport(text);
          const s = scoreCells(r, report, diagnostics);
          expect(s.wrongAddresses, `seed ${seed}${drop ? ', carried-forward row unread' : ''}`).toEqual([]);
        }
      }
    });
  }
});
