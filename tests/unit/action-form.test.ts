import { describe, expect, it } from 'vitest';
import { ACTION_LIMITS, parseActionForm } from '../../src/domain/forms/action-form.ts';

const ADVICE = 'Hapus atau samarkan data tersebut, lalu simpan kembali.';
const RELOAD = 'Formulir tidak lengkap; muat ulang halaman.';

const FORWARD: Record<string, string | undefined> = {
  action: 'forward',
  version: '3',
  agency_id: '5',
};

function errorsOf(values: Record<string, string | undefined>): Record<string, string> {
  const result = parseActionForm(values);
  if (result.success) {
    throw new Error('expected the form to be rejected');
  }
  return result.errors;
}

function dataOf(values: Record<string, string | undefined>) {
  const result = parseActionForm(values);
  if (!result.success) {
    throw new Error(`expected the form to be accepted: ${JSON.stringify(result.errors)}`);
  }
  return result.data;
}

describe('parseActionForm valid', () => {
  it('parses a forward', () => {
    expect(dataOf(FORWARD)).toEqual({
      action: 'forward',
      version: 3,
      agency_id: 5,
      agency_reference: null,
      invalid_reason: null,
      outcome: null,
      duplicate_of: null,
      public_note: null,
      internal_note: null,
    });
  });

  it('parses a reject', () => {
    const data = dataOf({ action: 'reject', version: '1', invalid_reason: 'duplicate' });
    expect(data.action).toBe('reject');
    expect(data.invalid_reason).toBe('duplicate');
  });

  it('parses a resolve', () => {
    const data = dataOf({ action: 'resolve', version: '7', outcome: 'answered', public_note: 'Sudah diperbaiki.' });
    expect(data.outcome).toBe('answered');
    expect(data.public_note).toBe('Sudah diperbaiki.');
  });

  it('parses a plain action', () => {
    expect(dataOf({ action: 'start_action', version: '2' }).action).toBe('start_action');
  });

  it('keeps the agency reference', () => {
    expect(dataOf({ ...FORWARD, agency_reference: ' 600/123/2022 ' }).agency_reference).toBe('600/123/2022');
  });
});

describe('parseActionForm missing fields', () => {
  it('lists a message per field', () => {
    expect(errorsOf({})).toEqual({ action: 'Pilih tindakan.', version: RELOAD });
  });

  it('rejects an unknown action', () => {
    expect(errorsOf({ ...FORWARD, action: 'delete' })).toEqual({ action: 'Pilih tindakan.' });
  });

  it('rejects a non-numeric version', () => {
    expect(errorsOf({ ...FORWARD, version: 'abc' })).toEqual({ version: RELOAD });
  });

  it('rejects an empty version', () => {
    expect(errorsOf({ ...FORWARD, version: '' })).toEqual({ version: RELOAD });
  });

  it('rejects version 0', () => {
    expect(errorsOf({ ...FORWARD, version: '0' })).toEqual({ version: RELOAD });
  });

  it('rejects a fractional version', () => {
    expect(errorsOf({ ...FORWARD, version: '1.5' })).toEqual({ version: RELOAD });
  });
});

describe('parseActionForm required by action', () => {
  it('rejects forward without agency', () => {
    expect(errorsOf({ action: 'forward', version: '3' })).toEqual({ agency_id: 'Pilih instansi tujuan penerusan.' });
  });

  it('rejects forward with empty agency', () => {
    expect(errorsOf({ action: 'forward', version: '3', agency_id: ' ' })).toEqual({
      agency_id: 'Pilih instansi tujuan penerusan.',
    });
  });

  it('rejects reject without reason', () => {
    expect(errorsOf({ action: 'reject', version: '3', invalid_reason: '' })).toEqual({
      invalid_reason: 'Pilih alasan aduan dinyatakan tidak valid.',
    });
  });

  it('rejects resolve without outcome', () => {
    expect(errorsOf({ action: 'resolve', version: '3' })).toEqual({ outcome: 'Pilih hasil penyelesaian.' });
  });

  it('needs no agency otherwise', () => {
    expect(dataOf({ action: 'request_info', version: '3' }).agency_id).toBeNull();
  });
});

describe('parseActionForm choices', () => {
  it('rejects an unknown agency id', () => {
    expect(errorsOf({ ...FORWARD, agency_id: 'dinas' })).toEqual({
      agency_id: 'Instansi tidak valid; pilih salah satu dari daftar.',
    });
  });

  it('rejects an unknown reason', () => {
    expect(errorsOf({ action: 'reject', version: '3', invalid_reason: 'boring' })).toEqual({
      invalid_reason: 'Alasan tidak valid tidak dikenal.',
    });
  });

  it('rejects an unknown outcome', () => {
    expect(errorsOf({ action: 'resolve', version: '3', outcome: 'done' })).toEqual({
      outcome: 'Hasil penyelesaian tidak dikenal.',
    });
  });
});

describe('parseActionForm notes', () => {
  it('cleans the public note', () => {
    expect(dataOf({ ...FORWARD, public_note: ' Cafe\u0301\u0000 tutup.\r\n' }).public_note).toBe('Caf\u00E9 tutup.');
  });

  it('rejects a public note with an e-mail', () => {
    expect(errorsOf({ ...FORWARD, public_note: 'Tanya ke budi@example.com' })).toEqual({
      public_note:
        'Catatan publik: Teks publik memuat data pribadi: alamat e-mail "budi@example.com" ' +
        `(mulai karakter ke-10). ${ADVICE}`,
    });
  });

  it('rejects a public note with a phone', () => {
    expect(errorsOf({ ...FORWARD, public_note: 'WA 0812-3456-7890' }).public_note).toContain(
      'nomor telepon "0812-3456-7890"',
    );
  });

  it('allows personal data internally', () => {
    expect(dataOf({ ...FORWARD, internal_note: 'Pelapor: 0812-3456-7890' }).internal_note).toBe(
      'Pelapor: 0812-3456-7890',
    );
  });

  it('rejects a long public note', () => {
    expect(errorsOf({ ...FORWARD, public_note: 'a'.repeat(ACTION_LIMITS.publicNote + 1) })).toEqual({
      public_note: 'Catatan publik terlalu panjang: 1001 karakter, paling banyak 1000.',
    });
  });

  it('rejects a long internal note', () => {
    expect(errorsOf({ ...FORWARD, internal_note: 'a'.repeat(2001) })).toEqual({
      internal_note: 'Catatan internal terlalu panjang: 2001 karakter, paling banyak 2000.',
    });
  });

  it('rejects a long agency reference', () => {
    expect(errorsOf({ ...FORWARD, agency_reference: 'a'.repeat(61) })).toEqual({
      agency_reference: 'Nomor referensi instansi terlalu panjang: 61 karakter, paling banyak 60.',
    });
  });

  it('counts emoji once in notes', () => {
    const note = '\u{1F44D}\u{1F3FD}'.repeat(1000);
    expect(dataOf({ ...FORWARD, public_note: note }).public_note).toBe(note);
  });
});
