import { eq } from 'drizzle-orm';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, staff } from '../../db/schema/index.ts';
import { LOCKED_PASSWORD_HASH, createComplaint, loadReferenceIds, type ReferenceIds } from '../../db/seed/factories.ts';
import type { StaffRole } from '../../src/domain/roles.ts';
import type { SessionUser } from '../../src/server/auth/session.ts';
import { parseListFilter } from '../../src/server/complaints/list-filter.ts';
import { staffCsvStream } from '../../src/server/export/staff-csv.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-database.ts';

let database: TestDatabase;
let ids: ReferenceIds;
const users = {} as Record<'admin' | 'officer' | 'viewer', SessionUser>;
const tickets = {} as Record<'formula' | 'confidential' | 'otherAgency' | 'received', string>;
const TIME_ZONE = 'Asia/Jakarta';

async function createUser(username: string, role: StaffRole, agencyId: number | null): Promise<SessionUser> {
  const [row] = await database.db
    .insert(staff)
    .values({ username, displayName: username, passwordHash: LOCKED_PASSWORD_HASH, role, agencyId })
    .returning({ id: staff.id });
  return { id: row!.id, username, displayName: username, role, agencyId, sessionId: 'uji' };
}

async function exportText(user: SessionUser, query = '', batchSize?: number): Promise<string> {
  const { filter, values } = parseListFilter(new URLSearchParams(query), TIME_ZONE, 'LBP');
  const stream = staffCsvStream(database.db, { user, filter, filterValues: values, timeZone: TIME_ZONE, batchSize });
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  // Keep the byte order mark, which TextDecoder drops by default.
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
}

/** Rows as objects by header; the byte order mark is checked separately. */
function records(text: string): Array<Record<string, string>> {
  return parse(text.replace(/^\uFEFF/, ''), { columns: true }) as Array<Record<string, string>>;
}

beforeAll(async () => {
  database = await openTestDatabase();
  ids = await loadReferenceIds(database.db);
  users.admin = await createUser('admin.ekspor', 'admin', null);
  users.officer = await createUser('petugas.dpupr', 'agency_officer', ids.agency('dpupr'));
  users.viewer = await createUser('pemantau', 'viewer', null);

  const base = {
    channel: 'whatsapp' as const,
    receivedAt: new Date('2022-09-22T07:05:00Z'),
    reporterName: 'Warga Ekspor',
    category: 'jalan-rusak',
    villageCode: '33.18.08.2002',
  };
  const forward = (at: string, agency = 'dpupr') => ({ action: 'forward' as const, at: new Date(at), agency, internalNote: 'Catatan internal' });
  tickets.formula = (
    await createComplaint(
      database.db,
      ids,
      {
        ...base,
        reporterContact: '+6281200003001',
        originalText: '@bupati jalan rusak =1+1',
        summary: '=HYPERLINK("http://contoh.invalid","klik")',
        lat: -6.7123,
        lng: 111.1012,
        steps: [forward('2022-09-23T02:00:00Z')],
      },
      { prefix: 'LBP' },
    )
  ).ticket;
  tickets.confidential = (
    await createComplaint(
      database.db,
      ids,
      { ...base, reporterContact: '0812-0000-3002', originalText: 'Aduan rahasia.', confidential: true, steps: [forward('2022-09-23T03:00:00Z')] },
      { prefix: 'LBP' },
    )
  ).ticket;
  tickets.otherAgency = (
    await createComplaint(
      database.db,
      ids,
      { ...base, category: 'listrik', reporterContact: '0812-0000-3003', originalText: 'Listrik padam.', steps: [forward('2022-09-23T04:00:00Z', 'pln')] },
      { prefix: 'LBP' },
    )
  ).ticket;
  tickets.received = (
    await createComplaint(
      database.db,
      ids,
      { ...base, receivedAt: new Date('2022-10-05T01:00:00Z'), reporterContact: '0812-0000-3004', originalText: 'Belum diteruskan.' },
      { prefix: 'LBP' },
    )
  ).ticket;
});

afterAll(async () => {
  await database.close();
});

