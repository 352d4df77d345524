/**
 * Access to the shared corpus of real reports in ../shared/corpus. The documents are read in
 * place and never copied into the project. When the folder is missing, tests that need it are
 * skipped locally and fail under CI (`CI=true`), so a broken checkout cannot pass silently.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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

export { score, type Score } from '../../scripts/corpus-lib.mjs';
