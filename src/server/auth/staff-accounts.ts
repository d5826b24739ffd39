import { count, eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { agencies, sessions, staff } from '../../../db/schema/index.ts';
import { ValidationError } from '../../domain/errors.ts';
import { USERNAME_PATTERN, USERNAME_RULE } from '../../domain/forms/staff-account-form.ts';
import { ROLE_LABELS, type StaffRole } from '../../domain/roles.ts';
import { dummyPasswordHash, hashPassword, passwordProblem, verifyPassword } from './password.ts';

export interface NewStaff {
  username: string;
  displayName: string;
  role: StaffRole;
  password: string;
  /** Agency slug; required for agency officers, not allowed for other roles. */
  agencySlug?: string | null;
}

/** Create a staff account; raises ValidationError with Indonesian messages for bad input. */
export async function createStaffAccount(db: Executor, input: NewStaff): Promise<number> {
  const username = input.username.trim().toLowerCase();
  const errors: Record<string, string> = {};
  if (!USERNAME_PATTERN.test(username)) {
    errors.username = USERNAME_RULE;
  }
  if (input.displayName.trim().length < 2) {
    errors.displayName = 'Nama tampilan wajib diisi.';
  }
  const weakness = passwordProblem(input.password, [username, input.displayName]);
  if (weakness) {
    errors.password = weakness;
  }

  let agencyId: number | null = null;
  if (input.role === 'agency_officer') {
    const [agency] = input.agencySlug
      ? await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.slug, input.agencySlug))
      : [];
    if (!agency) {
      errors.agency = `Petugas instansi harus terhubung ke satu instansi; instansi "${input.agencySlug ?? ''}" tidak ditemukan.`;
    } else {
      agencyId = agency.id;
    }
  } else if (input.agencySlug) {
    errors.agency = `Hanya petugas instansi yang terhubung ke instansi, bukan ${ROLE_LABELS[input.role]}.`;
  }

  const [taken] = await db.select({ id: staff.id }).from(staff).where(eq(staff.username, username));
  if (taken) {
    errors.username = `Nama pengguna "${username}" sudah dipakai.`;
  }
  if (Object.keys(errors).length > 0) {
    throw new ValidationError(errors);
  }

  const [created] = await db
    .insert(staff)
    .values({
      username,
      displayName: input.displayName.trim(),
      role: input.role,
      agencyId,
      passwordHash: await hashPassword(input.password),
    })
    .returning({ id: staff.id });
  return created!.id;
}

/**
 * The id of the active account with this username and password, or null. An unknown username
 * still verifies against a dummy hash, so the answer takes as long either way.
 */
export async function authenticate(db: Executor, username: string, password: string): Promise<number | null> {
  const [account] = await db
    .select({ id: staff.id, passwordHash: staff.passwordHash, active: staff.active })
    .from(staff)
    .where(eq(staff.username, username.trim().toLowerCase()));
  if (!account) {
    await verifyPassword(await dummyPasswordHash(), password);
    return null;
  }
  const matches = await verifyPassword(account.passwordHash, password);
  if (!matches || !account.active) {
    return null;
  }
  await db.update(staff).set({ lastSignInAt: new Date() }).where(eq(staff.id, account.id));
  return account.id;
}

/**
 * Set a new password for an account and end all its sessions. Raises ValidationError when the
 * account does not exist or the password is too weak.
 */
export async function resetPassword(db: Executor, username: string, password: string): Promise<void> {
  const account = await findAccount(db, username);
  const weakness = passwordProblem(password, [account.username, account.displayName]);
  if (weakness) {
    throw new ValidationError({ password: weakness });
  }
  const id = account.id;
  await db.update(staff).set({ passwordHash: await hashPassword(password), active: true }).where(eq(staff.id, id));
  await db.delete(sessions).where(eq(sessions.staffId, id));
}

/** Deactivate an account: it can no longer sign in, and its sessions end at once. */
export async function deactivateAccount(db: Executor, username: string): Promise<void> {
  const { id } = await findAccount(db, username);
  await db.update(staff).set({ active: false }).where(eq(staff.id, id));
  await db.delete(sessions).where(eq(sessions.staffId, id));
}

async function findAccount(db: Executor, username: string): Promise<{ id: number; username: string; displayName: string }> {
  const [account] = await db
    .select({ id: staff.id, username: staff.username, displayName: staff.displayName })
    .from(staff)
    .where(eq(staff.username, username.trim().toLowerCase()));
  if (!account) {
    throw new ValidationError({ username: `Akun "${username}" tidak ditemukan.` });
  }
  return account;
}

/** Slugs and names of the active agencies, for listing valid choices in messages. */
export async function agencyChoices(db: Executor): Promise<Array<{ slug: string; name: string }>> {
  return db.select({ slug: agencies.slug, name: agencies.name }).from(agencies).where(eq(agencies.active, true)).orderBy(agencies.slug);
}

/** Number of staff accounts that can sign in. */
export async function countActiveStaff(db: Executor): Promise<number> {
  const [row] = await db.select({ total: count() }).from(staff).where(eq(staff.active, true));
  return row?.total ?? 0;
}
