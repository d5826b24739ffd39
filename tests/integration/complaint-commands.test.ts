import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintEvents, complaints, reporters } from '../../db/schema/index.ts';
import { createComplaint, loadReferenceIds, type ReferenceIds } from '../../db/seed/factories.ts';
import { StaleVersionError, TransitionError, ValidationError } from '../../src/domain/errors.ts';
import { applyAction, logComplaint } from '../../src/server/complaints/commands.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-database.ts';

let database: TestDatabase;
let ids: ReferenceIds;
const ticket = { prefix: 'LBP' };
const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  database = await openTestDatabase();
  ids = await loadReferenceIds(database.db);
});

afterAll(async () => {
  await database.close();
});

function baseInput(overrides: Partial<Parameters<typeof logComplaint>[1]> = {}) {
  return {
    channel: 'whatsapp' as const,
    receivedAt: at('2022-09-01T03:00:00Z'),
    reporterName: 'Pelapor Uji',
    reporterContact: '0812-0000-1111',
    originalText: 'Jalan berlubang di depan balai desa.',
    categoryId: ids.category('jalan-rusak'),
    villageCode: '33.18.10.2001',
    summary: 'Jalan berlubang di depan balai desa.',
    ...overrides,
  };
}

describe('logComplaint', () => {
  it('creates complaint and first event', async () => {
    const created = await logComplaint(database.db, baseInput(), { staffId: null }, ticket);

    expect(created.ticket).toMatch(/^LBP-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    const [row] = await database.db.select().from(complaints).where(eq(complaints.id, created.id));
    expect(row!.status).toBe('received');
    expect(row!.version).toBe(1);
    expect(row!.districtCode).toBe('33.18.10');
    const events = await database.db.select().from(complaintEvents).where(eq(complaintEvents.complaintId, created.id));
    expect(events.map((event) => event.kind)).toEqual(['logged']);
    expect(events[0]!.occurredAt.toISOString()).toBe('2022-09-01T03:00:00.000Z');
  });

  it('links one reporter across contact forms', async () => {
    const first = await logComplaint(database.db, baseInput({ reporterContact: '0812 0000 2222' }), { staffId: null }, ticket);
    const second = await logComplaint(
      database.db,
      baseInput({ channel: 'email', reporterContact: '+62 (812) 0000-2222' }),
      { staffId: null },
      ticket,
    );

    const rows = await database.db
      .select({ reporterId: complaints.reporterId })
      .from(complaints)
      .where(eq(complaints.id, first.id))
      .union(database.db.select({ reporterId: complaints.reporterId }).from(complaints).where(eq(complaints.id, second.id)));
    expect(rows).toHaveLength(1);
    const [reporter] = await database.db.select().from(reporters).where(eq(reporters.id, rows[0]!.reporterId!));
    expect(reporter!.phoneE164).toBe('+6281200002222');
  });

  it('rejects personal data in summary', async () => {
    const attempt = logComplaint(database.db, baseInput({ summary: 'Hubungi 0812-3456-7890 untuk lokasi' }), { staffId: null }, ticket);

    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toThrow(/nomor telepon "0812-3456-7890"/);
  });

  it('rejects village outside district', async () => {
    const attempt = logComplaint(database.db, baseInput({ districtCode: '33.18.01' }), { staffId: null }, ticket);

    await expect(attempt).rejects.toThrow(/tidak berada di kecamatan/);
  });
});

describe('applyAction', () => {
  it('walks the whole lifecycle', async () => {
    const created = await createComplaint(
      database.db,
      ids,
      {
        channel: 'whatsapp',
        receivedAt: at('2022-09-01T03:00:00Z'),
        reporterName: 'Pelapor Uji',
        reporterContact: '0812-0000-3333',
        originalText: 'Minta pemasangan meteran listrik.',
        category: 'listrik',
        steps: [
          { action: 'forward', at: at('2022-09-01T05:00:00Z'), agency: 'pln', agencyReference: 'PLN-123' },
          { action: 'start_action', at: at('2022-09-02T02:00:00Z'), publicNote: 'Petugas dijadwalkan survei.' },
          { action: 'resolve', at: at('2022-09-03T08:00:00Z'), outcome: 'fixed', publicNote: 'Meteran sudah dipasang.' },
        ],
      },
      ticket,
    );

    const [row] = await database.db.select().from(complaints).where(eq(complaints.id, created.id));
    expect(row!.status).toBe('resolved');
    expect(row!.outcome).toBe('fixed');
    expect(row!.agencyId).toBe(ids.agency('pln'));
    expect(row!.agencyReference).toBe('PLN-123');
    expect(row!.verifiedAt!.toISOString()).toBe('2022-09-01T05:00:00.000Z');
    expect(row!.forwardedAt!.toISOString()).toBe('2022-09-01T05:00:00.000Z');
    expect(row!.firstResponseAt!.toISOString()).toBe('2022-09-02T02:00:00.000Z');
    expect(row!.resolvedAt!.toISOString()).toBe('2022-09-03T08:00:00.000Z');
    expect(row!.version).toBe(4);

    const events = await database.db
      .select()
      .from(complaintEvents)
      .where(eq(complaintEvents.complaintId, created.id))
      .orderBy(complaintEvents.id);
    expect(events.map((event) => [event.kind, event.fromStatus, event.toStatus])).toEqual([
      ['logged', null, 'received'],
      ['forward', 'received', 'forwarded'],
      ['start_action', 'forwarded', 'in_progress'],
      ['resolve', 'in_progress', 'resolved'],
    ]);
    expect(events[3]!.detail).toBe('fixed');
  });

  it('refuses a stale version', async () => {
    const created = await logComplaint(database.db, baseInput(), { staffId: null }, ticket);
    await applyAction(database.db, created.id, { action: 'request_info', expectedVersion: 1 }, { staffId: null });

    const stale = applyAction(
      database.db,
      created.id,
      { action: 'reject', expectedVersion: 1, invalidReason: 'spam' },
      { staffId: null },
    );

    await expect(stale).rejects.toBeInstanceOf(StaleVersionError);
    const [row] = await database.db.select().from(complaints).where(eq(complaints.id, created.id));
    expect(row!.status).toBe('needs_info');
    expect(row!.version).toBe(2);
  });

  it('refuses a transition not allowed', async () => {
    const created = await logComplaint(database.db, baseInput(), { staffId: null }, ticket);

    const attempt = applyAction(database.db, created.id, { action: 'resolve', outcome: 'fixed' }, { staffId: null });

    await expect(attempt).rejects.toBeInstanceOf(TransitionError);
    await expect(attempt).rejects.toThrow(/tidak dapat dilakukan pada aduan berstatus Diterima/);
  });

  it('refuses forward without agency', async () => {
    const created = await logComplaint(database.db, baseInput(), { staffId: null }, ticket);

    await expect(applyAction(database.db, created.id, { action: 'forward' }, { staffId: null })).rejects.toBeInstanceOf(
      ValidationError,
    );
    const events = await database.db.select().from(complaintEvents).where(eq(complaintEvents.complaintId, created.id));
    expect(events).toHaveLength(1);
  });

  it('refuses personal data in public note', async () => {
    const created = await logComplaint(database.db, baseInput(), { staffId: null }, ticket);

    const attempt = applyAction(
      database.db,
      created.id,
      { action: 'reject', invalidReason: 'unclear', publicNote: 'Silakan hubungi @petugas.kominfo' },
      { staffId: null },
    );

    await expect(attempt).rejects.toThrow(/akun media sosial "@petugas.kominfo"/);
    const [row] = await database.db.select().from(complaints).where(eq(complaints.id, created.id));
    expect(row!.status).toBe('received');
  });

  it('reopens clearing the outcome', async () => {
    const created = await createComplaint(
      database.db,
      ids,
      {
        channel: 'facebook',
        receivedAt: at('2022-09-05T03:00:00Z'),
        reporterName: 'Pelapor Uji',
        reporterContact: 'Facebook: Pelapor Uji',
        originalText: 'Lampu jalan mati.',
        category: 'penerangan-jalan',
        steps: [
          { action: 'forward', at: at('2022-09-05T04:00:00Z'), agency: 'dishub' },
          { action: 'start_action', at: at('2022-09-05T05:00:00Z') },
          { action: 'resolve', at: at('2022-09-05T06:00:00Z'), outcome: 'fixed' },
          { action: 'reopen', at: at('2022-09-06T06:00:00Z'), publicNote: 'Lampu kembali mati.' },
        ],
      },
      ticket,
    );

    const [row] = await database.db.select().from(complaints).where(eq(complaints.id, created.id));
    expect(row!.status).toBe('in_progress');
    expect(row!.outcome).toBeNull();
    expect(row!.resolvedAt).toBeNull();
    expect(row!.firstResponseAt!.toISOString()).toBe('2022-09-05T05:00:00.000Z');
  });
});
