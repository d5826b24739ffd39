import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deploymentSettingsSchema } from '../../src/domain/deployment.ts';
import { contactField, contactRowCount, parseSettingsForm, settingsFormValues } from '../../src/domain/forms/settings-form.ts';

const PATI = deploymentSettingsSchema.parse(JSON.parse(fs.readFileSync('db/seed/deployments/pati/deployment.json', 'utf8')));

function errorsOf(values: Record<string, string | undefined>): Record<string, string> {
  const result = parseSettingsForm(values);
  if (result.success) {
    throw new Error('expected the form to be rejected');
  }
  return result.errors;
}

describe('settings form', () => {
  it('round-trips the Pati settings', () => {
    const result = parseSettingsForm(settingsFormValues(PATI));
    expect(result).toEqual({ success: true, data: PATI });
  });

  it('defaults the clock targets to 3 and 5 working days', () => {
    expect(PATI.clocks).toEqual({ verificationTargetDays: 3, actionTargetDays: 5 });
  });

  it('reads decimal commas and upper-cases the prefix', () => {
    const result = parseSettingsForm({ ...settingsFormValues(PATI), map_lat: '-6,8', map_lng: '111,1', ticket_prefix: 'abc' });
    expect(result.success && result.data.map.center).toEqual([-6.8, 111.1]);
    expect(result.success && result.data.ticketPrefix).toBe('ABC');
  });

  it('drops empty contact rows and keeps row numbers for errors', () => {
    const values = settingsFormValues(PATI);
    for (const part of ['channel', 'value', 'url'] as const) {
      values[contactField(1, part)] = '';
    }
    values[contactField(3, 'url')] = 'javascript:alert(1)';
    const errors = errorsOf(values);
    expect(errors).toEqual({
      [contactField(3, 'url')]: 'Tautan kontak harus diawali https://, mailto: atau tel:, atau dikosongkan.',
    });

    values[contactField(3, 'url')] = '';
    const result = parseSettingsForm(values);
    expect(result.success && result.data.contacts.map((contact) => contact.channel)).toEqual([
      'whatsapp',
      'facebook',
      'twitter',
      'email',
    ]);
  });

  it('maps every invalid field to its input', () => {
    const errors = errorsOf({
      ...settingsFormValues(PATI),
      name: 'L',
      ticket_prefix: 'L1',
      time_zone: 'Asia/Pati',
      launched_on: '2022-02-30',
      site_url: 'aduan.patikab.go.id',
      map_lat: 'utara',
      map_zoom: '30',
      map_tile_url: 'https://tile.example/{z}.png',
      verification_target_days: '0',
      action_target_days: '2,5',
      license_url: 'ftp://lisensi',
    });
    expect(errors).toEqual({
      name: 'Nama kanal minimal 2 karakter.',
      ticket_prefix: 'Awalan tiket harus 2–5 huruf kapital, misalnya LBP.',
      time_zone: 'Zona waktu tidak dikenal; gunakan nama IANA seperti Asia/Jakarta.',
      launched_on: 'Tanggal mulai beroperasi bukan tanggal yang ada; periksa bulan dan harinya.',
      site_url: 'Alamat portal harus alamat web lengkap yang diawali https:// atau http://, atau dikosongkan.',
      map_lat: 'Garis lintang pusat peta harus berupa angka antara -90 dan 90.',
      map_zoom: 'Zoom awal peta harus berupa bilangan bulat 1–19.',
      map_tile_url: expect.stringContaining('memuat {z}, {x} dan {y}'),
      verification_target_days: 'Target verifikasi harus berupa bilangan bulat 1–30 hari kerja.',
      action_target_days: 'Target tindak lanjut harus berupa bilangan bulat 1–60 hari kerja.',
      license_url: 'Tautan lisensi data harus alamat web lengkap yang diawali https://.',
    });
  });

  it('asks for every required field', () => {
    const errors = errorsOf({});
    expect(errors.name).toBe('Nama kanal minimal 2 karakter.');
    expect(errors.description).toBe('Deskripsi minimal 10 karakter.');
    expect(errors.map_lng).toBe('Garis bujur pusat peta harus berupa angka antara -180 dan 180.');
    expect(errors.map_tile_attribution).toContain('Atribusi peta wajib diisi');
    expect(errors.contacts).toBe('Isi minimal satu kontak pengaduan.');
    expect(errors.license_name).toContain('Nama lisensi data wajib diisi');
  });

  it('rejects a start zoom above the maximum', () => {
    expect(errorsOf({ ...settingsFormValues(PATI), map_zoom: '18', map_max_zoom: '16' }).map_zoom).toBe(
      'Zoom awal peta tidak boleh melebihi zoom maksimum.',
    );
  });

  it('asks for a value in a half-filled contact row', () => {
    const values = { ...settingsFormValues(PATI), [contactField(6, 'channel')]: 'web' };
    expect(errorsOf(values)[contactField(6, 'value')]).toContain('Isi kontak minimal 2 karakter');
  });

  it('shows up to three empty contact rows', () => {
    expect(contactRowCount(settingsFormValues(PATI))).toBe(8);
    expect(contactRowCount({})).toBe(3);
    expect(contactRowCount({ [contactField(9, 'value')]: 'x' })).toBe(10);
  });
});
