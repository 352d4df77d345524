/**
 * The probe set: reports of our own the reader was not tuned on (issue 12). Other value
 * distributions than the committed gauntlet (many non-zero values, 1–5 digit mixes, many blanks,
 * whole blank rows, all-zero tables) and HTML the six gauntlet styles do not cover: header rows
 * split in other places, sections in `<div>`s with `<br>`, label variants (full-width or missing
 * numbering, other punctuation, spaces and `<br>` inside labels, shortened labels), a `合计` row,
 * numbers with thousands separators or full-width digits, blanks written as an empty cell,
 * `&nbsp;`, `-`, `—`, `/` or `无`. Every variant is chosen from a seed, so `npm run gauntlet:probe
 * -- --seed N` makes another set. Bundled by esbuild (scripts/gauntlet/load-ts.mjs).
 *
 * From seed {@link EXTRAS_FROM_SEED} on, each spec also draws {@link ProbeExtras} (from a stream of
 * its own, so the variants above stay what they were for every seed): `——` or `－` written in every
 * blank cell, table 四's zero cells a mix of `0` and blank, labels with their numbering on some rows
 * only, table 二 as one table per 第二十条 item, notes with dates and numbers under the tables,
 * signed 2019 增/减 (`+3`), fees with their unit (`元`), and a compact page (small type, no prose
 * between tables 三 and 四, so two tables share a printed page). Seeds below it are made as before.
 *
 * From seed {@link WORD_MARKUP_FROM_SEED} on, a `word-cells` report may also be written in Word's own
 * cell markup (a stream of its own again): a blank cell an empty paragraph (`<p><span><o:p> </o:p>
 * </span></p>`, which a browser's clipboard copy writes as one empty line), a number in its span
 * before Word's empty `<o:p></o:p>` span.
 *
 * From seed {@link WORD_WIDTHS_FROM_SEED} on, most Word-markup reports also carry Word's column
 * widths ({@link ProbeSpec.wordWidths}, a stream of its own): `width=NN style='width:NNpt'` on the
 * table, on every `<td>` (and on `<col>` elements for some), Word's cell padding of 5.4pt a side and a
 * font size in the paragraph style, the value columns of tables 三 and 四 so narrow that a printed
 * header wraps to one or two characters a line, and most cells of table 三 blank where the values
 * are sparse.
 *
 * From seed {@link VARIETY_FROM_SEED} on, each spec also draws {@link ProbeVariety} (a stream of its
 * own): how real reports dress tables 三 and 四 beyond the template — a unit line `单位：件` as the
 * table's first row (one cell across every column) or as a paragraph right above it, a note with dates
 * and counts as the table's last row (one cell across every column), and the header rows in `<thead>`
 * (a browser prints them again at the top of every page the table runs over, as Word does with a
 * repeated header row).
 *
 * From seed {@link CONTINUED_FROM_SEED} on, a spec may also draw {@link ContinuedTable} (a stream of its
 * own): table 三 written as two tables, cut between two body rows as a page cut it (a report made from
 * a PDF or a Word file), the second part after a `续表` line, with the header rows again or not, and
 * a group label spanning the cut written again on the second part or left empty.
 *
 * From seed {@link FIGURES_FROM_SEED} on, a spec may also draw {@link FigureDress} (a stream of its own):
 * footnote marks on a few figures of tables 二, 三 and 四 (`10<sup>1</sup>`, `10①`, `10<sup>*</sup>`,
 * `10<sup>①</sup>`, `10<sup>[1]</sup>`) with the note they point to under the table, and a `备注` column
 * at the right of table 三 (mostly empty, some remarks holding a count: `含转办2件`).
 */
import { renderReport, createReport, table2Addresses, table3Addresses, type TemplateVersion } from 'zfxxgk-report';
import { prng } from '../../test/helpers/fixtures.js';

/** How the values are drawn. */
export type Distribution = 'dense' | 'digits' | 'blanks' | 'blank-rows' | 'zeros' | 'sparse';
/** How table 三's and 四's header rows are split. */
export type HeaderSplit = 'template' | 'two-rows' | 'no-rowspan';
/** How row labels are written. */
export type LabelVariant = 'template' | 'fullwidth' | 'unnumbered' | 'punctuation' | 'spaces' | 'br' | 'short';
/** How numbers are written. */
export type NumberFormat = 'plain' | 'thousands' | 'fullwidth';
/** How the article is laid out around the tables. */
export type Container = 'paragraphs' | 'div-br' | 'word-cells';

/** Variation drawn from seed {@link EXTRAS_FROM_SEED} on (absent before: the report is made as before). */
export interface ProbeExtras {
  /** Table 四's zero cells written blank at random (a mix of `0` and blank; totals too). */
  t4ZeroMix: boolean;
  /** Row labels: the numbering dropped on about half of the rows (the others as `labels` says). */
  numberingMix: boolean;
  /** Table 二 written as one table per 第二十条 item. */
  splitTable2: boolean;
  /** A note under each table (a date range, a unit, what the blank marker means). */
  notes: boolean;
  /** 2019 增/减 written with its sign (`+3`, `-2`). */
  signedChange: boolean;
  /** Fee and procurement amounts written with their unit (`元`). */
  amountUnit: boolean;
  /** Small type, tight cells and no prose before table 四 (tables share printed pages). */
  compact: boolean;
}

/** The first base seed whose specs draw {@link ProbeExtras} (seeds 108 and 109 were made without). */
export const EXTRAS_FROM_SEED = 110;

/** The first base seed whose `word-cells` specs may draw {@link ProbeSpec.wordMarkup} (seeds below are made as before). */
export const WORD_MARKUP_FROM_SEED = 240;

/** The first base seed whose Word-markup specs may draw {@link ProbeSpec.wordWidths} (seeds below are made as before). */
export const WORD_WIDTHS_FROM_SEED = 260;

/** The first base seed whose specs draw {@link ProbeVariety} (seeds below are made as before). */
export const VARIETY_FROM_SEED = 600;

/** Where tables 三 and 四 say their unit. */
export type UnitLine = 'none' | 'row' | 'above';

/** The first base seed whose specs may draw {@link ContinuedTable} (seeds below are made as before). */
export const CONTINUED_FROM_SEED = 610;

