/** Downloads: report JSON, the tidy CSV (the CLI's `parse --format csv --bom`), Markdown and HTML tables. */
import { renderReport, toRows, type Diagnostic, type Report, type ValidationResult } from 'zfxxgk-report';

/** The header of the CLI's CSV. */
const CSV_HEADER = 'file,agency,year,table,address,row_label,column_label,value,status\n';

/** A CSV field (RFC 4180), as the CLI writes it. */
function field(v: string | number): string {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The tidy CSV of a report, byte for byte what `zfxxgk parse FILE --format csv --bom` prints. */
export function reportCsv(report: Report, file: string): string {
  const lines = toRows(report).map((r) =>
    [file, r.agency ?? '', r.year ?? '', r.table, r.address, r.rowLabel, r.columnLabel, r.value ?? '', r.status].map(field).join(','),
  );
  return `\ufeff${CSV_HEADER}${lines.length > 0 ? `${lines.join('\n')}\n` : ''}`;
}

/** The report, its diagnostics and its validation issues as JSON. */
export function reportJson(file: string, report: Report | null, diagnostics: readonly Diagnostic[], validation: ValidationResult | null): string {
  return `${JSON.stringify({ file, report, diagnostics, validation: validation ? { ok: validation.ok, issues: validation.issues } : null }, null, 2)}\n`;
}

/** The tables rendered as Markdown or HTML in the template's layout. */
export function reportTables(report: Report, to: 'markdown' | 'html'): string {
  return renderReport(report, { to, tablesOnly: true });
}

/** Offers a string as a file download. */
export function download(name: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `report.pdf` → `report` (for naming downloads). */
export function baseName(name: string): string {
  return name.replace(/\.[^./\\]+$/, '') || 'report';
}
