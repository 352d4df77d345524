/**
 * Access to the shared corpus of real reports in ../shared/corpus. The documents are read in
 * place and never copied into the project. When the folder is missing, tests that need it are
 * skipped locally and fail under CI (`CI=true`), so a broken checkout cannot pass silently.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CellRecord } from 'zfxxgk-report';

const here = dirname(fileURLToPath(import.meta.url));
/** The shared folder beside the project. */
export const SHARED = resolve(here, '../../../shared');
/** The corpus folder. */
export const CORPUS = join(SHARED, 'corpus');

/** Whether the corpus is present. Throws under CI when it is not. */
export function corpusAvailable(): boolean {
  if (existsSync(CORPUS)) return true;
  if (process.env.CI === 'true') throw new Error(`The corpus folder ${CORPUS} is missing; CI needs ../shared beside the project.`);
  return false;
}

/** An expected-values file of the corpus. */
export interface Expected {
  id: string;
  file: string;
  format: 'text' | 'markdown' | 'html' | 'pdf' | 'docx';
  meta: { agency: string | null; year: number | null; title: string | null } | null;
  templateVersion?: { table2: '2019' | '2021' | null; table3: '2019' | '2021' | null };
  cells?: Record<string, number | null>;
  unrecoverable?: string[];
  sourceErrors?: { rule: string; where: string; detail: string }[];
  rejected?: boolean;
  reason?: string;
}

/** All expected files (beginnings excluded), sorted by id. */
export function expectedFiles(): Expected[] {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.expected.json') && f !== 'beginnings.expected.json')
    .sort()
    .map((f) => JSON.parse(readFileSync(join(CORPUS, f), 'utf8')) as Expected);
}

/** Path of the document an expected file describes. */
export function documentPath(e: Expected): string {
  return resolve(CORPUS, e.file);
}

/** Reads a document as UTF-8 text. */
export function readDocument(e: Expected): string {
  return readFileSync(documentPath(e), 'utf8');
}

/** Score of one document against its expected values. */
export interface Score {
  /** Cells stated with the expected number. */
  right: number;
  /** Cells stated blank where the expected value is null. */
  blankRight: number;
  /** Expected cells the parser flagged (missing / ambiguous) instead of stating. */
  flagged: number;
  /** Cells stated with a different number or blank status than expected, or stated where unrecoverable. */
  wrong: { address: string; got: string; expected: string }[];
  /** Number of expected (recoverable) cells. */
  expected: number;
}

/** Compares the parser's cells with an expected file. */
export function score(cells: readonly CellRecord[], e: Expected): Score {
  const expectedCells = e.cells ?? {};
  const unrecoverable = new Set(e.unrecoverable ?? []);
  const byAddress = new Map(cells.map((c) => [c.address, c]));
  const s: Score = { right: 0, blankRight: 0, flagged: 0, wrong: [], expected: Object.keys(expectedCells).length };
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
