/**
 * The review overview: one self-contained HTML page (inline style and script, no network) with
 * the agency × year matrix, a sortable list of every problem in plain language, the documents set
 * aside, and a section per report (its problems, its comparison with the year before, and its
 * tables with each cell's status).
 */
import { renderComparison } from '../../compare/render-comparison.js';
import type { CollectionReview, MatrixCell, ReviewComparison, ReviewedReport, ReviewProblem } from '../../compare/review.js';
import { listCells } from '../../parse/list-cells.js';
import { renderReport } from '../../render/render-report.js';
import type { Lang } from '../i18n.js';
import { escapeHtml as esc } from '../../render/escape-html.js';

/** Changed cells and repeated passages shown per comparison (the NDJSON has them all). */
const SHOWN_CHANGES = 40;
const SHOWN_PASSAGES = 10;

const WORDS = {
  title: { zh: '政府信息公开工作年度报告审查概览', en: 'Annual reports review' },
  totals: {
    zh: '份文件，{r} 份报告，{a} 个机关，{p} 个问题，{s} 份另列',
    en: 'files, {r} reports, {a} agencies, {p} problems, {s} set aside',
  },
  matrix: { zh: '机关 × 年度', en: 'Agency × year' },
  agency: { zh: '机关', en: 'Agency' },
  year: { zh: '年度', en: 'Year' },
  missing: { zh: '缺', en: 'missing' },
  matrixLegend: {
    zh: '✓ 无问题 · ! 有警告或提示 · ✗ 有错误 · 数字为问题数 · 缺：该年度没有报告（在机关首末两份报告之间，或多数机关已有该年度报告）',
    en: '✓ no problem · ! warnings or notes · ✗ an error · the number counts problems · missing: no report that year (between the agency’s first and last, or a year most agencies have)',
  },
  complete: { zh: '完整', en: 'complete' },
  incomplete: { zh: '不完整', en: 'incomplete' },
  problems: { zh: '问题', en: 'Problems' },
  noProblems: { zh: '未发现问题。', en: 'No problems found.' },
  sortHint: { zh: '点击表头排序', en: 'click a header to sort' },
  severity: { zh: '级别', en: 'Severity' },
  kind: { zh: '类型', en: 'Kind' },
  table: { zh: '表', en: 'Table' },
  row: { zh: '行 / 部分', en: 'Row / section' },
  column: { zh: '列', en: 'Column' },
  message: { zh: '说明', en: 'What' },
  file: { zh: '文件', en: 'File' },
  setAside: { zh: '另列的文件（未计入统计）', en: 'Set aside (not in the statistics)' },
  reason: { zh: '原因', en: 'Reason' },
  rollupNotes: { zh: '未做的汇总核对', en: 'Roll-ups not checked' },
  reports: { zh: '各报告', en: 'Reports' },
  printedAs: { zh: '报告所写机关', en: 'agency as printed' },
  versions: { zh: '模板版本', en: 'template versions' },
  cells: { zh: '单元格', en: 'cells' },
  verdict: { zh: '结论', en: 'verdict' },
  ok: { zh: '通过（无错误级问题）', en: 'passes (no error)' },
  failed: { zh: '未通过（有错误级问题）', en: 'fails (an error)' },
  verdictIncomplete: { zh: '不完整（有表缺失或未读出）', en: 'incomplete (a table absent or not read)' },
  vsPrevious: { zh: '与上年对比', en: 'Compared with the year before' },
  tables: { zh: '统计表（单元格状态见图例）', en: 'Tables (cell status: see legend)' },
  legend: {
    zh: '图例：灰底＝空白，黄底＝缺失，橙底＝存疑，红框＝有问题的单元格',
    en: 'Legend: grey = blank, yellow = missing, orange = ambiguous, red frame = cell with a problem',
  },
  parseNotes: { zh: '解析提示', en: 'Parse warnings' },
  back: { zh: '回到概览', en: 'back to the overview' },
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'note' },
} as const;

