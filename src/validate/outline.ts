/**
 * The report's outline as the outline rules see it: the top-level headings in source order, with
 * the value of their numeral and their numbering system, leaving out heading-like lines that sit
 * inside a table (a row label such as `三、本年度办理结果` broken by a converter is not a heading).
 */
import type { Report, Section } from '../model/report.js';
import type { CellReader } from './operands.js';

/** A top-level heading of the outline. */
export interface OutlineHeading {
  /** The section. */
  section: Section;
  /** Position among the report's sections. */
  index: number;
  /** Value of the numeral (`四` → 4), `null` when the numeral was lost in extraction. */
  value: number | null;
  /** The numbering system: the marker with its numeral replaced by `N` (`N、`, `N.`, `第N部分`); `null` when the numeral was lost. */
  system: string | null;
}

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/**
 * Value of a Chinese numeral up to 99 (`十二` → 12), or of Arabic digits; `null` when malformed.
 * (The grammar has the same function; validation does not import the grammar, which would bring
 * the parser combinators into the validation bundle.)
 */
export function numeralValue(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '十') return 10;
  const ten = s.indexOf('十');
  if (ten === -1) return s.length === 1 ? (DIGITS[s] ?? null) : null;
  const tens = ten === 0 ? 1 : (DIGITS[s.slice(0, ten)] ?? null);
  const ones = ten === s.length - 1 ? 0 : (DIGITS[s.slice(ten + 1)] ?? null);
  if (tens === null || ones === null) return null;
  return tens * 10 + ones;
}

/** Source spans of the tables (from the first to the last cell with a location). */
function tableSpans(reader: CellReader): [number, number][] {
  const spans: [number, number][] = [];
  for (const table of ['t2', 't3', 't4'] as const) {
    let from = Infinity;
    let to = -Infinity;
    for (const c of reader.tableCells(table)) {
      const loc = c?.location;
      if (!loc) continue;
      from = Math.min(from, loc.start);
      to = Math.max(to, loc.end);
    }
    if (from < to) spans.push([from, to]);
  }
  return spans;
}

/** The outline of each reader's report: the outline rules share it within one validation. */
const OUTLINES = new WeakMap<CellReader, readonly OutlineHeading[]>();

/** The top-level headings of a report (the report `reader` reads), in source order. Shared: callers must not change it. */
export function outlineHeadings(report: Report, reader: CellReader): readonly OutlineHeading[] {
  const known = OUTLINES.get(reader);
  if (known) return known;
  const out = headingsOf(report, reader);
  OUTLINES.set(reader, out);
  return out;
}

function headingsOf(report: Report, reader: CellReader): OutlineHeading[] {
  const spans = tableSpans(reader);
  const out: OutlineHeading[] = [];
  report.sections.forEach((section, index) => {
    if (section.level !== 1) return;
    const at = section.location.start;
    if (section.key === null && spans.some(([a, b]) => at > a && at < b)) return;
    const n = section.number;
    out.push({
      section,
      index,
      value: n === null ? null : numeralValue(n),
      system: n === null ? null : section.marker.replace(n, 'N').replace(/\s+/g, ''),
    });
  });
  return out;
}
