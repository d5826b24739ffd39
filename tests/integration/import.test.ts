import fs from 'node:fs';
import { asc, count, eq, inArray } from 'drizzle-orm';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, complaintEvents, complaints, staff } from '../../db/schema/index.ts';
import { LOCKED_PASSWORD_HASH, createComplaint, loadReferenceIds } from '../../db/seed/factories.ts';
import { MAX_IMPORT_ROWS } from '../../src/server/import/limits.ts';
import { dryRunImport, importSpreadsheet } from '../../src/server/import/run-import.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-database.ts';

let database: TestDatabase;
let staffId: number;

const SAMPLE_CSV = 'docs/contoh-impor/contoh-impor.csv';
const SAMPLE_XLSX = 'docs/contoh-impor/contoh-impor.xlsx';
const EXCEL_FIXTURE = 'tests/fixtures/impor-excel.xlsx';

const HEADER = ['No', 'Tanggal Diterima', 'Jam', 'Kanal', 'Nama Pelapor', 'Kontak', 'Isi Aduan', 'Kategori', 'Kecamatan', 'Desa'];

function fileOf(path: string) {
  return { name: path.split('/').at(-1)!, bytes: fs.readFileSync(path) };
}

function csvFile(rows: string[][], name = 'uji.csv') {
  return { name, bytes: new TextEncoder().encode(stringify(rows)) };
}

async function complaintCount(): Promise<number> {
  const [row] = await database.db.select({ value: count() }).from(complaints);
  return row!.value;
}

beforeAll(async () => {
  database = await openTestDatabase();
  const [created] = await database.db
    .insert(staff)
    .values({ username: 'pengimpor', displayName: 'Pengimpor Uji', passwordHash: LOCKED_PASSWORD_HASH, role: 'verifier' })
    .returning({ id: staff.id });
  staffId = created!.id;
});

afterAll(async () => {
  await database.close();
});