/** Share of specs (from {@link CONTINUED_FROM_SEED} on) with table 三 cut in two. */
const CONTINUED_SHARE = 0.6;

/** The first base seed whose specs may draw {@link FigureDress} (seeds below are made as before). */
export const FIGURES_FROM_SEED = 620;

/** How a footnote mark is written on a figure. */
export type MarkStyle = 'sup-digit' | 'circled' | 'sup-star' | 'sup-circled' | 'sup-bracket';

const MARK_STYLES: readonly MarkStyle[] = ['sup-digit', 'circled', 'sup-digit', 'sup-star', 'sup-circled', 'sup-bracket'];

/** Share of specs (from {@link FIGURES_FROM_SEED} on) with footnote marks on figures. */
const MARKS_SHARE = 0.7;

/** Share of specs (from {@link FIGURES_FROM_SEED} on) with a `备注` column on table 三. */
const REMARKS_SHARE = 0.4;

/** Share of table 三's body rows whose `备注` cell holds a remark. */
const REMARK_ROW_SHARE = 0.3;

/** Remarks written in a `备注` cell (some holding a count, as real remarks do). */
const REMARKS: readonly string[] = ['含转办2件', '已办结', '另有3件撤回', '—', '含依申请公开1件', '/', '均已答复', '涉及5个部门'];

/** Footnote marks and remarks on figures (seeds from {@link FIGURES_FROM_SEED} on). */
export interface FigureDress {
  /** How the marks are written (absent: no marks). */
  marks?: MarkStyle;
  /** Where in each of tables 二, 三, 四 a marked figure falls (a share of its stated cells; absent: none there). */
  markAt: (number | null)[];
  /** Table 三 has a `备注` column at its right. */
  remarks: boolean;
  /** Seed of which rows get a remark, and which. */
  remarkSeed: number;
}

/** Table 三 written as two tables, cut between two body rows (seeds from {@link CONTINUED_FROM_SEED} on). */
export interface ContinuedTable {
  /** Where the cut falls, as a share of the body rows (0–1). */
  at: number;
  /** The second part opens with the header rows again. */
  repeatHeader: boolean;
  /** A group label spanning the cut is written again on the second part (else its cell there is empty). */
  repeatGroup: boolean;
  /** The line between the two parts. */
  caption: string;
}

/** Lines written between the two parts of a continued table (`''`: nothing). */
const CONTINUED_CAPTIONS: readonly string[] = ['续表', '（续表）', '', '续上表'];

/** How tables 三 and 四 are dressed beyond the template (seeds from {@link VARIETY_FROM_SEED} on). */
export interface ProbeVariety {
  /** A unit line `单位：件`: the table's first row (one cell across every column), a paragraph right above it, or none. */
  unitLine: UnitLine;
  /** A note with dates and counts as the table's last row (one cell across every column). */
  noteRow: boolean;
  /** The header rows in `<thead>` (printed again at the top of each page the table runs over). */
  repeatHeader: boolean;
}

const UNIT_LINES: readonly UnitLine[] = ['row', 'none', 'above', 'row'];

/** Share of specs with a note as the last row of tables 三 and 四. */
const NOTE_ROW_SHARE = 0.5;

/** Share of specs with the header rows of tables 三 and 四 in `<thead>`. */
const REPEAT_HEADER_SHARE = 0.6;

/** Share of Word-markup specs with Word's column widths (from {@link WORD_WIDTHS_FROM_SEED} on). */
const WORD_WIDTHS_SHARE = 0.85;

/** Share of `word-cells` specs written in Word's own cell markup (from {@link WORD_MARKUP_FROM_SEED} on). */
const WORD_MARKUP_SHARE = 0.75;

/** One probe report: how it was made. */
export interface ProbeSpec {
  /** Directory name. */
  id: string;
  /** Seed of the values and variants. */
  seed: number;
  /** Template version of both tables. */
  version: TemplateVersion;
  /** Value distribution. */
  distribution: Distribution;
  /** Header split of tables 三 and 四. */
  header: HeaderSplit;
  /** Label variant. */
  labels: LabelVariant;
  /** Number format. */
  numbers: NumberFormat;
  /** How a blank cell is written. */
  blank: string;
  /** Page structure. */
  container: Container;
  /** Whether table 二 carries a `合计` row and table 三 says `合计` for `总计`. */
  sumRow: boolean;
  /** More variation (seeds from {@link EXTRAS_FROM_SEED} on). */
  extras?: ProbeExtras;
  /**
   * `word-cells` written in Word's own cell markup, blanks as empty paragraphs (seeds from
   * {@link WORD_MARKUP_FROM_SEED} on; absent before).
   */
  wordMarkup?: boolean;
  /** Word's column widths and type size (Word-markup specs from {@link WORD_WIDTHS_FROM_SEED} on; absent before). */
  wordWidths?: WordWidths;
  /** Tables 三 and 四 dressed beyond the template (seeds from {@link VARIETY_FROM_SEED} on; absent before). */
  variety?: ProbeVariety;
  /** Table 三 cut in two (seeds from {@link CONTINUED_FROM_SEED} on; absent before and for some specs). */
  continued?: ContinuedTable;
  /** Footnote marks on figures, a `备注` column (seeds from {@link FIGURES_FROM_SEED} on; absent before). */
  figures?: FigureDress;
}

/** Word's column widths of one report, in points (a printed header of a value column wraps to 1–2 characters a line). */
export interface WordWidths {
  /** Font size of Word's paragraph style and of every cell's span, in points. */
  fontPt: number;
  /** Width of each of table 三's three label columns. */
  t3Labels: [number, number, number];
  /** Width of each of table 三's value columns. */
  t3Value: number;
  /** Width of table 四's fifteen value columns. */
  t4Value: number;
  /** Width of each of table 二's columns. */
  t2Column: number;
  /** `<col>` elements written after `<table>` as well (Word writes them for some tables). */
  cols: boolean;
  /** Table 三's zero cells mostly left blank (Word's empty paragraphs; the tables still add up). */
  blankZeros: boolean;
}

