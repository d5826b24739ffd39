/**
 * Description of every published field, shown on /data and used for the Table Schema of the
 * data package. Field names are those of the files.
 */

import { CHANNELS } from './channels.ts';
import { AGENCY_KINDS, CATEGORY_GROUPS } from './categories.ts';
import { INVALID_REASONS, OUTCOMES, STATUSES } from './status.ts';

/** Table Schema field types used by the open data (https://specs.frictionlessdata.io/table-schema/). */
export type FieldType = 'string' | 'date' | 'datetime' | 'number';

export interface OpenDataField {
  name: string;
  /** Indonesian name of the type, shown on /data. */
  type: string;
  schemaType: FieldType;
  /** Allowed codes, for code fields. */
  codes?: readonly string[];
  /** False for fields that only the JSON files carry. */
  inCsv: boolean;
  description: string;
}

const TYPE_LABELS: Record<FieldType, string> = { string: 'teks', date: 'tanggal', datetime: 'waktu', number: 'angka' };

function field(
  name: string,
  schemaType: FieldType,
  description: string,
  options: { codes?: readonly string[]; inCsv?: boolean } = {},
): OpenDataField {
  return {
    name,
    type: options.codes ? 'kode' : TYPE_LABELS[schemaType],
    schemaType,
    inCsv: options.inCsv ?? true,
    description,
    ...(options.codes ? { codes: options.codes } : {}),
  };
}

export const COMPLAINT_FIELDS: OpenDataField[] = [
  field('ticket', 'string', 'Nomor tiket aduan, dapat dibuka di /lacak/<nomor tiket>.'),
  field('received_date', 'date', 'Tanggal aduan diterima, dalam zona waktu kanal (YYYY-MM-DD).'),
  field('received_at', 'datetime', 'Waktu aduan diterima dalam UTC (ISO 8601).'),
  field('channel', 'string', `Kanal: ${CHANNELS.join(', ')}.`, { codes: CHANNELS }),
  field('category', 'string', 'Nama kategori aduan.'),
  field('category_slug', 'string', 'Kode kategori (hanya di JSON).', { inCsv: false }),
  field('category_group', 'string', `Kelompok kategori: ${CATEGORY_GROUPS.join(', ')}.`, { codes: CATEGORY_GROUPS }),
  field('district_code', 'string', 'Kode kecamatan Kemendagri (33.18.xx); kosong bila tidak diketahui.'),
  field('district_name', 'string', 'Nama kecamatan.'),
  field('village_code', 'string', 'Kode desa atau kelurahan Kemendagri (hanya di JSON).', { inCsv: false }),
  field('village_name', 'string', 'Nama desa atau kelurahan, bila dicatat.'),
  field('agency', 'string', 'Instansi yang menangani; kosong bila belum diteruskan.'),
  field('agency_slug', 'string', 'Kode instansi (hanya di JSON).', { inCsv: false }),
  field('agency_kind', 'string', 'Jenis instansi: opd, district_office (kantor kecamatan) atau vertical (hanya di JSON).', {
    codes: AGENCY_KINDS,
    inCsv: false,
  }),
  field('status', 'string', `Status: ${STATUSES.join(', ')}.`, { codes: STATUSES }),
  field('invalid_reason', 'string', `Alasan tidak valid: ${INVALID_REASONS.join(', ')}.`, { codes: INVALID_REASONS }),
  field(
    'outcome',
    'string',
    'Hasil aduan selesai: fixed (ditangani di lapangan), answered (dijawab), referred (dirujuk), no_action (tidak ada tindakan).',
    { codes: OUTCOMES },
  ),
  field('resolved_at', 'datetime', 'Waktu aduan selesai dalam UTC (ISO 8601) (hanya di JSON).', { inCsv: false }),
  field('resolved_date', 'date', 'Tanggal selesai, dalam zona waktu kanal.'),
  field('summary', 'string', 'Ringkasan aduan yang ditulis petugas untuk publik, tanpa data pribadi.'),
  field('lat', 'number', 'Garis lintang lokasi (WGS 84), hanya untuk aduan infrastruktur; kosong untuk kategori lain.'),
  field('lng', 'number', 'Garis bujur lokasi (WGS 84), hanya untuk aduan infrastruktur; kosong untuk kategori lain.'),
  field(
    'duplicate_of',
    'string',
    'Nomor tiket aduan asal bila aduan ini duplikatnya. Statistik menghitung masalah yang sama sekali saja, pada aduan asal.',
  ),
  field('verified_at', 'datetime', 'Waktu keputusan verifikasi (valid atau tidak valid) dalam UTC; kosong bila belum diputuskan.'),
  field('forwarded_at', 'datetime', 'Waktu aduan diteruskan ke instansi dalam UTC.'),
  field('first_response_at', 'datetime', 'Waktu instansi pertama kali menindaklanjuti aduan dalam UTC.'),
  field(
    'verification_days',
    'number',
    'Lama verifikasi dalam hari kerja, dari aduan diterima (atau diverifikasi ulang) sampai keputusan; hari menunggu kelengkapan data dari pelapor tidak dihitung. Kosong bila belum diputuskan.',
  ),
  field('first_response_days', 'number', 'Hari kerja dari aduan diteruskan sampai tindak lanjut pertama instansi. Kosong bila belum ditindaklanjuti.'),
  field(
    'resolution_days',
    'number',
    'Hari kerja dari aduan diterima sampai selesai; hari menunggu kelengkapan data dari pelapor tidak dihitung. Kosong bila belum selesai.',
  ),
];