const KIND_WORDS: Record<ReviewProblem['kind'], Record<Lang, string>> = {
  check: { zh: '本年校验', en: 'check' },
  incomplete: { zh: '未读全', en: 'not read completely' },
  'cross-year': { zh: '跨年度', en: 'cross-year' },
  rollup: { zh: '汇总', en: 'roll-up' },
  'missing-year': { zh: '缺年度', en: 'missing year' },
  'copied-text': { zh: '文字重复', en: 'copied text' },
  duplicate: { zh: '重复报告', en: 'duplicate' },
};

const REASON_WORDS = {
  unreadable: { zh: '无法读取', en: 'unreadable' },
  'not-a-report': { zh: '不是年度报告', en: 'not a report' },
  'no-agency': { zh: '无机关名称', en: 'no agency' },
  'no-year': { zh: '无年度', en: 'no year' },
} as const;

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

const STYLE = `
body{font:14px/1.5 system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:1.5rem;color:#1b1b1b}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}
table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #bbb;padding:2px 6px;vertical-align:top}
th{background:#f0f0f0}table.sortable th{cursor:pointer}table.sortable th[data-dir=asc]::after{content:" ▲"}table.sortable th[data-dir=desc]::after{content:" ▼"}
#matrix td{text-align:center;min-width:5.5rem}#matrix td.agency{text-align:left}
.s-pass{background:#e3f4e1}.s-warn{background:#fff3cd}.s-fail{background:#f8d7da}.s-missing{background:repeating-linear-gradient(45deg,#fff,#fff 4px,#eee 4px,#eee 8px);color:#a00;font-weight:bold}.s-none{background:#fafafa}
#problems td:nth-child(-n+5){white-space:nowrap}
.sev-error{color:#a40000;font-weight:bold}.sev-warning{color:#8a5a00}.sev-info{color:#555}
td.c-blank{background:#e6e6e6}td.c-missing{background:#ffe680}td.c-missing::after{content:"?"}td.c-ambiguous{background:#ffb366}td.c-ambiguous::after{content:"?"}td.flagged{outline:2px solid #d00;outline-offset:-2px}
.report{border-top:3px solid #666;margin-top:2.5rem}.meta{color:#444}small{color:#555}
`;

const SCRIPT = `
document.querySelectorAll('table.sortable').forEach(function(t){
  t.querySelectorAll('thead th').forEach(function(th,i){
    th.addEventListener('click',function(){
      var dir=th.dataset.dir==='asc'?'desc':'asc';
      t.querySelectorAll('thead th').forEach(function(h){delete h.dataset.dir});
      th.dataset.dir=dir;
      var rows=Array.prototype.slice.call(t.tBodies[0].rows);
      var key=function(r){var c=r.cells[i];return c.dataset.v!==undefined?c.dataset.v:c.textContent};
      var num=th.dataset.type==='number';
      rows.sort(function(a,b){var x=key(a),y=key(b);var d=num?Number(x)-Number(y):x.localeCompare(y,'zh-CN');return dir==='asc'?d:-d});
      rows.forEach(function(r){t.tBodies[0].appendChild(r)});
    });
  });
});
`;

const HEADING = /<(\/?)h([1-4])>/g;

/** Embedded renderings start at h1; inside a report's section (h2) they go two levels down. */
function demote(_match: string, slash: string, level: string): string {
  return `<${slash}h${Number(level) + 2}>`;
}

function w(key: keyof typeof WORDS, lang: Lang): string {
  return WORDS[key][lang];
}

function matrixCell(m: MatrixCell, lang: Lang): string {
  const attrs = `data-agency="${esc(m.agency)}" data-year="${m.year}" data-status="${m.status}" class="s-${m.status}"`;
  if (m.reportId === null) return `<td ${attrs}>${m.status === 'missing' ? w('missing', lang) : ''}</td>`;
  const mark = m.status === 'pass' ? '✓' : m.status === 'fail' ? '✗' : '!';
  const read = m.complete ? w('complete', lang) : w('incomplete', lang);
  return `<td ${attrs} data-problems="${m.problems}"><a href="#${m.reportId}">${mark} ${m.problems}</a><br><small>${read}</small></td>`;
}

