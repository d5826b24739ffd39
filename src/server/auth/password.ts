import { hash, verify } from '@node-rs/argon2';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as commonLanguage from '@zxcvbn-ts/language-common';
import * as indonesianLanguage from '@zxcvbn-ts/language-id';

/**
 * Argon2id with the parameters OWASP recommends as a minimum in 2024 (19 MiB memory,
 * 2 iterations, 1 lane). One hash takes about 30 ms on one core of the development machine.
 */
export const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;

/**
 * Lowest zxcvbn score accepted. Scores run from 0 to 4, and @zxcvbn-ts/core 4.2 gives 3 to a
 * password it estimates to need at least 10^8 guesses.
 * NOTE: a user input plus a short suffix can still reach 3 (`sitiaminah123` for "Siti Aminah").
 */
export const MIN_PASSWORD_SCORE = 3;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/**
 * True when `password` matches `passwordHash`; false for a wrong password or an unusable hash.
 * An unusable hash (a locked account) still costs one verification, so timing does not tell.
 */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  if (!passwordHash.startsWith('$argon2')) {
    await verify(await dummyPasswordHash(), password).catch(() => false);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash computed once, verified against when the account does not exist, so both cases take as long. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('no account has this password');
  return dummyHash;
}

const BETTER_PASSWORD_HINT =
  'Gunakan gabungan tiga atau empat kata yang tidak saling berhubungan, tanpa nama Anda, nama pengguna, atau tanggal lahir.';

/**
 * Estimator with the common-password and diceware word lists of @zxcvbn-ts/language-common plus
 * the Indonesian words and names of @zxcvbn-ts/language-id, giving its feedback in Indonesian. Built on first use,
 * because loading the lists takes a moment and only password changes need them.
 */
let strengthEstimator: ZxcvbnFactory | undefined;
function estimator(): ZxcvbnFactory {
  strengthEstimator ??= new ZxcvbnFactory({
    dictionary: { ...commonLanguage.dictionary, ...indonesianLanguage.dictionary },
    graphs: commonLanguage.adjacencyGraphs,
    translations: indonesianLanguage.translations,
    useLevenshteinDistance: true,
  });
  return strengthEstimator;
}

/**
 * Return an Indonesian message saying why a new password is too weak and how to choose a
 * better one, or null when it is acceptable. It must have MIN_PASSWORD_LENGTH characters and
 * a zxcvbn score of at least MIN_PASSWORD_SCORE. `userInputs` (username, display name) count
 * as easy guesses.
 */
export function passwordProblem(password: string, userInputs: readonly string[] = []): string | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    return `Kata sandi terlalu pendek: minimal ${MIN_PASSWORD_LENGTH} karakter. ${BETTER_PASSWORD_HINT}`;
  }
  const inputs = userInputs.flatMap((input) => [input, ...input.split(/[^\p{L}\p{N}]+/u)]).filter((input) => input.length > 0);
  const result = estimator().check(password, inputs);
  if (result.score >= MIN_PASSWORD_SCORE) {
    return null;
  }
  const reasons = [result.feedback.warning, ...result.feedback.suggestions].filter((line): line is string => Boolean(line));
  return ['Kata sandi terlalu mudah ditebak.', ...reasons, BETTER_PASSWORD_HINT].join(' ');
}

/** A random password that is easy to read and type: 4 groups of 4 characters without look-alikes. */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  const characters = [...bytes].map((byte) => alphabet[byte % alphabet.length]);
  return [0, 4, 8, 12].map((start) => characters.slice(start, start + 4).join('')).join('-');
}
