/**
 * The playground page: input → parse → tables, findings, outline, source; selection links a cell
 * or a finding to its place in the source. All state lives here; the modules beside it render.
 */
import { listCells, toRows, validateReport, type ReportValidationResult, type SourceLocation } from 'zfxxgk-report';
import example from '../../examples/sample-report-2023.md?raw';
import { baseName, download, reportCsv, reportJson, reportTables } from './exports.js';
import { collectFindings, coverageList, describeLocation, findingItem, verdictKey, type Finding } from './findings.js';
import { buildTables, cellText, codesByAddress } from './grid.js';
import { applyWords, t, type Lang, type WordKey } from './i18n.js';
import { loadFile, loadText, type Loaded } from './load.js';
import { showSource } from './source.js';
import './style.css';

const EXAMPLE_NAME = 'sample-report-2023.md';
const PASTED_NAME = 'pasted.txt';
/** Pause after typing before the text is parsed again. */
const TYPING_DEBOUNCE_MS = 400;
const LANG_KEY = 'zfxxgk-playground-lang';

interface State {
  lang: Lang;
  loaded: Loaded | null;
  validation: ReportValidationResult | null;
  findings: Finding[];
  labels: Map<string, { rowLabel: string; columnLabel: string }>;
  selection: { kind: 'cell'; address: string } | { kind: 'finding'; index: number } | { kind: 'section'; index: number } | null;
}

const $ = <T extends HTMLElement>(selector: string): T => {
  const el = document.querySelector<T>(selector);
  if (!el) throw new Error(`missing element ${selector}`);
  return el;
};

const els = {
  input: $<HTMLTextAreaElement>('#input'),
  file: $<HTMLInputElement>('#file'),
  status: $('#status'),
  summary: $('#summary-body'),
  tables: $('#tables-body'),
  verdict: $('#verdict'),
  rules: $('#rule-list'),
  diagnostics: $('#diagnostic-list'),
  detail: $('#detail'),
  source: $('#source-text'),
  drop: $('#drop'),
  lang: $<HTMLButtonElement>('#lang'),
};

const state: State = { lang: initialLang(), loaded: null, validation: null, findings: [], labels: new Map(), selection: null };

function initialLang(): Lang {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  if (fromUrl === 'en' || fromUrl === 'zh') return fromUrl;
  try {
    const saved = localStorage.getItem(LANG_KEY);
    if (saved === 'en' || saved === 'zh') return saved;
  } catch {
    // storage unavailable (private mode): default
  }
  return 'zh';
}

const w = (key: WordKey): string => t(key, state.lang);

/* ------------------------------------------------------------ loading */

function show(loaded: Loaded): void {
  const report = loaded.result.report;
  state.loaded = loaded;
  state.validation = report ? validateReport(report, { diagnostics: loaded.result.diagnostics }) : null;
  state.findings = collectFindings(loaded.result.diagnostics, state.validation);
  state.labels = new Map(report ? toRows(report).map((r) => [r.address, { rowLabel: r.rowLabel, columnLabel: r.columnLabel }]) : []);
  state.selection = null;
  renderAll();
}

function parsePasted(): void {
  show(loadText(els.input.value, PASTED_NAME));
}

async function openFile(file: File): Promise<void> {
  const lower = file.name.toLowerCase();
  const key: WordKey = lower.endsWith('.pdf') ? 'loadingPdf' : lower.endsWith('.docx') ? 'loadingDocx' : 'loading';
  els.status.textContent = `${w(key)} ${file.name}…`;
  document.body.classList.add('busy');
  try {
    const loaded = await loadFile(file.name, new Uint8Array(await file.arrayBuffer()));
    els.input.value = loaded.kind === 'text' ? loaded.source : '';
    show(loaded);
  } catch (e) {
    els.status.textContent = `${w('cannotRead')} ${file.name}: ${(e as Error).message}`;
  } finally {
    document.body.classList.remove('busy');
  }
}

/* ------------------------------------------------------------ rendering */

function renderAll(): void {
  applyWords(document, state.lang);
  document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
  els.lang.lang = state.lang === 'zh' ? 'en' : 'zh-CN';
  renderStatus();
  renderSummary();
  renderTables();
  renderFindings();
  renderSelection();
}

