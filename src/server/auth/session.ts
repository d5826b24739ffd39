import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { sessions, staff } from '../../../db/schema/index.ts';
import type { StaffRole } from '../../domain/roles.ts';

export const SESSION_COOKIE = 'aduan_sesi';

/** How often `last_seen_at` is refreshed; more often would write on every request. */
const TOUCH_INTERVAL_MS = 5 * 60_000;

export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  role: StaffRole;
  agencyId: number | null;
  sessionId: string;
}

/** Create a session and return the cookie token; only its SHA-256 is stored. */
export async function createSession(db: Executor, staffId: number, hours: number): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + hours * 3_600_000);
  await db.insert(sessions).values({ id: hashToken(token), staffId, expiresAt });
  return { token, expiresAt };
}

/** The active staff member behind a cookie token, or null for an unknown, expired or deactivated one. */
export async function findSessionUser(db: Executor, token: string): Promise<SessionUser | null> {
  const id = hashToken(token);
  const [row] = await db
    .select({
      id: staff.id,
      username: staff.username,
      displayName: staff.displayName,
      role: staff.role,
      agencyId: staff.agencyId,
      lastSeenAt: sessions.lastSeenAt,
    })
    .from(sessions)
    .innerJoin(staff, eq(staff.id, sessions.staffId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, new Date()), eq(staff.active, true)));
  if (!row) {
    return null;
  }

  if (Date.now() - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.update(sessions).set({ lastSeenAt: new Date() }).where(eq(sessions.id, id));
  }
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role as StaffRole,
    agencyId: row.agencyId,
    sessionId: id,
  };
}

export async function deleteSession(db: Executor, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, hashToken(token)));
}

export async function deleteExpiredSessions(db: Executor): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
