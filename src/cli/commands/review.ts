/**
 * `zfxxgk review PATHS… --out DIR`: reads a collection (files, folders, globs; every format the
 * CLI reads), reviews it (see `reviewCollection`) and writes `DIR/index.html` (the self-contained
 * overview), `reports.ndjson`, `problems.ndjson`, `reports.csv` and `problems.csv`. A progress bar
 * shows on a terminal; a totals line ends the run.
 *
 * Exit codes: 0 no problem found; 1 problems found or documents set aside; 2 usage or I/O error.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { reviewCollection, type AgencyMapping, type ReviewDocument } from '../../compare/review.js';
import { expandArgs } from '../files.js';
import type { Lang } from '../i18n.js';
import { readAndParse } from '../process.js';
import { parseOwnArgs } from './own-args.js';
import { ndjson, problemsCsv, reportRecords, reportsCsv } from '../review/exports.js';
import { parseAgencyMapping } from '../review/mapping.js';
import { overviewHtml } from '../review/overview-html.js';

/** Help of the command. */
export const REVIEW_HELP: Record<Lang, string> = {
  zh: `用法: zfxxgk review 文件|目录|通配符… --out 输出目录 [选项]

读取一批报告（支持的所有格式），逐份解析和校验，按机关和年度归类，对每个机关相邻年度做跨年度对比
（上年结转、文字重复、模板版本），按上下级关系核对汇总数，并写出:
  输出目录/index.html      单个文件的 HTML 概览（无需联网）：机关×年度矩阵、可排序的问题清单、各报告详情
  reports.ndjson, problems.ndjson, reports.csv, problems.csv   供分析使用
无法读取或不是年度报告的文件另列，不计入统计。

选项:
  --out DIR            输出目录（必填）
  --agencies FILE      机关映射 CSV，表头含 agency（规范名称），可选 file（文件名）、alias（报告所写名称）、
                       parent（上级机关，其报告应为各下级之和）
  --input-format F     输入格式 auto|text|markdown|html
  --bom                CSV 前加 UTF-8 BOM
  --quiet              不显示进度
  --lang zh|en         概览和提示的语言

示例:
  zfxxgk review reports/ --out review/
  zfxxgk review "2021/*.html" "2022/*.html" "2023/*.pdf" --agencies agencies.csv --out review/
`,
  en: `Usage: zfxxgk review FILES|DIRS|GLOBS… --out DIR [options]

Reads a collection of reports (any format the CLI reads), parses and validates each, groups them by
agency and year, compares each agency's consecutive years (carry-over, copied text, template
version), checks summary reports against their parts where a parent is given, and writes:
  DIR/index.html      a self-contained HTML overview (one file, no network): agency × year matrix,
                      a sortable list of problems, a section per report
  reports.ndjson, problems.ndjson, reports.csv, problems.csv   for analysts
Files that cannot be read or are no report are listed apart, out of the statistics.

Options:
  --out DIR            output folder (required)
  --agencies FILE      agency mapping CSV: a header with agency (canonical name) and any of file (file
                       name), alias (agency as printed), parent (agency whose report sums this one up)
  --input-format F     input format auto|text|markdown|html
  --bom                start the CSV files with a UTF-8 BOM
  --quiet              no progress bar
  --lang zh|en         language of the overview and messages

Examples:
  zfxxgk review reports/ --out review/
  zfxxgk review "2021/*.html" "2022/*.html" "2023/*.pdf" --agencies agencies.csv --out review/
`,
};

/** Width of the progress bar in characters. */
const BAR_WIDTH = 24;
/** File names longer than this are shortened in the progress line. */
const NAME_WIDTH = 40;

function progress(done: number, total: number, file: string, on: boolean): void {
  if (!on) return;
  const filled = Math.round((done / total) * BAR_WIDTH);
  const name = file.length > NAME_WIDTH ? `…${file.slice(-(NAME_WIDTH - 1))}` : file;
  process.stderr.write(`\r[${'#'.repeat(filled)}${' '.repeat(BAR_WIDTH - filled)}] ${done}/${total} ${name}\x1b[K`);
}

/** Runs `zfxxgk review` with the arguments after the command name; resolves to the exit code. */
export async function runReview(argv: string[]): Promise<number> {
  const args = parseOwnArgs(argv, 'review', REVIEW_HELP, {
    out: { type: 'string', short: 'o' },
    agencies: { type: 'string' },
    bom: { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
  });
  if (typeof args === 'number') return args;
  const { values, positionals, lang, inputFormat, limits, usage } = args;
  const out = typeof values.out === 'string' ? values.out : '';
  const agencies = typeof values.agencies === 'string' ? values.agencies : undefined;
  const bom = values.bom === true;
  if (!out) return usage(lang === 'en' ? '--out DIR is required' : '需要 --out 输出目录');
  if (positionals.length === 0) return usage(lang === 'en' ? 'no file given' : '没有给出文件');
  let mapping: AgencyMapping | undefined;
  if (agencies) {
    try {
      mapping = parseAgencyMapping(readFileSync(agencies, 'utf8'));
    } catch (e) {
      process.stderr.write(`zfxxgk review: ${agencies}: ${(e as Error).message}\n`);
      return 2;
    }
  }
  const { files, missing } = expandArgs(positionals);
  for (const m of missing)
    process.stderr.write(`zfxxgk review: ${m}: ${lang === 'en' ? 'no such file or no match' : '文件不存在或没有匹配的文件'}\n`);
  if (files.length === 0) return 2;
  const bar = !values.quiet && files.length > 1 && process.stderr.isTTY === true;
  const documents: ReviewDocument[] = [];
  for (const [i, file] of files.entries()) {
    progress(i, files.length, file, bar);
    try {
      const { result } = await readAndParse(file, inputFormat, lang, limits);
      documents.push({ file, report: result.report, diagnostics: result.diagnostics });
    } catch (e) {
      documents.push({ file, report: null, diagnostics: [], error: (e as Error).message });
    }
  }
  progress(files.length, files.length, '', bar);
  if (bar) process.stderr.write('\r\x1b[K');
  const review = reviewCollection(documents, mapping);
  try {
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'index.html'), overviewHtml(review, lang));
    writeFileSync(join(out, 'reports.ndjson'), ndjson(reportRecords(review)));
    writeFileSync(join(out, 'problems.ndjson'), ndjson(review.problems));
    writeFileSync(join(out, 'reports.csv'), reportsCsv(review, bom));
    writeFileSync(join(out, 'problems.csv'), problemsCsv(review, bom));
  } catch (e) {
    process.stderr.write(`zfxxgk review: ${out}: ${(e as Error).message}\n`);
    return 2;
  }
  const t = review.totals;
  process.stderr.write(
    lang === 'en'
      ? `${t.documents} files: ${t.reports} reports of ${t.agencies} agencies (${t.complete} read completely, ${t.passed} pass), ${t.problems} problems, ${t.setAside} set aside → ${join(out, 'index.html')}\n`
      : `${t.documents} 个文件：${t.agencies} 个机关的 ${t.reports} 份报告（${t.complete} 份读全，${t.passed} 份通过），${t.problems} 个问题，${t.setAside} 份另列 → ${join(out, 'index.html')}\n`,
  );
  return t.problems > 0 || t.setAside > 0 ? 1 : 0;
}
