import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/index.ts';
import { findSessionUser } from '../../src/server/auth/session.ts';
import { endAllSessions, endSession, recordFailedSignIn, startSession } from '../../src/server/auth/sign-in-audit.ts';
import { createStaffAccount, deactivateAccount } from '../../src/server/auth/staff-accounts.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-database.ts';

let database: TestDatabase;
let verifierId: number;

beforeAll(async () => {
  database = await openTestDatabase();
  verifierId = await createStaffAccount(database.db, {
    username: 'verifikator',
    displayName: 'Verifikator Satu',
    role: 'verifier',
    password: 'kata-sandi-verifikator',
  });
});

afterAll(async () => {
  await database.close();
});

async function entriesOf(action: string) {
  return database.db.select().from(auditLog).where(eq(auditLog.action, action)).orderBy(auditLog.id);
}

describe('sign-in audit', () => {
  it('records a sign-in with its session', async () => {
    const session = await startSession(database.db, { staffId: verifierId, username: 'verifikator' }, 12, '192.0.2.10');

    expect(await findSessionUser(database.db, session.token)).toMatchObject({ id: verifierId });
    expect((await entriesOf('sign_in')).at(-1)).toMatchObject({
      staffId: verifierId,
      username: 'verifikator',
      clientAddress: '192.0.2.10',
      detail: null,
    });
  });

  it('records a sign-out and ends the session', async () => {
    const session = await startSession(database.db, { staffId: verifierId, username: 'verifikator' }, 12, '192.0.2.10');
    const user = await findSessionUser(database.db, session.token);

    await endSession(database.db, session.token, user, '192.0.2.11');

    expect(await findSessionUser(database.db, session.token)).toBeNull();
    expect((await entriesOf('sign_out')).at(-1)).toMatchObject({ staffId: verifierId, clientAddress: '192.0.2.11' });
  });

  it('ends all sessions of one account', async () => {
    const other = { username: 'pemantau', displayName: 'Pemantau Satu', role: 'viewer', password: 'kata-sandi-pemantau-satu' } as const;
    const otherId = await createStaffAccount(database.db, other);
    const laptop = await startSession(database.db, { staffId: verifierId, username: 'verifikator' }, 12, '192.0.2.10');
    const phone = await startSession(database.db, { staffId: verifierId, username: 'verifikator' }, 12, '192.0.2.12');
    const otherSession = await startSession(database.db, { staffId: otherId, username: 'pemantau' }, 12, '192.0.2.13');
    const user = await findSessionUser(database.db, laptop.token);

    const ended = await endAllSessions(database.db, user!, '192.0.2.10');

    expect(ended).toBeGreaterThanOrEqual(2);
    expect(await findSessionUser(database.db, laptop.token)).toBeNull();
    expect(await findSessionUser(database.db, phone.token)).toBeNull();
    expect(await findSessionUser(database.db, otherSession.token)).toMatchObject({ id: otherId });
    expect((await entriesOf('sign_out_everywhere')).at(-1)).toMatchObject({
      staffId: verifierId,
      detail: { sessionsEnded: ended },
      clientAddress: '192.0.2.10',
    });
  });

  it('records failed sign-ins with the typed name', async () => {
    const inactiveId = await createStaffAccount(database.db, {
      username: 'mantan',
      displayName: 'Mantan Petugas',
      role: 'viewer',
      password: 'kata-sandi-mantan-petugas',
    });
    await deactivateAccount(database.db, 'mantan');

    await recordFailedSignIn(database.db, 'tamu', '198.51.100.7');
    await recordFailedSignIn(database.db, 'Verifikator', '198.51.100.7');
    await recordFailedSignIn(database.db, 'mantan', '198.51.100.7');

    const entries = (await entriesOf('sign_in_failed')).slice(-3);
    expect(entries.map(({ staffId, username, detail }) => ({ staffId, username, detail }))).toEqual([
      { staffId: null, username: 'tamu', detail: { reason: 'unknown_username' } },
      { staffId: verifierId, username: 'Verifikator', detail: { reason: 'wrong_password' } },
      { staffId: inactiveId, username: 'mantan', detail: { reason: 'account_inactive' } },
    ]);
  });
});
