import { describe, expect, it } from 'vitest';
import { columnForHeader, matchHeaders, normalizeHeader } from '../../src/domain/import/layout.ts';
import { describeRowProblem } from '../../src/domain/import/problems.ts';
import { createReferenceMatcher } from '../../src/domain/import/reference-match.ts';
import {
  contactText,
  parseChannel,
  parseCoordinate,
  parseDateTime,
  parseInvalidReason,
  parseOutcome,
  parseStatus,
  parseTime,
  parseYesNo,
} from '../../src/domain/import/values.ts';

describe('import headers', () => {
  it('ignores case, spaces and punctuation', () => {
    expect(normalizeHeader('  Tgl. Diterima ')).toBe('tglditerima');
    expect(normalizeHeader('Desa/Kelurahan')).toBe('desakelurahan');
    expect(normalizeHeader('No.')).toBe('no');
  });

  it.each([
    ['TANGGAL DITERIMA', 'receivedDate'],
    ['tgl diterima', 'receivedDate'],
    ['No. HP', 'reporterContact'],
    ['Nama_Pelapor', 'reporterName'],
    ['isi-aduan', 'originalText'],
    ['Kec.', 'district'],
    ['Desa / Kel', 'village'],
    ['OPD', 'agency'],
    ['Ringkasan publik', 'summary'],
  ] as const)('reads "%s" as %s', (header, key) => {
    expect(columnForHeader(header)).toBe(key);
  });

  it('reports missing, doubled and ignored columns', () => {
    const match = matchHeaders(['No', 'Tanggal', 'Tgl Diterima', 'Kanal', 'Catatan', '', 'Nama']);

    expect(match.indexes).toEqual({ number: 0, receivedDate: 1, channel: 3, reporterName: 6 });
    expect(match.written.receivedDate).toBe('Tanggal');
    expect(match.duplicates).toEqual([{ key: 'receivedDate', first: 'Tanggal', second: 'Tgl Diterima' }]);
    expect(match.ignored).toEqual(['Catatan']);
    expect(match.missing).toEqual(['reporterContact', 'originalText', 'category']);
  });
});

describe('import values', () => {
  it.each([
    ['WA', 'whatsapp'],
    ['Whats App', 'whatsapp'],
    ['ig', 'instagram'],
    ['FB', 'facebook'],
    ['Twitter', 'twitter'],
    ['X', 'twitter'],
    ['X (Twitter)', 'twitter'],
    ['E-mail', 'email'],
    ['Surel', 'email'],
    ['Datang Langsung', 'walk_in'],
  ] as const)('reads channel "%s"', (text, channel) => {
    expect(parseChannel(text)).toEqual({ ok: true, value: channel });
  });

  it('lists the channels for an unknown one', () => {
    const result = parseChannel('Telegram');

    expect(result).toEqual({
      ok: false,
      expected: 'salah satu dari WhatsApp, Instagram, Facebook, X (Twitter), E-mail, Datang langsung, Situs web',
    });
  });

  it('reads statuses, reasons and outcomes by label or code', () => {
    expect(parseStatus('')).toEqual({ ok: true, value: 'received' });
    expect(parseStatus('Menunggu Kelengkapan')).toEqual({ ok: true, value: 'needs_info' });
    expect(parseStatus('Ditindak lanjuti')).toEqual({ ok: true, value: 'in_progress' });
    expect(parseStatus('resolved')).toEqual({ ok: true, value: 'resolved' });
    expect(parseStatus('Proses').ok).toBe(false);
    expect(parseInvalidReason('Bukan kewenangan')).toEqual({ ok: true, value: 'out_of_authority' });
    expect(parseInvalidReason('spam')).toEqual({ ok: true, value: 'spam' });
    expect(parseOutcome('Dijawab dengan penjelasan')).toEqual({ ok: true, value: 'answered' });
    expect(parseOutcome('ditangani')).toEqual({ ok: true, value: 'fixed' });
  });

  it.each([
    ['22/09/2022', { date: '2022-09-22', time: null }],
    ['2/9/2022', { date: '2022-09-02', time: null }],
    ['22-09-2022 14.05', { date: '2022-09-22', time: { hour: 14, minute: 5 } }],
    ['2022-09-22', { date: '2022-09-22', time: null }],
    ['2022-09-22 14:05:59', { date: '2022-09-22', time: { hour: 14, minute: 5 } }],
    ['22 September 2022', { date: '2022-09-22', time: null }],
    ['22 Agt 2022 pukul 14.05', { date: '2022-08-22', time: { hour: 14, minute: 5 } }],
    ['44826', { date: '2022-09-22', time: null }],
  ] as const)('reads date "%s"', (text, value) => {
    expect(parseDateTime(text)).toEqual({ ok: true, value });
  });

  it('reads Excel serial numbers and date cells', () => {
    expect(parseDateTime(44826.5868055556)).toEqual({ ok: true, value: { date: '2022-09-22', time: { hour: 14, minute: 5 } } });
    // Excel keeps 14.05 as a fraction that comes back a millisecond short.
    const cell = new Date(Date.UTC(2022, 8, 22, 14, 4, 59, 999));
    expect(parseDateTime(cell)).toEqual({ ok: true, value: { date: '2022-09-22', time: { hour: 14, minute: 5 } } });
  });

  it.each(['31/02/2022', '22/09/22', '09/22/2022 25.00', 'kemarin', '12'])('rejects date "%s"', (text) => {
    expect(parseDateTime(text).ok).toBe(false);
  });

  it('reads times of day', () => {
    expect(parseTime('14.05')).toEqual({ ok: true, value: { hour: 14, minute: 5 } });
    expect(parseTime('7:30')).toEqual({ ok: true, value: { hour: 7, minute: 30 } });
    expect(parseTime('08')).toEqual({ ok: true, value: { hour: 8, minute: 0 } });
    expect(parseTime(0.5868055556)).toEqual({ ok: true, value: { hour: 14, minute: 5 } });
    expect(parseTime(new Date(Date.UTC(1899, 11, 30, 8, 15)))).toEqual({ ok: true, value: { hour: 8, minute: 15 } });
    expect(parseTime('24.00').ok).toBe(false);
    expect(parseTime('14.60').ok).toBe(false);
  });

  it('reads yes and no', () => {
    expect(parseYesNo('Ya')).toEqual({ ok: true, value: true });
    expect(parseYesNo(true)).toEqual({ ok: true, value: true });
    expect(parseYesNo(null)).toEqual({ ok: true, value: false });
    expect(parseYesNo('tidak')).toEqual({ ok: true, value: false });
    expect(parseYesNo('-')).toEqual({ ok: true, value: false });
    expect(parseYesNo('mungkin')).toEqual({ ok: false, expected: 'Ya atau Tidak' });
  });

  it('reads coordinates with decimal commas', () => {
    expect(parseCoordinate('-6,7512', -90, 90)).toEqual({ ok: true, value: -6.7512 });
    expect(parseCoordinate('\u22126.75', -90, 90)).toEqual({ ok: true, value: -6.75 });
    expect(parseCoordinate(111.04, -180, 180)).toEqual({ ok: true, value: 111.04 });
    expect(parseCoordinate('111,04', -90, 90).ok).toBe(false);
  });

  it('restores the leading zero of numeric phone cells', () => {
    expect(contactText(81234567890)).toBe('081234567890');
    expect(contactText(6281234567890)).toBe('+6281234567890');
    expect(contactText(12345)).toBe('12345');
    expect(contactText('@warga')).toBe('@warga');
  });
});

