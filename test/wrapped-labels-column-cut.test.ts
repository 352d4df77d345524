/**
 * A group label's text run into several pieces of the first row's label (`pdftotext -layout` of a
 * Word-width table printed by Chromium: `（四） 1.本机` / `无法提 关不掌握` / `供 相关政府` / `信息`, the
 * single space between the two cells' texts taken out as justification space in normalised text):
 * only the piece next to the numbers was read without the other cell's characters, so the row was not
 * found and its numbers went unclaimed (probe seeds 261–299: the row 1.本机关不掌握相关政府信息 not found in
 * 10 chromium-layout reports). Each piece starting left of the column of the row label's piece before the
 * numbers is now read from that column on (`columnCutJoin` in `src/repairs/wrapped-labels.ts`).
 */
import { describe, expect, it } from 'vitest';
import { joinParagraphCells, lexLines } from '../src/grammar/lines.js';
import { joinWrappedLabels, type LabelProbe, type WrappedLabel } from '../src/repairs/wrapped-labels.js';
import { detectLayout, tokenize } from '../src/tables/tokens.js';

const LABEL = '1.本机关不掌握相关政府信息';
const probe: LabelProbe = (t: string) => (t === LABEL ? { key: 'notHeld', exact: true } : null);

function joins(text: string, p: LabelProbe = probe): string[] {
  const lines = joinParagraphCells(lexLines(text), text);
  const joined: WrappedLabel[] = [];
  joinWrappedLabels(tokenize(lines, detectLayout(lines)), p, joined);
  return joined.map((j) => j.label.text);
}

describe("a group cell's text run into the row label's pieces", () => {
  // (the row label's piece before the numbers at column 7; the group's `无法提` and `供` left of it)
  const text = ['   (四) 1.本机            0    7           7', '   无法提关不掌握', '     供相关政府', '          信息'].join('\n');

  it('reads each piece from the row label column on and joins the label', () => {
    expect(joins(text)).toEqual([LABEL]);
  });

  it('joins nothing where two cuts make two different labels', () => {
    const two: LabelProbe = (t: string) =>
      t === LABEL ? { key: 'notHeld', exact: true } : t === '1.本机不掌握相关政府信息' ? { key: 'other', exact: true } : null;
    expect(joins(text, two)).toEqual([]);
  });

  it('leaves pieces right of the column as printed (no cut of the row label itself)', () => {
    const right = ['   (四) 1.本机            0    7           7', '        关不掌握相关', '        政府信息'].join('\n');
    expect(joins(right, (t: string) => (t === '1.本机关不掌握相关政府信息' ? { key: 'notHeld', exact: true } : null))).toEqual([LABEL]);
  });
});
