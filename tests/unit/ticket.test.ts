import { describe, expect, it } from 'vitest';
import { checkCharacter, generateTicket, normalizeTicket, ticketCode } from '../../src/domain/ticket.ts';

const PREFIX = 'LBP';
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

// Check characters below were worked out on paper with Luhn mod 32 over the Crockford alphabet.
// From the right, body values are weighted 2, 1, 2, … and each product p is folded to
// floor(p / 32) + p % 32. The check value is (32 - sum % 32) % 32.
//   7K3M2Q9XW: 25+29+18+23+4+20+6+19+14 = 158, 158 % 32 = 30, check 2 → '2'
//   012345678: 16+7+12+5+8+3+4+1+0 = 56, 56 % 32 = 24, check 8 → '8'
//   0Z1234567 and Z01234567: both sum to 75, 75 % 32 = 11, check 21 → 'N'
const TICKET = 'LBP-7K3M2-Q9XW2';
const DIGIT_TICKET = 'LBP-01234-56788';

/** Build a randomBytes stand-in that returns the given bytes. */
function fixedBytes(bytes: number[]): (length: number) => Uint8Array {
  return (length) => {
    expect(length).toBe(9);
    return Uint8Array.from(bytes);
  };
}

describe('checkCharacter', () => {
  it('matches hand-computed values', () => {
    expect(checkCharacter('7K3M2Q9XW')).toBe('2');
    expect(checkCharacter('012345678')).toBe('8');
    expect(checkCharacter('0Z1234567')).toBe('N');
  });

  it('throws on a non-Crockford character', () => {
    expect(() => checkCharacter('7K3M2Q9XU')).toThrow(/Invalid ticket character "U"/);
  });
});

