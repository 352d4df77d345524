/**
 * Row labels printed shortened (words left out, the row's discriminating words kept:
 * `5.要求确认或重新出具信息`, `1.申请人逾期不补正`), wrapped in a narrow cell around their numbers
 * (`5.要求确认或重` / numbers / `新出具信息`). The wrapped-label repair joins pieces only into a
 * label it can name; before, it named only exact template labels, so such a row was not found and
 * its cells were flagged (probe seed 275 p07: 49 cells of table 三 in the Chromium PDFs). Our own
 * report (test/helpers/fixtures.ts consistentCells); nothing is copied from the corpus.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createReport, listCells, parseReport, type Report } from 'zfxxgk-report';
import { consistentCells } from './helpers/fixtures.js';
import { renderLayoutText } from './helpers/layout-text.js';
import { isSubsequence, ShortenedLabels } from '../src/tables/shortened-labels.js';
import { cleanLabel, cleanText } from '../src/tables/label-match.js';
import { table3Definition } from '../src/template/table3.js';
import { REGISTERED_VERSIONS } from '../src/template/registry.js';

const VERSIONS = { table2: '2021', table3: '2021' } as const;

function seven(): Report {
  return createReport({ versions: VERSIONS, cells: consistentCells(7, VERSIONS, 20), meta: { agency: '示例县示例局', year: 2023 } });
}

/** The numbers of a printed row (everything after its label). */
const numbersOf = (line: string): string => (/\s{2,}(\d[\d\s]*)$/.exec(line)?.[1] ?? '').trim();

/** Layout text of seven() with the two rows' labels shortened and wrapped after their first pieces. */
function shortenedText(report: Report): string {
  const lines = renderLayoutText(report, { wrap: 'none' }).split('\n');
  const confirm = lines.findIndex((l) => l.includes('5.要求行政机关确认或重新出具已获取信息'));
  const overdue = lines.findIndex((l) => l.includes('1.申请人无正当理由逾期不补正'));
  expect(confirm).toBeGreaterThan(0);
  expect(lines[overdue + 1]).toBe('处理');
  lines[confirm] = `          5.要求确认或重   ${numbersOf(lines[confirm] as string).replace(/\s+/g, '   ')}`;
  lines.splice(confirm + 1, 0, '            新出具信息');
  const at = overdue + 1;
  const unpaid = numbersOf(lines[at + 2] as string);
  lines[at] = `（六）    1.申请人逾期不    ${numbersOf(lines[at] as string).replace(/\s+/g, '   ')}`;
  lines[at + 1] = '其他处            补正';
  lines[at + 2] = ` 理  2.申请人逾期未按收费通知缴纳费用     ${unpaid}`;
  return lines.join('\n');
}

describe('shortened row labels wrapped around their numbers', () => {
  it('probe seed 275 p07 (pdftotext -layout of a Chromium print, a probe report of our own): the shortened rows are read', () => {
    // `5.要求确认或重` / numbers / `新出具信息`, `（六） 1.申请人逾期不` / numbers / `其他处 补正`: before, the
    // three rows of （五）5 and （六）1–2 were not found and their 21 cells flagged.
    const text = readFileSync(new URL('./fixtures/probe-275-p07-chromium-layout.txt', import.meta.url), 'utf8');
    const { report } = parseReport(text);
    const got = new Map(listCells(report!).map((c) => [c.address, c]));
    const row = (key: string): unknown[] =>
      ['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'publicInterestOrg', 'legalServiceOrg', 'otherOrg', 'total'].map(
        (c) => [got.get(`t3.${key}.${c}`)?.status, got.get(`t3.${key}.${c}`)?.value],
      );
    const stated = (values: number[]): unknown[] => values.map((v) => ['value', v]);
    expect(row('results.notProcessed.confirmOrReissue')).toEqual(stated([57, 16, 0, 0, 31, 0, 104]));
    expect(row('results.otherHandling.overdueCorrection')).toEqual(stated([0, 10, 0, 0, 0, 0, 10]));
    expect(row('results.otherHandling.unpaidFee')).toEqual(stated([1, 0, 0, 0, 0, 0, 1]));
  });

  it('a report of our own with both rows shortened and wrapped reads back completely (every cell of table 三 right)', () => {
    const truth = seven();
    const text = shortenedText(truth);
    expect(text).toContain('\n          5.要求确认或重   0   2   0   0   0   0   2\n            新出具信息\n');
    expect(text).toContain('\n（六）    1.申请人逾期不    0   0   0   0   0   0   0\n其他处            补正\n 理  2.申请人逾期未按');
    const { report } = parseReport(text);
    const got = new Map(listCells(report!).map((c) => [c.address, c]));
    const want = listCells(truth).filter((c) => c.address.startsWith('t3.'));
    expect(want.map((c) => [c.address, got.get(c.address)?.status, got.get(c.address)?.value])).toEqual(
      want.map((c) => [c.address, c.status, c.value]),
    );
    expect(got.get('t3.results.notProcessed.confirmOrReissue.commercialEnterprise')?.value).toBe(2);
    expect(got.get('t3.results.notProcessed.confirmOrReissue.total')?.value).toBe(2);
    expect([
      got.get('t3.results.otherHandling.overdueCorrection.naturalPerson')?.status,
      got.get('t3.results.otherHandling.overdueCorrection.naturalPerson')?.value,
    ]).toEqual(['value', 0]);
  });
});

