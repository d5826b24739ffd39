/** A signed-in staff member changing their own password. */

import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { sessions, staff } from '../../../db/schema/index.ts';
import type { PasswordChangeForm } from '../../domain/forms/password-change-form.ts';
import { recordAudit } from '../audit.ts';
import type { SignInThrottle } from '../config.ts';
import { hashPassword, passwordProblem, verifyPassword } from './password.ts';
import { createSession, type SessionUser } from './session.ts';
import { beginSignInAttempt, finishSignInAttempt } from './sign-in-throttle.ts';

export type PasswordChangeResult =
  | { outcome: 'changed'; token: string; expiresAt: Date; sessionsEnded: number }
  | { outcome: 'invalid'; errors: Record<string, string> }
  | { outcome: 'throttled'; retryAfterSeconds: number };

export const WRONG_CURRENT_PASSWORD = 'Kata sandi sekarang salah. Ketik kata sandi yang Anda pakai untuk masuk.';

/**
 * Check the current password, then set the new one and replace every session of the account
 * with one new session for this browser. A wrong current password counts as a failed sign-in
 * of the account, so that a stolen session cannot be used to guess the password freely.
 */
export async function changeOwnPassword(
  db: Database,
  user: SessionUser,
  form: PasswordChangeForm,
  clientAddress: string | null,
  limits: SignInThrottle,
  sessionHours: number,
): Promise<PasswordChangeResult> {
  const attempt = await beginSignInAttempt(db, user.username, clientAddress, limits);
  if (attempt.retryAfterSeconds !== null) {
    return { outcome: 'throttled', retryAfterSeconds: attempt.retryAfterSeconds };
  }
  const [account] = await db.select({ passwordHash: staff.passwordHash }).from(staff).where(eq(staff.id, user.id));
  const matches = account !== undefined && (await verifyPassword(account.passwordHash, form.current_password));
  await finishSignInAttempt(db, attempt.id, matches ? 'succeeded' : 'failed');
  if (!matches) {
    return { outcome: 'invalid', errors: { current_password: WRONG_CURRENT_PASSWORD } };
  }

  const weakness = passwordProblem(form.new_password, [user.username, user.displayName]);
  if (weakness) {
    return { outcome: 'invalid', errors: { new_password: weakness } };
  }

  const passwordHash = await hashPassword(form.new_password);
  return db.transaction(async (tx) => {
    await tx.update(staff).set({ passwordHash }).where(eq(staff.id, user.id));
    const ended = await tx.delete(sessions).where(eq(sessions.staffId, user.id)).returning({ id: sessions.id });
    const session = await createSession(tx, user.id, sessionHours);
    await recordAudit(tx, {
      action: 'password_changed',
      staffId: user.id,
      username: user.username,
      targetType: 'staff',
      targetId: user.id,
      detail: { sessionsEnded: ended.length },
      clientAddress,
    });
    return { outcome: 'changed', ...session, sessionsEnded: ended.length } as const;
  });
}
