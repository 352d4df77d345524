/**
 * Grouping a token stream into labelled rows: every recognised row label opens a row, and the
 * values and blanks that follow it (up to the next recognised label) are that row's evidence.
 * Unrecognised text between them (label fragments, headers, page furniture) is skipped.
 */
import type { Reporter } from '../diagnostics/reporter.js';
import type { RowEvidence, RowItem } from './placement.js';
import { isPageAddress, type LabelToken, type TableToken } from './tokens.js';
import { MAX_SIDE_PIECES, sideBySideLabel } from './side-by-side-labels.js';
import { TABLE_NAMES, type TableKey } from '../template/table-names.js';
import { hanOf } from './han-text.js';

/** Role of a label in a table, decided by the table reader. */
export type LabelRole<K extends string> =
  | { role: 'row'; key: K; matched: string; how: 'exact' | 'keyword' | 'fuzzy' | 'context' }
  | { role: 'group'; key: string }
  | {
      role: 'other';
      /**
       * The text starts a row of its own that the reader cannot name (a data-row list marker before
       * words that are no template label: `1.申请人逾期`): the row before it ends here, and the
       * numbers that follow it on its line are not its.
       */
      startsRow?: boolean;
      /**
       * With `startsRow`: the text is the numbered beginning of this row's label (`1.申请人`, the
       * rest wrapped below): it ends an open row of another key only.
       */
      begins?: K;
      /**
       * With `startsRow`: the text is a bracketed list marker of a group or row (`（六）`) before words
       * that begin none of the rows it numbers (`（六）申请人无`, the sub-row's own marker left out): a
       * line holding it is inside that group's rows, so it ends only an open row outside them (not
       * this key, nor a key under it).
       */
      outside?: string;
    };

/**
 * The segments of each row key, in source order, gathered in one pass (a label may be read more
 * than once; the readers and repairs pick among its occurrences).
 */
export function segmentsByKey<K extends string>(rows: readonly RowSegment<K>[]): Map<K, RowSegment<K>[]> {
  const byKey = new Map<K, RowSegment<K>[]>();
  for (const r of rows) {
    const same = byKey.get(r.key);
    if (same) same.push(r);
    else byKey.set(r.key, [r]);
  }
  return byKey;
}

/** A recognised row and the evidence that follows its label. */
export interface RowSegment<K extends string> {
  /** Row key. */
  key: K;
  /** First label token of the row. */
  label: LabelToken;
  /** All label tokens merged into this row (continuations of a split label). */
  labels: LabelToken[];
  /** How the label matched. */
  how: 'exact' | 'keyword' | 'fuzzy' | 'context';
  /** Template label matched. */
  matched: string;
  /** Evidence for placement (the first physical row of items). */
  evidence: RowEvidence;
  /** Items after a visible row end that no label claims. */
  overflow: RowItem[];
  /** Token index of the row label (source order). */
  at: number;
}

/** A run of values no label claims, kept together as a physical row. */
export interface OrphanRow {
  /** Token index of its first item. */
  at: number;
  /** The items. */
  items: RowItem[];
}

/** Result of {@link segmentRows}. */
export interface Segmentation<K extends string> {
  /** Rows in source order (a key may repeat). */
  rows: RowSegment<K>[];
  /** Group labels seen, in order, with the index of the next row. */
  groups: { key: string; label: LabelToken; beforeRow: number; items: RowItem[] }[];
  /** Values and blanks before the first row label (header area excluded) or otherwise unclaimed. */
  orphans: RowItem[];
  /** The same unclaimed items and every row's overflow, as physical rows in source order. */
  orphanRows: OrphanRow[];
  /**
   * For each run of items (see {@link RowItem.run}), the token range `[from, to)` of the text
   * printed right before it (only table 四 reads it, so only indices are kept).
   */
  runText: Map<number, readonly [number, number]>;
}

/**
 * Splits tokens into row segments using `classify` to recognise labels.
 * `baseline` is the usual number of blank lines between cells (1 in blank-line-separated layouts).
 * `labelsInRow`: the table prints a label in every data row (tables 二 and 三), so a pipe row's
 * values belong only to a label in that same row; table 四's data row has no label.
 */
