/**
 * Rows printed blank as nothing at all (no marker on their lines) in a LibreOffice print, issue 12:
 * probe seed 320 p08 lo-pdf, our own report, table 三's text items as the library's PDF reader gives
 * them. Seven rows print their label alone; `empty-rows-blank.ts` reads them blank where every other
 * row's numbers stand by its own label. One of them, `8、属于行政查询事项`, is followed by the next group's
 * bracket `(` on the next row's line (`(    （1）本  —  0  0 …`); the label joined over its lines with no
 * number among them (`joinLabelRuns`) took that bracket too (the probe reads the label with it), so the
 * label reached the next row's line, that row's numbers stood by two labels, and all seven rows stayed
 * `missing` (49 cells flagged). The pieces joined now stop at a line holding a number or a blank mark:
 * another row's line.
 */
import { describe, expect, it } from 'vitest';
import { listCells, parsePositionedText, type PositionedText } from 'zfxxgk-report';
import { joinParagraphCells, lexLines } from '../src/grammar/lines.js';
import { joinWrappedLabels, type LabelProbe, type WrappedLabel } from '../src/repairs/wrapped-labels.js';
import { detectLayout, tokenize } from '../src/tables/tokens.js';
import { readFixture } from './helpers/probe-fixtures.js';

const ITEMS = 'probe-320-p08-lo-pdf-t3.items.json';

/** Table 三 as generated (the report's truth), in the template's column order; `null` a blank cell. */
const TRUTH: Record<string, (number | null)[]> = {
  newReceived: [null, null, null, null, null, 0, null],
  carriedOver: [null, null, null, null, null, null, null],
  'results.granted': [null, null, null, 0, null, 0, null],
  'results.partiallyGranted': [0, null, 0, 0, null, 0, null],
  'results.denied.stateSecret': [null, null, null, 0, null, null, 0],
  'results.denied.prohibitedByLaw': [null, null, null, 0, null, null, null],
  'results.denied.securityStability': [null, null, 0, null, null, null, null],
  'results.denied.thirdPartyRights': [null, null, null, null, null, 0, null],
  'results.denied.internalAffairs': [0, 0, null, null, null, null, null],
  'results.denied.processInformation': [null, null, null, null, null, null, null],
  'results.denied.enforcementCaseFile': [null, null, null, null, null, null, null],
  'results.denied.administrativeQuery': [null, null, null, null, null, null, null],
  'results.unableToProvide.notHeld': [null, 0, 0, null, null, null, null],
  'results.unableToProvide.needsCreation': [null, null, null, null, null, null, null],
  'results.unableToProvide.stillUnclear': [null, null, 0, 0, null, null, null],
  'results.notProcessed.petitionOrComplaint': [null, null, null, 0, null, null, null],
  'results.notProcessed.duplicate': [null, 0, 0, null, null, null, 0],
  'results.notProcessed.publication': [null, null, null, null, 0, null, null],
  'results.notProcessed.massRepeated': [null, null, null, null, null, null, null],
  'results.notProcessed.confirmOrReissue': [0, null, 0, 0, 0, null, 0],
  'results.otherHandling': [null, null, null, 0, null, null, 0],
  'results.total': [null, null, null, null, null, null, 0],
  carriedForward: [null, null, null, null, null, null, null],
};

/** The rows that print nothing at all. */
const BLANK_ROWS = [
  'carriedOver',
  'results.denied.processInformation',
  'results.denied.enforcementCaseFile',
  'results.denied.administrativeQuery',
  'results.unableToProvide.needsCreation',
  'results.notProcessed.massRepeated',
  'carriedForward',
];

function items(): PositionedText[] {
  const rows = JSON.parse(readFixture(ITEMS)) as [string, number, number, number, number, number][];
  return rows.map(([text, page, x, y, width, size]): PositionedText => ({ text, page, x, y, width, size }));
}

describe('rows printed as nothing, one label followed by the next group’s bracket (probe 320 p08, lo-pdf)', () => {
  const r = parsePositionedText(items(), { pages: 5 });
  const cells = listCells(r.report!).filter((c) => c.address.startsWith('t3.'));

  it('reads every cell of table 三 as generated', () => {
    const read: Record<string, (number | null | string)[]> = {};
    for (const c of cells) {
      const row = c.address.slice(3, c.address.lastIndexOf('.'));
      (read[row] ??= []).push(c.status === 'value' ? c.value : c.status === 'blank' ? null : c.status);
    }
    expect(read).toEqual(TRUTH);
  });

  it('names the rows read blank by position', () => {
    const named = r.diagnostics.filter((d) => d.code === 'blank-by-position').map((d) => d.path);
    expect([...named].sort()).toEqual(BLANK_ROWS.map((k) => `t3.${k}`).sort());
  });
});

describe('a label joined over lines with no number among them stops at another row’s line', () => {
  const LABEL = '8.属于行政查询事项';
  // (the probe reads the label with a bracket after it, as the template's probe does)
  const probe: LabelProbe = (t: string) =>
    t === LABEL || t === `${LABEL}(`
      ? { key: 'administrativeQuery', exact: true }
      : t === '(1)本机关不掌握相关政府信息'
        ? { key: 'notHeld', exact: true }
        : null;

  function joins(lines: readonly string[]): [string, number, number | undefined][] {
    const text = lines.join('\n') + '\n';
    const lexed = joinParagraphCells(lexLines(text), text);
    const joined: WrappedLabel[] = [];
    joinWrappedLabels(tokenize(lexed, detectLayout(lexed)), probe, joined);
    return joined.map((j) => [j.label.text, j.label.line, j.label.lastLine]);
  }

  it('leaves the bracket on the next row’s line out of the blank row’s label', () => {
    const got = joins([
      '         7.属于        0      0      —    —     —      —    0',
      '         8.属于',
      '         行政查询',
      '           事项',
      '     (   (1)本      —       0      0   —      —      —   —',
      '         机关不掌',
    ]);
    expect(got.map(([t]) => t)).toContain(LABEL);
    const label = got.find(([t]) => t === LABEL);
    expect(label && label[2]! - label[1]).toBe(2);
    expect(got.map(([t]) => t)).not.toContain(`${LABEL}(`);
  });
});
