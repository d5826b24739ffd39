import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, complaintEvents, complaints } from '../../db/schema/index.ts';
import { createComplaint, loadReferenceIds, type ReferenceIds } from '../../db/seed/factories.ts';
import { readDeploymentFiles } from '../../db/seed/deployment-files.ts';
import { createStaffAccount } from '../../src/server/auth/staff-accounts.ts';
import type { SessionUser } from '../../src/server/auth/session.ts';
import { submitAction } from '../../src/server/complaints/action-submission.ts';
import { submitComplaint } from '../../src/server/complaints/log-submission.ts';
import { newFormToken } from '../../src/server/idempotency.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-database.ts';

let database: TestDatabase;
let ids: ReferenceIds;
let verifier: SessionUser;
let otherVerifier: SessionUser;
const settings = readDeploymentFiles('db/seed/deployments/pati').settings;

async function staffUser(username: string): Promise<SessionUser> {
  const id = await createStaffAccount(database.db, {
    username,
    displayName: username,
    role: 'verifier',
    password: 'kata-sandi-cukup-panjang',
  });
  return { id, username, displayName: username, role: 'verifier', agencyId: null, sessionId: 'test' };
}

function logForm(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    form_token: newFormToken(),
    channel: 'whatsapp',
    received_at: '2022-09-05T10:15',
    reporter_name: 'Warga Uji',
    reporter_contact: '0812-0000-7777',
    original_text: 'Lampu jalan di depan masjid mati sejak seminggu.',
    category_id: String(ids.category('penerangan-jalan')),
    district_code: '33.18.08',
    summary: 'Lampu penerangan jalan mati di depan masjid.',
    ...overrides,
  };
}

async function complaintCount(): Promise<number> {
  const [row] = await database.db.select({ value: count() }).from(complaints);
  return row!.value;
}

beforeAll(async () => {
  database = await openTestDatabase();
  ids = await loadReferenceIds(database.db);
  verifier = await staffUser('verifikator.satu');
  otherVerifier = await staffUser('verifikator.dua');
});

afterAll(async () => {
  await database.close();
});

