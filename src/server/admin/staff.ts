/**
 * The admin's staff account pages. Every change runs in one transaction with its audit entry;
 * audit entries name fields and roles but never hold a password or its hash.
 */

import { and, asc, count, desc, eq, gt } from 'drizzle-orm';
import type { Database, Executor } from '../../../db/client.ts';
import { agencies, sessions, staff } from '../../../db/schema/index.ts';
import { NotFoundError, ValidationError } from '../../domain/errors.ts';
import type { NewStaffForm, StaffEditForm } from '../../domain/forms/staff-account-form.ts';
import type { StaffRole } from '../../domain/roles.ts';
import { recordAudit } from '../audit.ts';
import { generatePassword, hashPassword } from '../auth/password.ts';
import { createStaffAccount } from '../auth/staff-accounts.ts';
import { isUniqueViolation } from '../errors.ts';
import { assignableAgency } from './agencies.ts';
import { fieldChanges, hasChanges, type Actor } from './changes.ts';

export const LAST_ADMIN_ROLE_MESSAGE =
  'Peran Admin tidak dapat dicabut dari akun ini karena akun ini satu-satunya admin yang aktif. Tanpa admin aktif, ' +
  'tidak ada yang dapat mengelola akun petugas, instansi, kategori dan pengaturan. Jadikan akun lain admin terlebih dahulu.';

export const LAST_ADMIN_DEACTIVATE_MESSAGE =
  'Akun ini tidak dapat dinonaktifkan karena akun ini satu-satunya admin yang aktif. Tanpa admin aktif, tidak ada ' +
  'yang dapat mengelola akun petugas, instansi, kategori dan pengaturan. Jadikan akun lain admin terlebih dahulu.';

export async function listStaffAccounts(db: Executor) {
  const rows = await db
    .select({
      id: staff.id,
      username: staff.username,
      displayName: staff.displayName,
      role: staff.role,
      agencyName: agencies.shortName,
      active: staff.active,
      lastSignInAt: staff.lastSignInAt,
    })
    .from(staff)
    .leftJoin(agencies, eq(agencies.id, staff.agencyId))
    .orderBy(desc(staff.active), asc(staff.displayName), asc(staff.username));
  return rows.map((row) => ({ ...row, role: row.role as StaffRole }));
}

/** Return one account with its agency and the number of its sessions that have not expired. */
export async function getStaffAccount(db: Executor, id: number) {
  const [account] = await db
    .select({
      id: staff.id,
      username: staff.username,
      displayName: staff.displayName,
      role: staff.role,
      agencyId: staff.agencyId,
      agencyName: agencies.name,
      active: staff.active,
      createdAt: staff.createdAt,
      lastSignInAt: staff.lastSignInAt,
    })
    .from(staff)
    .leftJoin(agencies, eq(agencies.id, staff.agencyId))
    .where(eq(staff.id, id));
  if (!account) {
    return null;
  }
  const [open] = await db
    .select({ value: count() })
    .from(sessions)
    .where(and(eq(sessions.staffId, id), gt(sessions.expiresAt, new Date())));
  return { ...account, role: account.role as StaffRole, openSessions: open?.value ?? 0 };
}

export type StaffAccount = NonNullable<Awaited<ReturnType<typeof getStaffAccount>>>;

