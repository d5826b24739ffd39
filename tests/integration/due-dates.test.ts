import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, complaints } from '../../db/schema/index.ts';
import { createComplaint, loadReferenceIds, type ComplaintStep, type ReferenceIds } from '../../db/seed/factories.ts';
import { NotFoundError, ValidationError } from '../../src/domain/errors.ts';
import { zonedInstant } from '../../src/domain/time.ts';
import { createStaffAccount } from '../../src/server/auth/staff-accounts.ts';
import { applyAction } from '../../src/server/complaints/commands.ts';
import { fillMissingClockLengths } from '../../src/server/clocks/due-dates.ts';
import { addHoliday, deleteHoliday } from '../../src/server/holidays.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-database.ts';

/*
 * The test database contains the holidays of db/seed/holidays/indonesia.json. In March 2024,
 * Monday 11 (Nyepi) and Tuesday 12 (collective leave) are off; targets are 3 and 5 working days.
 *
 *   Mo Tu We Th Fr Sa Su
 *            .  1  2  3
 *    4  5  6  7  8  9 10
 *   11H 12C 13 14 15 16 17
 *   18 19 20 21 22 23 24
 */

let database: TestDatabase;
let ids: ReferenceIds;
let adminId: number;

beforeAll(async () => {
  database = await openTestDatabase();
  ids = await loadReferenceIds(database.db);
  adminId = await createStaffAccount(database.db, {
    username: 'admin.uji',
    displayName: 'Admin Uji',
    role: 'admin',
    password: 'kata-sandi-admin-uji-panjang',
  });
});

afterAll(async () => {
  await database.close();
});

/** Return the instant of a WIB wall-clock time. */
function wib(date: string, time = '09:00'): Date {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return zonedInstant(date, hour, minute, 'Asia/Jakarta');
}

const midnightStarting = (date: string) => wib(date, '00:00');

async function complaintWith(receivedAt: Date, steps: ComplaintStep[] = []): Promise<number> {
  const created = await createComplaint(
    database.db,
    ids,
    {
      channel: 'whatsapp',
      receivedAt,
      reporterName: 'Pelapor Uji',
      reporterContact: '0812-0000-4444',
      originalText: 'Jalan berlubang di depan pasar.',
      category: 'jalan-rusak',
      steps,
    },
    { prefix: 'LBP' },
  );
  return created.id;
}

async function dueDatesOf(id: number) {
  const [row] = await database.db
    .select({ verification: complaints.verificationDueAt, action: complaints.actionDueAt })
    .from(complaints)
    .where(eq(complaints.id, id));
  return row!;
}

async function lengthsOf(id: number) {
  const [row] = await database.db
    .select({
      verification: complaints.verificationDays,
      firstResponse: complaints.firstResponseDays,
      resolution: complaints.resolutionDays,
    })
    .from(complaints)
    .where(eq(complaints.id, id));
  return row!;
}

async function act(id: number, step: ComplaintStep): Promise<void> {
  await applyAction(
    database.db,
    id,
    {
      action: step.action,
      occurredAt: step.at,
      agencyId: step.agency ? ids.agency(step.agency) : null,
      invalidReason: step.invalidReason ?? null,
      outcome: step.outcome ?? null,
    },
    { staffId: null },
  );
}