export function segmentRows<K extends string>(
  tokens: readonly TableToken[],
  classify: (label: LabelToken, state: { rowsSoFar: number; lastKey: K | null }) => LabelRole<K>,
  baseline: number,
  labelsInRow = true,
): Segmentation<K> {
  const rows: RowSegment<K>[] = [];
  const groups: Segmentation<K>['groups'] = [];
  const orphans: RowItem[] = [];
  const orphanRows: OrphanRow[] = [];
  let openOrphan: OrphanRow | null = null;
  const addOrphan = (item: RowItem, at: number): void => {
    if (!openOrphan) {
      openOrphan = { at, items: [] };
      orphanRows.push(openOrphan);
    }
    openOrphan.items.push(item);
  };
  let current: { seg: RowSegment<K> | null; group: Segmentation<K>['groups'][number] | null; brokeAfterItems: boolean } = {
    seg: null,
    group: null,
    brokeAfterItems: false,
  };
  // Unrecognised label fragments since the last item or recognised label.
  const fragments: LabelToken[] = [];
  // Run counter: text between two items starts a new run.
  let run = 0;
  let textSinceItem = false;
  const runText = new Map<number, readonly [number, number]>();
  let textFrom = -1;
  // Rows whose end is already known (or known to be unknowable).
  const closed = new Set<RowSegment<K>>();
  // The row closed by unrecognised text after its values, and that text: when the text turns out to
  // be the first piece of the next label (joined with the pieces after it), the row ends there.
  let closedByText: { seg: RowSegment<K>; at: TableToken } | null = null;

  /** Records how many cells collapsed between a row's last item and the next recognised label. */
  const closeWithNext = (next: TableToken | null): void => {
    const seg = current.seg;
    if (!seg || seg.evidence.items.length === 0 || closed.has(seg)) return;
    closed.add(seg);
    const after = next && next.lineStart && baseline > 0 && !withinLabel(seg) ? Math.max(0, next.gapBefore - baseline) : null;
    // (past the table's end, a wider gap is as likely the break before the next paragraph as lost
    // cells: it shows the row's end only when it is the ordinary gap)
    seg.evidence.collapsedAfter = after !== null && after > 0 && next?.kind === 'break' && next.reason === 'end' ? null : after;
  };

  /**
   * Ends the open row before a recognised label that starts at `from` (its first piece): where
   * that piece is the text that closed the row, the row ends at it after all (its gap is the row's).
   */
  const endBefore = (from: TableToken): void => {
    if (closedByText !== null && closedByText.at === from && closedByText.seg === current.seg) closed.delete(closedByText.seg);
    closedByText = null;
    closeWithNext(from);
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as TableToken;
    if (t.kind === 'label') {
      textSinceItem = true;
      if (textFrom < 0) textFrom = i;
      openOrphan = null;
      const state = { rowsSoFar: rows.length, lastKey: current.seg ? current.seg.key : null };
      let role = classify(t, state);
      // (the first piece of a label recognised only with the pieces before it)
      let labelFrom: LabelToken = t;
      // A label broken over lines ('1.申请人无正当理由逾' / '期不补正、…'): try it joined with the
      // unrecognised fragments just before it.
      // (a label recognised by its last piece alone starts at the pieces before it where they read
      // as the same label with it: '三、本年' / '度办理结果')
      if (fragments.length > 0) {
        const joined = classify({ ...t, text: fragments.map((f) => f.text).join('') + t.text }, state);
        if (role.role === 'other' ? joined.role !== 'other' : sameRole(joined, role)) {
          if (role.role === 'other') role = joined;
          labelFrom = fragments[0] as LabelToken;
        }
      }
      // A row label wrapped beside its group's label, the two cells' lines printed as one.
      if (role.role === 'other' && fragments.length > 0) {
        const side = sideBySideLabel(fragments, t, (text) => {
          const r = classify({ ...t, text }, state);
          return r.role === 'row' && r.how === 'exact' ? r : null;
        });
        if (side) role = side;
      }
      // The rest of the open row's label on the next line of the same cell ('一、本年新收政府' /
      // '信息公开申请数量', a line break inside the cell): joined to the label it reads as the same
      // row exactly, so it is the label's, not unrecognised text between the label and its numbers.
      // (a piece that alone matches another row loosely ('反复申请' / '重复申请') is the rest where the
      // label joined with it is the open row's label exactly)
      if (
        (role.role === 'other' || (role.role === 'row' && role.how !== 'exact' && role.key !== current.seg?.key)) &&
        continuesLabel(current.seg, t, (text) => classify({ ...t, text }, state), role.role !== 'other')
      ) {
        (current.seg as RowSegment<K>).labels.push(t);
        continue;
      }
      if (role.role === 'other') {
        // (a page's address that a browser printed, alone on its line, is no piece of a label)
        if (!isPageAddress(t.text)) fragments.push(t);
        if (fragments.length > MAX_SIDE_PIECES) fragments.shift();
      } else if (fragments.length > 0) fragments.length = 0;
      if (role.role === 'row') {
        if (current.seg && current.seg.key === role.key && current.seg.evidence.items.length === 0) {
          current.seg.labels.push(t); // continuation of a label split over lines
        } else {
          endBefore(labelFrom);
          const seg: RowSegment<K> = {
            key: role.key,
            label: t,
            labels: [t],
            how: role.how,
            matched: role.matched,
            evidence: { items: [], gapsVisible: baseline > 0, collapsedAfter: null },
            overflow: [],
            at: i,
          };
          rows.push(seg);
          current = { seg, group: null, brokeAfterItems: false };
        }
        continue;
      }
      if (role.role === 'group') {
        endBefore(labelFrom);
        const g = { key: role.key, label: t, beforeRow: rows.length, items: [] as RowItem[] };
        groups.push(g);
        current = { seg: null, group: g, brokeAfterItems: false };
        continue;
      }
      // A row the reader cannot name starts here, its numbers right after it on its line: they are
      // not those of the open row, which has none yet. (A row that has numbers already keeps taking
      // them: the wrapped-label and dealt-rows repairs sort out which are its own.) (Where the label stands alone, reading order may have put it anywhere
      // among other rows' pieces: plain pdftotext.)
      if (
        role.role === 'other' &&
        role.startsRow === true &&
        current.seg?.evidence.items.length === 0 &&
        role.begins !== current.seg.key &&
        (role.outside === undefined || !keyWithin(current.seg.key, role.outside)) &&
        itemFollowsOnLine(tokens, i)
      ) {
        current = { seg: null, group: null, brokeAfterItems: false };
        continue;
      }
      // Unrecognised text after a row's values: the row's end cannot be read from gaps.
      if (current.seg && current.seg.evidence.items.length > 0) {
        if (!closed.has(current.seg)) closedByText = { seg: current.seg, at: t };
        closed.add(current.seg);
      }
      continue;
    }
    if (t.kind === 'break') {
      if (t.reason === 'end') {
        closeWithNext(t);
        continue;
      }
      if (current.seg && current.seg.evidence.items.length > 0) current.brokeAfterItems = true;
      openOrphan = null;
      continue;
    }
    // Unrecognised text since the last recognised label: between a row label and its first value,
    // it may be a cell garbled into text, so the value is not known to start the row.
    const afterText = fragments.length > 0;
    if (afterText) fragments.length = 0;
    const collapsedBefore = t.lineStart && baseline > 0 ? Math.max(0, t.gapBefore - baseline) : 0;
    if (textSinceItem) {
      run++;
      runText.set(run, [textFrom, i]);
      textFrom = -1;
    }
    textSinceItem = false;
    const item: RowItem = { token: t, collapsedBefore, run };
    // A value of a pipe row belongs to a label in the same row only; a label printed outside
    // the row (floating text above a Markdown table) does not claim it.
    const anyRow = !labelsInRow || !t.inRow;
    if (current.seg && (anyRow || onLine(current.seg.labels, t.line))) {
      if (current.brokeAfterItems) {
        current.seg.overflow.push(item);
        addOrphan(item, i);
      } else {
        if (current.seg.evidence.items.length === 0 && afterText) current.seg.evidence.startAfterText = true;
        current.seg.evidence.items.push(item);
        if (withinLabel(current.seg)) current.seg.evidence.startAfterText = true;
      }
    } else if (current.seg && current.seg.evidence.items.length > 0) {
      current.seg.overflow.push(item);
      addOrphan(item, i);
    } else if (current.group && (anyRow || current.group.label.line === t.line)) current.group.items.push(item);
    else {
      orphans.push(item);
      addOrphan(item, i);
    }
  }
  closeWithNext(null);
  return { rows, groups, orphans, orphanRows, runText };
}