describe('import with problems', () => {
  const rows = [
    ['LAPORAN CONTOH'],
    [...HEADER, 'Ringkasan Publik', 'Status', 'Alasan Tidak Valid', 'Instansi', 'Tanggal Diteruskan', 'Tanggal Selesai', 'Hasil', 'Rahasia', 'Lintang', 'Bujur'],
    ['1', '05/09/2022', '08.15', 'Telegram', 'Warga A', '0812-0000-1001', 'Jalan rusak parah.', 'Jalan rusak', 'Juwana', 'Bringin', '', 'Selesai', '', 'DPUPR', '', '', '', '', '', ''],
    ['2', '31/02/2022', '25.00', 'WA', '', '0812-0000-1002', 'Isi', 'Kategori Aneh', 'Kecamatan Antah', '', 'Hubungi 0812-3456-7890', 'Ditolak', '', '', '', '', '', 'Mungkin', '', ''],
    ['3', '06/09/2022', '', 'IG', 'Warga C', '@warga.c', 'Isi', 'Jalan rusak', '', 'Jimbaran', '', 'Tidak Valid', '', 'PLN', '', '', 'Dijawab', '', '111,04', '-6,75'],
    ['4', '07/09/2022', '10.00', 'Email', 'Warga D', 'd@example.com', 'Isi', 'Jalan rusak', 'Juwana', '', '', 'Selesai', '', 'DPUPR', '08/09/2022', '01/09/2022', 'Ditangani', '', '-6,75', ''],
    ['5', '05/09/2040', '10.00', 'WA', 'Warga E', '0812-0000-1005', 'x'.repeat(5001), 'Jalan rusak', '', '', '', '', '', '', '', '', '', '', '', ''],
    ['6', '08/09/2022', '09.00', 'WA', 'Warga F', '0812-0000-1006', 'Lampu padam.', 'Penerangan jalan umum', '', '', '', 'Diterima', '', '', '', '', '', '', '', ''],
  ];

  it('reports each problem by row and column and saves nothing', async () => {
    const before = await complaintCount();
    const report = await importSpreadsheet(database.db, csvFile(rows), { actor: { staffId } });
    const problem = (row: number, column: string | null) =>
      report.rowProblems.find((item) => item.row === row && item.column === column);

    expect(report.fileProblems).toEqual([]);
    expect(report.rowCount).toBe(6);
    expect(report.created).toEqual([]);
    expect(await complaintCount()).toBe(before);

    expect(problem(3, 'Kanal')).toEqual({
      row: 3,
      column: 'Kanal',
      expected: 'salah satu dari WhatsApp, Instagram, Facebook, X (Twitter), E-mail, Datang langsung, Situs web',
      found: { text: 'Telegram' },
    });
    expect(problem(3, 'Tanggal Selesai')?.expected).toMatch(/^tanggal seperti 22\/09\/2022 .*, karena aduan berstatus Selesai$/);
    expect(problem(3, 'Tanggal Selesai')?.found).toBeNull();
    expect(problem(3, 'Hasil')?.expected).toMatch(/^salah satu dari Masalah ditangani di lapangan, .*karena aduan berstatus Selesai$/);

    expect(problem(4, 'Tanggal Diterima')).toMatchObject({ found: { text: '31/02/2022' } });
    expect(problem(4, 'Jam')).toMatchObject({ expected: 'jam seperti 14.05 atau 14:05', found: { text: '25.00' } });
    expect(problem(4, 'Nama Pelapor')).toMatchObject({ expected: 'nama pelapor (wajib diisi)', found: null });
    expect(problem(4, 'Kategori')).toMatchObject({ found: { text: 'Kategori Aneh' } });
    expect(problem(4, 'Kecamatan')?.expected).toContain('nama atau kode kecamatan di Kabupaten Pati');
    expect(problem(4, 'Ringkasan Publik')).toMatchObject({ found: { description: 'ringkasan memuat nomor telepon "0812-3456-7890"' } });
    expect(problem(4, 'Status')).toMatchObject({ found: { text: 'Ditolak' } });
    expect(problem(4, 'Rahasia')).toMatchObject({ expected: 'Ya atau Tidak', found: { text: 'Mungkin' } });

    expect(problem(5, 'Desa')?.expected).toContain('nama ini ada di Kecamatan Kayen, Kecamatan Margorejo');
    expect(problem(5, 'Alasan Tidak Valid')?.expected).toContain('karena aduan berstatus Tidak Valid');
    expect(problem(5, 'Instansi')).toMatchObject({ expected: 'kosong, karena aduan berstatus Tidak Valid', found: { text: 'PLN' } });
    expect(problem(5, 'Hasil')).toMatchObject({ expected: 'kosong, karena aduan berstatus Tidak Valid' });
    expect(problem(5, 'Lintang')).toMatchObject({ found: { text: '111,04' } });

    expect(problem(6, 'Tanggal Selesai')).toMatchObject({
      expected: 'tanggal yang tidak lebih awal daripada langkah sebelumnya (08/09/2022 00.00)',
      found: { text: '01/09/2022' },
    });
    expect(problem(6, 'Bujur')).toMatchObject({ expected: 'garis lintang dan garis bujur diisi bersama-sama, atau keduanya kosong' });

    expect(problem(7, 'Tanggal Diterima')).toMatchObject({
      expected: 'tanggal sejak kanal mulai beroperasi (29/08/2022) sampai hari ini',
      found: { text: '05/09/2040' },
    });
    expect(problem(7, 'Isi Aduan')).toMatchObject({ expected: 'paling banyak 5000 karakter', found: { description: 'tertulis 5001 karakter' } });

    expect(report.rowProblems.filter((item) => item.row === 8)).toEqual([]);
  });

  it('records the rejected import in the audit log', async () => {
    const entries = await database.db.select().from(auditLog).where(eq(auditLog.action, 'import'));

    expect(entries.length).toBeGreaterThan(0);
    const detail = entries.at(-1)!.detail as Record<string, unknown>;
    expect(detail).toMatchObject({ rejected: true, rows: 6, created: 0 });
    expect(JSON.stringify(detail)).not.toContain('Warga');
  });

  it.each([
    ['an empty file', new Uint8Array(), 'Berkas kosong (0 bita).'],
    ['an old .xls file', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'berformat Excel lama (.xls)'],
    ['a binary file', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'Jenis berkas'],
    ['a broken zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'tidak dapat dibaca sebagai lembar kerja XLSX'],
    ['no header row', new TextEncoder().encode('a,b\nc,d\n'), 'Baris judul kolom tidak ditemukan'],
    ['a header without data', new TextEncoder().encode(`${HEADER.join(',')}\n`), 'tidak berisi baris data'],
    ['an unclosed quote', new TextEncoder().encode(`${HEADER.join(',')}\n1,"05/09/2022\n`), 'tanda kutip (") yang tidak ditutup'],
  ])('rejects %s', async (_name, bytes, message) => {
    const report = await dryRunImport(database.db, { name: 'berkas.csv', bytes }, { staffId });

    expect(report.fileProblems).toHaveLength(1);
    expect(report.fileProblems[0]).toContain(message);
    expect(report.planned).toEqual([]);
  });

  it('names missing and doubled columns', async () => {
    const report = await dryRunImport(database.db, csvFile([['Tanggal', 'Tgl Diterima', 'Kanal', 'Nama Pelapor']]), { staffId });

    expect(report.fileProblems).toEqual([
      'Kolom wajib "Kontak" tidak ada di baris judul (baris 1).',
      'Kolom wajib "Isi Aduan" tidak ada di baris judul (baris 1).',
      'Kolom wajib "Kategori" tidak ada di baris judul (baris 1).',
      'Kolom "Tanggal" dan "Tgl Diterima" sama-sama berarti "Tanggal Diterima"; hapus atau ganti nama salah satunya.',
      'Berkas tidak berisi baris data di bawah baris judul kolom.',
    ]);
  });

  it('rejects more rows than the limit', async () => {
    const row = ['1', '05/09/2022', '08.00', 'WA', 'Warga', '0812-0000-0000', 'Isi', 'Jalan rusak', '', ''];
    const report = await dryRunImport(database.db, csvFile([HEADER, ...Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => row)]), { staffId });

    expect(report.fileProblems).toEqual([
      'Berkas berisi 2.001 baris data, lebih dari batas 2.000 baris per impor. Bagi berkas menjadi beberapa bagian.',
    ]);
  });
});