/** Create an account with a generated password; the caller shows the password once. */
export async function createStaffByAdmin(
  db: Database,
  form: NewStaffForm,
  actor: Actor,
): Promise<{ id: number; username: string; password: string }> {
  const password = generatePassword();
  try {
    return await db.transaction(async (tx) => {
      const agency = form.agency_id === null ? null : await assignableAgency(tx, form.agency_id, null, 'agency_id');
      const id = await createStaffAccount(tx, {
        username: form.username,
        displayName: form.display_name,
        role: form.role,
        password,
        agencySlug: agency?.slug ?? null,
      }).catch((error: unknown) => {
        throw withFormFieldNames(error);
      });
      await recordAudit(tx, {
        action: 'staff_created',
        staffId: actor.staffId,
        targetType: 'staff',
        targetId: id,
        detail: {
          created: { username: form.username, displayName: form.display_name, role: form.role, agency: agency?.slug ?? null },
        },
        clientAddress: actor.clientAddress,
      });
      return { id, username: form.username, password };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ValidationError({ username: `Nama pengguna "${form.username}" sudah dipakai.` });
    }
    throw error;
  }
}

/**
 * Change an account's display name, role and agency. A change of role or agency ends the
 * account's sessions, so that the new rights apply from the next sign-in. Raises
 * ValidationError when the last active admin would lose the role.
 */
export async function updateStaffByAdmin(
  db: Database,
  id: number,
  form: StaffEditForm,
  actor: Actor,
): Promise<{ changed: boolean; sessionsEnded: number }> {
  return db.transaction(async (tx) => {
    const activeAdmins = await lockActiveAdmins(tx);
    const current = await lockAccount(tx, id);
    const agency =
      form.role === 'agency_officer' && form.agency_id !== null
        ? await assignableAgency(tx, form.agency_id, current.agencyId, 'agency_id')
        : null;
    if (current.role === 'admin' && current.active && form.role !== 'admin' && !activeAdmins.some((admin) => admin !== id)) {
      throw new ValidationError({ role: LAST_ADMIN_ROLE_MESSAGE });
    }

    const changes = fieldChanges(
      { displayName: current.displayName, role: current.role, agency: current.agencySlug },
      { displayName: form.display_name, role: form.role, agency: agency?.slug ?? null },
    );
    if (!hasChanges(changes)) {
      return { changed: false, sessionsEnded: 0 };
    }
    await tx
      .update(staff)
      .set({ displayName: form.display_name, role: form.role, agencyId: agency?.id ?? null })
      .where(eq(staff.id, id));
    const sessionsEnded = 'role' in changes || 'agency' in changes ? await endSessions(tx, id) : 0;
    await recordAudit(tx, {
      action: 'staff_updated',
      staffId: actor.staffId,
      targetType: 'staff',
      targetId: id,
      detail: { username: current.username, changes, sessionsEnded },
      clientAddress: actor.clientAddress,
    });
    return { changed: true, sessionsEnded };
  });
}

/**
 * Deactivate an account (it can no longer sign in and its sessions end at once) or activate it
 * again. Raises ValidationError when the last active admin would be deactivated.
 */
export async function setStaffActive(
  db: Database,
  id: number,
  active: boolean,
  actor: Actor,
): Promise<{ changed: boolean; sessionsEnded: number }> {
  return db.transaction(async (tx) => {
    const activeAdmins = await lockActiveAdmins(tx);
    const current = await lockAccount(tx, id);
    if (current.active === active) {
      return { changed: false, sessionsEnded: 0 };
    }
    if (!active && current.role === 'admin' && !activeAdmins.some((admin) => admin !== id)) {
      throw new ValidationError({ form: LAST_ADMIN_DEACTIVATE_MESSAGE });
    }
    await tx.update(staff).set({ active }).where(eq(staff.id, id));
    const sessionsEnded = active ? 0 : await endSessions(tx, id);
    await recordAudit(tx, {
      action: active ? 'staff_reactivated' : 'staff_deactivated',
      staffId: actor.staffId,
      targetType: 'staff',
      targetId: id,
      detail: { username: current.username, sessionsEnded },
      clientAddress: actor.clientAddress,
    });
    return { changed: true, sessionsEnded };
  });
}

/**
 * Give an account a new generated password and end all its sessions. The account's active
 * state is kept: a deactivated account stays blocked until it is activated again.
 */
export async function resetStaffPassword(
  db: Database,
  id: number,
  actor: Actor,
): Promise<{ username: string; password: string; sessionsEnded: number }> {
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const current = await lockAccount(tx, id);
    await tx.update(staff).set({ passwordHash }).where(eq(staff.id, id));
    const sessionsEnded = await endSessions(tx, id);
    await recordAudit(tx, {
      action: 'staff_password_reset',
      staffId: actor.staffId,
      targetType: 'staff',
      targetId: id,
      detail: { username: current.username, sessionsEnded },
      clientAddress: actor.clientAddress,
    });
    return { username: current.username, password, sessionsEnded };
  });
}

async function lockAccount(tx: Executor, id: number) {
  const [account] = await tx
    .select({
      username: staff.username,
      displayName: staff.displayName,
      role: staff.role,
      agencyId: staff.agencyId,
      agencySlug: agencies.slug,
      active: staff.active,
    })
    .from(staff)
    .leftJoin(agencies, eq(agencies.id, staff.agencyId))
    .where(eq(staff.id, id))
    .for('update', { of: staff });
  if (!account) {
    throw new NotFoundError(`Akun petugas dengan id ${id} tidak ditemukan.`);
  }
  return account;
}

/**
 * Ids of the active admins, whose rows stay locked until the transaction ends. Changes that may
 * take the admin role away take this lock first, always in id order, so that two admins who
 * demote each other at the same moment cannot both succeed and do not deadlock.
 */
async function lockActiveAdmins(tx: Executor): Promise<number[]> {
  const admins = await tx
    .select({ id: staff.id })
    .from(staff)
    .where(and(eq(staff.role, 'admin'), eq(staff.active, true)))
    .orderBy(asc(staff.id))
    .for('update');
  return admins.map((admin) => admin.id);
}

async function endSessions(tx: Executor, staffId: number): Promise<number> {
  const ended = await tx.delete(sessions).where(eq(sessions.staffId, staffId)).returning({ id: sessions.id });
  return ended.length;
}

/** createStaffAccount names its fields as the command line does; the form names them in snake case. */
function withFormFieldNames(error: unknown): unknown {
  if (!(error instanceof ValidationError)) {
    return error;
  }
  const names: Record<string, string> = { displayName: 'display_name', agency: 'agency_id' };
  return new ValidationError(
    Object.fromEntries(Object.entries(error.fieldErrors).map(([field, message]) => [names[field] ?? field, message])),
  );
}
