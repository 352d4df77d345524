/**
 * The checks of the limits that end a parse before it starts (the input is too large): each
 * gives the `input-too-large` diagnostic or `null`. Other limits are checked where they apply
 * (the DOCX and PDF entries, the diagnostics of a parse).
 */
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Limits } from './limits.js';

/** `input-too-large` when a text of `length` UTF-16 code units exceeds `maxInputLength`. */
export function inputTooLarge(length: number, limits: Limits): Diagnostic | null {
  if (length <= limits.maxInputLength) return null;
  return createDiagnostic('input-too-large', { detail: 'maxInputLength', actual: length, expected: limits.maxInputLength });
}

/** `input-too-large` when a file of `bytes` bytes exceeds `maxFileBytes`. */
export function fileTooLarge(bytes: number, limits: Limits): Diagnostic | null {
  if (bytes <= limits.maxFileBytes) return null;
  return createDiagnostic('input-too-large', { detail: 'maxFileBytes', actual: bytes, expected: limits.maxFileBytes });
}
