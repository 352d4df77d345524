/**
 * A whole line of numbers before table 三's first row label in `pdftotext -layout` text of a browser
 * print whose numbers wrap in narrow cells (probe seed 262, p05, chromium-layout: our own report). The
 * browser centres a cell's lines in its row, so the first row's numbers, wrapped over three lines beside
 * a one-line label, start a line above the label (`２８９ ２０６ …` over `本年新收政府信息公开申请数量 ６１８ …`).
 * The ownership repair read that line as a whole row printed before its label and the order as mixed
 * (`ownership-undecided`): every row read both ways, most cells ambiguous. Laid out by position, with
 * the first row holding more numbers than the table has columns, the line is the top of that row's
 * wrapped cells and shows no order: the numbers follow their labels, and the wrapped-cells deal reads
 * the rows whose pieces stand in their bands.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from 'zfxxgk-report';
import { cellsUnder, readFixture, statedWrong } from './helpers/probe-fixtures.js';

const text = readFixture('probe-262-p05-chromium-layout.txt');

/** Rows of the report (its truth), each read whole now. */
const READ: Record<string, (number | null)[]> = {
  carriedOver: [593, 98529, 0, 8434, 0, 47, 107603],
  'results.granted': [96, 6041, 757, 475, 1063, 0, 8432],
  'results.partiallyGranted': [74, 314, 531, 0, 5090, 9229, 15238],
  'results.denied.stateSecret': [888, 5775, 68690, 30, 10, 5, 75398],
  'results.denied.thirdPartyRights': [72540, 0, 78810, 5, 398, 459, 152212],
  'results.unableToProvide.notHeld': [68, 19546, 4588, 1310, 42104, 3, 67619],
  'results.notProcessed.confirmOrReissue': [0, 71635, 90031, 55483, 7, 3, 217159],
  carriedForward: [235, 93, 83192, 7, 2254, 3833, 89614],
};

/** Rows whose pieces the deal cannot read from their bands (flagged, never wrong). */
const FLAGGED: Record<string, (number | null)[]> = {
  newReceived: [289618, 206121, 441988, 125724, 311231, 97616, 1472298],
  'results.unableToProvide.needsCreation': [98457, 0, 0, 2, 57095, 10192, 165746],
  'results.notProcessed.duplicate': [5, 669, 3, 0, 0, 22225, 22902],
  'results.total': [289976, 304557, 358796, 134151, 308977, 93830, 1490287],
};

describe('probe 262 p05 chromium-layout: numbers wrapped above the first row label', () => {
  it('reads the numbers after their labels (no ownership-undecided)', () => {
    const codes = parseReport(text).diagnostics.map((d) => d.code);
    expect(codes).not.toContain('ownership-undecided');
    expect(codes).toContain('cells-unwrapped');
  });

  it('states the rows the deal reads, with their exact values', () => {
    for (const [row, truth] of Object.entries(READ))
      expect(
        cellsUnder(text, `t3.${row}.`).map((c) => (c.status === 'value' ? c.value : c.status)),
        row,
      ).toEqual(truth);
  });

  it('states nothing wrong in the rows it cannot read', () => {
    for (const [row, truth] of Object.entries(FLAGGED)) expect(statedWrong(cellsUnder(text, `t3.${row}.`), truth), row).toEqual([]);
  });
});
