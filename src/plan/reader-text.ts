/**
 * Text a reader typed, or that came in a link or a file: shown, stored and copied only after this.
 * Format characters (Unicode category Cf: the bidi controls U+202A–U+202E and U+2066–U+2069, zero
 * widths, U+FEFF) are removed, since they change how the text around them reads (U+202E turns
 * “未完成” into something else on screen and in a pasted schedule); controls (C0, C1) and line
 * separators become spaces; the result is one line of at most `maxLength` characters.
 */
export function cleanLine(value: unknown, maxLength: number): string {
  if (typeof value !== 'string') return '';
  const line = value
    .replace(/\p{Cf}+/gu, '')
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return [...line].slice(0, maxLength).join('').trim();
}