/** Every numbered table-三 row with keywords, of every registered version, by key (the first version's wins). */
function rows(): { key: string; label: string; keywords: readonly string[] }[] {
  const byKey = new Map<string, { key: string; label: string; keywords: readonly string[] }>();
  for (const v of REGISTERED_VERSIONS) for (const r of table3Definition(v).rows) if (!byKey.has(r.key)) byKey.set(r.key, r);
  return [...byKey.values()].filter((r) => r.keywords.length > 0);
}

describe('ShortenedLabels', () => {
  const all = rows();
  const index = new ShortenedLabels(all);

  it('reads each keyword after its marker as its own row or none; a label or a beginning of it (the rest wrapped below) is none', () => {
    for (const r of all) {
      const numbering = cleanLabel(r.label).numbering;
      if (!numbering) continue;
      expect(index.keyOf(r.label), r.label).toBeNull();
      const clean = cleanLabel(r.label).clean;
      for (let n = 1; n < clean.length; n++) expect(index.keyOf(`${numbering.marker}${clean.slice(0, n)}`)).toBeNull();
      for (const k of r.keywords) expect([r.key, null], `${numbering.marker}${k}`).toContain(index.keyOf(`${numbering.marker}${k}`));
    }
  });

  it('no shortened form of one label can be read as another row: every pair of labels (both versions)', () => {
    // A text is read as row B only if it holds a keyword of B, is B's label with words left out
    // and carries B's marker. For a pair (A, B) with the same marker, a text read as A that could
    // be read as B would hold a keyword of B that is A's label with words left out: none is.
    for (const a of all)
      for (const b of all) {
        if (a.key === b.key) continue;
        const na = cleanLabel(a.label).numbering;
        const nb = cleanLabel(b.label).numbering;
        if (!na || !nb || na.style !== nb.style || na.value !== nb.value) continue;
        const ca = cleanLabel(a.label).clean;
        for (const k of b.keywords) expect(isSubsequence(cleanText(k), ca), `${a.label} / ${k}`).toBe(false);
      }
  });

  it('turns away a text of another marker, without a keyword, or with words the label does not have', () => {
    expect(index.keyOf('5.要求确认或重新出具信息')).toBe('results.notProcessed.confirmOrReissue');
    expect(index.keyOf('1.申请人逾期不补正')).toBe('results.otherHandling.overdueCorrection');
    expect(index.keyOf('4.要求确认或重新出具信息')).toBeNull();
    expect(index.keyOf('要求确认或重新出具信息')).toBeNull();
    expect(index.keyOf('5.要求确认或重')).toBeNull();
    // (a piece trimmed by a character, `类` of `三类`, the label's rest wrapped below: no word left out)
    expect(index.keyOf('5.属于三内部事务')).toBeNull();
    expect(index.keyOf('1.本机关不掌握相关信息')).toBe('results.unableToProvide.notHeld');
    expect(index.keyOf('2.法律行政法规禁止公开')).toBe('results.denied.prohibitedByLaw');
    expect(index.keyOf('2.申请人逾期未按收费通知缴纳费用')).toBe('results.otherHandling.unpaidFee');
    expect(index.keyOf('2.没有现成信息需要')).toBeNull();
    expect(index.keyOf('1.申请人逾期不补正行政机关')).toBeNull();
    expect(index.keyOf('5.要求确认或重新出具新信息')).toBeNull();
    expect(index.mayEndWith('新出具信息')).toBe(true);
    expect(index.mayEndWith('补正')).toBe(true);
    expect(index.mayEndWith('补正甲')).toBe(false);
  });
});
