import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { signInAttempts } from '../../db/schema/index.ts';
import type { SignInThrottle } from '../../src/server/config.ts';
import { findSessionUser } from '../../src/server/auth/session.ts';
import { signIn, type SignInResult } from '../../src/server/auth/sign-in.ts';
import { beginSignInAttempt, finishSignInAttempt } from '../../src/server/auth/sign-in-throttle.ts';
import { createStaffAccount } from '../../src/server/auth/staff-accounts.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-database.ts';

const LIMITS: SignInThrottle = { maxFailuresPerAccount: 5, maxFailuresPerAddress: 20, windowMinutes: 15 };
const PASSWORD = 'kata-sandi-verifikator';

let database: TestDatabase;

beforeAll(async () => {
  database = await openTestDatabase();
  for (const username of ['verifikator', 'pemantau']) {
    await createStaffAccount(database.db, { username, displayName: `Petugas ${username}`, role: 'verifier', password: PASSWORD });
  }
});

afterAll(async () => {
  await database.close();
});

beforeEach(async () => {
  await database.db.delete(signInAttempts);
});

/** Record one failed attempt. Returns its retry-after seconds when it was throttled, otherwise null. */
async function fail(username: string, address: string | null): Promise<number | null> {
  const attempt = await beginSignInAttempt(database.db, username, address, LIMITS);
  if (attempt.retryAfterSeconds === null) {
    await finishSignInAttempt(database.db, attempt.id, 'failed');
  }
  return attempt.retryAfterSeconds;
}

async function succeed(username: string, address: string | null): Promise<number | null> {
  const attempt = await beginSignInAttempt(database.db, username, address, LIMITS);
  if (attempt.retryAfterSeconds === null) {
    await finishSignInAttempt(database.db, attempt.id, 'succeeded');
  }
  return attempt.retryAfterSeconds;
}

function sessionToken(result: SignInResult): string {
  expect(result.outcome).toBe('signed_in');
  return result.outcome === 'signed_in' ? result.token : '';
}

/** Move every recorded attempt back in time, as if `minutes` had passed. */
async function age(minutes: number): Promise<void> {
  await database.db
    .update(signInAttempts)
    .set({ attemptedAt: sql`${signInAttempts.attemptedAt} - make_interval(mins => ${minutes}::int)` });
}

describe('sign-in throttle per username', () => {
  it.each(['verifikator', 'tidak-ada'])('blocks %s after five failures', async (username) => {
    for (let i = 0; i < 5; i += 1) {
      expect(await fail(username, `192.0.2.${i}`)).toBeNull();
    }

    const retryAfter = await fail(username, '198.51.100.1');

    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
  });

  it('matches names regardless of case and spaces', async () => {
    for (const typed of ['Verifikator', ' verifikator', 'VERIFIKATOR', 'verifikator ', 'verIfikator']) {
      await fail(typed, null);
    }

    expect(await fail('verifikator', null)).not.toBeNull();
  });

  it('lifts the block when failures age', async () => {
    for (let i = 0; i < 5; i += 1) {
      await fail('verifikator', null);
    }
    await age(10);

    const retryAfter = await fail('verifikator', null);
    expect(retryAfter).toBeGreaterThan(4 * 60);
    expect(retryAfter).toBeLessThanOrEqual(5 * 60);

    await age(6);
    expect(await fail('verifikator', null)).toBeNull();
  });

  it('does not extend the block on retries', async () => {
    for (let i = 0; i < 5; i += 1) {
      await fail('verifikator', null);
    }
    for (let i = 0; i < 10; i += 1) {
      expect(await fail('verifikator', null)).not.toBeNull();
    }
    await age(16);

    expect(await fail('verifikator', null)).toBeNull();
    const throttled = await database.db.select().from(signInAttempts).where(eq(signInAttempts.outcome, 'throttled'));
    expect(throttled).toHaveLength(10);
  });

  it('starts counting anew after a success', async () => {
    for (let i = 0; i < 4; i += 1) {
      await fail('verifikator', null);
    }
    expect(await succeed('verifikator', null)).toBeNull();

    for (let i = 0; i < 5; i += 1) {
      expect(await fail('verifikator', null)).toBeNull();
    }
    expect(await fail('verifikator', null)).not.toBeNull();
  });

  it('lets at most five parallel attempts through', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 12 }, () => beginSignInAttempt(database.db, 'verifikator', null, LIMITS)),
    );

    // Pending attempts count against each other, so a burst may let fewer than five through.
    const allowed = attempts.filter((attempt) => attempt.retryAfterSeconds === null);
    expect(allowed.length).toBeLessThanOrEqual(5);
  });
});

describe('sign-in throttle per address', () => {
  it('blocks an address after twenty failures', async () => {
    for (let i = 0; i < 20; i += 1) {
      expect(await fail(`tamu-${i}`, '203.0.113.5')).toBeNull();
    }

    expect(await succeed('verifikator', '203.0.113.5')).not.toBeNull();
    expect(await succeed('verifikator', '203.0.113.6')).toBeNull();
  });

  it('keeps counting after another account succeeds', async () => {
    for (let i = 0; i < 19; i += 1) {
      await fail(`tamu-${i}`, '203.0.113.7');
    }
    expect(await succeed('pemantau', '203.0.113.7')).toBeNull();
    expect(await fail('tamu-terakhir', '203.0.113.7')).toBeNull();

    expect(await fail('tamu-lain', '203.0.113.7')).not.toBeNull();
  });
});

describe('signIn', () => {
  const request = { clientAddress: '192.0.2.50', previousToken: null };

  it('rejects unknown and wrong alike', async () => {
    const unknown = await signIn(database.db, { ...request, username: 'tidak-ada', password: PASSWORD }, LIMITS, 12);
    const wrong = await signIn(database.db, { ...request, username: 'verifikator', password: 'salah-kata-sandi' }, LIMITS, 12);

    expect(unknown).toEqual({ outcome: 'rejected' });
    expect(wrong).toEqual({ outcome: 'rejected' });
  });

  it('throttles the right password too', async () => {
    for (let i = 0; i < 5; i += 1) {
      await signIn(database.db, { ...request, username: 'verifikator', password: 'salah-kata-sandi' }, LIMITS, 12);
    }

    const result = await signIn(database.db, { ...request, username: 'verifikator', password: PASSWORD }, LIMITS, 12);
    expect(result.outcome).toBe('throttled');
  });

  it('ends the session sent at sign-in', async () => {
    const first = sessionToken(await signIn(database.db, { ...request, username: 'verifikator', password: PASSWORD }, LIMITS, 12));

    const second = sessionToken(
      await signIn(database.db, { ...request, username: 'verifikator', password: PASSWORD, previousToken: first }, LIMITS, 12),
    );

    expect(second).not.toBe(first);
    expect(await findSessionUser(database.db, first)).toBeNull();
    expect(await findSessionUser(database.db, second)).toMatchObject({ username: 'verifikator' });
  });

  it('deletes old attempts after a success', async () => {
    await fail('tamu', null);
    await age(25 * 60);
    await fail('tamu', null);

    await signIn(database.db, { ...request, username: 'pemantau', password: PASSWORD }, LIMITS, 12);

    const rows = await database.db.select().from(signInAttempts);
    expect(rows.map((row) => row.outcome).sort()).toEqual(['failed', 'succeeded']);
  });
});
