/**
 * parseOcr: pages of OCR boxes read through the core's layout reader. Made-up boxes (a rendered
 * report cut into one box per cell), so no OCR engine is needed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listCells, LOW_CONFIDENCE, parseOcr, renderReport, type OcrBox, type OcrPage } from '../src/index.js';
import { glyphBox, pageMargin, snapLines } from '../src/ocr/box-geometry.js';
import { SIGNED_CONFIDENCE_MARGIN } from '../src/ocr/confidence.js';
import { undoConfusions } from '../src/ocr/confusions.js';
import { consistentReport } from './helpers/fixtures.js';

/** Height of a box (pixels) and width of one CJK character. */
const H = 24;
const LINE = 40;

/**
 * A report as one page of boxes: each cell of the text rendering is a box (labels as wide as their
 * characters, numbers half as wide per digit), cells separated by a column gap.
 */
function boxesOf(text: string, edit: (box: OcrBox, line: string, cell: number) => OcrBox | null = (b) => b): OcrPage {
  const boxes: OcrBox[] = [];
  text.split('\n').forEach((line, row) => {
    const cells = line.startsWith('|') ? line.replace(/^\|\s*|\s*\|$/g, '').split(' | ') : [line];
    let x = 20;
    cells.forEach((cell, k) => {
      const width = [...cell].reduce((w, ch) => w + (/[\x20-\x7e]/.test(ch) ? H / 2 : H), 0);
      const y0 = row * LINE + 10;
      const box = edit({ text: cell, x0: x, y0, x1: x + width, y1: y0 + H, confidence: 0.99 }, line, k);
      if (box && cell.trim() !== '') boxes.push(box);
      x += width + 3 * H;
    });
  });
  return { width: 2000, height: text.split('\n').length * LINE + 20, boxes };
}

const report = consistentReport(3, '2021');
const text = renderReport(report, { to: 'text' });
const truth = new Map(listCells(report).map((c) => [c.address, c.value]));

function cellsOf(result: ReturnType<typeof parseOcr>): Map<string, ReturnType<typeof listCells>[number]> {
  expect(result.report).not.toBeNull();
  return new Map(listCells(result.report!).map((c) => [c.address, c]));
}

