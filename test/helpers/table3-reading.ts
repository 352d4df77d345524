/** Table 三 of a report of our own beside the reading of a text made from it. */
import { listCells, parseReport, type Report } from 'zfxxgk-report';

/** Table 三's cells of the truth and of the text's reading (address, status, value), and the diagnostics on table 三. */
export function table3(truth: Report, text: string): { want: unknown[]; got: unknown[]; codes: string[] } {
  const { report, diagnostics } = parseReport(text);
  const got = new Map(listCells(report!).map((c) => [c.address, c]));
  const want = listCells(truth).filter((c) => c.address.startsWith('t3.'));
  return {
    want: want.map((c) => [c.address, c.status, c.value]),
    got: want.map((c) => [c.address, got.get(c.address)?.status, got.get(c.address)?.value]),
    codes: diagnostics.filter((d) => d.path?.startsWith('t3')).map((d) => `${d.code} ${d.path}`),
  };
}
