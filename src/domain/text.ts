/**
 * Clean typed text before it is checked and stored: Unicode NFC, Windows line ends made Unix
 * ones, and no control characters (U+0000 and the like) except line breaks and tabs. Direction
 * overrides and invisible spacing characters (zero-width space, soft hyphen, word joiner, byte
 * order mark) go too, because they can disguise text. Emoji and their joiners (U+200D, variation
 * selectors) are kept as they are.
 */
export function cleanText(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, '')
    .replace(/[\u00AD\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g, '')
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
