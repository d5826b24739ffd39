/** Sessions started and ended from the sign-in and sign-out pages, each with its audit entry. */

import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { sessions, staff } from '../../../db/schema/index.ts';
import { recordAudit } from '../audit.ts';
import { createSession, deleteSession, type SessionUser } from './session.ts';

/** Start a session for an authenticated account and record the sign-in. */
export async function startSession(
  db: Database,
  account: { staffId: number; username: string },
  hours: number,
  clientAddress: string | null,
): Promise<{ token: string; expiresAt: Date }> {
  return db.transaction(async (tx) => {
    const session = await createSession(tx, account.staffId, hours);
    await recordAudit(tx, { action: 'sign_in', staffId: account.staffId, username: account.username, clientAddress });
    return session;
  });
}

/**
 * Record a failed sign-in with the username as typed (never the password). When the name
 * belongs to an account, the entry links that account and records whether it was inactive.
 */
export async function recordFailedSignIn(db: Database, typedUsername: string, clientAddress: string | null): Promise<void> {
  const [account] = await db
    .select({ id: staff.id, active: staff.active })
    .from(staff)
    .where(eq(staff.username, typedUsername.trim().toLowerCase()));
  let reason = 'unknown_username';
  if (account) {
    reason = account.active ? 'wrong_password' : 'account_inactive';
  }
  await recordAudit(db, {
    action: 'sign_in_failed',
    staffId: account?.id ?? null,
    username: typedUsername,
    detail: { reason },
    clientAddress,
  });
}

/** End the session behind `token`; record the sign-out when the session was still valid. */
export async function endSession(
  db: Database,
  token: string,
  user: SessionUser | null,
  clientAddress: string | null,
): Promise<void> {
  await db.transaction(async (tx) => {
    await deleteSession(tx, token);
    if (user) {
      await recordAudit(tx, { action: 'sign_out', staffId: user.id, username: user.username, clientAddress });
    }
  });
}

/**
 * End every session of the signed-in staff member, on all devices, and record it. Returns the
 * number of sessions ended, the current one included.
 */
export async function endAllSessions(db: Database, user: SessionUser, clientAddress: string | null): Promise<number> {
  return db.transaction(async (tx) => {
    const ended = await tx.delete(sessions).where(eq(sessions.staffId, user.id)).returning({ id: sessions.id });
    await recordAudit(tx, {
      action: 'sign_out_everywhere',
      staffId: user.id,
      username: user.username,
      detail: { sessionsEnded: ended.length },
      clientAddress,
    });
    return ended.length;
  });
}