describe('reference matcher', () => {
  const matcher = createReferenceMatcher({
    regionName: 'Kabupaten Pati',
    categories: [
      { id: 1, slug: 'jalan-rusak', name: 'Jalan rusak', active: true },
      { id: 2, slug: 'lama', name: 'Kategori lama', active: false },
    ],
    districts: [
      { code: '33.18.02', name: 'Kayen' },
      { code: '33.18.08', name: 'Juwana' },
      { code: '33.18.12', name: 'Margorejo' },
    ],
    villages: [
      { code: '33.18.02.2001', name: 'Jimbaran', districtCode: '33.18.02' },
      { code: '33.18.12.2005', name: 'Jimbaran', districtCode: '33.18.12' },
      { code: '33.18.08.2002', name: 'Bringin', districtCode: '33.18.08' },
    ],
    agencies: [{ id: 7, slug: 'dpupr', name: 'Dinas Pekerjaan Umum dan Penataan Ruang', shortName: 'DPUPR', active: true }],
  });

  it('matches names, prefixes and codes', () => {
    expect(matcher.category('JALAN RUSAK')).toEqual({ ok: true, value: 1 });
    expect(matcher.category('jalan-rusak')).toEqual({ ok: true, value: 1 });
    expect(matcher.district('Kecamatan Juwana')).toEqual({ ok: true, value: '33.18.08' });
    expect(matcher.district('Kec. juwana')).toEqual({ ok: true, value: '33.18.08' });
    expect(matcher.district('331808')).toEqual({ ok: true, value: '33.18.08' });
    expect(matcher.village('Desa Bringin', null)).toEqual({ ok: true, value: '33.18.08.2002' });
    expect(matcher.village('Jimbaran', '33.18.12')).toEqual({ ok: true, value: '33.18.12.2005' });
    expect(matcher.agency('dinas pekerjaan umum dan penataan ruang')).toEqual({ ok: true, value: 7 });
    expect(matcher.agency('dpupr')).toEqual({ ok: true, value: 7 });
  });

  it('explains what it expected', () => {
    expect(matcher.category('Kategori lama')).toEqual({ ok: false, expected: 'kategori yang masih aktif' });
    expect(matcher.village('Jimbaran', null)).toEqual({
      ok: false,
      expected:
        'nama desa/kelurahan yang jelas kecamatannya (nama ini ada di Kecamatan Kayen, Kecamatan Margorejo); isi juga kolom Kecamatan',
    });
    expect(matcher.village('Bringin', '33.18.02')).toEqual({ ok: false, expected: 'nama atau kode desa/kelurahan di Kecamatan Kayen' });
  });
});

describe('import problem wording', () => {
  it('names row, column, expected and found', () => {
    const text = describeRowProblem({ row: 12, column: 'Kanal', expected: 'salah satu dari WhatsApp, E-mail', found: { text: 'Telegram' } });

    expect(text).toBe('Baris 12, kolom "Kanal": diharapkan salah satu dari WhatsApp, E-mail; tertulis "Telegram".');
  });

  it('says kosong for an empty cell and cuts long text', () => {
    expect(describeRowProblem({ row: 3, column: 'Kategori', expected: 'nama kategori', found: null })).toBe(
      'Baris 3, kolom "Kategori": diharapkan nama kategori; kosong.',
    );
    const long = describeRowProblem({ row: 4, column: null, expected: 'x', found: { text: 'a'.repeat(200) } });
    expect(long).toBe(`Baris 4: diharapkan x; tertulis "${'a'.repeat(79)}…".`);
  });
});
