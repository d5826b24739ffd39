import { describe, expect, it } from 'vitest';
import { COMPLAINT_LIMITS, parseComplaintForm, receivedAtProblem } from '../../src/domain/forms/complaint-form.ts';

const FAMILY = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
const ADVICE = 'Hapus atau samarkan data tersebut, lalu simpan kembali.';
const BOTH_COORDINATES = 'Isi garis lintang dan garis bujur bersama-sama, atau kosongkan keduanya.';

const VALID: Record<string, string | undefined> = {
  channel: 'whatsapp',
  received_at: '2022-09-22T14:05',
  reporter_name: 'Budi Santoso',
  reporter_contact: '0812-3456-7890',
  original_text: 'Lampu jalan di depan balai desa mati sejak seminggu.',
  category_id: '3',
  district_code: '33.18.10',
  village_code: '33.18.10.2001',
  lat: '-6.7559',
  lng: '111.0381',
  summary: 'Lampu jalan padam di depan balai desa.',
  confidential: '',
};

function parse(overrides: Record<string, string | undefined>) {
  return parseComplaintForm({ ...VALID, ...overrides });
}

function errorsOf(overrides: Record<string, string | undefined>): Record<string, string> {
  const result = parse(overrides);
  if (result.success) {
    throw new Error('expected the form to be rejected');
  }
  return result.errors;
}

function dataOf(overrides: Record<string, string | undefined>) {
  const result = parse(overrides);
  if (!result.success) {
    throw new Error(`expected the form to be accepted: ${JSON.stringify(result.errors)}`);
  }
  return result.data;
}

describe('parseComplaintForm valid', () => {
  it('returns typed data', () => {
    expect(dataOf({})).toEqual({
      channel: 'whatsapp',
      received_at: '2022-09-22T14:05',
      reporter_name: 'Budi Santoso',
      reporter_contact: '0812-3456-7890',
      original_text: 'Lampu jalan di depan balai desa mati sejak seminggu.',
      category_id: 3,
      district_code: '33.18.10',
      village_code: '33.18.10.2001',
      lat: -6.7559,
      lng: 111.0381,
      summary: 'Lampu jalan padam di depan balai desa.',
      confidential: false,
    });
  });

  it('turns empty optionals into null', () => {
    const data = dataOf({ district_code: '', village_code: '', lat: '', lng: '', summary: '' });
    expect(data.district_code).toBeNull();
    expect(data.village_code).toBeNull();
    expect(data.lat).toBeNull();
    expect(data.lng).toBeNull();
    expect(data.summary).toBeNull();
  });

  it('accepts absent optionals', () => {
    const data = dataOf({
      district_code: undefined,
      village_code: undefined,
      lat: undefined,
      lng: undefined,
      summary: undefined,
      confidential: undefined,
    });
    expect(data.district_code).toBeNull();
    expect(data.village_code).toBeNull();
    expect(data.lat).toBeNull();
    expect(data.lng).toBeNull();
    expect(data.summary).toBeNull();
    expect(data.confidential).toBe(false);
  });

  it.each([
    ['on', true],
    ['true', true],
    ['', false],
    ['off', false],
  ])('reads confidential %j', (value, expected) => {
    expect(dataOf({ confidential: value }).confidential).toBe(expected);
  });

  it('accepts the reporter phone', () => {
    // The contact is private, so personal data is allowed there.
    expect(dataOf({ reporter_contact: '+62 812 3456 7890' }).reporter_contact).toBe('+62 812 3456 7890');
  });
});

describe('parseComplaintForm missing fields', () => {
  it('lists a message per field', () => {
    const result = parseComplaintForm({});
    expect(result.success).toBe(false);
    expect(result.success ? null : result.errors).toEqual({
      channel: 'Pilih kanal tempat aduan diterima.',
      received_at: 'Waktu diterima wajib diisi.',
      reporter_name: 'Nama pelapor wajib diisi.',
      reporter_contact: 'Kontak pelapor wajib diisi.',
      original_text: 'Isi aduan wajib diisi.',
      category_id: 'Pilih kategori aduan.',
    });
  });

  it.each([
    ['reporter_name', 'Nama pelapor wajib diisi.'],
    ['reporter_contact', 'Kontak pelapor wajib diisi.'],
    ['original_text', 'Isi aduan wajib diisi.'],
    ['category_id', 'Pilih kategori aduan.'],
  ])('rejects empty %s', (field, message) => {
    expect(errorsOf({ [field]: '' })).toEqual({ [field]: message });
  });

  it('rejects whitespace and controls only', () => {
    expect(errorsOf({ reporter_name: ' \u0000\t\r\n ' })).toEqual({ reporter_name: 'Nama pelapor wajib diisi.' });
  });

  it('rejects an unknown channel', () => {
    expect(errorsOf({ channel: 'telegram' })).toEqual({ channel: 'Pilih kanal tempat aduan diterima.' });
  });

  it('rejects a date without time', () => {
    expect(errorsOf({ received_at: '22/09/2022 14.05' })).toEqual({
      received_at: 'Waktu diterima wajib diisi dengan tanggal dan jam, misalnya 22/09/2022 14.05.',
    });
  });

  it.each(['0', '-2', '1.5', 'abc'])('rejects category id %j', (value) => {
    expect(errorsOf({ category_id: value })).toEqual({
      category_id: 'Kategori tidak valid; pilih salah satu dari daftar.',
    });
  });
});

