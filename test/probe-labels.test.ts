/**
 * Row labels and blank cells as the probe set prints them (issue 12, generality): labels worded or
 * broken differently from the template, blank tokens among the cells. Fixtures are our own
 * renderings; every cell must come back right or flagged, never silently wrong.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parseReport, renderReport, type Report, type TemplateVersion } from 'zfxxgk-report';
import { consistentCells, consistentReport } from './helpers/fixtures.js';
import { oneLine, renderInLayout } from './helpers/layouts.js';

/** Table 二's stated cells of a report, by address. */
function table2Cells(r: Report): Map<string, number | null> {
  return new Map(
    listCells(r)
      .filter((c) => c.address.startsWith('t2.'))
      .map((c) => [c.address, c.status === 'value' ? c.value : null]),
  );
}

/** How each cell of table 二 reads back: its value, `blank`, or its flag (`missing`, `ambiguous`). */
function readBack(text: string): Map<string, number | string | null> {
  const r = parseReport(text, { format: 'text' }).report as Report;
  return new Map(
    listCells(r)
      .filter((c) => c.address.startsWith('t2.'))
      .map((c) => [c.address, c.status === 'value' ? c.value : c.status === 'blank' ? null : c.status]),
  );
}

/** A label cell wrapped over two lines in browser text (`行政事<br>业性收费`): the label's first characters on a line of their own. */
const wrap = (text: string, label: string, at: number): string => {
  expect(text).toContain(`\n${label}\t`);
  return text.replace(`\n${label}\t`, `\n${label.slice(0, at)}\n${label.slice(at)}\t`);
};

describe('table 二: a row label wrapped over lines before its numbers', () => {
  const versions: TemplateVersion[] = ['2019', '2021'];
  for (const v of versions) {
    it(`joins the pieces that together are exactly a template label (${v})`, () => {
      for (const seed of [1, 2, 3]) {
        const report = consistentReport(seed, v);
        let text = renderInLayout(report, 'innertext');
        text = wrap(text, '行政事业性收费', 3);
        text = wrap(text, '行政强制', 2);
        if (v === '2019') text = wrap(wrap(text, '其他对外管理服务事项', 5), '政府集中采购', 3);
        const got = readBack(text);
        for (const [a, want] of table2Cells(report)) expect([a, got.get(a)]).toEqual([a, want]);
      }
    });
  }

  it('leaves the row flagged when the pieces are no template label together', () => {
    const report = consistentReport(1, '2021');
    const text = renderInLayout(report, 'innertext').replace('\n行政事业性收费\t', '\n行政事\n业收费\t');
    const got = readBack(text);
    expect(got.get('t2.art20_8.administrativeFees.feeAmount')).toBe('missing');
  });
});

/** Every cell of `report` as read back from `text`: its value, `null` for blank, or its flag. */
function allBack(text: string): Map<string, number | string | null> {
  const r = parseReport(text, { format: 'text' }).report as Report;
  return new Map(listCells(r).map((c) => [c.address, c.status === 'value' ? c.value : c.status === 'blank' ? null : c.status]));
}

/** The report's own cells (value, or null for blank). */
function truthOf(report: Report): Map<string, number | null> {
  return new Map(listCells(report).map((c) => [c.address, c.status === 'value' ? c.value : null]));
}

/** Indices (into {@link consistentCells}' list, as `consistentReport` takes them) of the cells whose address starts with a prefix. */
const cellIndices = (seed: number, v: TemplateVersion, prefixes: readonly string[]): number[] =>
  Object.keys(consistentCells(seed, { table2: v, table3: v })).flatMap((a, i) => (prefixes.some((p) => a.startsWith(p)) ? [i] : []));

describe('one-line text: blank cells written as markers', () => {
  const rows = ['t3.carriedOver.', 't3.results.denied.stateSecret.naturalPerson', 't4.'];
  for (const marker of ['无', '—', '-']) {
    it(`reads a row of ${marker}, a ${marker} right after a label, and table 四 all ${marker} as blanks`, () => {
      for (const v of ['2019', '2021'] as TemplateVersion[]) {
        const report = consistentReport(4, v, { blanks: cellIndices(4, v, rows) });
        const text = oneLine(renderReport(report, { to: 'text' }), false, marker);
        expect(text).toContain(`${marker} ${marker} ${marker}`);
        const got = allBack(text);
        for (const [a, want] of truthOf(report)) expect([a, got.get(a)]).toEqual([a, want]);
      }
    });
  }
});

describe('one-line text: a table-二 header cell wrapped at its slash', () => {
  for (const header of ['本年增 /减', '本年增/ 减']) {
    it(`reads the three columns of 第二十条第（五）项 under ${header}`, () => {
      const report = consistentReport(2, '2019');
      const text = oneLine(renderReport(report, { to: 'text' }), false);
      expect(text).toContain('本年增/减');
      const got = allBack(text.replaceAll('本年增/减', header));
      for (const [a, want] of truthOf(report))
        if (a.startsWith('t2.art20_5.') || a.startsWith('t2.art20_6.')) expect([a, got.get(a)]).toEqual([a, want]);
    });
  }
});
