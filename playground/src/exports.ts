/** Downloads: report JSON, the tidy CSV (the CLI's `parse --format csv --bom`), Markdown and HTML tables. */
import { renderReport, toCsv, type Diagnostic, type Report, type ReportValidationResult } from 'zfxxgk-report';

/** The tidy CSV of a report with a BOM: the core's {@link toCsv}, byte for byte what `zfxxgk parse FILE --format csv --bom` prints. */
export function reportCsv(report: Report, file: string): string {
  return toCsv(report, { file, bom: true });
}

/** The report, its diagnostics and its validation issues as JSON. */
export function reportJson(
  file: string,
  report: Report | null,
  diagnostics: readonly Diagnostic[],
  validation: ReportValidationResult | null,
): string {
  const v = validation ? { ok: validation.ok, status: validation.status, coverage: validation.coverage, issues: validation.issues } : null;
  return `${JSON.stringify({ file, report, diagnostics, validation: v }, null, 2)}\n`;
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
