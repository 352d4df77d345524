/**
 * Building the section outline from the heading lines: each section runs from its heading to
 * the next one; its text leaves out the table regions.
 */
import type { Line } from '../grammar/lines.js';
import type { Section } from '../model/report.js';
import type { Reporter } from '../diagnostics/reporter.js';
import { cleanText } from '../tables/label-match.js';
import type { LineRange } from '../tables/locate.js';
import { SECTIONS } from '../template/sections.js';
import type { HeadingLine } from './headings.js';

/** Builds the sections and reports missing or non-standard ones. */
export function buildSections(
  ctx: Reporter,
  lines: readonly Line[],
  headings: readonly HeadingLine[],
  tables: readonly (LineRange | null)[],
): Section[] {
  // Lines inside a table region, marked once (a test over the regions per line was most of this stage).
  const tableLine = new Uint8Array(lines.length);
  for (const r of tables) if (r !== null) tableLine.fill(1, Math.max(0, r.from), Math.max(0, Math.min(r.to, lines.length)));
  const inTable = (i: number): boolean => tableLine[i] === 1;
  const sections: Section[] = [];
  headings.forEach((h, k) => {
    const next = headings[k + 1];
    const endLine = next ? next.line : lines.length;
    const body: string[] = [];
    for (let i = h.line + 1; i < endLine; i++) {
      const l = lines[i] as Line;
      if (l.kind !== 'blank' && !inTable(i)) body.push(l.text);
    }
    const hl = lines[h.line] as Line;
    const lastLine = lines[endLine - 1] as Line | undefined;
    const spanEnd = lastLine && endLine - 1 >= h.line ? lastLine.end : hl.end;
    sections.push({
      key: h.key,
      number: h.numbering.numeral,
      marker: h.numbering.marker,
      level: h.level,
      heading: hl.text.replace(/^#+\s*/, ''),
      title: h.title,
      text: body.join('\n'),
      location: ctx.location(hl.start, hl.end),
      span: ctx.location(hl.start, spanEnd),
    });
  });

  for (const def of SECTIONS) {
    const found = sections.filter((s) => s.key === def.key);
    if (found.length === 0) {
      ctx.report('section-missing', { detail: def.heading, path: `sections.${def.key}` });
      continue;
    }
    const s = found[0] as Section;
    const expectedTitle = def.heading.slice(2);
    const standardNumbering = s.level === 1 && s.number === def.number;
    if (cleanText(s.title) !== cleanText(expectedTitle) || !standardNumbering) {
      ctx.report('section-nonstandard', { actual: s.heading, expected: def.heading, path: `sections.${def.key}`, location: s.location });
    }
  }
  return sections;
}
