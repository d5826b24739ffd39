/**
 * Detection of personal data in text meant for the public: phone numbers, NIK (the 16-digit
 * national identity number), e-mail addresses and social media handles. Staff-written public
 * text must not contain any of them.
 */

import { visibleLength } from './text.ts';

export type PersonalDataKind = 'phone' | 'nik' | 'email' | 'handle';

export interface PersonalDataMatch {
  kind: PersonalDataKind;
  text: string;
  /** Offset of the first character, counted in UTF-16 code units as JavaScript strings do. */
  start: number;
  end: number;
}

export const PERSONAL_DATA_LABELS: Record<PersonalDataKind, string> = {
  phone: 'nomor telepon',
  nik: 'NIK',
  email: 'alamat e-mail',
  handle: 'akun media sosial',
};

const PATTERNS: Array<{ kind: PersonalDataKind; pattern: RegExp }> = [
  { kind: 'email', pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu },
  // Sixteen digits, optionally grouped by spaces, dots or dashes.
  { kind: 'nik', pattern: /(?<![\p{N}])\p{N}(?:[ .-]?\p{N}){15}(?![\p{N}])/gu },
  // Indonesian numbers: 08…, 62…, +62…, (0295) 123456; 9 to 15 digits with separators between them.
  // Fullwidth digits and plus signs count too. A dot or comma just before is allowed ("Telp.0812…")
  // unless a digit precedes it, as inside "1.500.000".
  {
    kind: 'phone',
    pattern:
      /(?<![\p{L}\p{N}])(?<!\p{N}[.,])(?:[+＋]\s?[6６][2２]|[6６][2２]|\(?[0０])\p{N}{0,4}\)?(?:[\s.()-]{0,2}\p{N}){6,13}(?![\p{N}])/gu,
  },
  { kind: 'handle', pattern: /(?<![\p{L}\p{N}._%+-])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?/gu },
];

/** Find every piece of personal data in `text`, in reading order, without overlaps. */
export function findPersonalData(text: string): PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [];
  for (const { kind, pattern } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      const overlaps = found.some((other) => start < other.end && other.start < end);
      if (!overlaps && (kind !== 'phone' || (countDigits(match[0]) >= 9 && !isMoney(text, match[0], start)))) {
        found.push({ kind, text: match[0], start, end });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

export function containsPersonalData(text: string): boolean {
  return findPersonalData(text).length > 0;
}

/**
 * Describe in Indonesian what was found and where, for the form field that contains it.
 * Positions are counted in characters from 1, as a person reads them.
 */
export function describePersonalData(matches: PersonalDataMatch[], text: string): string {
  const items = matches.map((match) => {
    const from = visibleLength(text.slice(0, match.start)) + 1;
    return `${PERSONAL_DATA_LABELS[match.kind]} "${match.text}" (mulai karakter ke-${from})`;
  });
  return `Teks publik memuat data pribadi: ${items.join('; ')}. Hapus atau samarkan data tersebut, lalu simpan kembali.`;
}

/**
 * Amounts such as "625.000.000" or "Rp 62.500.000" look like numbers starting with 62: thousands
 * groups of exactly three digits, or a preceding "Rp", mark money rather than a phone number.
 */
function isMoney(text: string, match: string, start: number): boolean {
  if (/Rp\.?\s*$/i.test(text.slice(Math.max(0, start - 4), start))) {
    return true;
  }
  return /^\p{N}{1,3}(?:\.\p{N}{3})+$/u.test(match) || /^\p{N}{1,3}(?:,\p{N}{3})+$/u.test(match);
}

function countDigits(text: string): number {
  return text.replace(/[^\p{N}]/gu, '').length;
}
