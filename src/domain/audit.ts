/** Actions in the audit log and how the admin's audit page describes them. */

import { AGENCY_KIND_LABELS, CATEGORY_GROUP_LABELS, type AgencyKind, type CategoryGroup } from './categories.ts';
import { ROLE_LABELS, type StaffRole } from './roles.ts';

export const AUDIT_ACTIONS = [
  'sign_in',
  'sign_in_failed',
  'sign_out',
  'sign_out_everywhere',
  'password_changed',
  'complaint_logged',
  'complaint_action',
  'complaint_edited',
  'complaint_duplicate_linked',
  'staff_created',
  'staff_updated',
  'staff_deactivated',
  'staff_reactivated',
  'staff_password_reset',
  'agency_saved',
  'category_saved',
  'settings_saved',
  'holiday_saved',
  'holiday_deleted',
  'export',
  'import_dry_run',
  'import',
  'publish',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  sign_in: 'Masuk',
  sign_in_failed: 'Gagal masuk',
  sign_out: 'Keluar',
  sign_out_everywhere: 'Keluar dari semua perangkat',
  password_changed: 'Kata sandi diganti oleh pemiliknya',
  complaint_logged: 'Aduan dicatat',
  complaint_action: 'Tindakan pada aduan',
  complaint_edited: 'Aduan diubah',
  complaint_duplicate_linked: 'Aduan ditautkan sebagai duplikat',
  staff_created: 'Akun petugas dibuat',
  staff_updated: 'Akun petugas diubah',
  staff_deactivated: 'Akun petugas dinonaktifkan',
  staff_reactivated: 'Akun petugas diaktifkan kembali',
  staff_password_reset: 'Kata sandi diatur ulang',
  agency_saved: 'Instansi disimpan',
  category_saved: 'Kategori disimpan',
  settings_saved: 'Pengaturan disimpan',
  holiday_saved: 'Hari libur disimpan',
  holiday_deleted: 'Hari libur dihapus',
  export: 'Ekspor data',
  import_dry_run: 'Uji coba impor',
  import: 'Impor aduan',
  publish: 'Penerbitan data',
};

/** One changed field, as admin changes record it in `detail.changes`. */
export interface FieldChange {
  from: unknown;
  to: unknown;
}

/** Indonesian names of the fields that admin changes record; settings fields use their dotted path. */
const FIELD_LABELS: Record<string, string> = {
  username: 'Nama pengguna',
  displayName: 'Nama tampilan',
  role: 'Peran',
  agency: 'Instansi',
  name: 'Nama',
  shortName: 'Nama singkat',
  slug: 'Slug',
  kind: 'Jenis',
  districtCode: 'Kecamatan',
  group: 'Kelompok',
  defaultAgency: 'Instansi bawaan',
  sortOrder: 'Urutan',
  active: 'Status',
  regionName: 'Nama daerah',
  operator: 'Pengelola',
  description: 'Deskripsi',
  ticketPrefix: 'Awalan tiket',
  timeZone: 'Zona waktu',
  timeZoneLabel: 'Singkatan zona waktu',
  launchedOn: 'Tanggal mulai beroperasi',
  siteUrl: 'Alamat portal',
  'map.center': 'Pusat peta',
  'map.zoom': 'Zoom awal peta',
  'map.tileUrl': 'Alamat ubin peta',
  'map.tileAttribution': 'Atribusi peta',
  'map.tileAttributionUrl': 'Tautan atribusi peta',
  'map.maxZoom': 'Zoom maksimum peta',
  contacts: 'Kontak pengaduan',
  'clocks.verificationTargetDays': 'Target verifikasi (hari kerja)',
  'clocks.actionTargetDays': 'Target tindak lanjut (hari kerja)',
  'dataLicense.name': 'Nama lisensi data',
  'dataLicense.url': 'Tautan lisensi data',
  reason: 'Sebab',
  sessionsEnded: 'Sesi yang diakhiri',
};

const SIGN_IN_FAILURE_LABELS: Record<string, string> = {
  unknown_username: 'nama pengguna tidak terdaftar',
  wrong_password: 'kata sandi salah',
  account_inactive: 'akun nonaktif',
};

/**
 * Lines that describe an entry's detail for the audit page: "Peran: Verifikator → Admin" for
 * each change, "Peran: Verifikator" for each value of a new record, "Sebab: kata sandi salah"
 * and the like for other facts. Keys without a label are shown as they are stored.
 */
export function describeAuditDetail(detail: unknown): string[] {
  if (!isRecord(detail)) {
    return detail === null || detail === undefined ? [] : [formatValue('', detail)];
  }
  const lines: string[] = [];
  for (const [key, value] of inReadingOrder(detail)) {
    if (key === 'changes' && isRecord(value)) {
      for (const [field, change] of inReadingOrder(value)) {
        const { from, to } = isRecord(change) ? change : { from: undefined, to: change };
        lines.push(`${labelOf(field)}: ${formatValue(field, from)} → ${formatValue(field, to)}`);
      }
    } else if (key === 'created' && isRecord(value)) {
      for (const [field, fieldValue] of inReadingOrder(value)) {
        lines.push(`${labelOf(field)}: ${formatValue(field, fieldValue)}`);
      }
    } else if (key === 'reason' && typeof value === 'string') {
      lines.push(`${labelOf(key)}: ${SIGN_IN_FAILURE_LABELS[value] ?? value}`);
    } else {
      lines.push(`${labelOf(key)}: ${formatValue(key, value)}`);
    }
  }
  return lines;
}

/** Keys that name the record, then its changes, then the fields in the order of FIELD_LABELS. */
const READING_ORDER = ['username', 'slug', 'changes', 'created', ...Object.keys(FIELD_LABELS)];

/** Entries in READING_ORDER, unknown keys last: PostgreSQL's jsonb does not keep the written order. */
function inReadingOrder(record: Record<string, unknown>): Array<[string, unknown]> {
  const rank = (key: string) => (READING_ORDER.includes(key) ? READING_ORDER.indexOf(key) : READING_ORDER.length);
  return Object.entries(record).sort(([a], [b]) => rank(a) - rank(b));
}

function labelOf(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

function formatValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') {
    return '(kosong)';
  }
  if (field === 'role' && typeof value === 'string' && value in ROLE_LABELS) {
    return ROLE_LABELS[value as StaffRole];
  }
  if (field === 'kind' && typeof value === 'string' && value in AGENCY_KIND_LABELS) {
    return AGENCY_KIND_LABELS[value as AgencyKind];
  }
  if (field === 'group' && typeof value === 'string' && value in CATEGORY_GROUP_LABELS) {
    return CATEGORY_GROUP_LABELS[value as CategoryGroup];
  }
  if (field === 'active' && typeof value === 'boolean') {
    return value ? 'aktif' : 'nonaktif';
  }
  if (typeof value === 'string') {
    return value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  return JSON.stringify(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