/** Share of table 三's zero cells left blank where {@link WordWidths.blankZeros} holds. */
const WORD_BLANK_ZERO_SHARE = 0.75;

const DISTRIBUTIONS: readonly Distribution[] = ['dense', 'digits', 'blanks', 'blank-rows', 'zeros', 'sparse'];
const HEADERS: readonly HeaderSplit[] = ['two-rows', 'no-rowspan', 'template'];
const LABELS: readonly LabelVariant[] = ['fullwidth', 'unnumbered', 'punctuation', 'spaces', 'br', 'short', 'template'];
const NUMBERS: readonly NumberFormat[] = ['thousands', 'plain', 'fullwidth', 'plain'];
const BLANKS: readonly string[] = ['', '&nbsp;', '-', '—', '/', '无'];
const CONTAINERS: readonly Container[] = ['div-br', 'paragraphs', 'word-cells'];
/** Blank markers of the extras: `——` (written in every blank cell by many reports) most often. */
const EXTRA_BLANKS: readonly string[] = ['——', '', '——', '－', '&nbsp;', '——', '/', '——'];

/** `count` probe specs from a base seed: every variant turns up, in different combinations per seed. */
export function probeSpecs(baseSeed: number, count: number): ProbeSpec[] {
  const out: ProbeSpec[] = [];
  const rnd = prng(baseSeed);
  const shift = (n: number): number => Math.floor(rnd() * n);
  const [a, b, c, d, e, f] = [shift(6), shift(3), shift(7), shift(4), shift(6), shift(3)];
  for (let i = 0; i < count; i++) {
    const version: TemplateVersion = i % 2 === 0 ? '2021' : '2019';
    const distribution = DISTRIBUTIONS[(i + a) % DISTRIBUTIONS.length] as Distribution;
    const spec: ProbeSpec = {
      id: `p${String(i + 1).padStart(2, '0')}-${version}-${distribution}`,
      seed: baseSeed * 100 + i + 1,
      version,
      distribution,
      header: HEADERS[(i + b) % HEADERS.length] as HeaderSplit,
      labels: LABELS[(i + c) % LABELS.length] as LabelVariant,
      numbers: NUMBERS[(i + d) % NUMBERS.length] as NumberFormat,
      blank: BLANKS[(i + e) % BLANKS.length] as string,
      container: CONTAINERS[(i + f) % CONTAINERS.length] as Container,
      sumRow: (i + a) % 3 === 1,
    };
    if (baseSeed >= EXTRAS_FROM_SEED) {
      // (a stream of its own: the draws above are the same as without extras)
      const x = prng(baseSeed * 7919 + i);
      const flip = (p: number): boolean => x() < p;
      if (flip(0.6)) spec.blank = EXTRA_BLANKS[Math.floor(x() * EXTRA_BLANKS.length)] as string;
      spec.extras = {
        t4ZeroMix: flip(0.5),
        numberingMix: flip(0.3),
        splitTable2: flip(0.4),
        notes: flip(0.5),
        signedChange: version === '2019' && flip(0.5),
        amountUnit: flip(0.25),
        compact: flip(0.4),
      };
    }
    if (baseSeed >= WORD_MARKUP_FROM_SEED && spec.container === 'word-cells') {
      // (a stream of its own: every draw above is the same as before)
      const w = prng(baseSeed * 104729 + i);
      if (w() < WORD_MARKUP_SHARE) {
        spec.wordMarkup = true;
        // (Word writes a blank cell as an empty paragraph, whatever marker the spec drew)
        spec.blank = '';
      }
    }
    if (baseSeed >= WORD_WIDTHS_FROM_SEED && spec.wordMarkup) {
      // (a stream of its own: every draw above is the same as before)
      const w = prng(baseSeed * 130363 + i);
      const pick = (lo: number, hi: number): number => Math.round((lo + w() * (hi - lo)) * 10) / 10;
      if (w() < WORD_WIDTHS_SHARE)
        spec.wordWidths = {
          fontPt: w() < 0.5 ? 10.5 : 12,
          t3Labels: [pick(26, 40), pick(34, 52), pick(80, 130)],
          t3Value: pick(25, 38),
          t4Value: pick(24, 32),
          t2Column: pick(60, 100),
          cols: w() < 0.5,
          blankZeros: w() < 0.6,
        };
    }
    if (baseSeed >= VARIETY_FROM_SEED) {
      // (a stream of its own: every draw above is the same as before)
      const w = prng(baseSeed * 155921 + i);
      spec.variety = {
        unitLine: UNIT_LINES[Math.floor(w() * UNIT_LINES.length)] as UnitLine,
        noteRow: w() < NOTE_ROW_SHARE,
        repeatHeader: w() < REPEAT_HEADER_SHARE,
      };
    }
    if (baseSeed >= CONTINUED_FROM_SEED) {
      // (a stream of its own: every draw above is the same as before)
      const w = prng(baseSeed * 180181 + i);
      if (w() < CONTINUED_SHARE)
        spec.continued = {
          at: Math.round(w() * 100) / 100,
          repeatHeader: w() < 0.5,
          repeatGroup: w() < 0.5,
          caption: CONTINUED_CAPTIONS[Math.floor(w() * CONTINUED_CAPTIONS.length)] as string,
        };
    }
    if (baseSeed >= FIGURES_FROM_SEED) {
      // (a stream of its own: every draw above is the same as before)
      const w = prng(baseSeed * 209123 + i);
      const marks = w() < MARKS_SHARE ? (MARK_STYLES[Math.floor(w() * MARK_STYLES.length)] as MarkStyle) : undefined;
      const markAt = [0, 1, 2].map(() => (w() < 0.75 ? Math.round(w() * 100) / 100 : null));
      spec.figures = { ...(marks ? { marks } : {}), markAt, remarks: w() < REMARKS_SHARE, remarkSeed: Math.floor(w() * 1e6) };
    }
    out.push(spec);
  }
  return out;
}

/* ------------------------------------------------------------------ values */

