/**
 * Rendering a {@link ReportComparison} for people: Markdown, HTML (a fragment or a whole page) or
 * plain text, in zh-CN or English. Cells are named as the template prints them.
 */
import type { CellSnapshot, CellChange, ReportComparison, RepeatedPassage, PassagePlace } from './types.js';
import { escapeHtml as esc } from '../render/escape-html.js';

/** Output formats of {@link renderComparison}. */
export type ComparisonFormat = 'markdown' | 'html' | 'text';

/** Options of {@link renderComparison}. */
export interface ComparisonRenderOptions {
  /** Output format. */
  to: ComparisonFormat;
  /** Language of the words the renderer adds (template labels stay as printed). Default `zh`. */
  lang?: 'zh' | 'en';
  /** HTML only: a fragment (no `<!DOCTYPE>`, `<head>` or `<body>`), to embed in a page. Default false. */
  fragment?: boolean;
  /** Changed cells listed at most (largest absolute changes first); default all. */
  maxCells?: number;
  /** Repeated passages listed at most (longest first); default all. */
  maxPassages?: number;
}

type Block =
  | { kind: 'h'; level: number; text: string }
  | { kind: 'p'; text: string }
  | { kind: 'ul'; items: string[] }
  | { kind: 'table'; head: string[]; rows: string[][] };

const WORDS = {
  title: { zh: '年度对比', en: 'Year-over-year comparison' },
  unknownAgency: { zh: '（机关未知）', en: '(agency unknown)' },
  unknownYear: { zh: '（年度未知）', en: '(year unknown)' },
  summary: { zh: '概况', en: 'Summary' },
  versions: { zh: '模板版本', en: 'Template versions' },
  versionsSame: { zh: '两年相同', en: 'the same in both years' },
  versionExpected: { zh: '符合各年度应使用的格式', en: 'each year uses the template in force' },
  versionUnexpected: { zh: '与年度应使用的格式不符', en: 'not the template in force for the year' },
  relations: { zh: '跨年度关系', en: 'Cross-year relations' },
  notConsecutive: {
    zh: '两份报告年度不相邻，未检查跨年度关系',
    en: 'the years are not consecutive, so the cross-year relations were not checked',
  },
  passed: { zh: '项一致', en: 'hold' },
  failed: { zh: '项不一致', en: 'fail' },
  uncertain: { zh: '项无法判断', en: 'cannot be decided' },
  allHold: { zh: '全部一致', en: 'all hold' },
  reuse: { zh: '文字重复', en: 'Text reuse' },
  reuseLine: { zh: '句与上年相同（数字不计）', en: 'sentences repeat last year’s (numbers aside)' },
  section: { zh: '部分', en: 'Section' },
  sentences: { zh: '句数', en: 'Sentences' },
  repeated: { zh: '重复', en: 'Repeated' },
  share: { zh: '比例', en: 'Share' },
  passages: { zh: '重复段落', en: 'Repeated passages' },
  thisYear: { zh: '本年', en: 'this year' },
  lastYear: { zh: '上年', en: 'last year' },
  chars: { zh: '字', en: 'chars' },
  identical: { zh: '原文相同', en: 'identical' },
  numbersDiffer: { zh: '仅数字或标点不同', en: 'only numbers or punctuation differ' },
  cells: { zh: '单元格变化', en: 'Cell changes' },
  cellsLine: { zh: '个单元格有变化（两年均为 0 或空白的不计）', en: 'cells changed (cells zero or blank in both years left out)' },
  compared: { zh: '个比较', en: 'compared' },
  table: { zh: '表', en: 'Table' },
  row: { zh: '行', en: 'Row' },
  column: { zh: '列', en: 'Column' },
  change: { zh: '变化', en: 'Change' },
  relative: { zh: '幅度', en: 'Relative' },
  more: { zh: '另有', en: 'and' },
  moreTail: { zh: '项未列出', en: 'more not listed' },
  blank: { zh: '空白', en: 'blank' },
  missing: { zh: '缺失', en: 'missing' },
  ambiguous: { zh: '存疑', en: 'ambiguous' },
  none: { zh: '无', en: 'none' },
} as const;

/**
 * Renders a comparison as Markdown, HTML or text.
 * @throws TypeError for a missing comparison or an unknown format.
 */