/**
 * Whether `t`, an unrecognised piece of text, is the rest of the open row's label: the row has no
 * numbers yet, `t` starts the line right under the label's last line with no empty line between
 * (one cell's text broken over lines), and the label's text with `t` after it reads as the same row,
 * matched exactly, or (`exactOnly` false: a piece that names no row) its words are words of the row's
 * template label, or the label with it ends as the template label ends (brackets and punctuation
 * aside). A piece after a blank line (another cell) or one that makes another row's label
 * or none stays unrecognised text.
 */
function continuesLabel<K extends string>(
  seg: RowSegment<K> | null,
  t: LabelToken,
  classifyText: (text: string) => LabelRole<K>,
  exactOnly: boolean,
): boolean {
  if (!seg || seg.evidence.items.length > 0 || !t.lineStart || t.gapBefore !== 0) return false;
  const last = seg.labels[seg.labels.length - 1] as LabelToken;
  if (t.line !== last.line + 1) return false;
  let text = '';
  for (const l of seg.labels) text += l.text;
  const joined = classifyText(text + t.text);
  if (joined.role !== 'row' || joined.key !== seg.key) return false;
  if (joined.how === 'exact') return true;
  if (exactOnly) return false;
  // (a label the template writes with other punctuation or brackets: the piece's words are words of
  // the row's template label)
  const words = hanOf(t.text);
  const template = hanOf(joined.matched);
  return (
    (words.length >= MIN_CONTINUATION_WORDS && template.includes(words)) || (words.length > 0 && template.endsWith(hanOf(text + t.text)))
  );
}