describe('staff CSV export', () => {
  it('writes UTF-8 with BOM, CRLF and Indonesian headers', async () => {
    const text = await exportText(users.admin);
    const header = text.slice(1, text.indexOf('\r\n'));

    expect(text.startsWith('\uFEFFNomor Tiket,Tanggal Diterima,Jam,Kanal,Nama Pelapor,Kontak,Isi Aduan,')).toBe(true);
    expect(header.endsWith(',Rahasia,Jumlah Catatan Internal')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '').includes('\n')).toBe(false);
    expect(records(text).map((row) => row['Nomor Tiket'])).toEqual([tickets.formula, tickets.confidential, tickets.otherAgency, tickets.received]);
  });

  it('keeps formulas from running and coordinates as numbers', async () => {
    const text = await exportText(users.admin);
    const row = records(text).find((record) => record['Nomor Tiket'] === tickets.formula)!;

    expect(row['Ringkasan Publik']).toBe(`'=HYPERLINK("http://contoh.invalid","klik")`);
    expect(row.Kontak).toBe("'+6281200003001");
    expect(row['Isi Aduan']).toBe("'@bupati jalan rusak =1+1");
    expect(text).toContain(',-6.7123,111.1012,');
    expect(row['Tanggal Diterima']).toBe('22/09/2022');
    expect(row.Jam).toBe('14.05');
    expect(row['Tanggal Diteruskan']).toBe('23/09/2022 09.00');
    expect(row['Jumlah Catatan Internal']).toBe('1');
    expect(row.Status).toBe('Diteruskan');
    expect(row.Instansi).toBe('Dinas Pekerjaan Umum dan Penataan Ruang');
  });

  it('gives an agency officer only their agency without confidential reporters', async () => {
    const rows = records(await exportText(users.officer));

    expect(rows.map((row) => row['Nomor Tiket'])).toEqual([tickets.formula, tickets.confidential]);
    expect(Object.keys(rows[0]!)).not.toContain('Jumlah Catatan Internal');
    expect(rows[0]!['Nama Pelapor']).toBe('Warga Ekspor');
    expect(rows[0]!['Isi Aduan']).toBe("'@bupati jalan rusak =1+1");
    expect(rows[1]!['Nama Pelapor']).toBe('');
    expect(rows[1]!.Kontak).toBe('');
    expect(rows[1]!.Rahasia).toBe('Ya');
  });

  it('gives a viewer no reporter fields and no message', async () => {
    const text = await exportText(users.viewer);
    const rows = records(text);

    expect(rows).toHaveLength(4);
    for (const column of ['Nama Pelapor', 'Kontak', 'Isi Aduan', 'Jumlah Catatan Internal']) {
      expect(Object.keys(rows[0]!)).not.toContain(column);
    }
    expect(text).not.toContain('Warga Ekspor');
    expect(text).not.toContain('6281200003001');
    expect(text).not.toContain('Aduan rahasia.');
  });

  it('applies the filters of the list page', async () => {
    const byStatus = records(await exportText(users.admin, 'status=received'));
    const byAgency = records(await exportText(users.admin, `instansi=${ids.agency('pln')}`));
    const byDates = records(await exportText(users.admin, 'dari=2022-10-05&sampai=2022-10-05'));
    const byCategory = records(
      await exportText(users.admin, `kategori=${ids.category('listrik')}&kanal=whatsapp&kecamatan=33.18.08`),
    );
    const bySearch = records(await exportText(users.admin, `cari=${encodeURIComponent(tickets.received!.toLowerCase())}`));

    expect(byStatus.map((row) => row['Nomor Tiket'])).toEqual([tickets.received]);
    expect(byAgency.map((row) => row['Nomor Tiket'])).toEqual([tickets.otherAgency]);
    expect(byDates.map((row) => row['Nomor Tiket'])).toEqual([tickets.received]);
    expect(byCategory.map((row) => row['Nomor Tiket'])).toEqual([tickets.otherAgency]);
    expect(bySearch.map((row) => row['Nomor Tiket'])).toEqual([tickets.received]);
  });

  it('reads in batches without losing rows', async () => {
    const rows = records(await exportText(users.admin, '', 1));

    expect(rows.map((row) => row['Nomor Tiket'])).toEqual([tickets.formula, tickets.confidential, tickets.otherAgency, tickets.received]);
  });

  it('records each export in the audit log', async () => {
    await exportText(users.viewer, 'status=forwarded&kanal=whatsapp');
    const entries = await database.db.select().from(auditLog).where(eq(auditLog.staffId, users.viewer.id));

    expect(entries.at(-1)).toMatchObject({
      action: 'export',
      targetType: 'complaints',
      detail: { filter: { status: 'forwarded', kanal: 'whatsapp' }, rows: 3, complete: true },
    });
  });
});