export function renderComparison(comparison: ReportComparison, options: ComparisonRenderOptions): string {
  if (typeof comparison !== 'object' || comparison === null || !Array.isArray(comparison.cells)) {
    throw new TypeError('renderComparison(comparison, options): expected the result of compareReports');
  }
  const to = options?.to;
  if (to !== 'markdown' && to !== 'html' && to !== 'text')
    throw new TypeError('renderComparison: options.to must be markdown, html or text');
  const lang = options.lang === 'en' ? 'en' : 'zh';
  const blocks = comparisonBlocks(comparison, lang, options);
  const title = (blocks[0] as { text: string }).text;
  if (to === 'markdown') return `${blocks.map(markdown).join('\n\n')}\n`;
  if (to === 'text') return `${blocks.map(text).join('\n\n')}\n`;
  const body = blocks.map(html).join('\n');
  if (options.fragment) return `${body}\n`;
  return `<!DOCTYPE html>\n<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">\n<head><meta charset="utf-8"><title>${esc(title)}</title></head>\n<body>\n${body}\n</body>\n</html>\n`;
}

function w(key: keyof typeof WORDS, lang: 'zh' | 'en'): string {
  return WORDS[key][lang];
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function snapshotText(s: CellSnapshot, lang: 'zh' | 'en'): string {
  if (s.status === 'value') return String(s.value);
  return w(s.status, lang);
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

function placeText(p: PassagePlace, lang: 'zh' | 'en'): string {
  return lang === 'zh' ? `${p.heading} 第 ${p.start + 1}–${p.end} 字` : `${p.heading}, chars ${p.start + 1}–${p.end}`;
}

function comparisonBlocks(c: ReportComparison, lang: 'zh' | 'en', options: ComparisonRenderOptions): Block[] {
  const agency = c.current.agency ?? c.previous.agency ?? w('unknownAgency', lang);
  const year = (y: number | null): string => (y === null ? w('unknownYear', lang) : String(y));
  const sep = lang === 'zh' ? '：' : ': ';
  const blocks: Block[] = [
    { kind: 'h', level: 1, text: `${w('title', lang)}${sep}${agency} ${year(c.previous.year)} → ${year(c.current.year)}` },
  ];
  const fails = c.relations.filter((r) => r.status === 'fail');
  const unsure = c.relations.filter((r) => r.status === 'uncertain');
  const changed = c.cells.filter((x) => x.changed);
  const versionText =
    c.versionChanges.length === 0
      ? w('versionsSame', lang)
      : c.versionChanges
          .map(
            (v) =>
              `${v.table === 't2' ? '表二' : '表三'} ${v.previous ?? '—'} → ${v.current ?? '—'}${v.expected === null ? '' : `（${w(v.expected ? 'versionExpected' : 'versionUnexpected', lang)}）`}`,
          )
          .join(lang === 'zh' ? '；' : '; ');
  const relationText = !c.consecutive
    ? w('notConsecutive', lang)
    : [
        `${c.relations.length - fails.length - unsure.length} ${w('passed', lang)}`,
        `${fails.length} ${w('failed', lang)}`,
        `${unsure.length} ${w('uncertain', lang)}`,
      ].join(lang === 'zh' ? '，' : ', ');
  blocks.push({ kind: 'h', level: 2, text: w('summary', lang) });
  blocks.push({
    kind: 'ul',
    items: [
      `${w('versions', lang)}${sep}${versionText}`,
      `${w('relations', lang)}${sep}${relationText}`,
      `${w('reuse', lang)}${sep}${percent(c.textReuse.share)} (${c.textReuse.repeated}/${c.textReuse.sentences} ${w('reuseLine', lang)})`,
      `${w('cells', lang)}${sep}${changed.length} ${w('cellsLine', lang)}`,
    ],
  });
  blocks.push({ kind: 'h', level: 2, text: w('relations', lang) });
  if (!c.consecutive) blocks.push({ kind: 'p', text: w('notConsecutive', lang) });
  else if (fails.length + unsure.length === 0) blocks.push({ kind: 'p', text: `${w('allHold', lang)} (${c.relations.length})` });
  else blocks.push({ kind: 'ul', items: [...fails, ...unsure].map((r) => (lang === 'zh' ? r.message : r.messageEn)) });

  blocks.push({ kind: 'h', level: 2, text: w('reuse', lang) });
  blocks.push({
    kind: 'table',
    head: [w('section', lang), w('sentences', lang), w('repeated', lang), w('share', lang)],
    rows: c.textReuse.sections
      .filter((s) => s.sentences > 0)
      .map((s) => [s.heading, String(s.sentences), String(s.repeated), percent(s.share)]),
  });
  const passages = c.textReuse.passages
    .slice()
    .sort((a, b) => b.sentences - a.sentences || a.current.sectionIndex - b.current.sectionIndex || a.current.start - b.current.start);
  const shownPassages = passages.slice(0, options.maxPassages ?? passages.length);
  if (shownPassages.length > 0) {
    blocks.push({ kind: 'h', level: 3, text: w('passages', lang) });
    blocks.push({ kind: 'ul', items: shownPassages.map((p) => passageText(p, lang)) });
    if (passages.length > shownPassages.length)
      blocks.push({ kind: 'p', text: `${w('more', lang)} ${passages.length - shownPassages.length} ${w('moreTail', lang)}` });
  }

  blocks.push({ kind: 'h', level: 2, text: w('cells', lang) });
  const sorted = changed.slice().sort((a, b) => Math.abs(b.delta ?? Infinity) - Math.abs(a.delta ?? Infinity));
  const shown = sorted.slice(0, options.maxCells ?? sorted.length);
  if (shown.length === 0) blocks.push({ kind: 'p', text: w('none', lang) });
  else {
    blocks.push({
      kind: 'table',
      head: [
        w('table', lang),
        w('row', lang),
        w('column', lang),
        w('lastYear', lang),
        w('thisYear', lang),
        w('change', lang),
        w('relative', lang),
      ],
      rows: shown.map((x: CellChange) => [
        x.tableName,
        x.rowLabel,
        x.columnLabel,
        snapshotText(x.previous, lang),
        snapshotText(x.current, lang),
        x.delta === null ? '' : signed(x.delta),
        x.relative === null ? '' : `${x.relative > 0 ? '+' : ''}${Math.round(x.relative * 100)}%`,
      ]),
    });
    if (sorted.length > shown.length)
      blocks.push({ kind: 'p', text: `${w('more', lang)} ${sorted.length - shown.length} ${w('moreTail', lang)}` });
  }
  return blocks;
}

function passageText(p: RepeatedPassage, lang: 'zh' | 'en'): string {
  const kind = w(p.identical ? 'identical' : 'numbersDiffer', lang);
  return `“${p.text.replace(/\s+/g, ' ')}” — ${w('thisYear', lang)} ${placeText(p.current, lang)}; ${w('lastYear', lang)} ${placeText(p.previous, lang)} (${kind})`;
}

/* ---------------------------------------------------------------- formats */

function mdCell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function markdown(b: Block): string {
  switch (b.kind) {
    case 'h':
      return `${'#'.repeat(b.level)} ${b.text}`;
    case 'p':
      return b.text;
    case 'ul':
      return b.items.map((i) => `- ${i}`).join('\n');
    case 'table':
      return [
        `| ${b.head.map(mdCell).join(' | ')} |`,
        `|${'---|'.repeat(b.head.length)}`,
        ...b.rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`),
      ].join('\n');
  }
}

/** Longest `=` underline of a title in text output (two per character, for CJK's double width, up to a terminal's usual width). */
const TITLE_UNDERLINE_MAX = 60;

function text(b: Block): string {
  switch (b.kind) {
    case 'h':
      return b.level === 1 ? `${b.text}\n${'='.repeat(Math.min(TITLE_UNDERLINE_MAX, b.text.length * 2))}` : b.text;
    case 'p':
      return `  ${b.text}`;
    case 'ul':
      return b.items.map((i) => `  • ${i}`).join('\n');
    case 'table':
      return [b.head.join(' | '), ...b.rows.map((r) => r.join(' | '))].map((l) => `  ${l}`).join('\n');
  }
}

function html(b: Block): string {
  switch (b.kind) {
    case 'h':
      return `<h${b.level}>${esc(b.text)}</h${b.level}>`;
    case 'p':
      return `<p>${esc(b.text)}</p>`;
    case 'ul':
      return `<ul>\n${b.items.map((i) => `<li>${esc(i)}</li>`).join('\n')}\n</ul>`;
    case 'table':
      return `<table border="1">\n<thead><tr>${b.head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead>\n<tbody>\n${b.rows.map((r) => `<tr>${r.map((x) => `<td>${esc(x)}</td>`).join('')}</tr>`).join('\n')}\n</tbody>\n</table>`;
  }
}
