// Scoring a parse against a corpus expected file. Shared by the corpus test (test/corpus.test.ts)
// and the accuracy report (scripts/corpus.mjs), so both count the same way.

/**
 * @param {readonly {address: string, status: string, value: number | null}[]} cells
 * @param {{cells?: Record<string, number | null>, unrecoverable?: string[]}} expected
 */
export function score(cells, expected) {
  const expectedCells = expected.cells ?? {};
  const unrecoverable = new Set(expected.unrecoverable ?? []);
  const byAddress = new Map(cells.map((c) => [c.address, c]));
  const s = { right: 0, blankRight: 0, flagged: 0, wrong: [], expected: Object.keys(expectedCells).length };
  for (const [address, want] of Object.entries(expectedCells)) {
    const c = byAddress.get(address);
    if (!c || c.status === 'missing' || c.status === 'ambiguous') {
      s.flagged++;
      continue;
    }
    if (c.status === 'value' && want !== null && c.value !== null && Math.abs(c.value - want) < 1e-9) s.right++;
    else if (c.status === 'blank' && want === null) s.blankRight++;
    else s.wrong.push({ address, got: c.status === 'blank' ? 'blank' : String(c.value), expected: want === null ? 'blank' : String(want) });
  }
  for (const address of unrecoverable) {
    const c = byAddress.get(address);
    if (c && c.status === 'value') s.wrong.push({ address, got: String(c.value), expected: 'unrecoverable' });
  }
  return s;
}

/** Metadata fields scored in the accuracy report. */
export const META_FIELDS = ['title', 'agency', 'year', 'publishDate'];

/**
 * One metadata field against its expected value: `✓ (evidence)`, `✗ got (evidence)`, or the value
 * with its evidence when nothing is expected (`undefined`: the expected file does not give it).
 * @param {Record<string, unknown> & {sources?: Record<string, {evidence: string}>}} meta
 * @param {string} field
 * @param {unknown} expected
 */
export function metaCell(meta, field, expected) {
  const got = meta[field] ?? null;
  const evidence = meta.sources?.[field]?.evidence;
  const tag = evidence ? ` (${evidence})` : '';
  if (expected === undefined) return got === null ? '–' : `${got}${tag}`;
  return got === (expected ?? null) ? `✓${tag}` : `✗ ${got ?? '–'}${tag}`;
}
