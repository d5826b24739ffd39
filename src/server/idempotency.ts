/**
 * One-time form tokens. Every staff form that creates or changes something carries a random
 * token. The first submission stores it together with where it led, in the same transaction as
 * the change. A repeated submission with the same token (double click, Enter twice, back and
 * resubmit, two identical requests at once) does nothing and goes to the first one's result.
 */

import { randomUUID } from 'node:crypto';
import { and, eq, lt } from 'drizzle-orm';
import type { Database, Transaction } from '../../db/client.ts';
import { idempotencyKeys } from '../../db/schema/index.ts';
import { ValidationError } from '../domain/errors.ts';

export const FORM_TOKEN_FIELD = 'form_token';

const TOKEN_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Tokens older than this are removed; a form left open longer simply gets a new one on reload. */
const KEEP_DAYS = 7;

export function newFormToken(): string {
  return randomUUID();
}

export interface OnceResult {
  /** Redirect target: the result of this submission or of the first one. */
  path: string;
  /** True when an earlier submission with the same token had already done the work. */
  repeated: boolean;
}

/**
 * Run `work` once per token. `work` gets the transaction to write in and returns the path to
 * redirect to. Errors thrown by `work` roll everything back, token included, so a corrected
 * resubmission of the same form runs again.
 */
export async function runOnce(
  db: Database,
  token: string | undefined,
  staffId: number,
  work: (tx: Transaction) => Promise<string>,
): Promise<OnceResult> {
  if (!token || !TOKEN_PATTERN.test(token)) {
    throw new ValidationError({
      form: 'Formulir ini tidak lengkap atau sudah kedaluwarsa. Muat ulang halaman, lalu isi dan kirim kembali.',
    });
  }

  const path = await db.transaction(async (tx) => {
    const [claimed] = await tx
      .insert(idempotencyKeys)
      .values({ key: token, staffId, resultPath: '' })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (!claimed) {
      return null;
    }
    const resultPath = await work(tx);
    await tx.update(idempotencyKeys).set({ resultPath }).where(eq(idempotencyKeys.key, token));
    return resultPath;
  });
  if (path !== null) {
    return { path, repeated: false };
  }

  // The insert above waited for the other submission's transaction, so its result is stored.
  const [earlier] = await db
    .select({ resultPath: idempotencyKeys.resultPath })
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.key, token), eq(idempotencyKeys.staffId, staffId)));
  if (!earlier) {
    throw new ValidationError({
      form: 'Formulir ini sudah dipakai oleh akun lain. Muat ulang halaman, lalu isi dan kirim kembali.',
    });
  }
  return { path: earlier.resultPath, repeated: true };
}

/** Remove tokens past their use; called now and then, e.g. after sign-in. */
export async function deleteOldFormTokens(db: Database): Promise<void> {
  await db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, new Date(Date.now() - KEEP_DAYS * 86_400_000)));
}