describe('parseComplaintForm text cleaning', () => {
  it('applies NFC', () => {
    const data = dataOf({ reporter_name: 'Jose\u0301 Santoso' });
    expect(data.reporter_name).toBe('Jos\u00E9 Santoso');
  });

  it('removes control characters', () => {
    expect(dataOf({ reporter_name: 'Budi\u0000 San\u0007toso' }).reporter_name).toBe('Budi Santoso');
  });

  it('converts CRLF in the text', () => {
    expect(dataOf({ original_text: 'Baris satu\r\nBaris dua' }).original_text).toBe('Baris satu\nBaris dua');
  });

  it('trims the summary', () => {
    expect(dataOf({ summary: '  Jalan berlubang.  ' }).summary).toBe('Jalan berlubang.');
  });
});

describe('parseComplaintForm lengths', () => {
  it('accepts 500 family emoji', () => {
    // 500 visible characters, 4000 UTF-16 code units.
    expect(dataOf({ summary: FAMILY.repeat(COMPLAINT_LIMITS.summary) }).summary).toHaveLength(4000);
  });

  it('rejects 501 characters', () => {
    expect(errorsOf({ summary: 'a'.repeat(501) })).toEqual({
      summary: 'Ringkasan publik terlalu panjang: 501 karakter, paling banyak 500.',
    });
  });

  it('accepts 120 characters in a name', () => {
    expect(dataOf({ reporter_name: 'a'.repeat(120) }).reporter_name).toHaveLength(120);
  });

  it('rejects 121 characters in a name', () => {
    expect(errorsOf({ reporter_name: 'a'.repeat(121) })).toEqual({
      reporter_name: 'Nama pelapor terlalu panjang: 121 karakter, paling banyak 120.',
    });
  });

  it('counts length after cleaning', () => {
    // 120 letters plus controls and surrounding spaces that cleaning removes.
    expect(dataOf({ reporter_name: `  ${'a'.repeat(60)}\u0000${'a'.repeat(60)}  ` }).reporter_name).toHaveLength(120);
  });

  it('counts decomposed letters once', () => {
    // 5000 decomposed "é" are 10000 code units before NFC and 5000 characters after.
    expect(dataOf({ original_text: 'e\u0301'.repeat(5000) }).original_text).toHaveLength(5000);
  });
});

describe('parseComplaintForm public summary', () => {
  it('rejects a summary with a phone', () => {
    expect(errorsOf({ summary: 'Hubungi 0812-3456-7890' })).toEqual({
      summary:
        'Ringkasan publik: Teks publik memuat data pribadi: nomor telepon "0812-3456-7890" ' +
        `(mulai karakter ke-9). ${ADVICE}`,
    });
  });

  it('rejects a summary with a NIK', () => {
    expect(errorsOf({ summary: 'NIK 3318 0123 4567 0001' }).summary).toContain('NIK "3318 0123 4567 0001"');
  });

  it('rejects a summary with an e-mail', () => {
    expect(errorsOf({ summary: 'Dari budi@example.com' }).summary).toContain('alamat e-mail "budi@example.com"');
  });

  it('rejects a summary with a handle', () => {
    expect(errorsOf({ summary: 'Dari @budi_pati' }).summary).toContain('akun media sosial "@budi_pati"');
  });

  it('counts position after cleaning', () => {
    // The two leading spaces are trimmed, so the number starts at character 9.
    expect(errorsOf({ summary: '  Hubungi 081234567890' }).summary).toContain('(mulai karakter ke-9)');
  });
});

