/**
 * Child process of the kill tests: changes the status of the complaints whose reporter is
 * `FAULT_REPORTER`, one after another and forever, through the staff form's own handler
 * (`submitAction`, with its version check, form token and audit row). The parent kills it with
 * SIGKILL at a random moment. Database: DATABASE_URL, or PGlite in PGLITE_DIR.
 */

import { eq } from 'drizzle-orm';
import { openDatabase } from '../../../db/client.ts';
import { complaints, staff } from '../../../db/schema/index.ts';
import type { SessionUser } from '../../../src/server/auth/session.ts';
import { submitAction } from '../../../src/server/complaints/action-submission.ts';
import { newFormToken } from '../../../src/server/idempotency.ts';
import type { Status } from '../../../src/domain/status.ts';
import { FAULT_REPORTER, FAULT_STAFF } from './fault-data.ts';

const handle = await openDatabase({ url: process.env.DATABASE_URL || undefined, pgliteDir: process.env.PGLITE_DIR });
const { db } = handle;
const [member] = await db.select().from(staff).where(eq(staff.username, FAULT_STAFF));
const user: SessionUser = { id: member!.id, username: FAULT_STAFF, displayName: FAULT_STAFF, role: 'admin', agencyId: null, sessionId: 'fault' };
const targets = await db.select({ id: complaints.id }).from(complaints).where(eq(complaints.reporterName, FAULT_REPORTER));
const agencyId = Number(process.env.FAULT_AGENCY_ID);

/** The next form to send for a complaint in each status: round and round through the lifecycle. */
const NEXT_FORM: Partial<Record<Status, Record<string, string>>> = {
  received: { action: 'forward', agency_id: String(agencyId) },
  forwarded: { action: 'start_action', public_note: 'Petugas sudah meninjau lokasi.' },
  in_progress: { action: 'resolve', outcome: 'fixed', public_note: 'Perbaikan selesai.' },
  resolved: { action: 'reopen', internal_note: 'Pelapor menyampaikan masalah muncul lagi.' },
};

process.stdout.write('ready\n');
for (let round = 0; ; round += 1) {
  const target = targets[round % targets.length]!;
  const [current] = await db
    .select({ status: complaints.status, version: complaints.version })
    .from(complaints)
    .where(eq(complaints.id, target.id));
  const form = NEXT_FORM[current!.status as Status]!;
  const outcome = await submitAction(
    db,
    user,
    target.id,
    { form_token: newFormToken(), version: String(current!.version), ...form },
    { ticketPrefix: 'LBP', clientAddress: null },
  );
  if (outcome.kind !== 'done') {
    throw new Error(`Status change ${form.action} on complaint ${target.id} was rejected: ${JSON.stringify(outcome)}`);
  }
  process.stdout.write(`changed ${round + 1}\n`);
}
