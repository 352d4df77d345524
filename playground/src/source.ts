/** The source pane: the string locations point into, with spans highlighted. */

/** Shows `text` with the given ranges marked; returns the first mark (to scroll to). */
export function showSource(pre: HTMLElement, text: string, ranges: readonly { start: number; end: number }[]): HTMLElement | null {
  const sorted = ranges
    .filter((r) => r.start >= 0 && r.end <= text.length && r.end >= r.start)
    .slice()
    .sort((a, b) => a.start - b.start);
  const fragment = document.createDocumentFragment();
  let at = 0;
  let first: HTMLElement | null = null;
  for (const r of sorted) {
    const start = Math.max(r.start, at);
    if (r.end <= start && r.end !== r.start) continue;
    if (start > at) fragment.append(text.slice(at, start));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(start, Math.max(start, r.end));
    fragment.append(mark);
    first ??= mark;
    at = Math.max(start, r.end);
  }
  if (at < text.length) fragment.append(text.slice(at));
  pre.replaceChildren(fragment);
  return first;
}