describe('parseComplaintForm coordinates', () => {
  it('rejects lat without lng', () => {
    expect(errorsOf({ lng: '' })).toEqual({ lng: BOTH_COORDINATES });
  });

  it('rejects lng without lat', () => {
    expect(errorsOf({ lat: '' })).toEqual({ lat: BOTH_COORDINATES });
  });

  it('reads a decimal comma', () => {
    const data = dataOf({ lat: '-6,7559', lng: '111,0381' });
    expect(data.lat).toBe(-6.7559);
    expect(data.lng).toBe(111.0381);
  });

  it('trims around numbers', () => {
    expect(dataOf({ lat: ' -6.75 ' }).lat).toBe(-6.75);
  });

  it('keeps latitude 0', () => {
    expect(dataOf({ lat: '0' }).lat).toBe(0);
  });

  it('reads a Unicode minus', () => {
    // Word processors and phones turn "-" into U+2212 or an en dash; both are read as minus.
    expect(dataOf({ lat: '\u22126,75', lng: '111,04' }).lat).toBe(-6.75);
  });

  it.each(['0x10', '1e1', '6.7.5', '- 6', 'Infinity'])('rejects number form %s', (input) => {
    expect(errorsOf({ lat: input, lng: '111' })).toEqual({ lat: 'Garis lintang harus berupa angka antara -90 dan 90.' });
  });

  it.each([
    ['2022-02-30T10:00'],
    ['2022-13-01T10:00'],
    ['2022-09-22T25:00'],
    ['2022-09-22T10:60'],
  ])('rejects impossible time %s', (input) => {
    expect(errorsOf({ received_at: input }).received_at).toBe(
      'Waktu diterima bukan tanggal dan jam yang ada; periksa tanggal, bulan dan jamnya.',
    );
  });

  it('rejects two commas', () => {
    expect(errorsOf({ lat: '-6,75,1' })).toEqual({ lat: 'Garis lintang harus berupa angka antara -90 dan 90.' });
  });

  it.each([
    ['lat', '-90.5', 'Garis lintang harus berupa angka antara -90 dan 90.'],
    ['lat', '91', 'Garis lintang harus berupa angka antara -90 dan 90.'],
    ['lng', '180,5', 'Garis bujur harus berupa angka antara -180 dan 180.'],
    ['lng', 'timur', 'Garis bujur harus berupa angka antara -180 dan 180.'],
    ['lat', 'Infinity', 'Garis lintang harus berupa angka antara -90 dan 90.'],
  ])('rejects %s %j', (field, value, message) => {
    expect(errorsOf({ [field]: value })).toEqual({ [field]: message });
  });

  it('accepts the bounds', () => {
    const data = dataOf({ lat: '-90', lng: '180' });
    expect(data.lat).toBe(-90);
    expect(data.lng).toBe(180);
  });
});

describe('parseComplaintForm swapped coordinates', () => {
  it('names a longitude typed as latitude', () => {
    expect(errorsOf({ lat: '111,04', lng: '-6,75' }).lat).toContain('tertukar');
  });

  it('keeps the range message otherwise', () => {
    expect(errorsOf({ lat: '120', lng: '111' })).toEqual({ lat: 'Garis lintang harus berupa angka antara -90 dan 90.' });
  });
});

describe('parseComplaintForm region', () => {
  it('rejects village outside district', () => {
    expect(errorsOf({ district_code: '33.18.10', village_code: '33.18.11.2001' })).toEqual({
      village_code: 'Desa/kelurahan yang dipilih tidak berada di kecamatan yang dipilih.',
    });
  });

  it('rejects a prefix-only match', () => {
    // "33.18.10.2001" starts with "33.18.1", but "33.18.1" is not a district code.
    const errors = errorsOf({ district_code: '33.18.1', village_code: '33.18.10.2001' });
    expect(errors.district_code).toBe('Kecamatan tidak valid; pilih dari daftar.');
  });

  it('accepts a village without district', () => {
    expect(dataOf({ district_code: '' }).village_code).toBe('33.18.10.2001');
  });

  it('rejects a malformed district', () => {
    // The village check still runs and reports the village as outside district "3318".
    const errors = errorsOf({ district_code: '3318' });
    expect(errors.district_code).toBe('Kecamatan tidak valid; pilih dari daftar.');
    expect(errors.village_code).toBe('Desa/kelurahan yang dipilih tidak berada di kecamatan yang dipilih.');
  });

  it('accepts a village in district', () => {
    const data = dataOf({ district_code: '33.18.11', village_code: '33.18.11.2004' });
    expect(data.district_code).toBe('33.18.11');
    expect(data.village_code).toBe('33.18.11.2004');
  });

  it('rejects a malformed village', () => {
    expect(errorsOf({ village_code: '33.18.10.201' })).toEqual({
      village_code: 'Desa/kelurahan tidak valid; pilih dari daftar.',
    });
  });
});

describe('receivedAtProblem', () => {
  const launched = new Date('2022-08-28T17:00:00Z');
  const now = new Date('2022-09-21T10:00:00Z');

  it('accepts a time in range', () => {
    expect(receivedAtProblem(new Date('2022-09-01T03:00:00Z'), launched, now)).toBeNull();
  });

  it('accepts small clock differences', () => {
    expect(receivedAtProblem(new Date('2022-09-21T10:04:00Z'), launched, now)).toBeNull();
  });

  it('rejects a time before launch', () => {
    expect(receivedAtProblem(new Date('2022-08-28T16:59:00Z'), launched, now)).toContain('lebih awal');
  });

  it('rejects a future time', () => {
    expect(receivedAtProblem(new Date('2022-09-21T10:06:00Z'), launched, now)).toContain('masa depan');
  });
});
