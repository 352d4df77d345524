/** Escapes text for HTML element content and double-quoted attribute values (`&`, `<`, `>`, `"`). */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
