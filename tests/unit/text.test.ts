import { describe, expect, it } from 'vitest';
import { cleanText, visibleLength } from '../../src/domain/text.ts';

const FAMILY = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
const FLAG_INDONESIA = '\u{1F1EE}\u{1F1E9}';
const THUMBS_UP_MEDIUM = '\u{1F44D}\u{1F3FD}';
const RED_HEART = '\u2764\uFE0F';

describe('cleanText', () => {
  it('composes a decomposed é', () => {
    const cleaned = cleanText('Cafe\u0301');
    expect(cleaned).toBe('Caf\u00E9');
    expect(cleaned).toHaveLength(4);
  });

  it('removes U+0000', () => {
    expect(cleanText('Jalan\u0000 rusak')).toBe('Jalan rusak');
  });

  it.each([
    ['U+0001', '\u0001'],
    ['U+0008 backspace', '\u0008'],
    ['U+000B vertical tab', '\u000B'],
    ['U+000C form feed', '\u000C'],
    ['U+001B escape', '\u001B'],
    ['U+001F', '\u001F'],
    ['U+007F delete', '\u007F'],
    ['U+0085 next line', '\u0085'],
    ['U+009F', '\u009F'],
  ])('removes %s', (_case, control) => {
    expect(cleanText(`a${control}b`)).toBe('ab');
  });

  it('keeps newlines and tabs', () => {
    expect(cleanText('baris 1\nbaris 2\tkolom')).toBe('baris 1\nbaris 2\tkolom');
  });

  it('converts CRLF to LF', () => {
    expect(cleanText('baris 1\r\nbaris 2\r\n\r\nbaris 4')).toBe('baris 1\nbaris 2\n\nbaris 4');
  });

  it('converts lone CR to LF', () => {
    expect(cleanText('baris 1\rbaris 2')).toBe('baris 1\nbaris 2');
  });

  it('trims surrounding whitespace', () => {
    expect(cleanText('  \n halo \t\r\n')).toBe('halo');
  });

  it('trims after removing controls', () => {
    expect(cleanText('\u0000 halo \u0007')).toBe('halo');
  });

  it.each([
    ['ZWJ family', FAMILY],
    ['flag', FLAG_INDONESIA],
    ['skin tone', THUMBS_UP_MEDIUM],
    ['variation selector', RED_HEART],
    ['plain emoji', '\u{1F600}'],
  ])('keeps %s emoji intact', (_case, emoji) => {
    expect(cleanText(`Terima kasih ${emoji}`)).toBe(`Terima kasih ${emoji}`);
  });

  it('keeps an empty string empty', () => {
    expect(cleanText('')).toBe('');
  });
});

describe('visibleLength', () => {
  it.each([
    ['empty string', '', 0],
    ['ASCII letters', 'abc', 3],
    ['ZWJ family', FAMILY, 1],
    ['flag', FLAG_INDONESIA, 1],
    ['skin tone', THUMBS_UP_MEDIUM, 1],
    ['variation selector', RED_HEART, 1],
    ['decomposed é', 'e\u0301', 1],
    ['CRLF', 'a\r\nb', 3],
    ['mixed text', `Hai ${FAMILY}!`, 6],
  ])('counts %s', (_case, value, expected) => {
    expect(visibleLength(value)).toBe(expected);
  });

  it('differs from UTF-16 length', () => {
    expect(FAMILY).toHaveLength(8);
    expect(visibleLength(FAMILY.repeat(3))).toBe(3);
  });
});

describe('cleanText disguises', () => {
  it.each([
    ['right-to-left override', 'a\u202Eb\u202Cc', 'abc'],
    ['zero-width space', '0812\u200B0000', '08120000'],
    ['soft hyphen', 'ja\u00ADlan', 'jalan'],
    ['byte order mark', '\uFEFFjalan', 'jalan'],
    ['direction mark', 'a\u200Eb\u200Fc', 'abc'],
  ])('removes %s', (_name, input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });

  it('keeps emoji joiners', () => {
    expect(cleanText('\u{1F468}\u200D\u{1F469}\u200D\u{1F467}')).toBe('\u{1F468}\u200D\u{1F469}\u200D\u{1F467}');
  });
});