const APPLICANTS = ['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'publicInterestOrg', 'legalServiceOrg', 'otherOrg'];

/** Cells satisfying every table rule, drawn in a distribution; `null` for blank cells. */
export function probeCells(spec: ProbeSpec): Record<string, number | null> {
  const rnd = prng(spec.seed);
  const int = (max: number): number => Math.floor(rnd() * (max + 1));
  const dist = spec.distribution;
  const density = dist === 'dense' || dist === 'digits' ? 0.85 : dist === 'zeros' ? 0 : dist === 'sparse' ? 0.12 : 0.35;
  /** A count: 1–5 digits for `digits`, up to 60 otherwise. */
  const count = (): number => {
    if (dist === 'digits') {
      const digits = 1 + int(4);
      return 10 ** (digits - 1) + int(9 * 10 ** (digits - 1) - 1);
    }
    return 1 + int(dist === 'dense' ? 300 : 60);
  };
  const cells: Record<string, number | null> = {};
  const v = spec.version;
  const rows = [...new Set(table3Addresses(v).map((x) => x.slice(3, x.lastIndexOf('.'))))];
  const resultRows = rows.filter((r) => r.startsWith('results.') && r !== 'results.total');
  for (const c of APPLICANTS) {
    let handled = 0;
    for (const r of resultRows) {
      const x = rnd() < density ? count() : 0;
      cells[`t3.${r}.${c}`] = x;
      handled += x;
    }
    const forward = rnd() < density ? count() : 0;
    const over = Math.min(rnd() < density ? count() : 0, handled + forward);
    cells[`t3.results.total.${c}`] = handled;
    cells[`t3.carriedForward.${c}`] = forward;
    cells[`t3.carriedOver.${c}`] = over;
    cells[`t3.newReceived.${c}`] = handled + forward - over;
  }
  for (const r of rows) cells[`t3.${r}.total`] = APPLICANTS.reduce((s, c) => s + (cells[`t3.${r}.${c}`] as number), 0);
  const t4Zero = dist === 'zeros' || dist === 'blank-rows';
  for (const g of ['review', 'litigationDirect', 'litigationAfterReview']) {
    let sum = 0;
    for (const k of ['upheld', 'corrected', 'otherResult', 'pending']) {
      const x = !t4Zero && rnd() < density ? count() : 0;
      cells[`t4.${g}.${k}`] = x;
      sum += x;
    }
    cells[`t4.${g}.total`] = sum;
  }
  for (const a of table2Addresses(v)) {
    const col = a.slice(a.lastIndexOf('.') + 1);
    if (col === 'yearChange') cells[a] = dist === 'zeros' ? 0 : int(8) - 4;
    else if (col === 'feeAmount' || col === 'procurementTotalAmount') cells[a] = dist === 'zeros' ? 0 : Math.round(rnd() * 2000000) / 100;
    else cells[a] = dist === 'zeros' ? 0 : rnd() < Math.max(density, 0.3) ? count() : 0;
  }
  for (const r of ['regulations', 'normativeDocuments']) {
    const base = `t2.art20_1.${r}`;
    const [small, big] = v === '2021' ? ['issued', 'currentlyValid'] : ['newlyPublished', 'totalPublished'];
    cells[`${base}.${big}`] = Math.max(cells[`${base}.${big}`] as number, cells[`${base}.${small}`] as number);
  }
  if (v === '2019')
    for (const a of table2Addresses('2019').filter((x) => x.endsWith('.previousYearCount'))) {
      const ch = a.replace('previousYearCount', 'yearChange');
      cells[a] = Math.max(cells[a] as number, -(cells[ch] as number));
    }
  // Blanks stand where a zero would (real reports leave zero cells empty), so the tables still add up.
  if (dist === 'blanks') for (const k of Object.keys(cells)) if (cells[k] === 0 && rnd() < 0.4) cells[k] = null;
  if (dist === 'blank-rows') {
    const byRow = new Map<string, string[]>();
    for (const k of Object.keys(cells)) {
      const row = k.slice(0, k.lastIndexOf('.'));
      byRow.set(row, [...(byRow.get(row) ?? []), k]);
    }
    for (const keys of byRow.values()) if (keys.every((k) => cells[k] === 0) && rnd() < 0.8) for (const k of keys) cells[k] = null;
    // Table 四 (all zeros here): a whole group, or all of it, left empty.
    const t4 = Object.keys(cells).filter((k) => k.startsWith('t4.'));
    for (const k of t4) if (spec.seed % 2 === 0 || k.startsWith('t4.litigation')) cells[k] = null;
  }
  if (spec.extras?.t4ZeroMix) for (const k of Object.keys(cells)) if (k.startsWith('t4.') && cells[k] === 0 && rnd() < 0.5) cells[k] = null;
  if (spec.wordWidths?.blankZeros) {
    // (a stream of its own: the cells above are the same as without)
    const b = prng(spec.seed * 31 + 7);
    for (const k of Object.keys(cells)) if (k.startsWith('t3.') && cells[k] === 0 && b() < WORD_BLANK_ZERO_SHARE) cells[k] = null;
  }
  return cells;
}

/* ------------------------------------------------------------------ tables */

interface GridCell {
  text: string;
  colspan: number;
  rowspan: number;
  /** The cell address of a value cell. */
  address?: string;
  header?: boolean;
}

/** Our renderer's tables, read back into grids (value cells tagged with their address). */
function renderedGrids(cells: Record<string, number | null>, version: TemplateVersion): GridCell[][][] {
  const report = createReport({ versions: { table2: version, table3: version }, cells, meta: { agency: '示例县示例局', year: 2023 } });
  const html = renderReport(report, { to: 'html', tablesOnly: true, cellAttributes: (a) => ({ 'data-a': a }) });
  const tables = html.match(/<table[\s\S]*?<\/table>/g) ?? [];
  return tables.map((t) =>
    (t.match(/<tr>[\s\S]*?<\/tr>/g) ?? []).map((tr) =>
      [...tr.matchAll(/<td([^>]*)>([^<]*)<\/td>/g)].map(([, attrs = '', text = '']) => ({
        text: text.replace(/&amp;/g, '&'),
        colspan: Number(/colspan="(\d+)"/.exec(attrs)?.[1] ?? 1),
        rowspan: Number(/rowspan="(\d+)"/.exec(attrs)?.[1] ?? 1),
        ...(/data-a="([^"]+)"/.test(attrs) ? { address: /data-a="([^"]+)"/.exec(attrs)?.[1] as string } : {}),
      })),
    ),
  );
}

