import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, staff } from '../../db/schema/index.ts';
import { loadReferenceIds, type ReferenceIds } from '../../db/seed/factories.ts';
import { NotFoundError, ValidationError } from '../../src/domain/errors.ts';
import {
  LAST_ADMIN_DEACTIVATE_MESSAGE,
  LAST_ADMIN_ROLE_MESSAGE,
  createStaffByAdmin,
  getStaffAccount,
  listStaffAccounts,
  resetStaffPassword,
  setStaffActive,
  updateStaffByAdmin,
} from '../../src/server/admin/staff.ts';
import { createSession, findSessionUser } from '../../src/server/auth/session.ts';
import { authenticate, createStaffAccount } from '../../src/server/auth/staff-accounts.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-database.ts';

let database: TestDatabase;
let ids: ReferenceIds;
let adminId: number;
let actor: { staffId: number; clientAddress: string };

beforeAll(async () => {
  database = await openTestDatabase();
  ids = await loadReferenceIds(database.db);
  adminId = await createStaffAccount(database.db, {
    username: 'admin.utama',
    displayName: 'Admin Utama',
    role: 'admin',
    password: 'kata-sandi-admin-utama',
  });
  actor = { staffId: adminId, clientAddress: '127.0.0.1' };
});

afterAll(async () => {
  await database.close();
});

async function signIn(staffId: number): Promise<string> {
  return (await createSession(database.db, staffId, 12)).token;
}

async function auditEntriesFor(targetId: number) {
  return database.db
    .select()
    .from(auditLog)
    .where(eq(auditLog.targetId, String(targetId)))
    .orderBy(auditLog.id);
}

async function createVerifier(username: string) {
  return createStaffByAdmin(
    database.db,
    { username, display_name: `Petugas ${username}`, role: 'verifier', agency_id: null },
    actor,
  );
}

describe('createStaffByAdmin', () => {
  it('creates an account that signs in', async () => {
    const created = await createVerifier('siti');

    expect(created.password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect(await authenticate(database.db, 'siti', created.password)).toBe(created.id);
    const account = await getStaffAccount(database.db, created.id);
    expect(account).toMatchObject({
      username: 'siti',
      displayName: 'Petugas siti',
      role: 'verifier',
      active: true,
      agencyId: null,
    });
  });

  it('records the creation without the password', async () => {
    const created = await createVerifier('dewi');

    const entries = await auditEntriesFor(created.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: 'staff_created',
      staffId: adminId,
      targetType: 'staff',
      clientAddress: '127.0.0.1',
      detail: { created: { username: 'dewi', displayName: 'Petugas dewi', role: 'verifier', agency: null } },
    });
    const [row] = await database.db.select({ hash: staff.passwordHash }).from(staff).where(eq(staff.id, created.id));
    expect(JSON.stringify(entries)).not.toContain(created.password);
    expect(JSON.stringify(entries)).not.toContain(row!.hash);
  });

  it('links an agency officer to the agency', async () => {
    const created = await createStaffByAdmin(
      database.db,
      { username: 'budi.pln', display_name: 'Budi', role: 'agency_officer', agency_id: ids.agency('pln') },
      actor,
    );

    expect((await getStaffAccount(database.db, created.id))!.agencyId).toBe(ids.agency('pln'));
    expect((await auditEntriesFor(created.id))[0]!.detail).toEqual({
      created: { username: 'budi.pln', displayName: 'Budi', role: 'agency_officer', agency: 'pln' },
    });
  });

  it('rejects a username in use', async () => {
    await createVerifier('rina');

    const attempt = createVerifier('rina');
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { username: 'Nama pengguna "rina" sudah dipakai.' } });
  });

  it('rejects an unknown agency', async () => {
    const attempt = createStaffByAdmin(
      database.db,
      { username: 'tono', display_name: 'Tono', role: 'agency_officer', agency_id: 999_999 },
      actor,
    );

    await expect(attempt).rejects.toMatchObject({ fieldErrors: { agency_id: expect.stringContaining('tidak ditemukan') } });
    expect(await database.db.select().from(staff).where(eq(staff.username, 'tono'))).toEqual([]);
  });
});