describe('due dates along the lifecycle', () => {
  it('are set and cleared at each step', async () => {
    const id = await complaintWith(wib('2024-03-04', '10:00'));
    expect(await dueDatesOf(id)).toEqual({ verification: midnightStarting('2024-03-08'), action: null });

    // Forwarded Tuesday 5: 6, 7, 8, then 13 and 14 after Nyepi and the leave day.
    await act(id, { action: 'forward', at: wib('2024-03-05', '10:00'), agency: 'dpupr' });
    expect(await dueDatesOf(id)).toEqual({ verification: null, action: midnightStarting('2024-03-15') });

    await act(id, { action: 'start_action', at: wib('2024-03-06', '10:00') });
    expect(await dueDatesOf(id)).toEqual({ verification: null, action: null });

    await act(id, { action: 'resolve', at: wib('2024-03-07', '10:00'), outcome: 'fixed' });
    await act(id, { action: 'reopen', at: wib('2024-03-08', '10:00') });
    expect(await dueDatesOf(id)).toEqual({ verification: null, action: null });
  });

  it('stay unknown while paused and move after', async () => {
    const id = await complaintWith(wib('2024-03-04', '10:00'));

    await act(id, { action: 'request_info', at: wib('2024-03-05', '10:00') });
    expect(await dueDatesOf(id)).toEqual({ verification: null, action: null });

    // Wednesday 6 and Thursday 7 were paused, so the target moves two working days: to Wednesday 13.
    await act(id, { action: 'receive_info', at: wib('2024-03-07', '11:00') });
    expect(await dueDatesOf(id)).toEqual({ verification: midnightStarting('2024-03-14'), action: null });
  });

  it('restart with re-verification', async () => {
    const id = await complaintWith(wib('2024-03-04', '10:00'), [
      { action: 'reject', at: wib('2024-03-05', '10:00'), invalidReason: 'unclear' },
    ]);
    expect(await dueDatesOf(id)).toEqual({ verification: null, action: null });

    // Re-verified Thursday 14: 15, 18 and 19 March.
    await act(id, { action: 'reverify', at: wib('2024-03-14', '09:00') });
    expect(await dueDatesOf(id)).toEqual({ verification: midnightStarting('2024-03-20'), action: null });
  });

  it('skip a holiday inside the window', async () => {
    // Received Friday 8: 11 and 12 are off, so 13, 14 and 15; then the weekend.
    const id = await complaintWith(wib('2024-03-08', '14:00'));

    expect(await dueDatesOf(id)).toEqual({ verification: midnightStarting('2024-03-18'), action: null });
  });
});

describe('clock lengths', () => {
  it('are stored when each clock stops', async () => {
    const id = await complaintWith(wib('2024-03-04', '10:00'));
    expect(await lengthsOf(id)).toEqual({ verification: null, firstResponse: null, resolution: null });

    // Forwarded Thursday 7: 5, 6 and 7 count.
    await act(id, { action: 'forward', at: wib('2024-03-07', '10:00'), agency: 'dpupr' });
    expect(await lengthsOf(id)).toEqual({ verification: 3, firstResponse: null, resolution: null });

    // Followed up Wednesday 13: 8 and 13 count, 11 and 12 are off.
    await act(id, { action: 'start_action', at: wib('2024-03-13', '10:00') });
    await act(id, { action: 'resolve', at: wib('2024-03-14', '10:00'), outcome: 'answered' });
    expect(await lengthsOf(id)).toEqual({ verification: 3, firstResponse: 2, resolution: 6 });

    await act(id, { action: 'reopen', at: wib('2024-03-15', '10:00') });
    expect(await lengthsOf(id)).toEqual({ verification: 3, firstResponse: 2, resolution: null });
  });

  it('leave out days waiting for the reporter', async () => {
    const id = await complaintWith(wib('2024-03-04', '10:00'), [
      { action: 'request_info', at: wib('2024-03-05', '10:00') },
      { action: 'receive_info', at: wib('2024-03-07', '11:00') },
      { action: 'reject', at: wib('2024-03-08', '10:00'), invalidReason: 'unclear' },
    ]);

    // 5, 6, 7 and 8 count, 6 and 7 were paused.
    expect((await lengthsOf(id)).verification).toBe(2);
  });

  it('are filled when missing', async () => {
    const id = await complaintWith(wib('2024-03-04', '10:00'), [
      { action: 'forward', at: wib('2024-03-05', '10:00'), agency: 'dpupr' },
      { action: 'start_action', at: wib('2024-03-06', '10:00') },
    ]);
    await database.db.update(complaints).set({ verificationDays: null, firstResponseDays: null }).where(eq(complaints.id, id));

    const filled = await fillMissingClockLengths(database.db);

    expect(filled.changed).toBe(1);
    expect(await lengthsOf(id)).toEqual({ verification: 1, firstResponse: 1, resolution: null });
  });
});

