/**
 * Cleaning of typed text before it is checked and stored: Unicode NFC, no control characters
 * (U+0000 and the like) except line breaks and tabs, Windows line ends made Unix ones.
 * Emoji and other symbols are kept as they are.
 */
export function cleanText(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, '')
    .trim();
}

/** Length as a person counts it: emoji and combined letters count once. */
export function visibleLength(value: string): number {
  const segmenter = new Intl.Segmenter('id', { granularity: 'grapheme' });
  let count = 0;
  for (const _ of segmenter.segment(value)) {
    count += 1;
  }
  return count;
}
