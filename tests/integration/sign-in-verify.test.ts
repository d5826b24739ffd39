/**
 * Every rejected sign-in costs one Argon2 verification, whether the account exists or not, so
 * the response time does not reveal which usernames exist. The real `verify` runs, wrapped in a
 * spy that counts its calls.
 */

import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { verify } from '@node-rs/argon2';
import { dummyPasswordHash } from '../../src/server/auth/password.ts';
import { authenticate, createStaffAccount, deactivateAccount } from '../../src/server/auth/staff-accounts.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-database.ts';

vi.mock('@node-rs/argon2', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@node-rs/argon2')>();
  return { ...actual, verify: vi.fn(actual.verify) };
});

const PASSWORD = 'kata-sandi-verifikator';
let database: TestDatabase;

beforeAll(async () => {
  database = await openTestDatabase();
  await createStaffAccount(database.db, { username: 'verifikator', displayName: 'Verifikator', role: 'verifier', password: PASSWORD });
  await createStaffAccount(database.db, { username: 'mantan', displayName: 'Mantan', role: 'viewer', password: PASSWORD });
  await deactivateAccount(database.db, 'mantan');
  await dummyPasswordHash();
});

afterAll(async () => {
  await database.close();
});

beforeEach(() => {
  vi.mocked(verify).mockClear();
});

describe('authenticate', () => {
  it('verifies the dummy hash for unknown names', async () => {
    expect(await authenticate(database.db, 'tidak-ada', PASSWORD)).toBeNull();

    expect(verify).toHaveBeenCalledTimes(1);
    expect(vi.mocked(verify).mock.calls[0]![0]).toBe(await dummyPasswordHash());
  });

  it('verifies once for a wrong password', async () => {
    expect(await authenticate(database.db, 'verifikator', 'salah-kata-sandi')).toBeNull();

    expect(verify).toHaveBeenCalledTimes(1);
    expect(vi.mocked(verify).mock.calls[0]![0]).toMatch(/^\$argon2id\$/);
    expect(vi.mocked(verify).mock.calls[0]![0]).not.toBe(await dummyPasswordHash());
  });

  it('verifies once for an inactive account', async () => {
    expect(await authenticate(database.db, 'mantan', PASSWORD)).toBeNull();

    expect(verify).toHaveBeenCalledTimes(1);
  });

  it('accepts the right password', async () => {
    expect(await authenticate(database.db, 'Verifikator ', PASSWORD)).toEqual(expect.any(Number));

    expect(verify).toHaveBeenCalledTimes(1);
  });
});
