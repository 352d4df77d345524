/**
 * A vertical group label printed a character a line between the pieces of a row label whose own pieces
 * drift left of its first one (LibreOffice's `pdftotext -layout` lines, each laid out on its own: probe
 * seed 295 p01, `２．其他` / `不` / `法律行政` / `予   法规禁止` / `公    公开` / `开`): the pieces wholly left of
 * the row label's first piece were all left out, the row's own with the group's characters, and the
 * row 2.其他法律行政法规禁止公开 was not found in 8 lo-layout reports of the probe seeds. The single
 * characters alone on their lines left of that column are now left out alone (`withoutLoneCharacters`
 * in `src/repairs/wrapped-labels.ts`).
 */
import { describe, expect, it } from 'vitest';
import { joinParagraphCells, lexLines } from '../src/grammar/lines.js';
import { joinWrappedLabels, type LabelProbe, type WrappedLabel } from '../src/repairs/wrapped-labels.js';
import { detectLayout, tokenize } from '../src/tables/tokens.js';

const LABEL = '2.其他法律行政法规禁止公开';
const probe: LabelProbe = (t: string) => (t === LABEL ? { key: 'prohibitedByLaw', exact: true } : null);

function joins(text: string): string[] {
  const lines = joinParagraphCells(lexLines(text), text);
  const joined: WrappedLabel[] = [];
  joinWrappedLabels(tokenize(lines, detectLayout(lines)), probe, joined);
  return joined.map((j) => j.label.text);
}

describe("a vertical group label's characters between a row label's drifting pieces", () => {
  it('leaves the lone characters out and joins the row label', () => {
    const text = [
      '              2.其他                  0   51         0    51',
      '         不',
      '              法律行政',
      '予   法规禁止',
      '',
      '公    公开',
      '',
      '开',
    ].join('\n');
    expect(joins(text)).toEqual([LABEL]);
  });

  it("keeps a one-character piece in the row label's column (the label's own last character)", () => {
    const text = [
      '              2.其他                  0   51         0    51',
      '              法律行政法规禁止公',
      '              开',
    ].join('\n');
    expect(joins(text)).toEqual([LABEL]);
  });
});