/**
 * Han characters a piece of text must have for its words, found in the row's template label, to
 * make it the rest of that label (a character or two alone is found in too many labels).
 */
const MIN_CONTINUATION_WORDS = 3;

/** Whether two roles name the same row or group. */
function sameRole<K extends string>(a: LabelRole<K>, b: LabelRole<K>): boolean {
  return a.role !== 'other' && a.role === b.role && a.key === (b as { key: K }).key;
}

/** Whether the token after `i` is a value or blank on the same line as token `i`. */
/** Whether a row key is `scope` or a key under it (`results.otherHandling.other` under `results.otherHandling`). */
function keyWithin(key: string, scope: string): boolean {
  return key === scope || key.startsWith(`${scope}.`);
}

function itemFollowsOnLine(tokens: readonly TableToken[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && (next.kind === 'value' || next.kind === 'blank') && next.line === (tokens[i] as TableToken).line;
}

/** Whether a label stands on `line`. */
function onLine(labels: readonly LabelToken[], line: number): boolean {
  for (const l of labels) if (l.line === line) return true;
  return false;
}

/**
 * The row's numbers are placed by position (set off by a run of spaces: `pdftotext -layout`) on a
 * line of its label, or inside a label wrapped around them (`label   0 3 0 0 2 5`, or `label piece`
 * / numbers / `piece`): a blank cell at either end vanished without a trace (no gap shows it), so
 * neither end of the row is anchored by following the label.
 */
function withinLabel<K extends string>(seg: RowSegment<K>): boolean {
  const first = seg.evidence.items[0];
  if (!first) return false;
  return first.token.setOff === true;
}

/**
 * Whether gaps in a region are evidence of lost cells: only where some lost cell shows as a gap (a
 * blank line more than usual before a number or blank). Where none does, blank cells vanished
 * without a trace (plain `pdftotext` writes nothing for them), and a row short of cells has
 * neither end anchored by its gaps.
 */
export function gapsShowLoss(tokens: readonly TableToken[], baseline: number): boolean {
  return baseline > 0 && tokens.some((t) => t.lineStart && (t.kind === 'value' || t.kind === 'blank') && t.gapBefore > baseline);
}

/** The usual number of blank lines before a cell line in a region (the mode over line-initial tokens). */
export function gapBaseline(tokens: readonly TableToken[]): number {
  const counts = new Map<number, number>();
  for (const t of tokens) {
    if (!t.lineStart || t.kind === 'break') continue;
    counts.set(t.gapBefore, (counts.get(t.gapBefore) ?? 0) + 1);
  }
  let best = 0;
  let bestN = -1;
  for (const [g, n] of counts) {
    if (n > bestN) {
      best = g;
      bestN = n;
    }
  }
  return best;
}

/**
 * Reports items no row claims as one `values-unplaced` diagnostic: the numbers as written in
 * `actual` (and the message), the table's key (`t2`) in `path`, like every table diagnostic.
 */
export function reportUnplaced(ctx: Reporter, table: TableKey, items: readonly RowItem[]): void {
  const values = items.filter((i) => i.token.kind === 'value');
  if (values.length === 0) return;
  const first = (values[0] as RowItem).token;
  const last = (values[values.length - 1] as RowItem).token;
  const written = values.map((v) => v.token.raw).join(', ');
  ctx.report('values-unplaced', {
    target: TABLE_NAMES[table],
    detail: written,
    actual: written,
    path: table,
    location: ctx.location(first.start, last.end),
  });
}