const FULLWIDTH_DIGIT = (s: string): string =>
  s.replace(/[0-9.-]/g, (ch) => (ch === '.' ? '．' : ch === '-' ? '－' : String.fromCharCode(ch.charCodeAt(0) + 0xfee0)));

/** A cell's number as the spec writes it (sign of a 2019 增/减, unit of an amount). */
function formatCell(value: number, address: string, spec: ProbeSpec): string {
  const text = formatNumber(value, spec.numbers);
  if (spec.extras?.signedChange && address.endsWith('.yearChange') && value > 0) return `+${text}`;
  if (spec.extras?.amountUnit && /\.(?:feeAmount|procurementTotalAmount)$/.test(address)) return `${text}元`;
  return text;
}

/** A number as the spec writes it. */
function formatNumber(value: number, format: NumberFormat): string {
  const s = String(value);
  if (format === 'thousands') {
    const [int = '', frac] = s.split('.');
    const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return frac === undefined ? grouped : `${grouped}.${frac}`;
  }
  return format === 'fullwidth' ? FULLWIDTH_DIGIT(s) : s;
}

/** Shortened labels as some reports print them (the discriminating words kept). */
const SHORT_LABELS: Record<string, string> = {
  '一、本年新收政府信息公开申请数量': '一、本年新收申请数量',
  '二、上年结转政府信息公开申请数量': '二、上年结转申请数量',
  '（二）部分公开（区分处理的，只计这一情形，不计其他情形）': '（二）部分公开',
  '2.其他法律行政法规禁止公开': '2.法律行政法规禁止公开',
  '3.危及“三安全一稳定”': '3.危及三安全一稳定',
  '1.本机关不掌握相关政府信息': '1.本机关不掌握相关信息',
  '5.要求行政机关确认或重新出具已获取信息': '5.要求确认或重新出具信息',
  '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请': '1.申请人逾期不补正',
  '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请': '2.申请人逾期未按收费通知缴纳费用',
  '四、结转下年度继续办理': '四、结转下年度办理',
};

const NUMBERING = /^(?:[一二三四]、|（[一二三四五六七]）|\d\.)/;

/** A row label written in a variant; `seed` varies where spaces and breaks go. */
function labelText(label: string, variant: LabelVariant, seed: number): string {
  switch (variant) {
    case 'template':
      return label;
    case 'fullwidth':
      return label.replace(/^(\d)\./, (_m, d: string) => `${String.fromCharCode(d.charCodeAt(0) + 0xfee0)}．`);
    case 'unnumbered':
      return label.replace(NUMBERING, '');
    case 'punctuation':
      return label
        .replace(/^(\d)\./, seed % 2 === 0 ? '$1、' : '（$1）')
        .replace(/^（([一二三四五六七])）/, '($1)')
        .replace(/^([一二三四])、/, '$1.')
        .replace(/“|”/g, '"');
    case 'spaces': {
      const body = label.replace(NUMBERING, '');
      const head = label.slice(0, label.length - body.length);
      if (body.length < 4) return `${head} ${body}`;
      const at = 2 + (seed % (body.length - 2));
      return `${head} ${body.slice(0, at)} ${body.slice(at)}`;
    }
    case 'br': {
      if (label.length < 6) return label;
      const at = Math.floor(label.length / 2);
      return `${label.slice(0, at)}<br>${label.slice(at)}`;
    }
    case 'short':
      return SHORT_LABELS[label] ?? label;
  }
}

/** Table 三's header rows split another way. */
function table3Header(grid: GridCell[][], split: HeaderSplit, sumWord: string): GridCell[][] {
  const head = grid.slice(0, 3).map((r) => r.map((c) => ({ ...c, header: true, text: c.text === '总计' ? sumWord : c.text })));
  const body = grid.slice(3);
  if (split === 'template') return [...head, ...body];
  const [note, ...rest] = head[0] as GridCell[];
  const [natural, orgs, total] = head[1] as GridCell[];
  if (split === 'two-rows')
    // No 申请人情况 row: the note spans two rows.
    return [
      [{ ...(note as GridCell), rowspan: 2 }, { ...(natural as GridCell) }, orgs as GridCell, { ...(total as GridCell) }],
      head[2] as GridCell[],
      ...body,
    ];
  // No rowspan at all: empty cells under the note and the two spanning column heads.
  const empty = (colspan = 1): GridCell => ({ text: '', colspan, rowspan: 1, header: true });
  return [
    [{ ...(note as GridCell), rowspan: 1 }, ...rest],
    [empty(3), { ...(natural as GridCell), rowspan: 1 }, orgs as GridCell, { ...(total as GridCell), rowspan: 1 }],
    [empty(3), empty(), ...(head[2] as GridCell[]), empty()],
    ...body,
  ];
}

/** Table 四's header rows split another way. */
function table4Header(grid: GridCell[][], split: HeaderSplit): GridCell[][] {
  const head = grid.slice(0, 3).map((r) => r.map((c) => ({ ...c, header: true })));
  const body = grid.slice(3);
  if (split === 'template') return [...head, ...body];
  // The template's 行政复议 labels span the second and third header rows: every split repeats them in
  // its one row of labels, before the ten 行政诉讼 ones.
  const reviewLabels = (head[1] as GridCell[]).slice(0, 5).map((c) => ({ ...c, rowspan: 1 }));
  const labels = [...reviewLabels, ...(head[2] as GridCell[])];
  if (split === 'two-rows')
    return [
      [
        { text: '行政复议', colspan: 5, rowspan: 1, header: true },
        { text: '行政诉讼（未经复议直接起诉）', colspan: 5, rowspan: 1, header: true },
        { text: '行政诉讼（复议后起诉）', colspan: 5, rowspan: 1, header: true },
      ],
      labels,
      ...body,
    ];
  const [, direct, after] = (head[1] as GridCell[]).slice(4);
  return [
    head[0] as GridCell[],
    [{ text: '', colspan: 5, rowspan: 1, header: true }, direct as GridCell, after as GridCell],
    labels,
    ...body,
  ];
}

