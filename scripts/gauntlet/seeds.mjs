// The probe seeds a measuring script reads, from `--seeds "1 2 260-270"` (numbers and ranges, spaces or commas).

/** @param {string} spec @returns {number[]} */
export function parseSeedList(spec) {
  return spec.split(/[\s,]+/).flatMap((s) => {
    const m = /^(\d+)-(\d+)$/.exec(s);
    if (!m) return s === '' ? [] : [Number(s)];
    return Array.from({ length: Number(m[2]) - Number(m[1]) + 1 }, (_, i) => Number(m[1]) + i);
  });
}