function renderStatus(): void {
  const l = state.loaded;
  if (!l) return;
  const name = l.name === PASTED_NAME ? w('pasted') : l.name === EXAMPLE_NAME ? `${EXAMPLE_NAME} · ${w('exampleName')}` : l.name;
  const parts = [`${w('readFrom')}: ${name}`];
  const report = l.result.report;
  if (report) parts.push(`${w('format')}: ${report.source.format}`);
  if (l.encoding) parts.push(`${w('encoding')}: ${l.encoding}`);
  if (l.pages !== undefined) parts.push(`${w('pages')}: ${l.pages}`);
  if (!report) {
    const e = l.result.diagnostics.find((d) => d.severity === 'error');
    parts.push(e ? (state.lang === 'en' ? e.messageEn : e.message) : w('notReport'));
  }
  els.status.textContent = parts.join(' · ');
}

function renderSummary(): void {
  const report = state.loaded?.result.report;
  els.summary.replaceChildren();
  if (!report) return;
  const m = report.meta;
  const cells = listCells(report);
  const count = (s: string): number => cells.filter((c) => c.status === s).length;
  const rows: [WordKey, string | null][] = [
    ['titleField', m.title],
    ['agency', m.agency],
    ['year', m.year !== null ? String(m.year) : null],
    ['publishDate', m.publishDate],
    ['indexNumber', m.indexNumber],
    ['documentNumber', m.documentNumber],
    ['publisher', m.publisher],
    ['period', m.period ? `${m.period.start} – ${m.period.end}` : null],
    ['templates', `表二 ${report.templateVersions.table2 ?? '—'} · 表三 ${report.templateVersions.table3 ?? '—'}`],
    ['format', `${report.source.format}${report.source.convertedToSimplified ? ` (${w('simplified')})` : ''}`],
    ['cellsCount', (['value', 'blank', 'missing', 'ambiguous'] as const).map((s) => `${w(s)} ${count(s)}`).join(' · ')],
  ];
  const meta = document.createElement('div');
  meta.className = 'meta';
  const h = document.createElement('h3');
  h.textContent = w('metaHeading');
  const dl = document.createElement('dl');
  for (const [key, value] of rows) {
    if (value === null) continue;
    const dt = document.createElement('dt');
    dt.textContent = w(key);
    const dd = document.createElement('dd');
    dd.textContent = value;
    dl.append(dt, dd);
  }
  meta.append(h, dl);
  const outline = document.createElement('div');
  outline.className = 'outline';
  const oh = document.createElement('h3');
  oh.textContent = w('outlineHeading');
  const ol = document.createElement('ol');
  report.sections.forEach((s, i) => {
    const li = document.createElement('li');
    li.className = `level-${s.level}${s.key ? '' : ' off-template'}`;
    const b = document.createElement('button');
    b.type = 'button';
    b.dataset.section = String(i);
    b.textContent = s.heading + (s.key ? '' : ` ${w('notTemplateSection')}`);
    li.append(b);
    ol.append(li);
  });
  outline.append(oh, ol);
  els.summary.append(meta, outline);
}

function renderTables(): void {
  const report = state.loaded?.result.report;
  els.tables.replaceChildren();
  if (!report) return;
  els.tables.append(buildTables(report, state.loaded?.result.diagnostics ?? [], state.labels, state.lang));
}

function severities(): Set<string> {
  return new Set([...document.querySelectorAll<HTMLInputElement>('input[name="severity"]:checked')].map((i) => i.value));
}

function renderFindings(): void {
  const v = state.validation;
  els.verdict.replaceChildren();
  if (v) {
    const by = (s: string): number => v.checks.filter((c) => c.status === s).length;
    const total = v.checks.length;
    const assessable = total - by('not-assessable');
    const verdict = document.createElement('p');
    verdict.className = `status st-${v.status}`;
    verdict.dataset.status = v.status;
    verdict.textContent = w(verdictKey(v.status));
    const counts = document.createElement('p');
    counts.className = 'counts';
    counts.textContent = `${total} ${w('checks')}: ${w('pass')} ${by('pass')} · ${w('fail')} ${by('fail')} · ${w('uncertain')} ${by('uncertain')} · ${w('notAssessable')} ${by('not-assessable')} · ${w('coverage')} ${total ? Math.round((assessable / total) * 100) : 0}%`;
    els.verdict.append(verdict, counts, coverageList(v.coverage, state.lang));
  }
  const shown = severities();
  const fill = (list: HTMLElement, kind: Finding['kind']): void => {
    const items = state.findings.map((f, i) => [f, i] as const).filter(([f]) => f.kind === kind && shown.has(f.severity));
    list.replaceChildren(...items.map(([f, i]) => findingItem(f, i, state.lang)));
    if (items.length === 0) {
      const li = document.createElement('li');
      li.className = 'empty';
      li.textContent = w('nothingShown');
      list.append(li);
    }
  };
  fill(els.rules, 'rule');
  fill(els.diagnostics, 'diagnostic');
}