describe('clean import', () => {
  it('creates every row with its timeline', async () => {
    const before = await complaintCount();
    const progress: number[] = [];
    const report = await importSpreadsheet(database.db, fileOf(SAMPLE_CSV), {
      actor: { staffId },
      onProgress: (done) => progress.push(done),
    });

    expect(report.fileProblems).toEqual([]);
    expect(report.rowProblems).toEqual([]);
    expect(report.created.map((row) => row.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await complaintCount()).toBe(before + 8);
    for (const created of report.created) {
      expect(created.ticket).toMatch(/^LBP-[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    }

    const ids = report.created.map((row) => row.id);
    const stored = await database.db.select().from(complaints).where(inArray(complaints.id, ids)).orderBy(asc(complaints.id));
    expect(stored.map((row) => row.status)).toEqual([
      'resolved',
      'in_progress',
      'forwarded',
      'received',
      'needs_info',
      'invalid',
      'resolved',
      'forwarded',
    ]);
    expect(stored.every((row) => row.importKey?.startsWith('v1:') && row.createdBy === staffId)).toBe(true);
    expect(stored[0]!.receivedAt.toISOString()).toBe('2022-09-05T01:15:00.000Z');
    expect(stored[0]!.districtCode).toBe('33.18.08');
    expect(stored[0]!.villageCode).toBe('33.18.08.2002');
    expect(stored[0]!.outcome).toBe('fixed');
    expect(stored[5]!.invalidReason).toBe('spam');
    expect(stored[6]!.confidential).toBe(true);
  });

  it('dates each step from the row', async () => {
    const [first] = await database.db.select({ id: complaints.id }).from(complaints).where(eq(complaints.reporterName, 'Warga Contoh Satu'));
    const events = await database.db
      .select()
      .from(complaintEvents)
      .where(eq(complaintEvents.complaintId, first!.id))
      .orderBy(asc(complaintEvents.occurredAt), asc(complaintEvents.id));

    expect(events.map((event) => event.kind)).toEqual(['logged', 'forward', 'start_action', 'resolve']);
    expect(events.map((event) => event.occurredAt.toISOString())).toEqual([
      '2022-09-05T01:15:00.000Z',
      '2022-09-05T17:00:00.000Z',
      '2022-09-05T17:00:00.000Z',
      '2022-09-19T17:00:00.000Z',
    ]);
    expect(events.every((event) => event.staffId === staffId)).toBe(true);
    expect(events.at(-1)!.detail).toBe('fixed');
  });

  it('keeps the order when a step falls on the received day', async () => {
    const [row] = await database.db.select().from(complaints).where(eq(complaints.reporterName, 'Warga Contoh Tujuh'));

    // Received 09/09/2022 07.45, forwarded "09/09/2022" without a time: the same instant.
    expect(row!.forwardedAt!.toISOString()).toBe('2022-09-09T00:45:00.000Z');
    expect(row!.resolvedAt!.toISOString()).toBe('2022-09-11T17:00:00.000Z');
  });

  it('records the import in the audit log', async () => {
    const entries = await database.db.select().from(auditLog).where(eq(auditLog.action, 'import')).orderBy(asc(auditLog.id));
    const entry = entries.find((candidate) => (candidate.detail as { created?: number }).created === 8);

    expect(entry!.staffId).toBe(staffId);
    expect(entry!.detail).toEqual({ format: 'csv', rows: 8, problems: 0, new: 8, skipped: 0, created: 8 });
  });
});

describe('repeated import', () => {
  it('creates nothing the second time', async () => {
    const before = await complaintCount();
    const report = await importSpreadsheet(database.db, fileOf(SAMPLE_CSV), { actor: { staffId } });

    expect(report.created).toEqual([]);
    expect(report.skipped).toHaveLength(8);
    expect(report.skipped.every((row) => row.ticket !== null)).toBe(true);
    expect(await complaintCount()).toBe(before);
  });

  it('creates nothing from the XLSX copy', async () => {
    const report = await importSpreadsheet(database.db, fileOf(SAMPLE_XLSX), { actor: { staffId } });

    expect(report.format).toBe('xlsx');
    expect(report.rowProblems).toEqual([]);
    expect(report.created).toEqual([]);
    expect(report.skipped.map((row) => row.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('skips a complaint logged by hand and a repeated row', async () => {
    const ids = await loadReferenceIds(database.db);
    const logged = await createComplaint(
      database.db,
      ids,
      {
        channel: 'whatsapp',
        receivedAt: new Date('2022-10-03T02:00:00Z'),
        reporterName: 'Warga Manual',
        reporterContact: '0812 0000 2001',
        originalText: 'Pohon tumbang menutup jalan desa.',
        category: 'bencana',
      },
      { prefix: 'LBP' },
    );
    const row = ['1', '03/10/2022', '09.00', 'WA', 'Warga Manual', '+62 812-0000-2001', 'Pohon tumbang  menutup jalan desa.', 'Bencana', '', ''];
    const other = ['2', '03/10/2022', '10.00', 'WA', 'Warga Lain', '0812-0000-2002', 'Sampah menumpuk.', 'Sampah dan kebersihan', '', ''];
    const report = await dryRunImport(database.db, csvFile([HEADER, row, other, other]), { staffId });

    expect(report.skipped).toEqual([
      { row: 2, ticket: logged.ticket, sameAsRow: null },
      { row: 4, ticket: null, sameAsRow: 3 },
    ]);
    expect(report.planned.map((planned) => planned.row)).toEqual([3]);
  });

  it('creates a file only once when imported twice at the same time', async () => {
    const file = csvFile([HEADER, ['1', '04/10/2022', '08.00', 'FB', 'Warga Serentak', 'Warga Serentak', 'Jalan licin.', 'Jalan rusak', '', '']]);
    const before = await complaintCount();
    const [first, second] = await Promise.all([
      importSpreadsheet(database.db, file, { actor: { staffId } }),
      importSpreadsheet(database.db, file, { actor: { staffId } }),
    ]);

    expect(first.created.length + second.created.length).toBe(1);
    expect(first.skipped.length + second.skipped.length).toBe(1);
    expect(await complaintCount()).toBe(before + 1);
  });
});

describe('XLSX import', () => {
  it('reads date cells, serial numbers and numeric phone numbers', async () => {
    const report = await dryRunImport(database.db, fileOf(EXCEL_FIXTURE), { staffId });

    expect(report.format).toBe('xlsx');
    expect(report.sheet).toBe('September');
    expect(report.rowProblems).toEqual([]);
    expect(report.ignoredColumns).toEqual([]);
    const [first, second, third] = report.planned;
    expect(first).toMatchObject({
      row: 3,
      number: '1',
      channel: 'whatsapp',
      reporterContact: '081200000011',
      districtCode: '33.18.08',
      villageCode: '33.18.08.2002',
      status: 'resolved',
      confidential: false,
    });
    expect(first!.receivedAt.toISOString()).toBe('2022-09-12T02:30:00.000Z');
    expect(first!.steps.map((step) => [step.action, step.at.toISOString()])).toEqual([
      ['forward', '2022-09-12T02:30:00.000Z'],
      ['start_action', '2022-09-12T02:30:00.000Z'],
      ['resolve', '2022-09-29T17:00:00.000Z'],
    ]);
    expect(second).toMatchObject({ row: 4, channel: 'instagram', status: 'received', confidential: true, villageCode: '33.18.10.1007' });
    expect(second!.receivedAt.toISOString()).toBe('2022-09-13T17:00:00.000Z');
    expect(third).toMatchObject({ row: 5, channel: 'email', status: 'in_progress' });
    expect(third!.receivedAt.toISOString()).toBe('2022-09-14T09:45:00.000Z');
  });
});