describe('due dates after holiday edits', () => {
  const actor = () => ({ staffId: adminId, clientAddress: '127.0.0.1' });

  it('are recomputed when a holiday is added and deleted', async () => {
    // Received on Monday 15 April 2024, an Idulfitri leave day; due at the end of Thursday 18.
    const received = await complaintWith(wib('2024-04-15', '10:00'));
    // Forwarded Tuesday 16 April, due at the end of Tuesday 23.
    const forwarded = await complaintWith(wib('2024-04-15', '10:00'), [
      { action: 'forward', at: wib('2024-04-16', '10:00'), agency: 'dpupr' },
    ]);
    const closed = await complaintWith(wib('2024-04-15', '10:00'), [
      { action: 'reject', at: wib('2024-04-15', '11:00'), invalidReason: 'spam' },
    ]);
    expect(await dueDatesOf(received)).toEqual({ verification: midnightStarting('2024-04-19'), action: null });
    expect(await dueDatesOf(forwarded)).toEqual({ verification: null, action: midnightStarting('2024-04-24') });

    const added = await addHoliday(database.db, { date: '2024-04-17', name: 'Libur Daerah Uji', kind: 'national' }, actor());

    expect(added.changed).toBe(2);
    expect(await dueDatesOf(received)).toEqual({ verification: midnightStarting('2024-04-22'), action: null });
    expect(await dueDatesOf(forwarded)).toEqual({ verification: null, action: midnightStarting('2024-04-25') });
    expect(await dueDatesOf(closed)).toEqual({ verification: null, action: null });

    const removed = await deleteHoliday(database.db, '2024-04-17', actor());

    expect(removed.deleted).toEqual({ date: '2024-04-17', name: 'Libur Daerah Uji', kind: 'national' });
    expect(removed.changed).toBe(2);
    expect(await dueDatesOf(received)).toEqual({ verification: midnightStarting('2024-04-19'), action: null });
    expect(await dueDatesOf(forwarded)).toEqual({ verification: null, action: midnightStarting('2024-04-24') });
  });

  it('remeasure stopped clocks spanning the date', async () => {
    // Received Monday 6 May 2024, forwarded Monday 13 (9 May is Ascension Day, 10 May collective leave).
    const id = await complaintWith(wib('2024-05-06', '10:00'), [
      { action: 'forward', at: wib('2024-05-13', '10:00'), agency: 'dpupr' },
      { action: 'start_action', at: wib('2024-05-15', '10:00') },
    ]);
    // 7, 8 and 13 count; then 14 and 15.
    expect(await lengthsOf(id)).toEqual({ verification: 3, firstResponse: 2, resolution: null });

    const added = await addHoliday(database.db, { date: '2024-05-14', name: 'Libur Daerah Uji', kind: 'national' }, actor());

    expect(added.changed).toBe(1);
    expect(await lengthsOf(id)).toEqual({ verification: 3, firstResponse: 1, resolution: null });

    await deleteHoliday(database.db, '2024-05-14', actor());
    expect(await lengthsOf(id)).toEqual({ verification: 3, firstResponse: 2, resolution: null });
  });

  it('are written to the audit log', async () => {
    await addHoliday(database.db, { date: '2024-04-30', name: 'Libur Audit Uji', kind: 'collective_leave' }, actor());
    await deleteHoliday(database.db, '2024-04-30', actor());

    const entries = await database.db
      .select({ action: auditLog.action, targetType: auditLog.targetType, detail: auditLog.detail, staffId: auditLog.staffId })
      .from(auditLog)
      .where(and(eq(auditLog.targetType, 'holiday'), eq(auditLog.targetId, '2024-04-30')))
      .orderBy(auditLog.id);
    expect(entries).toEqual([
      { action: 'holiday_saved', targetType: 'holiday', detail: { name: 'Libur Audit Uji', kind: 'collective_leave' }, staffId: adminId },
      { action: 'holiday_deleted', targetType: 'holiday', detail: { name: 'Libur Audit Uji', kind: 'collective_leave' }, staffId: adminId },
    ]);
  });

  it('rejects a date that already has a holiday', async () => {
    const attempt = addHoliday(database.db, { date: '2024-03-11', name: 'Nyepi lagi', kind: 'national' }, actor());

    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toThrow(
      'Tanggal 11 Maret 2024 sudah tercatat sebagai "Hari Suci Nyepi Tahun Baru Saka 1946". Hapus dulu tanggal itu dari daftar bila ingin menggantinya.',
    );
  });

  it('rejects deleting a date without a holiday', async () => {
    const attempt = deleteHoliday(database.db, '2024-04-16', actor());

    await expect(attempt).rejects.toBeInstanceOf(NotFoundError);
    await expect(attempt).rejects.toThrow('Tidak ada hari libur pada 16 April 2024; mungkin sudah dihapus. Muat ulang halaman.');
  });
});
