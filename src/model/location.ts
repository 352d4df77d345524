/**
 * Source locations belong to `diagnostics/` (the bottom layer every stage reports through);
 * re-exported here so existing imports keep working.
 */
export { LineCounter, type SourceLocation } from '../diagnostics/location.js';
