/**
 * Maps offsets in a derived text back to offsets in the text it was derived from.
 *
 * A map is a list of segments, each taking a derived range to an original range. Identity
 * segments have equal lengths and map offset by offset; replacement segments (a character
 * rewritten, a pinyin group deleted) map their whole range to the whole original range.
 * Lookups are binary searches, so a map costs O(edits) memory and O(log edits) per lookup.
 */
export class OffsetMap {
  /** @internal */
  constructor(
    private readonly dStart: number[],
    private readonly dLen: number[],
    private readonly oStart: number[],
    private readonly oLen: number[],
    /** Length of the derived text. */
    readonly derivedLength: number,
    /** Length of the original text. */
    readonly originalLength: number,
  ) {}

  /** The identity map of a text of the given length. */
  static identity(length: number): OffsetMap {
    return new OffsetMap([0], [length], [0], [length], length, length);
  }

  /** Original offset of a derived start offset (inclusive). */
  toOriginalStart(offset: number): number {
    if (offset >= this.derivedLength) return this.originalLength;
    const i = this.find(offset);
    const ds = this.dStart[i] as number;
    const dl = this.dLen[i] as number;
    const os = this.oStart[i] as number;
    const ol = this.oLen[i] as number;
    return dl === ol ? os + (offset - ds) : os;
  }

  /** Original offset of a derived end offset (exclusive). */
  toOriginalEnd(offset: number): number {
    if (offset <= 0) return 0;
    const i = this.find(offset - 1);
    const ds = this.dStart[i] as number;
    const dl = this.dLen[i] as number;
    const os = this.oStart[i] as number;
    const ol = this.oLen[i] as number;
    return dl === ol ? os + (offset - ds) : os + ol;
  }

  /** Index of the segment containing a derived offset. */
  private find(offset: number): number {
    let lo = 0;
    let hi = this.dStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.dStart[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    // A deletion (zero derived length) shares its start with the next segment, which the
    // search above prefers; only a trailing deletion could be found, and offsets past the
    // derived text never get here.
    return lo;
  }
}

/**
 * Builds a derived text and its {@link OffsetMap} in one left-to-right pass over the original.
 * Call {@link keep} for unchanged stretches and {@link replace} for rewritten ones.
 */
export class MapBuilder {
  private readonly parts: string[] = [];
  private readonly dStart: number[] = [];
  private readonly dLen: number[] = [];
  private readonly oStart: number[] = [];
  private readonly oLen: number[] = [];
  private d = 0;
  private o = 0;
  private changed = false;

  /** @param source - the original text. */
  constructor(private readonly source: string) {}

  /** Copies the original up to `end` unchanged. */
  keepTo(end: number): void {
    if (end <= this.o) return;
    this.parts.push(this.source.slice(this.o, end));
    this.advance(end - this.o, end - this.o);
  }

  /** Replaces the original range `[start, end)` with `text` (copying anything before `start` unchanged). */
  replace(start: number, end: number, text: string): void {
    this.keepTo(start);
    if (text !== this.source.slice(start, end)) this.changed = true;
    this.parts.push(text);
    this.advance(text.length, end - start);
  }

  /** Finishes the pass: the derived text and its map, or `null` for the map when nothing changed. */
  finish(): { text: string; map: OffsetMap | null } {
    this.keepTo(this.source.length);
    if (!this.changed) return { text: this.source, map: null };
    return {
      text: this.parts.join(''),
      map: new OffsetMap(this.dStart, this.dLen, this.oStart, this.oLen, this.d, this.source.length),
    };
  }

  /**
   * Records a derived stretch of `dl` code units standing for `ol` original ones. Stretches of
   * equal length map offset by offset and merge with a preceding equal-length segment.
   */
  private advance(dl: number, ol: number): void {
    const last = this.dStart.length - 1;
    if (dl === ol && last >= 0 && this.dLen[last] === this.oLen[last] && (this.dLen[last] as number) > 0) {
      this.dLen[last] = (this.dLen[last] as number) + dl;
      this.oLen[last] = (this.oLen[last] as number) + ol;
    } else {
      this.dStart.push(this.d);
      this.dLen.push(dl);
      this.oStart.push(this.o);
      this.oLen.push(ol);
    }
    this.d += dl;
    this.o += ol;
  }
}

/**
 * A chain of maps from the last derived text back to the first original, applied last to first.
 */
export class MapChain {
  private readonly maps: OffsetMap[] = [];

  /** Adds the map of the next pass (derived from the previous pass's output). */
  push(map: OffsetMap | null): void {
    if (map) this.maps.push(map);
  }

  /** True when no pass changed the text. */
  get isIdentity(): boolean {
    return this.maps.length === 0;
  }

  /** Maps a derived range `[start, end)` to the original range. */
  toOriginal(start: number, end: number): [number, number] {
    let s = start;
    let e = end;
    for (let i = this.maps.length - 1; i >= 0; i--) {
      const m = this.maps[i] as OffsetMap;
      const ns = m.toOriginalStart(s);
      const ne = e === s ? ns : m.toOriginalEnd(e);
      s = ns;
      e = Math.max(ne, ns);
    }
    return [s, e];
  }
}
