/**
 * Filters of the staff CSV export, read from the query string of /staf/ekspor.csv. The names
 * are those of the staff list page (`status`), each with its Indonesian twin, and a parameter
 * may repeat to select several values.
 */

import { isChannel, type Channel } from './channels.ts';
import { isRealDateTime } from './forms/complaint-form.ts';
import { isStatus, type Status } from './status.ts';

export interface ExportFilter {
  statuses: Status[];
  channels: Channel[];
  /** Category slugs or ids. */
  categories: string[];
  /** Agency slugs or ids. */
  agencies: string[];
  /** Kecamatan codes such as 33.18.08. */
  districts: string[];
  /** First and last local day received, YYYY-MM-DD, both included. */
  from: string | null;
  to: string | null;
}

/** Query parameter names of each filter, English first, then Indonesian. */
const PARAMETERS = {
  statuses: ['status'],
  channels: ['channel', 'kanal'],
  categories: ['category', 'kategori'],
  agencies: ['agency', 'instansi'],
  districts: ['district', 'kecamatan'],
  from: ['from', 'dari'],
  to: ['to', 'sampai'],
} as const;

const REFERENCE = /^[a-z0-9-]{1,60}$/;
const DISTRICT_CODE = /^\d{2}\.\d{2}\.\d{2}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Parse the filter, or return Indonesian messages naming each parameter that is not valid. */
export function parseExportFilter(params: URLSearchParams): { filter: ExportFilter } | { problems: string[] } {
  const problems: string[] = [];
  const givenValues = (key: keyof typeof PARAMETERS) =>
    PARAMETERS[key].flatMap((name) =>
      params
        .getAll(name)
        .map((value) => ({ name, value: value.trim() }))
        .filter(({ value }) => value !== ''),
    );
  const checked = <T extends string>(key: keyof typeof PARAMETERS, valid: (value: string) => value is T, hint: string): T[] =>
    givenValues(key).flatMap(({ name, value }) => {
      if (valid(value)) {
        return [value];
      }
      problems.push(`Nilai "${value}" untuk ${name} tidak dikenal; ${hint}.`);
      return [];
    });
  const matches = (pattern: RegExp) => (value: string): value is string => pattern.test(value);
  const realDate = (value: string): value is string => DATE.test(value) && isRealDateTime(`${value}T00:00`);

  const filter: ExportFilter = {
    statuses: checked('statuses', isStatus, 'gunakan kode status seperti received atau resolved'),
    channels: checked('channels', isChannel, 'gunakan kode kanal seperti whatsapp atau email'),
    categories: checked('categories', matches(REFERENCE), 'gunakan kode kategori seperti jalan-rusak'),
    agencies: checked('agencies', matches(REFERENCE), 'gunakan kode instansi seperti dpupr'),
    districts: checked('districts', matches(DISTRICT_CODE), 'gunakan kode kecamatan seperti 33.18.08'),
    from: checked('from', realDate, 'tulis tanggal sebagai TTTT-BB-HH, misalnya 2022-09-01')[0] ?? null,
    to: checked('to', realDate, 'tulis tanggal sebagai TTTT-BB-HH, misalnya 2022-09-30')[0] ?? null,
  };
  if (filter.from && filter.to && filter.from > filter.to) {
    problems.push(`Tanggal awal ${filter.from} jatuh setelah tanggal akhir ${filter.to}.`);
  }
  return problems.length > 0 ? { problems } : { filter };
}

/** Return the filter without its empty parts, for the audit log. */
export function describeFilter(filter: ExportFilter): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(filter).filter(([, value]) => value !== null && !(Array.isArray(value) && value.length === 0)),
  );
}
