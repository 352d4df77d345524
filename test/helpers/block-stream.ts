/**
 * Our own pipe-table report (fixtures.ts pipeReport) rewritten as plain pdftotext writes a printed
 * table: a block stream (each label, then each number, the last two of a row side by side, blank
 * lines between blocks), some rows' blocks replaced to rearrange them.
 */

/** Table 三's pipe rows as a block stream (label, then each number, the last two side by side), with `replace` put in place of some rows. */
export function asBlockStream(text: string, replace: ReadonlyMap<string, readonly string[]>): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith('三、收到'));
  const end = lines.findIndex((l) => l.startsWith('四、政府信息公开行政复议'));
  const out: string[] = [];
  lines.forEach((l, i) => {
    if (i <= start || i >= end) {
      out.push(l);
      return;
    }
    if (i <= start + 3) {
      out.push(l.replace(/ \|$/, '').split(' | ').join(' '));
      return;
    }
    const cells = l
      .replace(/ \|$/, '')
      .split('|')
      .map((c) => c.trim())
      .filter((c) => c !== '');
    const labels = cells.filter((c) => !/^\d+$/.test(c));
    const key = labels[labels.length - 1] as string;
    if (replace.has(key)) {
      for (const b of replace.get(key) as readonly string[]) out.push(b, '');
      return;
    }
    const numbers = cells.filter((c) => /^\d+$/.test(c));
    out.push(labels.join(' '), '');
    for (const n of numbers.slice(0, -2)) out.push(n, '');
    out.push(numbers.slice(-2).join(' '), '');
  });
  return out.join('\n');
}
