/**
 * Two or more reports in one input (a page that prints the report twice, a file that joins
 * several): the section outline starts again. Finds the line where each report starts, so that
 * the orchestrator reads the first one only (with a `multiple-reports` diagnostic) or each one.
 */
import type { Line } from '../grammar/lines.js';
import type { HeadingLine } from '../outline/headings.js';
import { SECTIONS, type SectionKey } from '../template/sections.js';

/** Distinct template sections a part needs to count as a report of its own. */
const MIN_SECTIONS_PER_REPORT = 3;
/** Template position of the first section from which a part counts as a whole report (四 行政复议、行政诉讼 and after). */
const LATE_SECTION_INDEX = 3;
/** Lines looked at above a restarting heading for the report's title. */
const TITLE_LOOKBACK = 12;
/** Longest line taken for a title. */
const MAX_TITLE_LENGTH = 80;
/** Longest line above a title taken as the first half of a title broken over two lines (the agency). */
const MAX_TITLE_HEAD_LENGTH = 30;
/** Most reports told apart in one input (the rest stay with the last one). */
export const MAX_REPORTS = 100;

const TITLE_RE = /(年度报告|年报)/;

const SECTION_INDEX = /* @__PURE__ */ new Map<SectionKey, number>(SECTIONS.map((s, i) => [s.key, i]));

/**
 * Indexes of the lines where each report starts: `[0]` for an input holding one report, and one
 * more index per report that follows. A report starts again where a level-1 heading 一、总体情况
 * follows a part that already had at least three distinct sections, one of them 四 or later, and
 * that new part has at least three too; its start moves up to its title line when one is close above. Linear in
 * the number of headings.
 */
export function findReportStarts(lines: readonly Line[], headings: readonly HeadingLine[]): number[] {
  // Candidate restarts (heading positions in `headings`) and the distinct sections of each part.
  const parts: { heading: number; sections: Set<SectionKey> }[] = [{ heading: -1, sections: new Set() }];
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i] as HeadingLine;
    if (h.level !== 1 || h.key === null) continue;
    const current = parts[parts.length - 1] as { heading: number; sections: Set<SectionKey> };
    // The overview (一、总体情况) again, after the sections that end a report: its sub-items (主动公开情况,
    // 依申请公开情况, often numbered 一、二、 too) never restart one.
    if (
      h.key === 'overview' &&
      (h.numbering.value === null || h.numbering.value === 1) &&
      current.sections.size >= MIN_SECTIONS_PER_REPORT &&
      [...current.sections].some((k) => (SECTION_INDEX.get(k) ?? 0) >= LATE_SECTION_INDEX) &&
      parts.length < MAX_REPORTS
    ) {
      parts.push({ heading: i, sections: new Set([h.key]) });
    } else current.sections.add(h.key);
  }
  // A last part with too few sections (a repeated heading in an appendix) stays with the one before.
  while (parts.length > 1 && (parts[parts.length - 1] as { sections: Set<SectionKey> }).sections.size < MIN_SECTIONS_PER_REPORT)
    parts.pop();
  if (parts.length === 1) return [0];
  const starts = [0];
  let previousHeadingLine = 0;
  for (let k = 1; k < parts.length; k++) {
    const headingIndex = (parts[k] as { heading: number }).heading;
    const line = (headings[headingIndex] as HeadingLine).line;
    const floor = Math.max(previousHeadingLine + 1, (headings[headingIndex - 1]?.line ?? 0) + 1, line - TITLE_LOOKBACK);
    starts.push(titleAbove(lines, line, floor));
    previousHeadingLine = line;
  }
  return starts;
}

/** The title line of a report whose first heading is at `line`, looked for down to `floor`; `line` when there is none. */
function titleAbove(lines: readonly Line[], line: number, floor: number): number {
  for (let i = line - 1; i >= floor; i--) {
    const l = lines[i] as Line;
    if (l.kind === 'text' && l.text.length <= MAX_TITLE_LENGTH && TITLE_RE.test(l.text) && !/[。；;]$/.test(l.text)) {
      // A title broken over two lines: the agency on the line above.
      const above = lines[i - 1];
      if (
        i - 1 >= floor &&
        above &&
        above.kind === 'text' &&
        above.text.length <= MAX_TITLE_HEAD_LENGTH &&
        !/[。，,；;：:]/.test(above.text)
      )
        return i - 1;
      return i;
    }
  }
  return line;
}

/**
 * The text of one report of several: the text before `from` blanked (every character but line
 * breaks becomes a space, so offsets and line numbers stay those of the whole input) and the text
 * from `to` on left out.
 */
export function reportPart(text: string, from: number, to: number): string {
  if (from <= 0) return text.slice(0, to);
  return text.slice(0, from).replace(/[^\n]/g, ' ') + text.slice(from, to);
}
