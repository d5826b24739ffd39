/**
 * Spotting complaints about the same matter. Two complaints are likely duplicates when they
 * come from the same kecamatan with the same category within a few days, or when their texts
 * share most of their words.
 */

/** Days apart within which the same kecamatan and category suggest the same matter. */
export const SAME_PLACE_DAYS = 3;
/** Share of shared words (Jaccard index) from which two texts count as similar. */
export const SIMILAR_TEXT = 0.5;

/** Words too common in complaints to tell two apart. */
const STOPWORDS = new Set(
  (
    'yang dan di ke dari ini itu untuk dengan pada dalam tidak sudah belum ada mohon tolong pak bu bapak ibu admin ' +
    'kami saya kita mereka sangat sekali juga atau agar karena sebagai oleh akan bisa dapat terima kasih selamat pagi ' +
    'siang sore malam izin melaporkan lapor laporan aduan warga desa kecamatan kabupaten pati rt rw dukuh jl jalan yg tdk ' +
    'sdh mhn krn dg dgn utk'
  ).split(' '),
);

/** Words of a text as a set: lower case, letters and digits only, without stopwords and short words. */
export function wordsOf(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter((word) => word.length >= 3 && !STOPWORDS.has(word));
  return new Set(words);
}

/** Jaccard index of two word sets: shared words over all words, from 0 to 1. */
export function similarity(first: ReadonlySet<string>, second: ReadonlySet<string>): number {
  if (first.size === 0 || second.size === 0) {
    return 0;
  }
  let shared = 0;
  for (const word of first) {
    if (second.has(word)) {
      shared += 1;
    }
  }
  return shared / (first.size + second.size - shared);
}

export interface DuplicateCandidateInput {
  receivedAt: Date;
  categoryId: number;
  districtCode: string | null;
  text: string;
}

export interface DuplicateMatch {
  /** Reasons in Indonesian, e.g. "kecamatan dan kategori sama, selisih 2 hari". */
  reasons: string[];
  score: number;
}

/** Explain why `candidate` may be a duplicate of `complaint`, or return null when nothing suggests it. */
export function duplicateMatch(complaint: DuplicateCandidateInput, candidate: DuplicateCandidateInput): DuplicateMatch | null {
  const reasons: string[] = [];
  let score = 0;

  const daysApart = Math.abs(complaint.receivedAt.getTime() - candidate.receivedAt.getTime()) / 86_400_000;
  const samePlace =
    complaint.districtCode !== null &&
    complaint.districtCode === candidate.districtCode &&
    complaint.categoryId === candidate.categoryId;
  if (samePlace && daysApart <= SAME_PLACE_DAYS) {
    reasons.push(`kecamatan dan kategori sama, selisih ${Math.round(daysApart)} hari`);
    score += 0.5;
  }

  const textSimilarity = similarity(wordsOf(complaint.text), wordsOf(candidate.text));
  if (textSimilarity >= SIMILAR_TEXT) {
    reasons.push(`isi aduan mirip (${Math.round(textSimilarity * 100)}% kata sama)`);
    score += textSimilarity;
  }
  return reasons.length > 0 ? { reasons, score } : null;
}