describe('updateStaffByAdmin', () => {
  it('keeps sessions for a new name', async () => {
    const created = await createVerifier('agus');
    const token = await signIn(created.id);

    const result = await updateStaffByAdmin(
      database.db,
      created.id,
      { display_name: 'Agus Salim', role: 'verifier', agency_id: null },
      actor,
    );

    expect(result).toEqual({ changed: true, sessionsEnded: 0 });
    expect(await findSessionUser(database.db, token)).toMatchObject({ displayName: 'Agus Salim' });
    const entries = await auditEntriesFor(created.id);
    expect(entries.at(-1)).toMatchObject({
      action: 'staff_updated',
      detail: { username: 'agus', changes: { displayName: { from: 'Petugas agus', to: 'Agus Salim' } }, sessionsEnded: 0 },
    });
  });

  it('ends sessions on a role change', async () => {
    const created = await createVerifier('wati');
    const token = await signIn(created.id);

    const result = await updateStaffByAdmin(
      database.db,
      created.id,
      { display_name: 'Petugas wati', role: 'agency_officer', agency_id: ids.agency('dpupr') },
      actor,
    );

    expect(result).toEqual({ changed: true, sessionsEnded: 1 });
    expect(await findSessionUser(database.db, token)).toBeNull();
    expect((await auditEntriesFor(created.id)).at(-1)!.detail).toEqual({
      username: 'wati',
      changes: { role: { from: 'verifier', to: 'agency_officer' }, agency: { from: null, to: 'dpupr' } },
      sessionsEnded: 1,
    });
  });

  it('ends sessions on an agency change', async () => {
    const created = await createStaffByAdmin(
      database.db,
      { username: 'yanto', display_name: 'Yanto', role: 'agency_officer', agency_id: ids.agency('pln') },
      actor,
    );
    const token = await signIn(created.id);

    await updateStaffByAdmin(
      database.db,
      created.id,
      { display_name: 'Yanto', role: 'agency_officer', agency_id: ids.agency('dlh') },
      actor,
    );

    expect(await findSessionUser(database.db, token)).toBeNull();
  });

  it('writes nothing without a change', async () => {
    const created = await createVerifier('joko');
    const before = await auditEntriesFor(created.id);

    const result = await updateStaffByAdmin(
      database.db,
      created.id,
      { display_name: 'Petugas joko', role: 'verifier', agency_id: null },
      actor,
    );

    expect(result).toEqual({ changed: false, sessionsEnded: 0 });
    expect(await auditEntriesFor(created.id)).toEqual(before);
  });

  it('raises NotFoundError for an unknown id', async () => {
    const attempt = updateStaffByAdmin(database.db, 999_999, { display_name: 'X', role: 'viewer', agency_id: null }, actor);

    await expect(attempt).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('last active admin', () => {
  it('cannot demote themself', async () => {
    const attempt = updateStaffByAdmin(
      database.db,
      adminId,
      { display_name: 'Admin Utama', role: 'verifier', agency_id: null },
      actor,
    );

    await expect(attempt).rejects.toMatchObject({ fieldErrors: { role: LAST_ADMIN_ROLE_MESSAGE } });
    expect((await getStaffAccount(database.db, adminId))!.role).toBe('admin');
  });

  it('cannot deactivate themself', async () => {
    const attempt = setStaffActive(database.db, adminId, false, actor);

    await expect(attempt).rejects.toMatchObject({ fieldErrors: { form: LAST_ADMIN_DEACTIVATE_MESSAGE } });
    expect((await getStaffAccount(database.db, adminId))!.active).toBe(true);
  });

  it('ignores inactive admins', async () => {
    const other = await createStaffByAdmin(
      database.db,
      { username: 'admin.cadangan', display_name: 'Cadangan', role: 'admin', agency_id: null },
      actor,
    );
    await setStaffActive(database.db, other.id, false, actor);

    await expect(setStaffActive(database.db, adminId, false, actor)).rejects.toBeInstanceOf(ValidationError);

    await setStaffActive(database.db, other.id, true, actor);
    await updateStaffByAdmin(database.db, other.id, { display_name: 'Cadangan', role: 'viewer', agency_id: null }, actor);
  });

  it('may step down when another admin is active', async () => {
    const second = await createStaffByAdmin(
      database.db,
      { username: 'admin.kedua', display_name: 'Admin Kedua', role: 'admin', agency_id: null },
      actor,
    );
    const secondActor = { staffId: second.id, clientAddress: '127.0.0.1' };

    await updateStaffByAdmin(
      database.db,
      second.id,
      { display_name: 'Admin Kedua', role: 'verifier', agency_id: null },
      secondActor,
    );
    expect((await getStaffAccount(database.db, second.id))!.role).toBe('verifier');

    // Now the first admin is the only one again.
    await expect(setStaffActive(database.db, adminId, false, actor)).rejects.toBeInstanceOf(ValidationError);
  });

  it('lets one of two admins demoting each other win', async () => {
    const other = await createStaffByAdmin(
      database.db,
      { username: 'admin.ketiga', display_name: 'Admin Ketiga', role: 'admin', agency_id: null },
      actor,
    );
    const otherActor = { staffId: other.id, clientAddress: '127.0.0.1' };

    const outcomes = await Promise.allSettled([
      updateStaffByAdmin(database.db, other.id, { display_name: 'Admin Ketiga', role: 'viewer', agency_id: null }, actor),
      updateStaffByAdmin(database.db, adminId, { display_name: 'Admin Utama', role: 'viewer', agency_id: null }, otherActor),
    ]);

    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    const rejected = outcomes.find((outcome) => outcome.status === 'rejected');
    expect(rejected?.reason).toBeInstanceOf(ValidationError);
    const firstRole = (await getStaffAccount(database.db, adminId))!.role;
    const otherRole = (await getStaffAccount(database.db, other.id))!.role;
    expect([firstRole, otherRole].sort()).toEqual(['admin', 'viewer']);

    if (firstRole !== 'admin') {
      // The other admin won; make the first admin the only admin again for the tests that follow.
      await updateStaffByAdmin(database.db, adminId, { display_name: 'Admin Utama', role: 'admin', agency_id: null }, otherActor);
      await updateStaffByAdmin(database.db, other.id, { display_name: 'Admin Ketiga', role: 'viewer', agency_id: null }, actor);
    }
  });
});

describe('setStaffActive', () => {
  it('deactivates and ends sessions', async () => {
    const created = await createVerifier('lina');
    const tokens = [await signIn(created.id), await signIn(created.id)];

    const result = await setStaffActive(database.db, created.id, false, actor);

    expect(result).toEqual({ changed: true, sessionsEnded: 2 });
    for (const token of tokens) {
      expect(await findSessionUser(database.db, token)).toBeNull();
    }
    expect(await authenticate(database.db, 'lina', created.password)).toBeNull();
    expect((await auditEntriesFor(created.id)).at(-1)).toMatchObject({
      action: 'staff_deactivated',
      detail: { username: 'lina', sessionsEnded: 2 },
    });
  });

  it('reactivates with the same password', async () => {
    const created = await createVerifier('nina');
    await setStaffActive(database.db, created.id, false, actor);

    await setStaffActive(database.db, created.id, true, actor);

    expect(await authenticate(database.db, 'nina', created.password)).toBe(created.id);
    expect((await auditEntriesFor(created.id)).map((entry) => entry.action)).toEqual([
      'staff_created',
      'staff_deactivated',
      'staff_reactivated',
    ]);
  });

  it('writes nothing when already in that state', async () => {
    const created = await createVerifier('oki');

    expect(await setStaffActive(database.db, created.id, true, actor)).toEqual({ changed: false, sessionsEnded: 0 });
    expect(await auditEntriesFor(created.id)).toHaveLength(1);
  });
});

describe('resetStaffPassword', () => {
  it('replaces the password and ends sessions', async () => {
    const created = await createVerifier('putri');
    const token = await signIn(created.id);

    const reset = await resetStaffPassword(database.db, created.id, actor);

    expect(reset.sessionsEnded).toBe(1);
    expect(reset.password).not.toBe(created.password);
    expect(await findSessionUser(database.db, token)).toBeNull();
    expect(await authenticate(database.db, 'putri', created.password)).toBeNull();
    expect(await authenticate(database.db, 'putri', reset.password)).toBe(created.id);
  });

  it('records the reset without the password', async () => {
    const created = await createVerifier('rudi');

    const reset = await resetStaffPassword(database.db, created.id, actor);

    const entries = await auditEntriesFor(created.id);
    expect(entries.at(-1)).toMatchObject({ action: 'staff_password_reset', detail: { username: 'rudi', sessionsEnded: 0 } });
    const [row] = await database.db.select({ hash: staff.passwordHash }).from(staff).where(eq(staff.id, created.id));
    expect(JSON.stringify(entries)).not.toContain(reset.password);
    expect(JSON.stringify(entries)).not.toContain(row!.hash);
  });

  it('keeps a deactivated account blocked', async () => {
    const created = await createVerifier('sari');
    await setStaffActive(database.db, created.id, false, actor);

    const reset = await resetStaffPassword(database.db, created.id, actor);

    expect(await authenticate(database.db, 'sari', reset.password)).toBeNull();
  });
});

describe('listStaffAccounts', () => {
  it('lists active accounts first with agency names', async () => {
    const rows = await listStaffAccounts(database.db);

    const firstInactive = rows.findIndex((row) => !row.active);
    expect(firstInactive).toBeGreaterThan(0);
    expect(rows.slice(firstInactive).every((row) => !row.active)).toBe(true);
    expect(rows.find((row) => row.username === 'budi.pln')!.agencyName).toBe('PLN');
  });
});