/** Table 二 with a `合计` row under 第二十条第（六）项 (the sum of its rows). */
function table2SumRow(grid: GridCell[][], cells: Record<string, number | null>, version: TemplateVersion): GridCell[][] {
  const at = grid.findIndex((r) => r.some((c) => c.address?.startsWith('t2.art20_6.administrativeCompulsion')));
  if (at === -1) return grid;
  const row = grid[at] as GridCell[];
  const sum = row.slice(1).map((c) => {
    const other = c.address?.replace('administrativeCompulsion', 'administrativePenalty') ?? '';
    const x = (cells[c.address ?? ''] ?? 0) + (cells[other] ?? 0);
    return { ...c, address: undefined, text: version === '2019' && c.address?.endsWith('yearChange') ? '' : String(x) };
  });
  return [...grid.slice(0, at + 1), [{ text: '合计', colspan: 1, rowspan: 1 }, ...sum], ...grid.slice(at + 1)];
}

/** Points to Word's `width=` attribute (pixels at 96 dpi). */
const PT_TO_PX = 96 / 72;

/** Word's padding of a table cell, 5.4pt left and right. */
const WORD_CELL_STYLE = 'border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt';

/** The grid column each cell starts at (rowspans of the rows above taken into account). */
function cellColumns(grid: GridCell[][]): number[][] {
  const taken: number[] = []; // rows still taken per column
  return grid.map((row) => {
    let col = 0;
    const starts = row.map((c) => {
      while ((taken[col] ?? 0) > 0) col++;
      const at = col;
      for (let k = 0; k < c.colspan; k++) taken[col + k] = c.rowspan;
      col += c.colspan;
      return at;
    });
    for (let k = 0; k < taken.length; k++) taken[k] = Math.max(0, (taken[k] ?? 0) - 1);
    return starts;
  });
}

/** Each grid column's width in points for one table of a spec with Word's widths. */
function columnWidths(grid: GridCell[][], w: WordWidths): number[] {
  const columns = gridColumns(grid);
  const t3 = grid.some((r) => r.some((c) => c.address?.startsWith('t3.')));
  const t4 = grid.some((r) => r.some((c) => c.address?.startsWith('t4.')));
  if (t3) return Array.from({ length: columns }, (_, k) => (k < 3 ? (w.t3Labels[k] as number) : w.t3Value));
  if (t4) return Array.from({ length: columns }, () => w.t4Value);
  return Array.from({ length: columns }, () => w.t2Column);
}

/** One table as HTML. */
function tableHtml(
  grid: GridCell[][],
  spec: ProbeSpec,
  cells: Record<string, number | null>,
  marks: ReadonlyMap<string, string> = NO_MARKS,
): string {
  const word = spec.container === 'word-cells';
  const widths = spec.wordWidths ? columnWidths(grid, spec.wordWidths) : null;
  const starts = widths ? cellColumns(grid) : null;
  const inner = (text: string): string =>
    spec.wordMarkup
      ? wordCell(text, spec.wordWidths?.fontPt)
      : word
        ? `<p class=MsoNormal align=center><span style='font-size:10.5pt'>${text}<o:p></o:p></span></p>`
        : text;
  const rows = grid.map((r, ri) => {
    const tds = r.map((c, i) => {
      let attrs = `${c.colspan > 1 ? ` colspan="${c.colspan}"` : ''}${c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ''}`;
      if (widths && starts) {
        const at = starts[ri]?.[i] ?? 0;
        const pt = widths.slice(at, at + c.colspan).reduce((a, b) => a + b, 0);
        attrs += ` width=${Math.round(pt * PT_TO_PX)} valign=top style='width:${pt.toFixed(1)}pt;${WORD_CELL_STYLE}'`;
      }
      let text: string;
      if (c.address) {
        const v = cells[c.address];
        text = v === null || v === undefined ? spec.blank : `${formatCell(v, c.address, spec)}${marks.get(c.address) ?? ''}`;
      } else if (c.header || /^第二十条|^信息内容$/.test(c.text) || c.text === '') text = c.text;
      else if (/^-?[\d.]+$/.test(c.text)) text = formatNumber(Number(c.text), spec.numbers);
      else {
        const s = spec.seed + i + c.text.length;
        // (numbering mix: about half of the rows lose their numbering, the others as the spec says)
        const variant = spec.extras?.numberingMix && (s * 2654435761) % 7 < 3 ? 'unnumbered' : spec.labels;
        text = labelText(c.text, variant, s);
      }
      return `<td${attrs}>${inner(text === '' && word && !spec.wordMarkup ? '&nbsp;' : text)}</td>`;
    });
    return `<tr>${tds.join('')}</tr>`;
  });
  let open = word
    ? "<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>"
    : '<table border="1" cellspacing="0" style="border-collapse:collapse">';
  if (widths) {
    const total = widths.reduce((a, b) => a + b, 0);
    open = `<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=${Math.round(total * PT_TO_PX)} style='width:${total.toFixed(1)}pt;border-collapse:collapse;border:none'>`;
    if (spec.wordWidths?.cols)
      open += `\n${widths.map((pt) => `<col width=${Math.round(pt * PT_TO_PX)} style='width:${pt.toFixed(1)}pt'>`).join('')}`;
  }
  // (repeated header: the leading rows of header cells in `<thead>`)
  const headRows = spec.variety?.repeatHeader ? grid.findIndex((r) => !r.every((c) => c.header)) : 0;
  const head = headRows > 0 ? `<thead>\n${rows.slice(0, headRows).join('\n')}\n</thead>\n` : '';
  return `${open}\n${head}<tbody>\n${rows.slice(Math.max(headRows, 0)).join('\n')}\n</tbody>\n</table>`;
}

/**
 * A cell's paragraph as Word exports it: the text in its span, then Word's empty `<o:p></o:p>`
 * span; an empty cell a paragraph holding only `<o:p> </o:p>` (whitespace: the paragraph has no line).
 */
function wordCell(text: string, fontPt = 10.5): string {
  const p = "<p class=MsoNormal align=center style='text-align:center;line-height:150%'>";
  const span = `<span style='font-size:${fontPt}pt;font-family:仿宋_GB2312'>`;
  if (text === '') return `\n${p}${span}<o:p> </o:p></span></p>\n`;
  return `\n${p}${span}${text}</span>${span}<o:p></o:p></span></p>\n`;
}

