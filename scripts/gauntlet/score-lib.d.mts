/** Types of score-lib.mjs (scoring the converter gauntlet). */
export interface Layout {
  id: string;
  file: string;
  reader: 'html' | 'text' | 'pdf' | 'docx';
  tool: string;
  target: number | null;
  reports?: (id: string) => boolean;
  /** What stays flagged in this layout and why (docs/accuracy.md). */
  flagged?: string;
}
export interface WrongCell {
  address: string;
  got: number | null;
  raw: string | null;
  expected: number | null;
  /** The failing rule or warning code that shows the wrong value, or null when it is silent. */
  caught: string | null;
}
export interface DocumentScore {
  cells: number;
  right: number;
  flagged: number;
  flaggedByTable: { t2: number; t3: number; t4: number };
  wrong: WrongCell[];
}
export interface LayoutScore {
  layout: Layout;
  documents: number;
  cells: number;
  right: number;
  flagged: number;
  flaggedByTable: { t2: number; t3: number; t4: number };
  wrong: number;
  caught: number;
  silent: (WrongCell & { report: string })[];
  unread: string[];
}
export interface Baseline {
  minimumRightPercent: Record<string, number>;
  knownSilentWrong: string[];
}
/** The package functions the scorer needs (src in tests, dist in scripts). */
export interface GauntletApi {
  parseReport: (input: string, options?: { format?: 'auto' | 'text' | 'markdown' | 'html' }) => unknown;
  parsePdf: (bytes: Uint8Array) => Promise<unknown>;
  parseDocx: (bytes: Uint8Array) => Promise<unknown>;
  listCells: (report: never) => readonly { address: string; status: string; value: number | null; raw?: string | null }[];
  validateReport: (report: never) => { checks: readonly { rule: string; status: string; addresses: readonly string[] }[] };
}
/**
 * Whether a diagnostic names a cell: its `addresses` include it (a diagnostic that lists addresses
 * names only those), or, without a list, its path is the cell, its row, or `t4`.
 */
export function namesCell(d: { path?: string; addresses?: readonly string[] }, address: string): boolean;
export const LAYOUTS: readonly Layout[];
export const GAUNTLET_DIR: string;
export function readBaseline(dir?: string): Baseline;
export function silentKey(layoutId: string, w: { report: string; address: string }): string;
export function gauntletReports(dir: string): { id: string; dir: string; truth: Record<string, number | null> }[];
export function runGauntlet(
  dir: string,
  api: GauntletApi,
  options?: { layouts?: readonly Layout[]; onDocument?: (d: { layout: string; report: string; score: DocumentScore; ms: number }) => void },
): Promise<LayoutScore[]>;
export function rightPercent(row: LayoutScore): number;
export function gauntletMarkdown(rows: readonly LayoutScore[], baseline?: Baseline): string;
export function gauntletTable(rows: readonly LayoutScore[], baseline?: Baseline): string;
export function loadDistApi(): Promise<GauntletApi>;
export function scoreParse(
  result: { report: unknown; diagnostics?: readonly { severity: string; path?: string; addresses?: string[]; code: string }[] },
  truth: Record<string, number | null>,
  api: Pick<GauntletApi, 'listCells' | 'validateReport'>,
): DocumentScore;