describe('parseOcr', () => {
  it('reads every cell of clean boxes, with page and pixel positions', () => {
    const result = parseOcr([boxesOf(text)]);
    const cells = cellsOf(result);
    for (const [address, value] of truth) expect([address, cells.get(address)?.value]).toEqual([address, value]);
    const granted = cells.get('t3.results.granted.total');
    expect(granted?.location?.page).toBe(1);
    expect(typeof granted?.location?.x).toBe('number');
    expect(result.diagnostics.filter((d) => d.code.startsWith('ocr-'))).toEqual([]);
  });

  it('reads boxes given in any order, and boxes whose heights overlap as one line', () => {
    const page = boxesOf(text, (b, _l, k) => ({ ...b, y0: b.y0 + (k % 2) * 5, y1: b.y1 + (k % 2) * 5 }));
    page.boxes.reverse();
    const cells = cellsOf(parseOcr([page]));
    for (const [address, value] of truth) expect([address, cells.get(address)?.value]).toEqual([address, value]);
  });

  it('a doubtful digit in table 二 (no arithmetic) is a candidate, not a value', () => {
    const v = truth.get('t2.art20_5.administrativeLicensing.decisionCount') as number;
    const page = boxesOf(text, (b, line) => (line.startsWith('| 行政许可 |') && b.text === String(v) ? { ...b, confidence: 0.5 } : b));
    const result = parseOcr([page]);
    const cell = cellsOf(result).get('t2.art20_5.administrativeLicensing.decisionCount');
    expect(cell).toMatchObject({ status: 'ambiguous', value: null, candidates: [v] });
    const d = result.diagnostics.find((x) => x.code === 'ocr-low-confidence');
    expect(d?.addresses).toEqual(['t2.art20_5.administrativeLicensing.decisionCount']);
    expect(d?.location?.page).toBe(1);
  });

  it('a doubtful reading in a column that may be negative (本年增/减) has both signs as candidates', () => {
    const r2019 = consistentReport(4, '2019');
    const text2019 = renderReport(r2019, { to: 'text' });
    const change = listCells(r2019).find((c) => c.address.endsWith('.yearChange') && c.value !== null && c.value !== 0);
    expect(change).toBeDefined();
    const v = change!.value as number;
    const seen = new Set<string>();
    // The dash dropped: the box reads |v| at low confidence (the engine lowers it when ink is unread).
    const page = boxesOf(text2019, (b, line, k) => {
      if (b.text !== String(v) || k !== 2 || seen.size > 0 || !line.includes(String(v))) return b;
      seen.add(line);
      return { ...b, text: String(Math.abs(v)), confidence: 0.5 };
    });
    const cell = cellsOf(parseOcr([page])).get(change!.address);
    expect(cell).toMatchObject({ status: 'ambiguous', value: null, candidates: [Math.abs(v), -Math.abs(v)] });
  });

  it('a reading in 本年增/减 needs SIGNED_CONFIDENCE_MARGIN more certainty (a lost minus sign changes no digit)', () => {
    const r2019 = consistentReport(4, '2019');
    const text2019 = renderReport(r2019, { to: 'text' });
    const change = listCells(r2019).find((c) => c.address.endsWith('.yearChange') && c.value !== null && c.value < 0);
    expect(change).toBeDefined();
    const v = change!.value as number;
    const confidence = LOW_CONFIDENCE + SIGNED_CONFIDENCE_MARGIN / 2;
    let seen = false;
    const page = boxesOf(text2019, (b, _line, k) => {
      if (b.text !== String(v) || k !== 2 || seen) return b;
      seen = true;
      return { ...b, text: String(-v), confidence };
    });
    const result = parseOcr([page]);
    expect(cellsOf(result).get(change!.address)).toMatchObject({ status: 'ambiguous', value: null, candidates: [-v, v] });
    // The same certainty elsewhere (a column without a sign) is enough.
    const other = boxesOf(text, (b, line) => (line.startsWith('| 行政许可 |') ? { ...b, confidence } : b));
    const cell = cellsOf(parseOcr([other])).get('t2.art20_5.administrativeLicensing.decisionCount');
    expect(cell).toMatchObject({ status: 'value', value: truth.get('t2.art20_5.administrativeLicensing.decisionCount') });
  });

  it('a doubtful digit that the arithmetic confirms stays a value (ocr-confirmed)', () => {
    const v = truth.get('t3.newReceived.total') as number;
    const page = boxesOf(text, (b, line) => (line.includes('一、本年新收') && b.text === String(v) ? { ...b, confidence: 0.3 } : b));
    const result = parseOcr([page]);
    expect(cellsOf(result).get('t3.newReceived.total')).toMatchObject({ status: 'value', value: v });
    expect(result.diagnostics.find((d) => d.code === 'ocr-confirmed')?.addresses).toEqual(['t3.newReceived.total']);
  });

  it('a doubtful misread the arithmetic contradicts is ambiguous, with the reading and the value the equations need', () => {
    const v = truth.get('t3.newReceived.total') as number;
    const misread = v + 10;
    const page = boxesOf(text, (b, line) =>
      line.includes('一、本年新收') && b.text === String(v) ? { ...b, text: String(misread), confidence: 0.4 } : b,
    );
    const result = parseOcr([page]);
    expect(cellsOf(result).get('t3.newReceived.total')).toMatchObject({ status: 'ambiguous', value: null, candidates: [misread, v] });
  });

  it('a confident misread in the equation of a doubtful cell is named (ocr-sum-contradicted), never silent', () => {
    const total = truth.get('t3.newReceived.total') as number;
    const person = truth.get('t3.newReceived.naturalPerson') as number;
    // The row's total is right but doubtful; the first cell is misread with confidence (a digit lost).
    const page = boxesOf(text, (b, line, k) => {
      if (!line.includes('一、本年新收')) return b;
      if (b.text === String(total) && k === line.split(' | ').length - 1) return { ...b, confidence: 0.5 };
      if (k === 1 && b.text === String(person)) return { ...b, text: String(person * 10 + 1), confidence: 0.99 };
      return b;
    });
    const result = parseOcr([page]);
    const cells = cellsOf(result);
    expect(cells.get('t3.newReceived.total')).toMatchObject({ status: 'ambiguous' });
    expect(cells.get('t3.newReceived.naturalPerson')).toMatchObject({ status: 'value', value: person * 10 + 1 });
    const named = result.diagnostics.filter((d) => d.code === 'ocr-sum-contradicted').flatMap((d) => d.addresses ?? []);
    expect(named).toContain('t3.newReceived.naturalPerson');
    expect(named).toContain('t3.newReceived.total');
  });

  it('several doubtful cells of one equation are confirmed together when every equation holds as read', () => {
    const page = boxesOf(text, (b, line) => (line.includes('（一）予以公开') && /^\d+$/.test(b.text) ? { ...b, confidence: 0.5 } : b));
    const result = parseOcr([page]);
    const cells = cellsOf(result);
    for (const [address, value] of truth)
      if (address.startsWith('t3.results.granted.')) expect(cells.get(address)).toMatchObject({ status: 'value', value });
  });

  it('the threshold is a named constant and an option', () => {
    expect(LOW_CONFIDENCE).toBeGreaterThan(0);
    const v = truth.get('t2.art20_5.administrativeLicensing.decisionCount') as number;
    const page = boxesOf(text, (b, line) => (line.startsWith('| 行政许可 |') && b.text === String(v) ? { ...b, confidence: 0.5 } : b));
    expect(cellsOf(parseOcr([page], { minConfidence: 0.4 })).get('t2.art20_5.administrativeLicensing.decisionCount')).toMatchObject({
      status: 'value',
      value: v,
    });
  });

  it('undoes the usual OCR confusions: o/O for 0 in numbers, 子 for 予 in template labels', () => {
    const zeros = boxesOf(text, (b) =>
      b.text === '0' ? { ...b, text: 'O' } : /^\d*0\d*$/.test(b.text) ? { ...b, text: b.text.replace(/0/g, 'o') } : b,
    );
    const cells = cellsOf(parseOcr([zeros]));
    for (const [address, value] of truth) expect([address, cells.get(address)?.value]).toEqual([address, value]);
    const label = boxesOf(text, (b) => ({ ...b, text: b.text.replace('予以公开', '子以公开') }));
    const granted = cellsOf(parseOcr([label]));
    for (const [address, value] of truth) if (address.startsWith('t3.results.granted.')) expect(granted.get(address)?.value).toBe(value);
  });

  it('confusions stay inside numbers and template phrases', () => {
    expect(undoConfusions('1o件').text).toBe('10件');
    expect(undoConfusions('2O23年').text).toBe('2023年');
    expect(undoConfusions('Office ISO 9001').text).toBe('Office ISO 9001');
    expect(undoConfusions('孩子以后').text).toBe('孩子以后');
    expect(undoConfusions('不子公开').text).toBe('不予公开');
  });

  it('rows split across a page break are read', () => {
    const lines = text.split('\n');
    const cut = lines.findIndex((l) => l.includes('4.保护第三方合法权益'));
    const first = boxesOf(lines.slice(0, cut).join('\n'));
    const second = boxesOf(lines.slice(cut).join('\n'));
    const cells = cellsOf(parseOcr([first, second]));
    for (const [address, value] of truth) expect([address, cells.get(address)?.value]).toEqual([address, value]);
  });

  it('detector boxes (taller than their glyphs) with group labels wrapped around the rows they name', () => {
    // A detector's margin around every box, a pixel or two of jitter, and each group label of table
    // 三 wrapped in two pieces set 0.6 of a font size above and below the centre of its group.
    const margin = 0.25 * H;
    const lines = text.split('\n');
    const groups = ['（三）不予公开', '（四）无法提供', '（五）不予处理', '（六）其他处理'];
    const page = boxesOf(text);
    const boxes: OcrBox[] = [];
    let k = 0;
    for (const b of page.boxes) {
      const jitter = ((k++ * 7) % 5) - 2;
      const padded = { ...b, x0: b.x0 - margin, x1: b.x1 + margin, y0: b.y0 - margin + jitter, y1: b.y1 + margin + jitter };
      if (!groups.includes(b.text)) {
        boxes.push(padded);
        continue;
      }
      const row = Math.round((b.y0 - 10) / LINE);
      let n = 1;
      while (!/^\| （/.test(lines[row + n] ?? '| （')) n++;
      const middle = b.y0 + ((n - 1) * LINE) / 2 + H / 2;
      const half = [...b.text].length - 2;
      const piece = (t: string, centre: number): OcrBox => ({
        ...padded,
        text: t,
        x1: padded.x0 + [...t].length * H + 2 * margin,
        y0: centre - H / 2 - margin,
        y1: centre + H / 2 + margin,
      });
      boxes.push(piece(b.text.slice(0, half), middle - 0.6 * H), piece(b.text.slice(half), middle + 0.6 * H));
    }
    expect(pageMargin(boxes)).toBeCloseTo(margin, 0);
    const cells = cellsOf(parseOcr([{ ...page, boxes }]));
    for (const [address, value] of truth) expect([address, cells.get(address)?.value]).toEqual([address, value]);
  });

  it('a lone full stop among the numbers (how a lone 0 is often read) is a doubtful 0', () => {
    let done = false;
    const page = boxesOf(text, (b, line) => {
      if (done || !line.includes('（一）予以公开') || b.text !== '0') return b;
      done = true;
      return { ...b, text: '。', confidence: 0.95 };
    });
    expect(done).toBe(true);
    const result = parseOcr([page]);
    const cells = cellsOf(result);
    for (const [address, value] of truth) expect([address, cells.get(address)?.value]).toEqual([address, value]);
    expect(result.diagnostics.filter((d) => d.code === 'ocr-confirmed').length).toBeGreaterThan(0);
  });

  it('box geometry: the margin from boxes of Chinese text, none for tight boxes; one centre line a printed line', () => {
    const chinese = (x: number, n: number, m: number): OcrBox => ({
      text: '政'.repeat(n),
      x0: x - m,
      x1: x + n * 20 + m,
      y0: 100 - m,
      y1: 120 + m,
    });
    expect(pageMargin([chinese(0, 4, 5), chinese(200, 6, 5), chinese(400, 2, 5)])).toBeCloseTo(5, 5);
    expect(pageMargin([chinese(0, 4, 0), chinese(200, 6, 0), chinese(400, 2, 0)])).toBe(0);
    // Too few boxes tell nothing: no margin.
    expect(pageMargin([chinese(0, 4, 5)])).toBe(0);
    const g = glyphBox({ text: '12', x0: 10, x1: 40, y0: 0, y1: 30 }, 5);
    expect(g).toEqual({ x: 15, width: 20, centre: 15, size: 20 });
    const line = [99, 101, 100.5, 112].map((centre) => ({ x: 0, width: 10, centre, size: 20 }));
    snapLines(line);
    expect(line.map((b) => b.centre)).toEqual([100.5, 100.5, 100.5, 112]);
  });

  it('pages without boxes give pdf-no-text; malformed input throws a TypeError', () => {
    expect(parseOcr([{ width: 100, height: 100, boxes: [] }]).diagnostics.map((d) => d.code)).toEqual(['pdf-no-text']);
    expect(() => parseOcr({} as unknown as OcrPage[])).toThrow(TypeError);
    expect(() => parseOcr([{ width: 1, height: 1 } as unknown as OcrPage])).toThrow(TypeError);
    expect(() => parseOcr([], { minConfidence: 2 })).toThrow(TypeError);
  });

  it('property: low-confidence misreads never leave a wrong value silently', () => {
    const numbers = boxesOf(text).boxes.filter((b) => /^\d+$/.test(b.text)).length;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(numbers - 1), fc.nat(9), fc.double({ min: 0, max: LOW_CONFIDENCE - 0.01, noNaN: true })), {
          minLength: 1,
          maxLength: 6,
        }),
        (edits) => {
          let k = -1;
          const page = boxesOf(text, (b) => {
            if (!/^\d+$/.test(b.text)) return b;
            k++;
            const e = edits.find(([i]) => i === k);
            return e ? { ...b, text: b.text.slice(0, -1) + String(e[1]), confidence: e[2] } : b;
          });
          const cells = cellsOf(parseOcr([page]));
          for (const [address, value] of truth) {
            const c = cells.get(address);
            if (c?.status === 'value') expect([address, c.value]).toEqual([address, value]);
          }
        },
      ),
      { numRuns: 40, seed: 20 },
    );
  });
});
