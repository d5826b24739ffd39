import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, signInAttempts } from '../../db/schema/index.ts';
import { passwordChangeFormSchema } from '../../src/domain/forms/password-change-form.ts';
import type { SignInThrottle } from '../../src/server/config.ts';
import { changeOwnPassword, WRONG_CURRENT_PASSWORD, type PasswordChangeResult } from '../../src/server/auth/password-change.ts';
import { findSessionUser, type SessionUser } from '../../src/server/auth/session.ts';
import { startSession } from '../../src/server/auth/sign-in-audit.ts';
import { authenticate, createStaffAccount } from '../../src/server/auth/staff-accounts.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-database.ts';

const LIMITS: SignInThrottle = { maxFailuresPerAccount: 5, maxFailuresPerAddress: 20, windowMinutes: 15 };
const OLD_PASSWORD = 'kata-sandi-lama-pemantau';
const NEW_PASSWORD = 'genteng biru 47 meja rapat';

let database: TestDatabase;

beforeAll(async () => {
  database = await openTestDatabase();
});

afterAll(async () => {
  await database.close();
});

/** Create an account with two sessions and return the user of the first. */
async function accountWithSessions(username: string): Promise<{ user: SessionUser; tokens: string[] }> {
  const staffId = await createStaffAccount(database.db, { username, displayName: 'Siti Aminah', role: 'viewer', password: OLD_PASSWORD });
  const tokens: string[] = [];
  for (const address of ['192.0.2.1', '192.0.2.2']) {
    tokens.push((await startSession(database.db, { staffId, username }, 12, address)).token);
  }
  return { user: (await findSessionUser(database.db, tokens[0]!))!, tokens };
}

function change(user: SessionUser, current: string, next: string): Promise<PasswordChangeResult> {
  const form = passwordChangeFormSchema.parse({ current_password: current, new_password: next, confirm_password: next });
  return changeOwnPassword(database.db, user, form, '192.0.2.1', LIMITS, 12);
}

describe('changeOwnPassword', () => {
  it('replaces password and all sessions', async () => {
    const { user, tokens } = await accountWithSessions('siti');

    const result = await change(user, OLD_PASSWORD, NEW_PASSWORD);

    expect(result).toMatchObject({ outcome: 'changed', sessionsEnded: 2 });
    for (const token of tokens) {
      expect(await findSessionUser(database.db, token)).toBeNull();
    }
    const newToken = result.outcome === 'changed' ? result.token : '';
    expect(await findSessionUser(database.db, newToken)).toMatchObject({ id: user.id });
    expect(await authenticate(database.db, 'siti', NEW_PASSWORD)).toBe(user.id);
    expect(await authenticate(database.db, 'siti', OLD_PASSWORD)).toBeNull();
    const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.action, 'password_changed'));
    expect(entry).toMatchObject({ staffId: user.id, detail: { sessionsEnded: 2 }, clientAddress: '192.0.2.1' });
  });

  it('rejects a wrong current password', async () => {
    const { user, tokens } = await accountWithSessions('budi');

    const result = await change(user, 'bukan-kata-sandi-budi', NEW_PASSWORD);

    expect(result).toEqual({ outcome: 'invalid', errors: { current_password: WRONG_CURRENT_PASSWORD } });
    expect(await findSessionUser(database.db, tokens[1]!)).not.toBeNull();
    expect(await authenticate(database.db, 'budi', OLD_PASSWORD)).toBe(user.id);
  });

  it('rejects a guessable new password', async () => {
    const { user } = await accountWithSessions('rina');

    const result = await change(user, OLD_PASSWORD, 'rina12345678');

    expect(result.outcome).toBe('invalid');
    const errors = result.outcome === 'invalid' ? result.errors : {};
    expect(errors.new_password).toMatch(/^Kata sandi terlalu mudah ditebak\./);
    expect(await authenticate(database.db, 'rina', OLD_PASSWORD)).toBe(user.id);
  });

  it('throttles guessing the current password', async () => {
    const { user } = await accountWithSessions('agus');
    for (let i = 0; i < 5; i += 1) {
      expect((await change(user, `tebakan-ke-${i}-salah`, NEW_PASSWORD)).outcome).toBe('invalid');
    }

    const result = await change(user, OLD_PASSWORD, NEW_PASSWORD);

    expect(result.outcome).toBe('throttled');
    const failed = await database.db.select().from(signInAttempts).where(eq(signInAttempts.usernameKey, 'agus'));
    expect(failed.filter((row) => row.outcome === 'failed')).toHaveLength(5);
  });
});
