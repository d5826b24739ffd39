/** The sign-in form's work: throttle, check the password, then replace any earlier session. */

import type { Database } from '../../../db/client.ts';
import type { SignInThrottle } from '../config.ts';
import { deleteSession } from './session.ts';
import { recordFailedSignIn, startSession } from './sign-in-audit.ts';
import { beginSignInAttempt, finishSignInAttempt } from './sign-in-throttle.ts';
import { authenticate } from './staff-accounts.ts';

export interface SignInRequest {
  username: string;
  password: string;
  clientAddress: string | null;
  /** Session cookie the browser sent with the form; its session ends when the sign-in succeeds. */
  previousToken: string | null;
}

export type SignInResult =
  | { outcome: 'signed_in'; token: string; expiresAt: Date }
  | { outcome: 'rejected' }
  | { outcome: 'throttled'; retryAfterSeconds: number };

/**
 * Sign a staff member in. A wrong password, an unknown username and an inactive account all
 * return `rejected` after one Argon2 verification, and are throttled alike, so neither the
 * response nor its timing reveals whether an account exists.
 */
export async function signIn(
  db: Database,
  request: SignInRequest,
  limits: SignInThrottle,
  sessionHours: number,
): Promise<SignInResult> {
  const attempt = await beginSignInAttempt(db, request.username, request.clientAddress, limits);
  if (attempt.retryAfterSeconds !== null) {
    return { outcome: 'throttled', retryAfterSeconds: attempt.retryAfterSeconds };
  }

  const staffId = await authenticate(db, request.username, request.password);
  if (staffId === null) {
    await finishSignInAttempt(db, attempt.id, 'failed');
    await recordFailedSignIn(db, request.username, request.clientAddress);
    return { outcome: 'rejected' };
  }

  await finishSignInAttempt(db, attempt.id, 'succeeded');
  // A fresh session id on every sign-in: a token planted in the browser before sign-in
  // (session fixation) or left from an earlier sign-in stops working here.
  if (request.previousToken) {
    await deleteSession(db, request.previousToken);
  }
  const session = await startSession(db, { staffId, username: request.username }, sessionHours, request.clientAddress);
  return { outcome: 'signed_in', ...session };
}
