/**
 * Ticket numbers: a deployment prefix, nine random Crockford base32 characters (45 bits) and a
 * Luhn mod 32 check character, written as `LBP-7K3M2-Q9XW2`. Crockford's alphabet leaves out
 * I, L, O and U, so a ticket read aloud or copied by hand has no look-alike characters.
 */

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BODY_LENGTH = 9;
const CODE_LENGTH = BODY_LENGTH + 1;

/** Characters people type for a Crockford digit: O for zero, I and L for one. */
const ALIASES: Record<string, string> = { O: '0', I: '1', L: '1' };

/** Create a new random ticket. `randomBytes` is injectable so that seeded generators stay deterministic. */
export function generateTicket(prefix: string, randomBytes: (length: number) => Uint8Array = cryptoRandomBytes): string {
  const bytes = randomBytes(BODY_LENGTH);
  let body = '';
  for (const byte of bytes) {
    body += ALPHABET[byte % 32];
  }
  return formatTicket(prefix, body + checkCharacter(body));
}

/**
 * Turn whatever a citizen typed into the canonical ticket, or return null when it cannot be a
 * ticket. Case, spaces, dashes of any kind and other punctuation are ignored, and the check
 * character catches most single typos and swapped neighbours. Without a typed prefix the
 * deployment's `prefix` is assumed; a typed prefix of 2 to 5 letters is kept, because tickets
 * issued before the deployment changed its prefix keep their own.
 */
export function normalizeTicket(input: string, prefix: string): string | null {
  const compact = input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
  if (compact.length < CODE_LENGTH) {
    return null;
  }

  const code = compact.slice(-CODE_LENGTH);
  const typedPrefix = compact.slice(0, -CODE_LENGTH);
  if (typedPrefix !== '' && !/^[A-Z]{2,5}$/.test(typedPrefix)) {
    return null;
  }

  const canonical = [...code].map((character) => ALIASES[character] ?? character).join('');
  if (![...canonical].every((character) => ALPHABET.includes(character))) {
    return null;
  }

  const body = canonical.slice(0, BODY_LENGTH);
  if (checkCharacter(body) !== canonical[BODY_LENGTH]) {
    return null;
  }
  return formatTicket(typedPrefix || prefix, canonical);
}

/** The code of a canonical ticket without its prefix, e.g. "7K3M2-Q9XW2". */
export function ticketCode(ticket: string): string {
  return ticket.slice(ticket.indexOf('-') + 1);
}

function formatTicket(prefix: string, code: string): string {
  return `${prefix.toUpperCase()}-${code.slice(0, 5)}-${code.slice(5)}`;
}

/** Luhn mod N check character over the Crockford alphabet (N = 32). */
export function checkCharacter(body: string): string {
  let factor = 2;
  let sum = 0;
  for (let index = body.length - 1; index >= 0; index -= 1) {
    const codePoint = ALPHABET.indexOf(body[index] ?? '');
    if (codePoint < 0) {
      throw new Error(`Invalid ticket character "${body[index]}"; expected one of ${ALPHABET}.`);
    }
    const addend = factor * codePoint;
    sum += Math.floor(addend / 32) + (addend % 32);
    factor = factor === 2 ? 1 : 2;
  }
  return ALPHABET[(32 - (sum % 32)) % 32] as string;
}

function cryptoRandomBytes(length: number): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}