function problemRow(p: ReviewProblem, lang: Lang): string {
  const file = p.reportId ? `<a href="#${p.reportId}">${esc(p.file ?? '')}</a>` : '';
  return `<tr data-kind="${p.kind}" data-rule="${esc(p.rule ?? '')}" data-agency="${esc(p.agency)}" data-year="${p.year}"><td data-v="${SEVERITY_RANK[p.severity]}" class="sev-${p.severity}">${w(p.severity, lang)}</td><td>${esc(p.agency)}</td><td>${p.year}</td><td>${esc(KIND_WORDS[p.kind][lang])}${p.rule ? ` <small>${esc(p.rule)}</small>` : ''}</td><td>${esc(p.table)}</td><td>${esc(p.row)}</td><td>${esc(p.column)}</td><td>${esc(lang === 'en' ? p.messageEn : p.message)}</td><td>${file}</td></tr>`;
}

function reportSection(r: ReviewedReport, comparison: ReviewComparison | undefined, lang: Lang): string {
  const flagged = new Map<string, string[]>();
  for (const p of r.problems) for (const a of p.cells) flagged.set(a, [...(flagged.get(a) ?? []), lang === 'en' ? p.messageEn : p.message]);
  const cells = new Map(listCells(r.report).map((c) => [c.address, c]));
  const tables = renderReport(r.report, {
    to: 'html',
    tablesOnly: true,
    cellAttributes: (address): Record<string, string> => {
      const c = cells.get(address);
      const messages = flagged.get(address);
      const classes = [c ? `c-${c.status}` : 'c-missing', messages ? 'flagged' : ''].filter(Boolean).join(' ');
      const title = [c?.status === 'ambiguous' && c.candidates ? `? ${c.candidates.join(' / ')}` : '', ...(messages ?? [])]
        .filter(Boolean)
        .join('\n');
      return title ? { class: classes, title } : { class: classes };
    },
  })
    .replace(/^<!DOCTYPE[\s\S]*?<body>\n/, '')
    .replace(/<\/body>\n<\/html>\n$/, '')
    .replace(HEADING, demote);
  const v = r.report.templateVersions;
  const notes = r.diagnostics.filter((d) => d.severity !== 'info');
  const codes = [...new Set(notes.map((d) => d.code))].map((code) => `${code} ×${notes.filter((d) => d.code === code).length}`).join(', ');
  return [
    `<section class="report" id="${r.id}" data-agency="${esc(r.agency)}" data-year="${r.year}">`,
    `<h2>${esc(r.agency)} ${r.year}</h2>`,
    `<p class="meta">${w('file', lang)}: ${esc(r.file)}${r.printedAgency && r.printedAgency !== r.agency ? ` · ${w('printedAs', lang)}: ${esc(r.printedAgency)}` : ''} · ${w('versions', lang)}: 表二 ${v.table2 ?? '—'} / 表三 ${v.table3 ?? '—'} · ${w('cells', lang)}: ${r.cells.value} value, ${r.cells.blank} blank, ${r.cells.missing} missing, ${r.cells.ambiguous} ambiguous · ${w('verdict', lang)}: ${w(r.validation.status === 'incomplete' ? 'verdictIncomplete' : r.validation.status, lang)} · <a href="#top">${w('back', lang)}</a></p>`,
    r.problems.length === 0
      ? `<p>${w('noProblems', lang)}</p>`
      : `<ul class="problems">${r.problems.map((p) => `<li class="sev-${p.severity}">${esc(lang === 'en' ? p.messageEn : p.message)}</li>`).join('')}</ul>`,
    codes ? `<p class="meta">${w('parseNotes', lang)}: ${esc(codes)}</p>` : '',
    comparison
      ? `<details><summary>${w('vsPrevious', lang)}</summary>\n${renderComparison(comparison.comparison, { to: 'html', fragment: true, lang, maxCells: SHOWN_CHANGES, maxPassages: SHOWN_PASSAGES }).replace(HEADING, demote)}</details>`
      : '',
    `<details><summary>${w('tables', lang)}</summary>\n<p class="meta">${w('legend', lang)}</p>\n${tables}</details>`,
    '</section>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** The overview page of a review, in zh-CN or English. */
export function overviewHtml(review: CollectionReview, lang: Lang = 'zh'): string {
  const t = review.totals;
  const totals = `${t.documents} ${w('totals', lang).replace('{r}', String(t.reports)).replace('{a}', String(t.agencies)).replace('{p}', String(t.problems)).replace('{s}', String(t.setAside))}`;
  const head = `<tr><th>${w('agency', lang)}</th>${review.years.map((y) => `<th>${y}</th>`).join('')}</tr>`;
  const rows = new Map<string, MatrixCell[]>(review.agencies.map((a) => [a, []]));
  for (const m of review.matrix) rows.get(m.agency)?.push(m);
  const body = review.agencies
    .map((a) => `<tr><td class="agency">${esc(a)}</td>${(rows.get(a) ?? []).map((m) => matrixCell(m, lang)).join('')}</tr>`)
    .join('\n');
  const comparisons = new Map(review.comparisons.map((c) => [c.currentId, c]));
  const problemHead = [
    [w('severity', lang), 'number'],
    [w('agency', lang), 'text'],
    [w('year', lang), 'number'],
    [w('kind', lang), 'text'],
    [w('table', lang), 'text'],
    [w('row', lang), 'text'],
    [w('column', lang), 'text'],
    [w('message', lang), 'text'],
    [w('file', lang), 'text'],
  ]
    .map(([label, type]) => `<th data-type="${type}">${esc(label as string)}</th>`)
    .join('');
  const problems =
    review.problems.length === 0
      ? `<p>${w('noProblems', lang)}</p>`
      : `<p><small>${w('sortHint', lang)}</small></p>\n<table id="problems" class="sortable"><thead><tr>${problemHead}</tr></thead>\n<tbody>\n${review.problems.map((p) => problemRow(p, lang)).join('\n')}\n</tbody></table>`;
  const setAside =
    review.setAside.length === 0
      ? ''
      : `<h2>${w('setAside', lang)}</h2>\n<table id="set-aside"><thead><tr><th>${w('file', lang)}</th><th>${w('reason', lang)}</th><th>${w('message', lang)}</th></tr></thead><tbody>\n${review.setAside.map((s) => `<tr data-reason="${s.reason}"><td>${esc(s.file)}</td><td>${REASON_WORDS[s.reason][lang]}</td><td>${esc(lang === 'en' ? s.messageEn : s.message)}</td></tr>`).join('\n')}\n</tbody></table>`;
  const rollupNotes =
    review.rollupNotes.length === 0
      ? ''
      : `<h2>${w('rollupNotes', lang)}</h2>\n<ul>${review.rollupNotes.map((n) => `<li>${esc(n.agency)} ${n.year}: ${esc(lang === 'en' ? n.messageEn : n.message)}</li>`).join('')}</ul>`;
  return `<!DOCTYPE html>
<html lang="${lang === 'en' ? 'en' : 'zh-CN'}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${w('title', lang)}</title><style>${STYLE}</style></head>
<body id="top">
<h1>${w('title', lang)}</h1>
<p id="totals">${esc(totals)}</p>
<h2>${w('matrix', lang)}</h2>
<table id="matrix"><thead>${head}</thead>
<tbody>
${body}
</tbody></table>
<p class="meta">${w('matrixLegend', lang)}</p>
<h2>${w('problems', lang)} (${review.problems.length})</h2>
${problems}
${setAside}
${rollupNotes}
<h2>${w('reports', lang)}</h2>
${review.reports.map((r) => reportSection(r, comparisons.get(r.id), lang)).join('\n')}
<script>${SCRIPT}</script>
</body>
</html>
`;
}
