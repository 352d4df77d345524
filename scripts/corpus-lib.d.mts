/** Score of one document against its expected values. */
export interface Score {
  right: number;
  blankRight: number;
  flagged: number;
  wrong: { address: string; got: string; expected: string }[];
  expected: number;
}
export function score(
  cells: readonly { address: string; status: string; value: number | null }[],
  expected: { cells?: Record<string, number | null>; unrecoverable?: string[] },
): Score;
