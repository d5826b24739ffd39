import { describe, expect, it } from 'vitest';
import { normalizePhone, whatsAppLink } from '../../src/domain/phone.ts';

describe('normalizePhone', () => {
  it.each([
    ['0812-3456-7890', '+6281234567890'],
    ['081234567890', '+6281234567890'],
    ['0812 3456 7890', '+6281234567890'],
    ['0812.3456.7890', '+6281234567890'],
    ['+62 812 3456 7890', '+6281234567890'],
    ['+62 (812) 3456-7890', '+6281234567890'],
    ['+6281234567890', '+6281234567890'],
    ['62 812 3456 7890', '+6281234567890'],
    ['6281234567890', '+6281234567890'],
    ['+62 0812 3456 7890', '+6281234567890'],
    ['  0812-3456-7890  ', '+6281234567890'],
    ['(0295) 381234', '+62295381234'],
    ['0295-381234', '+62295381234'],
    ['021-5551234', '+62215551234'],
    ['\uFF10\uFF18\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18\uFF19\uFF10', '+6281234567890'],
  ])('normalizes %s', (raw, expected) => {
    expect(normalizePhone(raw)).toBe(expected);
  });

  it.each([
    ['eight national digits', '0295-38123', '+6229538123'],
    ['twelve national digits', '0812-3456-78901', '+62812345678901'],
  ])('accepts %s', (_case, raw, expected) => {
    expect(normalizePhone(raw)).toBe(expected);
  });

  it.each([
    ['letter O for zero', 'O812-3456-7890'],
    ['trailing letter', '0812-3456-789O'],
    ['words', 'nomor saya 081234567890'],
    ['extension', '0812 3456 7890 ext 5'],
    ['empty input', ''],
    ['only separators', '+ ( ) - .'],
  ])('rejects %s', (_case, raw) => {
    expect(normalizePhone(raw)).toBeNull();
  });

  it.each([
    ['seven national digits', '0812-345-6'],
    ['six national digits', '0812345'],
    ['thirteen national digits', '0812-3456-789012'],
    ['fourteen national digits', '+62 812 3456 7890 123'],
  ])('rejects %s', (_case, raw) => {
    expect(normalizePhone(raw)).toBeNull();
  });

  it.each([
    ['United States', '+1 415 555 0100'],
    ['Malaysia', '+60 12-345 6789'],
    ['Singapore', '+65 9123 4567'],
    ['United Kingdom', '+44 20 7946 0958'],
    ['Netherlands', '+31 6 1234 5678'],
  ])('rejects a number from %s', (_case, raw) => {
    expect(normalizePhone(raw)).toBeNull();
  });

  it('rejects a national number of zeros', () => {
    expect(normalizePhone('0000-0000-0000')).toBeNull();
  });
});

describe('whatsAppLink', () => {
  it('drops the plus sign', () => {
    expect(whatsAppLink('+6281234567890')).toBe('https://wa.me/6281234567890');
  });
});
