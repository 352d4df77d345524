/**
 * Every message template, in both locales: the diagnostic catalogue, the rule messages, and the
 * CLI's own strings. A Chinese message holds no English words of ours, an English message no
 * Chinese of ours (the template's own labels, which both print as the template does, excepted),
 * and no message shows an internal key (`results.notProcessed.duplicate`, `litigationAfterReview`).
 */
import { describe, expect, it } from 'vitest';
import { cellLabelMap, createReport, DIAGNOSTIC_CODES, SECTIONS, validateReport, validateRollup, validateSeries } from 'zfxxgk-report';
import { createDiagnostic } from '../src/diagnostics/diagnostic.js';
import { FILE_ERRORS, USAGE, WORDS } from '../src/cli/i18n.js';
import { COMMANDS, FILE_COMMANDS } from '../src/cli/commands/index.js';
import { mainHelp } from '../src/cli/options.js';
import { consistentCells } from './helpers/fixtures.js';

const HAN = /\p{Script=Han}/u;
/** Internal keys: camelCase words and dotted cell or row addresses. */
const INTERNAL_KEY = /\b[a-z]+[A-Z][A-Za-z]*\b|\b(?:t[234]|results|newReceived|carriedOver|carriedForward|review|art20_\d)\.[a-z]/;
/** English words a Chinese message may hold: names of formats and encodings, and the template's own Latin. */
const LATIN_ALLOWED =
  /(?:--[a-z-]+|\.[a-z]{2,5}\b|\b(?:report\.json|PDF|OCR|HTML|Markdown|Word|UTF-\d+|GB18030|GBK|Big5|ZIP|PNG|JPEG|docx|mammoth|pdfjs-dist|npm|install|zfxxgk|parse|validate|verbose|error|warning|zh|en|auto|text|markdown|html|json|ndjson|csv|ufffd)\b)/g;

/** Every label the template prints, longest first (English messages quote them as printed). */
const TEMPLATE_LABELS: string[] = (() => {
  const set = new Set<string>(['區', '表二', '表三', '表四', '二', '三', '四', '万元', '（七）总计', '行政复议', '行政诉讼']);
  for (const versions of [
    { table2: '2021', table3: '2021' },
    { table2: '2019', table3: '2019' },
  ] as const) {
    for (const l of cellLabelMap(versions).values()) {
      for (const part of [...l.rowLabel.split(' / '), ...l.columnLabel.split(' / ')]) if (part) set.add(part);
    }
  }
  for (const s of SECTIONS) set.add(s.heading);
  return [...set].sort((a, b) => b.length - a.length);
})();

const LABEL_TEXT = TEMPLATE_LABELS.join('\n');

/** The text without the template's own words: whole labels, and any run of Han characters found inside a label (`上年结转`). */
function withoutLabels(s: string): string {
  let out = s;
  for (const l of TEMPLATE_LABELS) out = out.split(l).join('');
  return out.replace(/[\p{Script=Han}（）、]+/gu, (run) => (LABEL_TEXT.includes(run) ? '' : run));
}

function checkPair(zh: string, en: string, where: string): void {
  expect(zh, where).not.toMatch(INTERNAL_KEY);
  expect(en, where).not.toMatch(INTERNAL_KEY);
  expect(withoutLabels(en), `${where}: ${en}`).not.toMatch(HAN);
  expect(zh.replace(LATIN_ALLOWED, ''), `${where}: ${zh}`).not.toMatch(/[A-Za-z]{3,}/);
}

describe('message templates in both locales', () => {
  it('every diagnostic code, with an address as its target, names cells as the template prints them', () => {
    const params = {
      target: 't3.results.notProcessed.duplicate.naturalPerson',
      detail: '（七）总计',
      count: 2,
      year: 2023,
      expected: 2021,
      actual: 2019,
    };
    for (const { code } of DIAGNOSTIC_CODES) {
      const d = createDiagnostic(code, code === 'metadata-missing' ? { detail: 'title, agency, year' } : params);
      checkPair(d.message, d.messageEn, code);
    }
    for (const detail of ['empty', 'no-report-marks']) {
      const d = createDiagnostic('not-a-report', { detail });
      checkPair(d.message, d.messageEn, `not-a-report ${detail}`);
    }
    const row = createDiagnostic('cell-ambiguous', { target: 't4.litigationAfterReview.total', detail: '1, 2' });
    expect(row.messageEn).toContain('表四 行政诉讼 / 复议后起诉 / 总计');
  });

  it('every failing or uncertain rule of a broken report, a series and a roll-up', () => {
    const cells = consistentCells(5);
    const broken: Record<string, number | null> = { ...cells };
    for (const a of Object.keys(broken)) if (/total|currentlyValid|\.issued/.test(a)) broken[a] = (broken[a] ?? 0) + 3;
    broken['t3.results.granted.naturalPerson'] = null;
    broken['t2.art20_1.regulations.repealed'] = -1;
    const a = createReport({ cells: broken, meta: { year: 2022 } });
    const b = createReport({ cells, meta: { year: 2023 } });
    const results = [validateReport(a), validateSeries([a, b]), validateRollup(a, [b, b])];
    let seen = 0;
    for (const r of results) {
      for (const i of r.issues) {
        seen++;
        checkPair(i.message, i.messageEn, i.rule);
      }
    }
    expect(seen).toBeGreaterThan(20);
  });

  it("the CLI's own words, usage errors, file errors and help", () => {
    for (const [k, m] of Object.entries(WORDS)) checkPair(m.zh, m.en, k);
    for (const [k, m] of Object.entries(FILE_ERRORS)) checkPair(m.zh, m.en, k);
    for (const [k, f] of Object.entries(USAGE)) {
      const m = typeof f === 'function' ? (f as (...a: unknown[]) => { zh: string; en: string })('--x', ['a', 'b']) : f;
      checkPair(m.zh, m.en, k);
    }
    for (const [name, c] of Object.entries(COMMANDS)) {
      expect(withoutLabels(c.help.en), name).not.toMatch(HAN);
      expect(withoutLabels(c.summary.en), name).not.toMatch(HAN);
    }
    for (const c of FILE_COMMANDS) {
      expect(c.help.en, c.name).not.toMatch(HAN);
      expect(c.synopsis.en, c.name).not.toMatch(HAN);
      expect(c.help.zh, c.name).toMatch(/用法/);
    }
    expect(mainHelp('en')).not.toMatch(HAN);
  });
});
