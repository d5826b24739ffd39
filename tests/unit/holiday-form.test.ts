import { describe, expect, it } from 'vitest';
import { parseHolidayForm } from '../../src/domain/forms/holiday-form.ts';
import { isCalendarDate, readDateInput } from '../../src/domain/holidays.ts';

const valid = { date: '2027-03-10', name: 'Hari Suci Nyepi (Tahun Baru Saka 1949)', kind: 'national' };

describe('parseHolidayForm', () => {
  it('accepts a complete form', () => {
    expect(parseHolidayForm(valid)).toEqual({ success: true, data: valid });
  });

  it('reads a typed day-first date', () => {
    const parsed = parseHolidayForm({ ...valid, date: '10/03/2027' });

    expect(parsed).toEqual({ success: true, data: { ...valid, date: '2027-03-10' } });
  });

  it('cleans the name', () => {
    const parsed = parseHolidayForm({ ...valid, name: '  Cuti Bersama Idulfitri\u200B ' });

    expect(parsed).toEqual({ success: true, data: { ...valid, name: 'Cuti Bersama Idulfitri' } });
  });

  it.each([
    [{ date: '' }, 'date', 'Tanggal wajib diisi, misalnya 17/08/2026.'],
    [{ date: undefined }, 'date', 'Tanggal wajib diisi, misalnya 17/08/2026.'],
    [{ date: 'besok' }, 'date', 'Tanggal tidak dikenali; tulis seperti 17/08/2026 atau pilih dari kalender.'],
    [{ date: '29/02/2027' }, 'date', 'Tanggal 29/02/2027 tidak ada di kalender; periksa tanggal dan bulannya.'],
    [{ date: '1999-12-31' }, 'date', 'Tahun 1999 di luar jangkauan; isi tahun antara 2000 dan 2100.'],
    [{ name: '   ' }, 'name', 'Nama hari libur wajib diisi.'],
    [{ name: 'x'.repeat(121) }, 'name', 'Nama hari libur terlalu panjang: 121 karakter, paling banyak 120.'],
    [{ kind: 'weekend' }, 'kind', 'Pilih jenisnya: libur nasional atau cuti bersama.'],
  ])('rejects %o', (overrides, field, message) => {
    const parsed = parseHolidayForm({ ...valid, ...overrides });

    expect(parsed).toEqual({ success: false, errors: { [field]: message } });
  });
});

describe('readDateInput', () => {
  it.each([
    ['2026-08-17', '2026-08-17'],
    ['17/08/2026', '2026-08-17'],
    ['7-8-2026', '2026-08-07'],
    [' 17.08.2026 ', '2026-08-17'],
    ['17 Agustus 2026', null],
    ['2026/08/17', null],
  ])('reads "%s" as %s', (text, expected) => {
    expect(readDateInput(text)).toBe(expected);
  });
});

describe('isCalendarDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-8-17', false],
  ])('%s is %s', (date, expected) => {
    expect(isCalendarDate(date)).toBe(expected);
  });
});