describe('generateTicket', () => {
  it('has prefix and two groups of five', () => {
    for (let round = 0; round < 200; round += 1) {
      expect(generateTicket(PREFIX)).toMatch(/^LBP-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    }
  });

  it('never uses I, L, O or U', () => {
    for (let round = 0; round < 200; round += 1) {
      const code = generateTicket(PREFIX).slice(PREFIX.length);
      expect(code).not.toMatch(/[ILOU]/);
    }
  });

  it('generates tickets that normalize to themselves', () => {
    for (let round = 0; round < 200; round += 1) {
      const ticket = generateTicket(PREFIX);
      expect(normalizeTicket(ticket, PREFIX)).toBe(ticket);
    }
  });

  it('uses injected bytes 0 to 8', () => {
    expect(generateTicket(PREFIX, fixedBytes([0, 1, 2, 3, 4, 5, 6, 7, 8]))).toBe(DIGIT_TICKET);
  });

  it('reduces injected bytes modulo 32', () => {
    // 255→31 Z, 40→8, 100→4, 17 H, 31 Z, 200→8, 64→0, 33→1, 90→26 T. Body Z84HZ801T.
    // Luhn from the right: 21+1+0+8+31+17+8+8+31 = 125, 125 % 32 = 29, check 3.
    expect(generateTicket(PREFIX, fixedBytes([255, 40, 100, 17, 31, 200, 64, 33, 90]))).toBe('LBP-Z84HZ-801T3');
  });

  it('writes the prefix in capitals', () => {
    expect(generateTicket('lbp', fixedBytes([0, 1, 2, 3, 4, 5, 6, 7, 8]))).toBe(DIGIT_TICKET);
  });
});

describe('normalizeTicket', () => {
  it.each([
    ['canonical form', 'LBP-7K3M2-Q9XW2'],
    ['lower case', 'lbp-7k3m2-q9xw2'],
    ['mixed case', 'Lbp-7k3M2-q9Xw2'],
    ['spaces', ' LBP 7K3M2 Q9XW2 '],
    ['no separators', 'LBP7K3M2Q9XW2'],
    ['en dash', 'LBP\u20137K3M2\u2013Q9XW2'],
    ['em dash', 'LBP\u20147K3M2\u2014Q9XW2'],
    ['minus sign', 'LBP\u22127K3M2\u2212Q9XW2'],
    ['non-breaking hyphen', 'LBP\u20117K3M2\u2011Q9XW2'],
    ['hyphen U+2010', 'LBP\u20107K3M2\u2010Q9XW2'],
    ['dots', 'LBP.7K3M2.Q9XW2'],
    ['slashes', 'LBP/7K3M2/Q9XW2'],
    ['stray punctuation', '#LBP-7K3M2-Q9XW2.'],
    ['quotes and brackets', '"(LBP-7K3M2-Q9XW2)"'],
    ['tab and newline', 'LBP\t7K3M2\nQ9XW2'],
    ['missing prefix', '7K3M2-Q9XW2'],
    ['missing prefix compact', '7k3m2q9xw2'],
    ['fullwidth characters', '\uFF2C\uFF22\uFF30\uFF0D\uFF17\uFF2B\uFF13\uFF2D\uFF12\uFF0D\uFF31\uFF19\uFF38\uFF37\uFF12'],
    ['non-breaking spaces', 'LBP\u00A07K3M2\u00A0Q9XW2'],
  ])('accepts %s', (_case, input) => {
    expect(normalizeTicket(input, PREFIX)).toBe(TICKET);
  });

  it.each([
    ['O for zero', 'LBP-O1234-56788'],
    ['lower-case o for zero', 'lbp-o1234-56788'],
    ['I for one', 'LBP-0I234-56788'],
    ['L for one', 'LBP-0L234-56788'],
    ['lower-case l for one', 'lbp-0l234-56788'],
    ['lower-case i for one', 'lbp-0i234-56788'],
    ['aliases without prefix', 'OI234-56788'],
  ])('maps %s', (_case, input) => {
    expect(normalizeTicket(input, PREFIX)).toBe(DIGIT_TICKET);
  });

  it('accepts a lower-case prefix argument', () => {
    expect(normalizeTicket('LBP-7K3M2-Q9XW2', 'lbp')).toBe(TICKET);
  });

  it('rejects a wrong check character', () => {
    expect(normalizeTicket('LBP-7K3M2-Q9XW4', PREFIX)).toBeNull();
    expect(normalizeTicket('LBP-7K3M2-Q9XW3', PREFIX)).toBeNull();
    expect(normalizeTicket('LBP-01234-56789', PREFIX)).toBeNull();
  });

  it('rejects every single substitution', () => {
    // Luhn mod N maps each value through a permutation, so any one changed character changes
    // the sum. Try all 31 other Crockford characters at each of the ten positions.
    const code = '7K3M2Q9XW2';
    let tried = 0;
    for (let position = 0; position < code.length; position += 1) {
      for (const replacement of CROCKFORD) {
        if (replacement === code[position]) {
          continue;
        }
        const changed = code.slice(0, position) + replacement + code.slice(position + 1);
        expect(normalizeTicket(changed, PREFIX), `${changed} at position ${position}`).toBeNull();
        tried += 1;
      }
    }
    expect(tried).toBe(10 * 31);
  });

  it('rejects every adjacent transposition', () => {
    // Luhn mod 32 misses only a swap of the values 0 and 31 ('0' and 'Z'); this code has neither.
    const code = '7K3M2Q9XW2';
    for (let position = 0; position < code.length - 1; position += 1) {
      const swapped =
        code.slice(0, position) + code[position + 1] + code[position] + code.slice(position + 2);
      expect(normalizeTicket(swapped, PREFIX), `${swapped} swaps positions ${position}, ${position + 1}`).toBeNull();
    }
  });

  it('rejects transpositions of every guaranteed pair', () => {
    // Every pair of different values except {0, 31} is caught.
    let caught = 0;
    for (let a = 0; a < 32; a += 1) {
      for (let b = 0; b < 32; b += 1) {
        if (a === b || (a === 0 && b === 31) || (a === 31 && b === 0)) {
          continue;
        }
        const first = CROCKFORD[a]!;
        const second = CROCKFORD[b]!;
        const body = `${first}${second}3M2Q9XW`;
        const swapped = `${second}${first}3M2Q9XW`;
        expect(normalizeTicket(swapped + checkCharacter(body), PREFIX), `${body} → ${swapped}`).toBeNull();
        caught += 1;
      }
    }
    expect(caught).toBe(32 * 31 - 2);
  });

  it('misses a 0 and Z swap', () => {
    // The one blind spot of Luhn mod 32: both orders carry the check character N.
    expect(normalizeTicket('LBP-0Z123-4567N', PREFIX)).toBe('LBP-0Z123-4567N');
    expect(normalizeTicket('LBP-Z0123-4567N', PREFIX)).toBe('LBP-Z0123-4567N');
  });

  it.each([
    ['empty input', ''],
    ['prefix only', 'LBP'],
    ['one character short', 'LBP-7K3M2-Q9XW'],
    ['one character long', 'LBP-7K3M2-Q9XW22'],
    ['body without check', '7K3M2-Q9XW'],
    ['code twice', 'LBP-7K3M2-Q9XW2-7K3M2-Q9XW2'],
  ])('rejects %s', (_case, input) => {
    expect(normalizeTicket(input, PREFIX)).toBeNull();
  });

  it.each([
    ['three-letter prefix', 'abc 7K3M2-Q9XW2', 'ABC-7K3M2-Q9XW2'],
    ['two-letter prefix', 'SP-7K3M2-Q9XW2', 'SP-7K3M2-Q9XW2'],
    ['four-letter prefix', 'LBPK-7K3M2-Q9XW2', 'LBPK-7K3M2-Q9XW2'],
    ['similar prefix', 'LPB-7K3M2-Q9XW2', 'LPB-7K3M2-Q9XW2'],
  ])('keeps a typed %s', (_case, input, expected) => {
    // Tickets issued before a deployment changed its prefix keep the old one; the lookup decides.
    expect(normalizeTicket(input, PREFIX)).toBe(expected);
  });

  it.each([
    ['six-letter prefix', 'LAPORB-7K3M2-Q9XW2'],
    ['one-letter prefix', 'L-7K3M2-Q9XW2'],
    ['digits in prefix', 'LB1-7K3M2-Q9XW2'],
  ])('rejects a %s', (_case, input) => {
    expect(normalizeTicket(input, PREFIX)).toBeNull();
  });

  it('gives the code of a ticket', () => {
    expect(ticketCode('LBP-7K3M2-Q9XW2')).toBe('7K3M2-Q9XW2');
  });

  it('rejects U, which Crockford omits', () => {
    expect(normalizeTicket('LBP-UK3M2-Q9XW2', PREFIX)).toBeNull();
  });

  it('rejects non-Latin digits', () => {
    // Arabic-Indic digits are \p{N} but not Crockford characters.
    expect(normalizeTicket('LBP-\u0667K3M2-Q9XW2', PREFIX)).toBeNull();
  });
});