/** Table 二 cut into one grid per 第二十条 item (each with its caption and header row). */
function splitByItem(grid: GridCell[][]): GridCell[][][] {
  const out: GridCell[][][] = [];
  for (const row of grid)
    if (/^第二十条/.test(row[0]?.text ?? '') || out.length === 0) out.push([row]);
    else (out[out.length - 1] as GridCell[][]).push(row);
  return out;
}

/** The note written under a table (dates, a unit, the blank marker: digits outside the cells). */
function noteUnder(table: number, spec: ProbeSpec): string {
  const year = spec.version === '2019' ? 2020 : 2023;
  const marker = spec.blank === '' || spec.blank === '&nbsp;' ? '空白' : `“${spec.blank}”`;
  const notes = [
    `注：本表统计时间为${year}年1月1日至${year}年12月31日，金额单位为元。`,
    `注：表中${marker}表示无此项数据；1件申请涉及2项以上办理结果的，按主要结果统计。`,
    `注：数据截至${year}年12月31日，共3类情形。`,
  ];
  return `<p>${notes[table] as string}</p>`;
}

/** The unit of tables 三 and 四 as a line. */
const UNIT_TEXT = '单位：件';

/** A grid's column count. */
function gridColumns(grid: GridCell[][]): number {
  return grid.reduce(
    (m, r) =>
      Math.max(
        m,
        r.reduce((n, c) => n + c.colspan, 0),
      ),
    0,
  );
}

/** The note written as a table's last row (dates and counts: digits in the table, outside every cell). */
function noteRowText(table: number, spec: ProbeSpec): string {
  const year = spec.version === '2019' ? 2020 : 2023;
  return table === 1
    ? `注：1件申请涉及2项以上办理结果的，按主要结果统计；统计时间为${year}年1月1日至${year}年12月31日。`
    : `注：本表统计${year}年1月1日至12月31日办结的3类案件，含上年结转2件。`;
}

/** Table 三 or 四 dressed as the spec's variety says (a unit row first, a note row last). */
function dressed(grid: GridCell[][], table: number, spec: ProbeSpec): GridCell[][] {
  const v = spec.variety;
  if (!v) return grid;
  const across = (text: string): GridCell[] => [{ text, colspan: gridColumns(grid), rowspan: 1, header: true }];
  const unit = v.unitLine === 'row' ? [across(UNIT_TEXT)] : [];
  const note = v.noteRow ? [across(noteRowText(table, spec))] : [];
  return [...unit, ...grid, ...note];
}

/**
 * A grid cut in two before body row `cut` (an index into the grid): a cell spanning the cut keeps its
 * rows above it, and the second part gets a cell for the rest (its text again where `repeatGroup`,
 * else empty); the second part opens with the header rows again where `repeatHeader`.
 */
function cutGrid(grid: GridCell[][], cut: number, c: ContinuedTable): [GridCell[][], GridCell[][]] {
  const starts = cellColumns(grid);
  const first = grid.slice(0, cut).map((r, ri) => r.map((cell) => (ri + cell.rowspan > cut ? { ...cell, rowspan: cut - ri } : cell)));
  const carried: { at: number; cell: GridCell }[] = [];
  grid.slice(0, cut).forEach((r, ri) =>
    r.forEach((cell, i) => {
      if (ri + cell.rowspan > cut)
        carried.push({
          at: starts[ri]?.[i] ?? 0,
          cell: { text: c.repeatGroup ? cell.text : '', colspan: cell.colspan, rowspan: ri + cell.rowspan - cut, header: cell.header },
        });
    }),
  );
  const opening = (grid[cut] as GridCell[]).map((cell, i) => ({ at: starts[cut]?.[i] ?? 0, cell }));
  const merged = [...carried, ...opening].sort((a, b) => a.at - b.at).map((x) => x.cell);
  const head = c.repeatHeader
    ? grid.slice(
        0,
        grid.findIndex((r) => !r.every((cell) => cell.header)),
      )
    : [];
  return [first, [...head, merged, ...grid.slice(cut + 1)]];
}

/** Table 三 as HTML: one table, or two (cut as the spec's {@link ContinuedTable} says). */
function table3Html(grid: GridCell[][], spec: ProbeSpec, cells: Record<string, number | null>, marks: ReadonlyMap<string, string>): string {
  const c = spec.continued;
  // (the body rows holding cells: the cut falls between two of them, never before the first)
  const body = grid.flatMap((r, i) => (r.some((cell) => cell.address) ? [i] : []));
  if (!c || body.length < 3) return tableHtml(grid, spec, cells, marks);
  const cut = body[1 + Math.floor(c.at * (body.length - 2))] as number;
  const [a, b] = cutGrid(grid, cut, c);
  const caption = c.caption === '' ? '' : `<p>${c.caption}</p>\n`;
  return `${tableHtml(a, spec, cells, marks)}\n${caption}${tableHtml(b, spec, cells, marks)}`;
}

/** No footnote marks. */
const NO_MARKS: ReadonlyMap<string, string> = new Map();

const CIRCLED = '①②③④⑤';

/** The `n`-th footnote mark as written on a figure, and as the note under the table names it. */
function markText(style: MarkStyle, n: number): { onFigure: string; inNote: string } {
  const circled = CIRCLED[n - 1] ?? '①';
  switch (style) {
    case 'sup-digit':
      return { onFigure: `<sup>${n}</sup>`, inNote: String(n) };
    case 'circled':
      return { onFigure: circled, inNote: circled };
    case 'sup-star':
      return { onFigure: `<sup>${'*'.repeat(n)}</sup>`, inNote: '*'.repeat(n) };
    case 'sup-circled':
      return { onFigure: `<sup>${circled}</sup>`, inNote: circled };
    case 'sup-bracket':
      return { onFigure: `<sup>[${n}]</sup>`, inNote: `[${n}]` };
  }
}

/** What a footnote says about its figure. */
const MARK_NOTES: readonly string[] = ['含上年度结转的申请', '含转办件', '为跨年度办结数'];

