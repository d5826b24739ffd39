/**
 * Throttling of password guessing at sign-in, counted in the database so that every server
 * instance on one PostgreSQL counts the same rows. Each attempt is written as a pending row
 * before its password is checked, so parallel requests count each other: at most the limit of
 * them get through, and some more may be throttled early while others are still pending.
 */

import { and, desc, eq, gt, inArray, lt, ne, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { signInAttempts } from '../../../db/schema/index.ts';
import type { SignInThrottle } from '../config.ts';

/** Rows older than this are deleted. It must not be shorter than the longest allowed window (1440 minutes). */
const RETENTION = sql`interval '1 day'`;

export type AttemptOutcome = 'failed' | 'succeeded';

export interface SignInAttempt {
  id: number;
  /** Seconds until this username and address may try again, or null when the attempt may go on. */
  retryAfterSeconds: number | null;
}

/** Return the form of a typed username that attempts are counted by, known account or not. */
export function usernameKey(typedUsername: string): string {
  return typedUsername.trim().toLowerCase();
}

/**
 * Record an attempt as pending and decide whether it may check the password. The attempt is
 * throttled when the username (since its last successful sign-in) or the client address already
 * has `maxFailures…` failed or pending attempts within the window. A throttled attempt is
 * stored as such and counts towards no limit, so retrying while blocked does not extend the wait.
 */
export async function beginSignInAttempt(
  db: Executor,
  typedUsername: string,
  clientAddress: string | null,
  limits: SignInThrottle,
): Promise<SignInAttempt> {
  const key = usernameKey(typedUsername);
  const [attempt] = await db
    .insert(signInAttempts)
    .values({ usernameKey: key, clientAddress })
    .returning({ id: signInAttempts.id });
  const id = attempt!.id;

  const lastSuccess = sql`coalesce((
    select max(${signInAttempts.attemptedAt}) from ${signInAttempts}
    where ${signInAttempts.usernameKey} = ${key} and ${signInAttempts.outcome} = 'succeeded'
  ), '-infinity'::timestamptz)`;
  const waits = [
    await secondsUntilBelowLimit(
      db,
      id,
      and(eq(signInAttempts.usernameKey, key), gt(signInAttempts.attemptedAt, lastSuccess))!,
      limits.maxFailuresPerAccount,
      limits.windowMinutes,
    ),
  ];
  if (clientAddress !== null) {
    waits.push(
      await secondsUntilBelowLimit(db, id, eq(signInAttempts.clientAddress, clientAddress), limits.maxFailuresPerAddress, limits.windowMinutes),
    );
  }

  const blocked = waits.filter((wait): wait is number => wait !== null);
  if (blocked.length === 0) {
    return { id, retryAfterSeconds: null };
  }
  await db.update(signInAttempts).set({ outcome: 'throttled' }).where(eq(signInAttempts.id, id));
  return { id, retryAfterSeconds: Math.max(...blocked) };
}

/** Record how a pending attempt ended. A success also deletes rows past the retention period. */
export async function finishSignInAttempt(db: Executor, id: number, outcome: AttemptOutcome): Promise<void> {
  await db.update(signInAttempts).set({ outcome }).where(eq(signInAttempts.id, id));
  if (outcome === 'succeeded') {
    // Only signed-in staff trigger this scan, so failed attempts cannot make it run more often.
    await db.delete(signInAttempts).where(lt(signInAttempts.attemptedAt, sql`now() - ${RETENTION}`));
  }
}

/**
 * Seconds until fewer than `limit` other failed or pending attempts matching `scope` remain in
 * the window, or null when there are fewer already. The limit-th newest of them is the one
 * whose expiry lifts the block.
 */
async function secondsUntilBelowLimit(
  db: Executor,
  ownId: number,
  scope: SQL,
  limit: number,
  windowMinutes: number,
): Promise<number | null> {
  const window = sql`make_interval(mins => ${windowMinutes}::int)`;
  const [row] = await db
    .select({
      seconds: sql<number>`extract(epoch from ${signInAttempts.attemptedAt} + ${window} - now())::float8`.mapWith(Number),
    })
    .from(signInAttempts)
    .where(
      and(
        scope,
        ne(signInAttempts.id, ownId),
        inArray(signInAttempts.outcome, ['pending', 'failed']),
        gt(signInAttempts.attemptedAt, sql`now() - ${window}`),
      ),
    )
    .orderBy(desc(signInAttempts.attemptedAt))
    .offset(limit - 1)
    .limit(1);
  return row ? Math.max(1, Math.ceil(row.seconds)) : null;
}