describe('double submit', () => {
  it('logs one complaint for two clicks', async () => {
    const before = await complaintCount();
    const form = logForm();

    const first = await submitComplaint(database.db, verifier, form, settings, null);
    const second = await submitComplaint(database.db, verifier, form, settings, null);

    expect(first.kind).toBe('done');
    expect(second).toEqual(first);
    expect(await complaintCount()).toBe(before + 1);
  });

  it('logs one complaint for concurrent requests', async () => {
    const before = await complaintCount();
    const form = logForm({ reporter_contact: '0812-0000-8888' });

    const results = await Promise.all([1, 2, 3].map(() => submitComplaint(database.db, verifier, form, settings, null)));

    expect(new Set(results.map((result) => JSON.stringify(result))).size).toBe(1);
    expect(await complaintCount()).toBe(before + 1);
  });

  it('forwards once and writes one event', async () => {
    const logged = await submitComplaint(database.db, verifier, logForm({ reporter_contact: '0812-0000-9999' }), settings, null);
    const id = Number(/\/staf\/aduan\/(\d+)\//.exec((logged as { path: string }).path)![1]);
    const form = { form_token: newFormToken(), action: 'forward', version: '1', agency_id: String(ids.agency('dishub')) };

    const results = await Promise.all([1, 2].map(() => submitAction(database.db, verifier, id, form, { ticketPrefix: 'LBP', clientAddress: null })));

    expect(results.every((result) => result.kind === 'done')).toBe(true);
    const events = await database.db.select().from(complaintEvents).where(eq(complaintEvents.complaintId, id));
    expect(events.map((event) => event.kind).sort()).toEqual(['forward', 'logged']);
    const audits = await database.db.select().from(auditLog).where(eq(auditLog.targetId, String(id)));
    expect(audits.map((audit) => audit.action).sort()).toEqual(['complaint_action', 'complaint_logged']);
  });

  it('lets a corrected form through', async () => {
    const before = await complaintCount();
    const form = logForm({ reporter_contact: '0812-0000-6666', summary: 'Hubungi 0812-3456-7890' });

    const rejected = await submitComplaint(database.db, verifier, form, settings, null);
    const corrected = await submitComplaint(database.db, verifier, { ...form, summary: 'Lampu jalan mati.' }, settings, null);

    expect(rejected.kind).toBe('rejected');
    expect(corrected.kind).toBe('done');
    expect(await complaintCount()).toBe(before + 1);
  });

  it('rejects a missing token', async () => {
    const { form_token: _token, ...form } = logForm();
    const result = await submitComplaint(database.db, verifier, form, settings, null);
    expect(result).toEqual({
      kind: 'rejected',
      errors: { form: 'Formulir ini tidak lengkap atau sudah kedaluwarsa. Muat ulang halaman, lalu isi dan kirim kembali.' },
    });
  });
});

describe('two sessions', () => {
  it('keeps the first change and reports the conflict', async () => {
    const created = await createComplaint(
      database.db,
      ids,
      {
        channel: 'instagram',
        receivedAt: new Date('2022-09-06T02:00:00Z'),
        reporterName: 'Warga Uji',
        reporterContact: '@warga.uji',
        originalText: 'Jalan berlubang.',
        category: 'jalan-rusak',
        districtCode: '33.18.10',
      },
      { prefix: 'LBP' },
    );
    const options = { ticketPrefix: 'LBP', clientAddress: null };
    // Both verifiers opened the page at version 1.
    const forward = { form_token: newFormToken(), action: 'forward', version: '1', agency_id: String(ids.agency('dpupr')), public_note: 'Diteruskan ke DPUPR.' };
    const reject = { form_token: newFormToken(), action: 'reject', version: '1', invalid_reason: 'unclear', internal_note: 'Catatan panjang yang diketik verifikator kedua.' };

    const first = await submitAction(database.db, verifier, created.id, forward, options);
    const second = await submitAction(database.db, otherVerifier, created.id, reject, options);

    expect(first.kind).toBe('done');
    expect(second.kind).toBe('rejected');
    if (second.kind === 'rejected') {
      expect(second.status).toBe(409);
      expect(second.message).toContain('sudah diubah oleh petugas lain');
      expect(second.values.internal_note).toBe('Catatan panjang yang diketik verifikator kedua.');
    }
    const [row] = await database.db.select().from(complaints).where(eq(complaints.id, created.id));
    expect(row!.status).toBe('forwarded');
    expect(row!.version).toBe(2);
  });
});

describe('duplicates', () => {
  it('links and points at the original', async () => {
    const spec = {
      channel: 'whatsapp' as const,
      receivedAt: new Date('2022-09-07T02:00:00Z'),
      reporterName: 'Warga Uji',
      reporterContact: '0812-0000-1212',
      originalText: 'Jembatan bambu di dukuh Krajan hampir putus.',
      category: 'jembatan',
      districtCode: '33.18.19',
    };
    const original = await createComplaint(database.db, ids, spec, { prefix: 'LBP' });
    const copy = await createComplaint(database.db, ids, { ...spec, channel: 'facebook', reporterContact: 'Facebook: Warga Lain' }, { prefix: 'LBP' });
    const third = await createComplaint(database.db, ids, { ...spec, channel: 'email', reporterContact: 'warga@example.com' }, { prefix: 'LBP' });
    const options = { ticketPrefix: 'LBP', clientAddress: null };

    const linkCopy = { form_token: newFormToken(), action: 'reject', version: '1', invalid_reason: 'duplicate', duplicate_of: original.ticket.toLowerCase() };
    expect((await submitAction(database.db, verifier, copy.id, linkCopy, options)).kind).toBe('done');
    // The third names the copy; it ends up pointing at the original.
    const linkThird = { form_token: newFormToken(), action: 'reject', version: '1', invalid_reason: 'duplicate', duplicate_of: copy.ticket };
    expect((await submitAction(database.db, verifier, third.id, linkThird, options)).kind).toBe('done');

    const rows = await database.db.select({ id: complaints.id, duplicateOfId: complaints.duplicateOfId }).from(complaints).where(eq(complaints.duplicateOfId, original.id));
    expect(rows.map((row) => row.id).sort()).toEqual([copy.id, third.id].sort());
  });

  it('refuses a link to itself', async () => {
    const created = await createComplaint(
      database.db,
      ids,
      {
        channel: 'whatsapp',
        receivedAt: new Date('2022-09-08T02:00:00Z'),
        reporterName: 'Warga Uji',
        reporterContact: '0812-0000-1313',
        originalText: 'Sampah menumpuk.',
        category: 'sampah',
      },
      { prefix: 'LBP' },
    );
    const form = { form_token: newFormToken(), action: 'reject', version: '1', invalid_reason: 'duplicate', duplicate_of: created.ticket };
    const result = await submitAction(database.db, verifier, created.id, form, { ticketPrefix: 'LBP', clientAddress: null });
    expect(result.kind).toBe('rejected');
    if (result.kind === 'rejected') {
      expect(result.fieldErrors.duplicate_of).toBe('Aduan tidak dapat ditandai sebagai duplikat dari dirinya sendiri.');
    }
  });
});