/**
 * The figures carrying a footnote mark (address → the mark's HTML) and the note under each table
 * (`''` where none): one stated non-zero figure of each table the spec's {@link FigureDress.markAt} names.
 */
function figureMarks(spec: ProbeSpec, cells: Record<string, number | null>): { marks: Map<string, string>; notes: string[] } {
  const marks = new Map<string, string>();
  const notes = ['', '', ''];
  const f = spec.figures;
  if (!f?.marks) return { marks, notes };
  let n = 0;
  ['t2.', 't3.', 't4.'].forEach((prefix, t) => {
    const at = f.markAt[t];
    const stated = Object.keys(cells).filter((k) => k.startsWith(prefix) && cells[k] !== null && cells[k] !== 0);
    if (at === null || at === undefined || stated.length === 0) return;
    n++;
    const address = stated[Math.min(stated.length - 1, Math.floor(at * stated.length))] as string;
    const m = markText(f.marks as MarkStyle, n);
    marks.set(address, m.onFigure);
    notes[t] = `<p>注${m.inNote}：此数${MARK_NOTES[t] as string}。</p>`;
  });
  return { marks, notes };
}

/** Table 三 with a `备注` column at its right: a header cell over the header rows, a remark in some body rows. */
function withRemarks(grid: GridCell[][], spec: ProbeSpec): GridCell[][] {
  if (!spec.figures?.remarks) return grid;
  const r = prng(spec.figures.remarkSeed);
  const headRows = grid.findIndex((row) => !row.every((c) => c.header));
  return grid.map((row, i) => {
    if (i === 0) return [...row, { text: '备注', colspan: 1, rowspan: Math.max(1, headRows), header: true }];
    if (i < headRows) return row;
    const remark = r() < REMARK_ROW_SHARE ? (REMARKS[Math.floor(r() * REMARKS.length)] as string) : '';
    return [...row, { text: remark, colspan: 1, rowspan: 1, header: true }];
  });
}

/** The three tables of a probe report as HTML. */
function probeTables(spec: ProbeSpec, cells: Record<string, number | null>): string[] {
  const [t2 = [], t3 = [], t4 = []] = renderedGrids(cells, spec.version);
  const g2 = spec.sumRow ? table2SumRow(t2, cells, spec.version) : t2;
  const g3 = dressed(withRemarks(table3Header(t3, spec.header, spec.sumRow ? '合计' : '总计'), spec), 1, spec);
  const g4 = dressed(table4Header(t4, spec.header), 2, spec);
  const { marks, notes } = figureMarks(spec, cells);
  const html = [tableHtml(g2, spec, cells, marks), table3Html(g3, spec, cells, marks), tableHtml(g4, spec, cells, marks)];
  for (const t of [0, 1, 2]) if (notes[t] !== '') html[t] = `${html[t] as string}\n${notes[t] as string}`;
  if (spec.variety?.unitLine === 'above')
    for (const t of [1, 2]) html[t] = `<p style="text-align:right">${UNIT_TEXT}</p>\n${html[t] as string}`;
  if (spec.extras?.splitTable2)
    html[0] = `${splitByItem(g2)
      .map((g) => tableHtml(g, spec, cells, marks))
      .join('\n')}${notes[0] === '' ? '' : `\n${notes[0] as string}`}`;
  return spec.extras?.notes ? html.map((h, t) => `${h}\n${noteUnder(t, spec)}`) : html;
}

/* ------------------------------------------------------------------ page */

const HEADINGS: [heading: string, prose: string[], table: number | null][] = [
  ['一、总体情况', ['本年度，我单位认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政务公开工作。'], null],
  ['二、主动公开政府信息情况', ['本年度主动公开政府信息情况统计如下：'], 0],
  ['三、收到和处理政府信息公开申请情况', ['本年度依申请公开情况统计如下：'], 1],
  ['四、政府信息公开行政复议、行政诉讼情况', ['本年度行政复议、行政诉讼情况统计如下：'], 2],
  ['五、存在的主要问题及改进情况', ['一是公开内容不够全面；二是解读形式较为单一。下一步将加强培训。'], null],
  ['六、其他需要报告的事项', ['本年度未收取信息处理费。'], null],
];

/** A generated probe source: the page and the truth. */
export interface ProbeSource {
  /** The spec it was made from. */
  spec: ProbeSpec;
  /** The HTML page. */
  html: string;
  /** Every cell: a number, or null for blank. */
  truth: Record<string, number | null>;
}

/** Generates one probe report. */
export function generateProbe(spec: ProbeSpec): ProbeSource {
  const cells = probeCells(spec);
  const tables = probeTables(spec, cells);
  const year = spec.version === '2019' ? 2020 : 2023;
  const title = `示例县示例局${year}年政府信息公开工作年度报告`;
  const parts: string[] = [];
  for (const [heading, allProse, table] of HEADINGS) {
    const tableHtmlText = table === null ? '' : (tables[table] as string);
    // (compact: table 四 right under its heading, after table 三)
    const prose = spec.extras?.compact && table === 2 ? [] : allProse;
    if (spec.container === 'div-br')
      parts.push(
        `<div class="section"><strong>${heading}</strong><br>${prose.join('<br>')}<br><div class="tbl">${tableHtmlText}</div></div>`,
      );
    else parts.push(`<h2>${heading}</h2>\n${prose.map((p) => `<p>${p}</p>`).join('\n')}\n${tableHtmlText}`);
  }
  const compact = spec.extras?.compact
    ? '<style>body{font-size:11px;line-height:1.2}td{padding:0 1px}h2{font-size:13px;margin:4px 0}</style>'
    : '';
  // (Word's paragraph style: no margins, the report's type size)
  const style = spec.wordWidths
    ? `${compact}<style>p.MsoNormal{margin:0cm;font-size:${spec.wordWidths.fontPt}pt;font-family:仿宋_GB2312}</style>`
    : compact;
  const html = `<!DOCTYPE html>\n<html lang="zh-CN">\n<head><meta charset="utf-8"><title>${title}</title>${style}</head>\n<body>\n<h1>${title}</h1>\n${parts.join('\n')}\n</body>\n</html>\n`;
  return { spec, html, truth: cells };
}
