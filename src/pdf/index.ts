/**
 * PDF input (`zfxxgk-report/pdf`, Node only). Work in progress: see issue 5.
 *
 * @packageDocumentation
 */
import type { ParseResult } from '../model/report.js';

/**
 * Parses a PDF report from its text layer.
 * @throws Error until PDF support lands.
 */
export async function parsePdf(bytes: Uint8Array): Promise<ParseResult> {
  void bytes;
  throw new Error('PDF input is not available yet');
}
