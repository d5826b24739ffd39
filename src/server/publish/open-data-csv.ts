import { stringify } from 'csv-stringify/sync';
import type { PublicComplaint } from '../../domain/public-view.ts';

/** Columns of `aduan.csv`, in order. The data dictionary on /data describes each one. */
export const OPEN_DATA_COLUMNS = [
  'ticket',
  'received_date',
  'received_at',
  'channel',
  'category',
  'category_group',
  'district_code',
  'district_name',
  'village_name',
  'agency',
  'status',
  'invalid_reason',
  'outcome',
  'resolved_date',
  'summary',
  'lat',
  'lng',
  'duplicate_of',
  // Added later, so at the end: spreadsheets built on the earlier column positions keep working.
  'verified_at',
  'forwarded_at',
  'first_response_at',
  'verification_days',
  'first_response_days',
  'resolution_days',
] as const satisfies ReadonlyArray<keyof PublicComplaint>;

/** Byte order mark: spreadsheet programs need it to read the file as UTF-8. */
export const CSV_BOM = '\uFEFF';

export function openDataCsvHeader(): string {
  return CSV_BOM + stringify([[...OPEN_DATA_COLUMNS]], { record_delimiter: 'windows' });
}

export function openDataCsvRow(complaint: PublicComplaint): string {
  const values = OPEN_DATA_COLUMNS.map((column) => {
    const value = complaint[column];
    return typeof value === 'string' ? neutralizeFormula(value) : value;
  });
  return stringify([values], { record_delimiter: 'windows', cast: { number: (value) => String(value) } });
}

/**
 * Prefix text that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a
 * carriage return) with an apostrophe, so that it is shown as text.
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
