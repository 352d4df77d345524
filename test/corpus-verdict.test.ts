/**
 * The verdict of `validateReport` on every document of ../shared/corpus: `incomplete` when a table
 * has no recoverable cell (an excerpt without table 四, the seed whose table 四 is lost), `failed`
 * when the expected file lists an error-severity source error, `ok` otherwise; old-format
 * documents give no report. Read in place, never copied.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport, rules, validateReport, type ParseResult } from 'zfxxgk-report';
import { parseDocx } from '../src/docx/index.js';
import { parsePdf } from '../src/pdf/index.js';
import { corpusAvailable, documentPath, expectedFiles, readDocument, type Expected } from './helpers/corpus.js';

const available = corpusAvailable();
const severity = new Map(rules.map((r) => [r.id as string, r.severity]));

async function parse(e: Expected): Promise<ParseResult> {
  if (e.format === 'pdf') return parsePdf(readFileSync(documentPath(e)));
  if (e.format === 'docx') return parseDocx(readFileSync(documentPath(e)));
  return parseReport(readDocument(e), { format: e.format });
}

function expectedVerdict(e: Expected): 'ok' | 'failed' | 'incomplete' {
  const cells = Object.keys(e.cells ?? {});
  if ((['t2', 't3', 't4'] as const).some((t) => !cells.some((a) => a.startsWith(`${t}.`)))) return 'incomplete';
  if ((e.sourceErrors ?? []).some((s) => severity.get(s.rule) === 'error')) return 'failed';
  return 'ok';
}

describe.runIf(available)('corpus: the verdict', () => {
  const docs = available ? expectedFiles() : [];
  for (const e of docs) {
    it(`${e.id}: ${e.rejected ? 'no report' : expectedVerdict(e)}`, async () => {
      const r = await parse(e);
      if (e.rejected) {
        expect(r.report).toBeNull();
        return;
      }
      expect(r.report).not.toBeNull();
      const v = validateReport(r.report!, { diagnostics: r.diagnostics });
      expect(v.status).toBe(expectedVerdict(e));
      expect(v.ok).toBe(v.status === 'ok');
    }, 60_000);
  }
});
