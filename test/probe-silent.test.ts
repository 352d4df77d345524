/**
 * Causes of silent wrong cells found by the probe set (`npm run gauntlet:probe`, issue 12), second
 * round: reports of our own whose plain `pdftotext` text (LibreOffice and Chromium prints) put a
 * value in a wrong cell without a word. Each test is a minimal fixture of our own that reproduces
 * one cause; every cell must come back right or flagged, never silently wrong.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport, type Report, type TemplateVersion } from 'zfxxgk-report';
import { consistentReport } from './helpers/fixtures.js';
import { renderLayoutText } from './helpers/layout-text.js';
import { scoreCells } from './helpers/ownership-layouts.js';

/** The value of a cell as plain pdftotext prints it ('' for blank). */
function valueOf(r: Report, address: string): string {
  const c = listCells(r).find((x) => x.address === address);
  return c?.status === 'value' ? String(c.value) : '';
}

/** The header pieces of table 二's first sub-table as a narrow print wraps them (only one piece names a column). */
const PARTIAL_HEADER: Record<TemplateVersion, string[]> = {
  '2019': ['本年新 本年新', '制作数量 公开数量', '', '对外公', '开总数量'],
  '2021': ['本年废 现行有', '本年制', '发件数 止件数 效件数'],
};

/**
 * Table 二's first sub-table in plain pdftotext text whose column header wrapped into pieces of
 * which only one names a column (`对外公` of 对外公开总数量): each cell on a line of its own with a
 * blank line after it. `layout`: `in-order` (every row's cells after its label, the second row's
 * first cell on its label's line), or `split` (the second row's last two cells printed before its
 * label, the first on its label's line).
 */
function partialHeaderText(r: Report, v: TemplateVersion, layout: 'in-order' | 'split'): string {
  const keys = v === '2019' ? ['newlyMade', 'newlyPublished', 'totalPublished'] : ['issued', 'repealed', 'currentlyValid'];
  const reg = keys.map((k) => valueOf(r, `t2.art20_1.regulations.${k}`));
  const norm = keys.map((k) => valueOf(r, `t2.art20_1.normativeDocuments.${k}`));
  const label2 = v === '2019' ? '规范性文件' : '行政规范性文件';
  const cells = (cs: string[]): string[] => cs.flatMap((c) => (c === '' ? [] : [c, '']));
  const body =
    layout === 'in-order'
      ? ['规章', '', ...cells(reg), `${label2} ${norm[0]}`, '', ...cells(norm.slice(1))]
      : ['规章', '', ...cells(reg), ...cells(norm.slice(1)), `${label2} ${norm[0]}`, ''];
  return ['第二十条第（一）项', '信息内容', '', ...PARTIAL_HEADER[v], '', ...body].join('\n');
}

/** The report's layout text with table 二's first sub-table replaced by `block`. */
function withFirstSubTable(r: Report, block: string): string {
  const text = renderLayoutText(r, { wrap: 'none' });
  const from = text.indexOf('第二十条第（一）项');
  const to = text.indexOf('第二十条第（五）项');
  return `${text.slice(0, from)}${block}\n\n${text.slice(to)}`;
}

/** The line of a row label (its numbers set off after it), split into the label and the numbers. */
function splitRow(lines: string[], keyword: string): { at: number; label: string; numbers: string } {
  const at = lines.findIndex((l) => l.includes(keyword));
  const m = /^(.*?\S)\s{3,}([-\d][\d\s.-]*)$/.exec(lines[at] as string);
  if (!m) throw new Error(`no numbers on the line of ${keyword}`);
  return { at, label: m[1] as string, numbers: m[2] as string };
}

/**
 * Rows of table 三 from `keywords[0]` on printed with their numbers before their labels, while the
 * rows above read in the ordinary order (plain pdftotext of a Chromium print: `…8.属于行政查询事项` /
 * its numbers / the numbers of row 1 / `1.本机关不掌握…` / the numbers of row 2 / `2.没有现成…`).
 */
function numbersBeforeFrom(text: string, keywords: readonly string[]): string {
  const lines = text.split('\n');
  for (const k of keywords) {
    const r = splitRow(lines, k);
    lines.splice(r.at, 1, r.numbers, r.label);
  }
  return lines.join('\n');
}

describe('probe causes, second round', () => {
  for (const v of ['2019', '2021'] as const) {
    it(`table 二 under a header read only in part (${v}): no value placed by the part read`, () => {
      for (let seed = 1; seed <= 8; seed++) {
        const r = consistentReport(seed, v, { scale: 40 });
        for (const layout of ['in-order', 'split'] as const) {
          const { report, diagnostics } = parseReport(withFirstSubTable(r, partialHeaderText(r, v, layout)));
          const s = scoreCells(r, report, diagnostics);
          expect(s.wrongAddresses, `seed ${seed}, ${layout}`).toEqual([]);
          if (layout === 'in-order' && report) {
            // A whole row is read in the template's order.
            const got = listCells(report).filter((c) => c.address.startsWith('t2.art20_1.regulations.'));
            expect(
              got.map((c) => (c.status === 'value' ? String(c.value) : '')),
              `seed ${seed}`,
            ).toEqual(got.map((c) => valueOf(r, c.address)));
          }
        }
      }
    });
  }

  const cases: [TemplateVersion, string[]][] = [
    ['2021', ['不掌握', '没有现成', '补正后']],
    ['2019', ['不掌握', '没有现成']],
    ['2021', ['信访举报', '重复申请']],
  ];
  for (const [v, keywords] of cases) {
    it(`table 三 rows whose numbers stand before their labels below rows read in order (${v}, from ${keywords[0]}): right or flagged`, () => {
      for (let seed = 1; seed <= 8; seed++) {
        const r = consistentReport(seed, v, { scale: 40 });
        const text = numbersBeforeFrom(renderLayoutText(r, { wrap: 'none' }), keywords);
        const { report, diagnostics } = parseReport(text);
        const s = scoreCells(r, report, diagnostics);
        expect(s.wrongAddresses, `seed ${seed}`).toEqual([]);
      }
    });
  }
});

describe('probe causes, one-line text', () => {
  it('two row labels run together (a row printed without numbers, labels without list numbers): the second keeps its numbers', () => {
    for (const v of ['2019', '2021'] as const) {
      for (let seed = 1; seed <= 6; seed++) {
        const r = consistentReport(seed, v, { scale: 40 });
        const lines = renderLayoutText(r, { wrap: 'none' }).split('\n');
        // 4.保护第三方合法权益 printed with no cells, both labels without their list numbers.
        const third = splitRow(lines, '保护第三方');
        lines[third.at] = '保护第三方合法权益';
        const next = splitRow(lines, '三类内部事务');
        lines[next.at] = `属于三类内部事务信息 ${next.numbers}`;
        const text = lines.join('\n').replace(/\s+/g, ' ');
        const { report } = parseReport(text);
        const cells = listCells(report as Report);
        const stated = (prefix: string) => cells.filter((c) => c.address.startsWith(prefix) && c.status === 'value');
        // The empty row states nothing, and the next row states only its own numbers.
        expect(stated('t3.results.denied.thirdPartyRights.'), `${v} seed ${seed}`).toEqual([]);
        for (const c of stated('t3.results.denied.internalAffairs.'))
          expect(c.status === 'value' && c.value, `${v} seed ${seed} ${c.address}`).toBe(
            valueOf(r, c.address) === '' ? null : Number(valueOf(r, c.address)),
          );
        expect(stated('t3.results.denied.internalAffairs.').length, `${v} seed ${seed}`).toBe(7);
      }
    }
  });
});