/* ------------------------------------------------------------ selection */

function renderSelection(): void {
  const loaded = state.loaded;
  for (const el of document.querySelectorAll('.selected, .involved')) el.classList.remove('selected', 'involved');
  if (!loaded) return;
  const sel = state.selection;
  let locations: SourceLocation[] = [];
  const detail: Node[] = [];
  if (sel?.kind === 'cell') {
    const c = loaded.result.report ? listCells(loaded.result.report).find((x) => x.address === sel.address) : undefined;
    const td = els.tables.querySelector<HTMLElement>(`td[data-address="${CSS.escape(sel.address)}"]`);
    td?.classList.add('selected');
    if (c) {
      const labels = state.labels.get(c.address);
      const codes = codesByAddress(loaded.result.diagnostics).get(c.address) ?? [];
      const facts: [string, string | undefined][] = [
        [w('address'), c.address],
        ['', [labels?.rowLabel, labels?.columnLabel].filter(Boolean).join(' · ')],
        [w('status'), `${w(c.status)}${c.status === 'value' ? `: ${cellText(c)}` : ''}`],
        [w('candidates'), c.candidates?.join(', ')],
        [w('raw'), c.raw],
        [w('foundLabels'), [c.rowLabel, c.columnLabel].filter(Boolean).join(' · ') || undefined],
        [w('codes'), codes.join(', ') || undefined],
        ['', c.location ? describeLocation(c.location, state.lang) : w('noLocation')],
      ];
      detail.push(factList(facts));
      locations = c.location ? [c.location] : [];
    }
  } else if (sel?.kind === 'finding') {
    const f = state.findings[sel.index];
    document.querySelector(`button[data-finding="${sel.index}"]`)?.classList.add('selected');
    if (f) {
      for (const a of f.addresses) els.tables.querySelector(`td[data-address="${CSS.escape(a)}"]`)?.classList.add('involved');
      const facts: [string, string | undefined][] = [
        ['', `${f.id}: ${state.lang === 'en' ? f.messageEn : f.message}`],
        [w('expected'), f.expected !== undefined ? String(f.expected) : undefined],
        [w('reported'), f.actual !== undefined ? String(f.actual) : undefined],
        ['', f.locations.length ? f.locations.map((l) => describeLocation(l, state.lang)).join('; ') : w('noLocation')],
      ];
      detail.push(factList(facts));
      locations = f.locations;
    }
  } else if (sel?.kind === 'section') {
    const s = loaded.result.report?.sections[sel.index];
    document.querySelector(`button[data-section="${sel.index}"]`)?.classList.add('selected');
    if (s) {
      detail.push(
        factList([
          ['', s.heading],
          ['', describeLocation(s.location, state.lang)],
        ]),
      );
      locations = [s.location];
    }
  }
  if (detail.length === 0) {
    const p = document.createElement('p');
    p.textContent = w('sourceHint');
    detail.push(p);
  }
  els.detail.replaceChildren(...detail);
  const mark = showSource(els.source, loaded.source, locations);
  mark?.scrollIntoView({ block: 'center', inline: 'nearest' });
}

function factList(facts: [string, string | undefined][]): HTMLElement {
  const dl = document.createElement('dl');
  for (const [k, v] of facts) {
    if (v === undefined || v === '') continue;
    const dt = document.createElement('dt');
    dt.textContent = k;
    const dd = document.createElement('dd');
    dd.textContent = v;
    dl.append(dt, dd);
  }
  return dl;
}

function select(selection: State['selection']): void {
  state.selection = selection;
  renderSelection();
}

/* ------------------------------------------------------------ keyboard in tables */

