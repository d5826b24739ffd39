import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createComplaint, loadReferenceIds } from '../../db/seed/factories.ts';
import { parseAuditFilter } from '../../src/domain/forms/audit-filter-form.ts';
import { AUDIT_PAGE_SIZE, auditStaffOptions, listAuditEntries } from '../../src/server/admin/audit-log.ts';
import { recordAudit } from '../../src/server/audit.ts';
import { recordFailedSignIn } from '../../src/server/auth/sign-in-audit.ts';
import { createStaffAccount } from '../../src/server/auth/staff-accounts.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-database.ts';

let database: TestDatabase;
let verifierId: number;
let adminId: number;

beforeAll(async () => {
  database = await openTestDatabase();
  verifierId = await createStaffAccount(database.db, {
    username: 'verifikator',
    displayName: 'Verifikator Satu',
    role: 'verifier',
    password: 'kata-sandi-verifikator',
  });
  adminId = await createStaffAccount(database.db, {
    username: 'admin',
    displayName: 'Admin',
    role: 'admin',
    password: 'kata-sandi-admin-uji',
  });
  await recordFailedSignIn(database.db, 'tamu', '198.51.100.7');
  await recordFailedSignIn(database.db, 'Verifikator', '198.51.100.7');
  await recordFailedSignIn(database.db, 'admin', '198.51.100.7');
});

afterAll(async () => {
  await database.close();
});

const filter = (query: string) => parseAuditFilter(new URLSearchParams(query));

describe('listAuditEntries', () => {
  it('lists newest first with targets', async () => {
    const ids = await loadReferenceIds(database.db);
    const complaint = await createComplaint(
      database.db,
      ids,
      {
        channel: 'email',
        receivedAt: new Date('2022-09-06T02:00:00Z'),
        reporterName: 'Pelapor Uji',
        reporterContact: 'pelapor@example.org',
        originalText: 'Sampah menumpuk di pinggir jalan.',
        category: 'jalan-rusak',
      },
      { prefix: 'LBP' },
    );
    await recordAudit(database.db, {
      action: 'complaint_logged',
      staffId: verifierId,
      targetType: 'complaint',
      targetId: complaint.id,
    });
    await recordAudit(database.db, { action: 'staff_updated', staffId: adminId, targetType: 'staff', targetId: verifierId });
    await recordAudit(database.db, { action: 'agency_saved', staffId: adminId, targetType: 'agency', targetId: 999_999 });
    await recordAudit(database.db, { action: 'settings_saved', staffId: adminId, targetType: 'settings' });

    const { rows } = await listAuditEntries(database.db, filter(''));

    expect(rows.slice(0, 4).map((row) => [row.action, row.target])).toEqual([
      ['settings_saved', { label: 'Pengaturan portal', href: '/staf/admin/pengaturan/' }],
      ['agency_saved', { label: 'Instansi #999999 (tidak ditemukan)', href: null }],
      ['staff_updated', { label: 'Akun Verifikator Satu (verifikator)', href: `/staf/admin/petugas/${verifierId}/` }],
      ['complaint_logged', { label: `Aduan ${complaint.ticket}`, href: `/staf/aduan/${complaint.id}/` }],
    ]);
    expect(rows[2]).toMatchObject({ staffName: 'Admin', staffUsername: 'admin' });
  });

  it('filters by staff member and action', async () => {
    const byVerifier = await listAuditEntries(database.db, filter(`petugas=${verifierId}`));
    const failed = await listAuditEntries(database.db, filter('tindakan=sign_in_failed'));
    const both = await listAuditEntries(database.db, filter(`petugas=${verifierId}&tindakan=sign_in_failed`));

    expect(byVerifier.rows.length).toBeGreaterThan(0);
    expect(byVerifier.rows.every((row) => row.staffId === verifierId)).toBe(true);
    expect(failed.rows.every((row) => row.action === 'sign_in_failed')).toBe(true);
    expect(failed.total).toBe(3);
    expect(both.rows.map((row) => row.username)).toEqual(['Verifikator']);
  });

  it('pages by 50', async () => {
    for (let index = 0; index < 60; index += 1) {
      await recordAudit(database.db, { action: 'export', staffId: adminId, detail: { index } });
    }

    const first = await listAuditEntries(database.db, filter('tindakan=export'));
    const second = await listAuditEntries(database.db, filter('tindakan=export&halaman=2'));

    expect(first.total).toBe(60);
    expect(first.rows).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.rows[0]!.detail).toEqual({ index: 59 });
    expect(second.rows.map((row) => row.detail)).toEqual([...Array(10).keys()].reverse().map((index) => ({ index })));
  });

  it('offers every account in the staff filter', async () => {
    const options = await auditStaffOptions(database.db);

    expect(options.map((option) => option.username)).toEqual(['admin', 'verifikator']);
  });
});
