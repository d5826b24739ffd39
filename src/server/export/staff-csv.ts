/**
 * The staff CSV export: which columns each role gets, and the file itself, streamed batch by
 * batch. The file is UTF-8 with a byte order mark and CRLF line ends, as spreadsheet programs
 * expect. Dates and times are in the deployment's zone, written 22/09/2022 and 14.05 as the import
 * reads them. Text that a spreadsheet would run as a formula gets an apostrophe in front, while
 * coordinates and counts stay numbers.
 */

import { stringify } from 'csv-stringify/sync';
import type { Executor } from '../../../db/client.ts';
import { CATEGORY_GROUP_LABELS, type CategoryGroup } from '../../domain/categories.ts';
import { CHANNEL_LABELS, type Channel } from '../../domain/channels.ts';
import type { StaffRole } from '../../domain/roles.ts';
import { sheetDate, sheetDateTime, sheetTime } from '../../domain/spreadsheet-format.ts';
import {
  INVALID_REASON_LABELS,
  OUTCOME_LABELS,
  STATUS_LABELS,
  type InvalidReason,
  type Outcome,
  type Status,
} from '../../domain/status.ts';
import { recordAudit } from '../audit.ts';
import type { SessionUser } from '../auth/session.ts';
import { CSV_BOM, neutralizeFormula } from '../publish/open-data-csv.ts';
import type { ListFilter } from '../complaints/queries.ts';
import { exportBatches, type ExportRow } from './export-query.ts';

/**
 * Roles that may see a column. `all` is everyone and `diskominfo` is admins and verifiers.
 * `reporter` and `message` are the roles that see the reporter and the original message, except
 * that agency officers get the reporter blank on confidential complaints.
 */
type Audience = 'all' | 'reporter' | 'message' | 'diskominfo';

type Value = string | number | null;

interface Column {
  header: string;
  audience: Audience;
  value(row: ExportRow, timeZone: string): Value;
}

const dateTime = (instant: Date | null, timeZone: string) => (instant ? sheetDateTime(instant, timeZone) : null);

/** Columns in file order; the headers are those of the import layout where they mean the same. */
export const STAFF_EXPORT_COLUMNS: readonly Column[] = [
  { header: 'Nomor Tiket', audience: 'all', value: (row) => row.ticket },
  { header: 'Tanggal Diterima', audience: 'all', value: (row, zone) => sheetDate(row.receivedAt, zone) },
  { header: 'Jam', audience: 'all', value: (row, zone) => sheetTime(row.receivedAt, zone) },
  { header: 'Kanal', audience: 'all', value: (row) => CHANNEL_LABELS[row.channel as Channel] },
  { header: 'Nama Pelapor', audience: 'reporter', value: (row) => row.reporterName },
  { header: 'Kontak', audience: 'reporter', value: (row) => row.reporterContact },
  { header: 'Isi Aduan', audience: 'message', value: (row) => row.originalText },
  { header: 'Kategori', audience: 'all', value: (row) => row.category },
  { header: 'Kelompok Kategori', audience: 'all', value: (row) => CATEGORY_GROUP_LABELS[row.categoryGroup as CategoryGroup] },
  { header: 'Kecamatan', audience: 'all', value: (row) => row.district },
  { header: 'Desa', audience: 'all', value: (row) => row.village },
  { header: 'Lintang', audience: 'all', value: (row) => row.lat },
  { header: 'Bujur', audience: 'all', value: (row) => row.lng },
  { header: 'Ringkasan Publik', audience: 'all', value: (row) => row.summary },
  { header: 'Status', audience: 'all', value: (row) => STATUS_LABELS[row.status as Status] },
  {
    header: 'Alasan Tidak Valid',
    audience: 'all',
    value: (row) => (row.invalidReason ? INVALID_REASON_LABELS[row.invalidReason as InvalidReason] : null),
  },
  { header: 'Instansi', audience: 'all', value: (row) => row.agency },
  { header: 'Nomor Referensi Instansi', audience: 'all', value: (row) => row.agencyReference },
  { header: 'Tanggal Diteruskan', audience: 'all', value: (row, zone) => dateTime(row.forwardedAt, zone) },
  { header: 'Tanggal Selesai', audience: 'all', value: (row, zone) => dateTime(row.resolvedAt, zone) },
  { header: 'Hasil', audience: 'all', value: (row) => (row.outcome ? OUTCOME_LABELS[row.outcome as Outcome] : null) },
  { header: 'Rahasia', audience: 'all', value: (row) => (row.confidential ? 'Ya' : 'Tidak') },
  { header: 'Jumlah Catatan Internal', audience: 'diskominfo', value: (row) => row.internalNotes },
];

const AUDIENCES: Record<StaffRole, readonly Audience[]> = {
  admin: ['all', 'reporter', 'message', 'diskominfo'],
  verifier: ['all', 'reporter', 'message', 'diskominfo'],
  agency_officer: ['all', 'reporter', 'message'],
  viewer: ['all'],
};

export function columnsFor(role: StaffRole): Column[] {
  return STAFF_EXPORT_COLUMNS.filter((column) => AUDIENCES[role].includes(column.audience));
}

/** Return the values of one row for `role`; an agency officer gets no reporter on a confidential complaint. */
export function exportValues(row: ExportRow, role: StaffRole, timeZone: string): Value[] {
  return columnsFor(role).map((column) => {
    if (column.audience === 'reporter' && role === 'agency_officer' && row.confidential) {
      return null;
    }
    return column.value(row, timeZone);
  });
}

function csvLine(values: Value[]): string {
  const safe = values.map((value) => (typeof value === 'string' ? neutralizeFormula(value) : value));
  return stringify([safe], { record_delimiter: 'windows', cast: { number: (value) => String(value) } });
}

export interface StaffExportOptions {
  user: SessionUser;
  filter: ListFilter;
  /** The filter as the query string gave it, for the audit entry. */
  filterValues: Record<string, string>;
  timeZone: string;
  clientAddress?: string | null;
  /** Rows read per query; tests set a small one. */
  batchSize?: number;
}

/**
 * Stream the export as UTF-8 bytes. Each pull reads one batch, so a slow download slows
 * the reading. When the stream ends or the client goes away, an audit entry records the filter
 * and the number of rows sent.
 */
export function staffCsvStream(db: Executor, options: StaffExportOptions): ReadableStream<Uint8Array> {
  const { user, filter, timeZone } = options;
  const encoder = new TextEncoder();
  const batches = exportBatches(db, user, filter, new Date(), options.batchSize);
  let rows = 0;
  let audited = false;
  const audit = async (complete: boolean) => {
    if (audited) {
      return;
    }
    audited = true;
    await recordAudit(db, {
      action: 'export',
      staffId: user.id,
      targetType: 'complaints',
      detail: { filter: options.filterValues, rows, complete },
      clientAddress: options.clientAddress ?? null,
    });
  };

  return new ReadableStream<Uint8Array>({
    start(controller) {
      const header = columnsFor(user.role).map((column) => column.header);
      controller.enqueue(encoder.encode(CSV_BOM + csvLine(header)));
    },
    async pull(controller) {
      const next = await batches.next();
      if (next.done) {
        await audit(true);
        controller.close();
        return;
      }
      rows += next.value.length;
      const text = next.value.map((row) => csvLine(exportValues(row, user.role, timeZone))).join('');
      controller.enqueue(encoder.encode(text));
    },
    async cancel() {
      await batches.return(undefined);
      await audit(false);
    },
  });
}
