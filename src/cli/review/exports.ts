/**
 * The review for analysts: one NDJSON record per document (`reports.ndjson`), one per problem
 * (`problems.ndjson`), and the same as tidy CSV (`reports.csv`, `problems.csv`).
 */
import type { CollectionReview } from '../../compare/review.js';
import { csvField as csv } from '../../render/to-csv.js';

/** A record per document: the reports taken, then the documents set aside. */
export function reportRecords(review: CollectionReview): Record<string, unknown>[] {
  return [
    ...review.reports.map((r) => ({
      file: r.file,
      status: 'report',
      agency: r.agency,
      printedAgency: r.printedAgency,
      year: r.year,
      table2: r.report.templateVersions.table2,
      table3: r.report.templateVersions.table3,
      complete: r.complete,
      cells: r.cells,
      ok: r.validation.ok,
      verdict: r.validation.status,
      problems: r.problems.length,
      duplicate: r.duplicate,
    })),
    ...review.setAside.map((s) => ({ file: s.file, status: s.reason, message: s.message, messageEn: s.messageEn })),
  ];
}

/** NDJSON of records. */
export function ndjson(records: readonly unknown[]): string {
  return records.map((r) => `${JSON.stringify(r)}\n`).join('');
}

const REPORT_COLUMNS = [
  'file',
  'status',
  'agency',
  'printed_agency',
  'year',
  'table2',
  'table3',
  'complete',
  'values',
  'blanks',
  'missing',
  'ambiguous',
  'ok',
  'verdict',
  'problems',
] as const;
const PROBLEM_COLUMNS = [
  'agency',
  'year',
  'file',
  'kind',
  'rule',
  'severity',
  'table',
  'row',
  'column',
  'expected',
  'actual',
  'message',
  'message_en',
] as const;

/** `reports.csv`: one row per document. */
export function reportsCsv(review: CollectionReview, bom = false): string {
  const lines = [REPORT_COLUMNS.join(',')];
  for (const r of review.reports) {
    lines.push(
      [
        r.file,
        'report',
        r.agency,
        r.printedAgency ?? '',
        r.year,
        r.report.templateVersions.table2 ?? '',
        r.report.templateVersions.table3 ?? '',
        r.complete,
        r.cells.value,
        r.cells.blank,
        r.cells.missing,
        r.cells.ambiguous,
        r.validation.ok,
        r.validation.status,
        r.problems.length,
      ]
        .map((v) => csv(typeof v === 'boolean' ? String(v) : v))
        .join(','),
    );
  }
  for (const s of review.setAside) lines.push([s.file, s.reason, '', '', '', '', '', '', '', '', '', '', '', '', ''].map(csv).join(','));
  return `${bom ? '\ufeff' : ''}${lines.join('\n')}\n`;
}

/** `problems.csv`: one row per problem. */
export function problemsCsv(review: CollectionReview, bom = false): string {
  const lines = [PROBLEM_COLUMNS.join(',')];
  for (const p of review.problems) {
    lines.push(
      [
        p.agency,
        p.year,
        p.file ?? '',
        p.kind,
        p.rule ?? '',
        p.severity,
        p.table,
        p.row,
        p.column,
        p.expected ?? '',
        p.actual ?? '',
        p.message,
        p.messageEn,
      ]
        .map(csv)
        .join(','),
    );
  }
  return `${bom ? '\ufeff' : ''}${lines.join('\n')}\n`;
}