/** Arrow keys move between data cells (one tab stop per table); Enter or Space selects. */
function onTableKey(e: KeyboardEvent): void {
  const td = (e.target as HTMLElement).closest<HTMLElement>('td.cell');
  if (!td) return;
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    select({ kind: 'cell', address: td.dataset.address as string });
    return;
  }
  const table = td.closest('table');
  if (!table) return;
  const all = [...table.querySelectorAll<HTMLElement>('td.cell')];
  let next: HTMLElement | undefined;
  if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') next = all[all.indexOf(td) + (e.key === 'ArrowLeft' ? -1 : 1)];
  else if (e.key === 'Home' || e.key === 'End') next = e.key === 'Home' ? all[0] : all[all.length - 1];
  else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
    const rows = [...table.rows];
    const r = rows.indexOf(td.parentElement as HTMLTableRowElement);
    const x = td.getBoundingClientRect().left + td.getBoundingClientRect().width / 2;
    const step = e.key === 'ArrowUp' ? -1 : 1;
    for (let i = r + step; i >= 0 && i < rows.length && !next; i += step) {
      const candidates = [...(rows[i] as HTMLTableRowElement).querySelectorAll<HTMLElement>('td.cell')];
      next = candidates.sort((a, b) => distance(a, x) - distance(b, x))[0];
    }
  } else return;
  e.preventDefault();
  if (!next) return;
  td.tabIndex = -1;
  next.tabIndex = 0;
  next.focus();
}

function distance(el: HTMLElement, x: number): number {
  const r = el.getBoundingClientRect();
  return Math.abs(r.left + r.width / 2 - x);
}

/* ------------------------------------------------------------ events */

let typing: ReturnType<typeof setTimeout> | undefined;
els.input.addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(parsePasted, TYPING_DEBOUNCE_MS);
});
$('#parse').addEventListener('click', () => {
  clearTimeout(typing);
  parsePasted();
});
$('#example').addEventListener('click', () => {
  els.input.value = example;
  show(loadText(example, EXAMPLE_NAME));
});
els.file.addEventListener('change', () => {
  const f = els.file.files?.[0];
  if (f) void openFile(f);
  els.file.value = '';
});
els.lang.addEventListener('click', () => {
  state.lang = state.lang === 'zh' ? 'en' : 'zh';
  try {
    localStorage.setItem(LANG_KEY, state.lang);
  } catch {
    // storage unavailable: the switch still works for this visit
  }
  renderAll();
});
for (const box of document.querySelectorAll('input[name="severity"]'))
  box.addEventListener('change', () => {
    renderFindings();
    renderSelection();
  });
els.tables.addEventListener('click', (e) => {
  const td = (e.target as HTMLElement).closest<HTMLElement>('td.cell');
  if (!td) return;
  for (const other of els.tables.querySelectorAll<HTMLElement>('td.cell[tabindex="0"]'))
    if (other.closest('table') === td.closest('table')) other.tabIndex = -1;
  td.tabIndex = 0;
  select({ kind: 'cell', address: td.dataset.address as string });
});
els.tables.addEventListener('keydown', onTableKey);
for (const list of [els.rules, els.diagnostics]) {
  list.addEventListener('click', (e) => {
    const b = (e.target as HTMLElement).closest<HTMLElement>('button[data-finding]');
    if (b) select({ kind: 'finding', index: Number(b.dataset.finding) });
  });
}
els.summary.addEventListener('click', (e) => {
  const b = (e.target as HTMLElement).closest<HTMLElement>('button[data-section]');
  if (b) select({ kind: 'section', index: Number(b.dataset.section) });
});
for (const b of document.querySelectorAll<HTMLElement>('button[data-export]')) {
  b.addEventListener('click', () => {
    const l = state.loaded;
    if (!l) return;
    const report = l.result.report;
    const base = baseName(l.name);
    const kind = b.dataset.export;
    if (kind === 'json') download(`${base}.json`, reportJson(l.name, report, l.result.diagnostics, state.validation), 'application/json');
    if (!report) return;
    if (kind === 'csv') download(`${base}.csv`, reportCsv(report, l.name), 'text/csv;charset=utf-8');
    if (kind === 'markdown') download(`${base}.tables.md`, reportTables(report, 'markdown'), 'text/markdown;charset=utf-8');
    if (kind === 'html') download(`${base}.tables.html`, reportTables(report, 'html'), 'text/html;charset=utf-8');
  });
}

// Files dropped anywhere on the page.
let dragDepth = 0;
window.addEventListener('dragenter', (e) => {
  if (!e.dataTransfer?.types.includes('Files')) return;
  dragDepth++;
  els.drop.hidden = false;
});
window.addEventListener('dragleave', () => {
  dragDepth = Math.max(0, dragDepth - 1);
  if (dragDepth === 0) els.drop.hidden = true;
});
window.addEventListener('dragover', (e) => e.preventDefault());
window.addEventListener('drop', (e) => {
  e.preventDefault();
  dragDepth = 0;
  els.drop.hidden = true;
  const f = e.dataTransfer?.files[0];
  if (f) void openFile(f);
});

els.input.value = example;
show(loadText(example, EXAMPLE_NAME));
document.body.dataset.ready = 'true';
