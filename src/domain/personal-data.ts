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
  // Addresses written to dodge filters: "budi [at] gmail.com", "budi (at) gmail dot com".
  {
    kind: 'email',
    pattern: /[\p{L}\p{N}._%+-]+\s*[[(]\s*(?:at|et)\s*[\])]\s*[\p{L}\p{N}-]+(?:\s*(?:\.|[[(]\s*dot\s*[\])]|\sdot\s)\s*[\p{L}\p{N}-]+)+/giu,
  },
  // Profile links: instagram.com/name, facebook.com/name, x.com/name, tiktok.com/@name, t.me/name.
  {
    kind: 'handle',
    pattern: /(?:https?:\/\/)?(?:www\.)?(?:instagram\.com|facebook\.com|fb\.com|twitter\.com|x\.com|tiktok\.com|t\.me|threads\.net)\/@?[A-Za-z0-9_.]+/giu,
  },
  // Sixteen digits, optionally grouped by spaces, dots, dashes, slashes or underscores.
  { kind: 'nik', pattern: /(?<![\p{N}])\p{N}(?:[ ./_-]?\p{N}){15}(?![\p{N}])/gu },
  // Indonesian numbers: 08…, 62…, +62…, (0295) 123456; 9 to 15 digits with separators between them.
  // Letters may touch the number ("Hp081234567890"). A dot or comma just before is allowed
  // ("Telp.0812…") unless a digit precedes it, as inside "1.500.000".
  {
    kind: 'phone',
    pattern: /(?<![\p{N}])(?<!\p{N}[.,])(?:\+\s?62|62|\(?0)\p{N}{0,4}\)?(?:[\s.()/_-]{0,2}\p{N}){6,13}(?![\p{N}])/gu,
  },
  { kind: 'handle', pattern: /(?<![\p{L}\p{N}._%+-])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?/gu },
];

/**
 * Find every piece of personal data in `text`, in reading order, without overlaps. Matching runs
 * on a normalised copy, so that lookalike characters (fullwidth digits, "＠"), invisible
 * characters (zero-width spaces, soft hyphens, direction marks) and unusual separators (slashes,
 * underscores, any kind of dash) do not hide a number or address. Reported positions and text are those
 * of the original.
 */
export function findPersonalData(text: string): PersonalDataMatch[] {
  return [...matchNormalized(text), ...matchReversedSegments(text)].reduce<PersonalDataMatch[]>((kept, match) => {
    if (!kept.some((other) => match.start < other.end && other.start < match.end)) {
      kept.push(match);
    }
    return kept;
  }, []).sort((a, b) => a.start - b.start);
}

/**
 * Text after a right-to-left override (U+202E) is shown reversed: "4321-0000-2180" reads as
 * "0812-0000-1234". Each such segment is checked the way it is displayed.
 */
function matchReversedSegments(text: string): PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [];
  for (const segment of text.matchAll(/\u202E([^\u202C\u2069]*)/gu)) {
    const shown = [...(segment[1] ?? '')].reverse().join('');
    const inner = matchNormalized(shown);
    if (inner.length > 0) {
      const start = segment.index;
      found.push({ kind: inner[0]!.kind, text: segment[0], start, end: start + segment[0].length });
    }
  }
  return found;
}

function matchNormalized(text: string): PersonalDataMatch[] {
  const { normalized, origin } = normalizeForMatching(text);
  const found: PersonalDataMatch[] = [];
  for (const { kind, pattern } of PATTERNS) {
    for (const match of normalized.matchAll(pattern)) {
      const start = origin[match.index]!;
      const end = origin[match.index + match[0].length]!;
      const overlaps = found.some((other) => start < other.end && other.start < end);
      const plausible = kind !== 'phone' || (countDigits(match[0]) >= 9 && !isMoney(normalized, match[0], match.index));
      if (!overlaps && plausible) {
        found.push({ kind, text: text.slice(start, end), start, end });
      }
    }
  }
  return found;
}

/** Invisible format characters (Unicode category Cf): zero-width spaces, joiners, direction marks, soft hyphens. */
const INVISIBLE = /\p{Cf}/u;
/** Text that normalisation leaves unchanged: printable ASCII, tabs and line breaks. */
const PRINTABLE_ASCII = /^[\x20-\x7E\t\n\r]*$/;
/** Dashes of every kind, turned into "-" so that one pattern covers them. */
const DASH = /[\p{Pd}\u2212]/u;

/**
 * Build the copy that patterns run on: each character NFKC-normalised, invisible characters
 * dropped and dashes turned into "-". `origin[i]` is the offset in `text` of the character
 * that produced position i; its last entry is `text.length`.
 */
function normalizeForMatching(text: string): { normalized: string; origin: number[] } {
  // Printable ASCII has no invisible characters, no dash other than "-" and is its own NFKC form.
  if (PRINTABLE_ASCII.test(text)) {
    return { normalized: text, origin: Array.from({ length: text.length + 1 }, (_, index) => index) };
  }
  let normalized = '';
  const origin: number[] = [];
  let offset = 0;
  for (const character of text) {
    if (!INVISIBLE.test(character)) {
      const replacement = DASH.test(character) ? '-' : character.normalize('NFKC');
      for (let index = 0; index < replacement.length; index += 1) {
        origin.push(offset);
      }
      normalized += replacement;
    }
    offset += character.length;
  }
  origin.push(text.length);
  return { normalized, origin };
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
