/**
 * The dry run of an import: read the file, match its columns, turn every row into a planned
 * complaint or a list of problems, and leave out rows that exist already. Writes nothing.
 */

import { asc, inArray } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { agencies, categories, complaints, districts, villages } from '../../../db/schema/index.ts';
import { formatDecimal, formatNumber } from '../../domain/format.ts';
import { IMPORT_COLUMNS, matchHeaders, recognisedColumnCount, type HeaderMatch } from '../../domain/import/layout.ts';
import { createReferenceMatcher } from '../../domain/import/reference-match.ts';
import { planRow, type RowContext } from '../../domain/import/row-plan.ts';
import { RowReader } from '../../domain/import/row-reader.ts';
import { cellText, isBlank, type Cell } from '../../domain/import/values.ts';
import { deploymentBoundaries } from '../boundaries.ts';
import { loadDeploymentSettings } from '../reference-data.ts';
import { importKeyOf } from './import-key.ts';
import { readSpreadsheet, SpreadsheetError } from './read-spreadsheet.ts';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from './limits.ts';
import { emptyReport, type ImportReport, type PlannedImportRow } from './report.ts';

export interface ImportFile {
  /** Name as uploaded or given on the command line, for messages. */
  name: string;
  bytes: Uint8Array;
}

/** The header is searched for in this many rows, below a title the sheet may have. */
const HEADER_SEARCH_ROWS = 10;

/** Check a file and return what an import would do. */
export async function checkImportFile(db: Executor, file: ImportFile, now = new Date()): Promise<ImportReport> {
  const report = emptyReport(file.name);
  if (file.bytes.length > MAX_IMPORT_BYTES) {
    const megabytes = (size: number) => formatDecimal(size / 1_000_000);
    report.fileProblems.push(
      `Berkas berukuran ${megabytes(file.bytes.length)} MB, lebih dari batas ${megabytes(MAX_IMPORT_BYTES)} MB. Bagi berkas menjadi beberapa bagian.`,
    );
    return report;
  }
  let rows: Cell[][];
  try {
    const spreadsheet = await readSpreadsheet(file.bytes, file.name);
    Object.assign(report, { format: spreadsheet.format, sheet: spreadsheet.sheet });
    rows = spreadsheet.rows;
  } catch (error) {
    if (error instanceof SpreadsheetError) {
      report.fileProblems.push(error.message);
      return report;
    }
    throw error;
  }

  const table = findTable(rows, report);
  if (!table) {
    return report;
  }
  const context = await rowContext(db, now);
  for (const { row, cells } of table.dataRows) {
    const reader = new RowReader(row, cells, table.header.indexes, table.header.written);
    const planned = planRow(reader, context);
    report.rowProblems.push(...reader.problems);
    if (planned) {
      report.planned.push({ ...planned, importKey: importKeyOf(planned) });
    }
  }
  await leaveOutExisting(db, report);
  return report;
}

interface Table {
  header: HeaderMatch;
  dataRows: Array<{ row: number; cells: Cell[] }>;
}

/** Find the header row and the data rows below it; file-level problems go into the report. */
function findTable(rows: Cell[][], report: ImportReport): Table | null {
  const headerIndex = rows
    .slice(0, HEADER_SEARCH_ROWS)
    .findIndex((cells) => recognisedColumnCount(cells.map(cellText)) >= 3);
  if (headerIndex === -1) {
    const required = requiredHeaders();
    report.fileProblems.push(
      rows.every((cells) => cells.every(isBlank))
        ? 'Berkas tidak berisi data.'
        : `Baris judul kolom tidak ditemukan di ${HEADER_SEARCH_ROWS} baris pertama: diharapkan kolom ${required}.`,
    );
    return null;
  }

  const header = matchHeaders(rows[headerIndex]!.map(cellText));
  report.ignoredColumns = header.ignored;
  for (const key of header.missing) {
    report.fileProblems.push(`Kolom wajib "${IMPORT_COLUMNS[key].header}" tidak ada di baris judul (baris ${headerIndex + 1}).`);
  }
  for (const duplicate of header.duplicates) {
    report.fileProblems.push(
      `Kolom "${duplicate.first}" dan "${duplicate.second}" sama-sama berarti "${IMPORT_COLUMNS[duplicate.key].header}"; hapus atau ganti nama salah satunya.`,
    );
  }

  const dataRows = rows
    .map((cells, index) => ({ row: index + 1, cells }))
    .slice(headerIndex + 1)
    .filter(({ cells }) => !cells.every(isBlank));
  report.rowCount = dataRows.length;
  if (dataRows.length === 0) {
    report.fileProblems.push('Berkas tidak berisi baris data di bawah baris judul kolom.');
  }
  if (dataRows.length > MAX_IMPORT_ROWS) {
    report.fileProblems.push(
      `Berkas berisi ${formatNumber(dataRows.length)} baris data, lebih dari batas ${formatNumber(MAX_IMPORT_ROWS)} baris per impor. Bagi berkas menjadi beberapa bagian.`,
    );
  }
  return report.fileProblems.length > 0 ? null : { header, dataRows };
}

function requiredHeaders(): string {
  return Object.values(IMPORT_COLUMNS)
    .filter((column) => column.required)
    .map((column) => `"${column.header}"`)
    .join(', ');
}

async function rowContext(db: Executor, now: Date): Promise<RowContext> {
  const settings = await loadDeploymentSettings(db);
  const [categoryRows, districtRows, villageRows, agencyRows] = await Promise.all([
    db
      .select({ id: categories.id, slug: categories.slug, name: categories.name, active: categories.active })
      .from(categories)
      .orderBy(asc(categories.sortOrder)),
    db.select({ code: districts.code, name: districts.name }).from(districts).orderBy(asc(districts.code)),
    db
      .select({ code: villages.code, name: villages.name, districtCode: villages.districtCode, lat: villages.lat, lng: villages.lng })
      .from(villages),
    db
      .select({ id: agencies.id, slug: agencies.slug, name: agencies.name, shortName: agencies.shortName, active: agencies.active })
      .from(agencies)
      .orderBy(asc(agencies.id)),
  ]);
  const matcher = createReferenceMatcher({
    regionName: settings.regionName,
    categories: categoryRows,
    districts: districtRows,
    villages: villageRows,
    agencies: agencyRows,
  });
  return {
    matcher,
    timeZone: settings.timeZone,
    now,
    launchedOn: settings.launchedOn,
    boundaries: deploymentBoundaries(),
    regionName: settings.regionName,
  };
}

/** Parameters per query when looking up many values at once; PostgreSQL allows 65 535. */
const LOOKUP_CHUNK = 500;

/**
 * Move rows that exist already from `planned` to `skipped`: rows whose key an earlier import
 * stored, complaints logged by hand with the same content, and repeats of a row above.
 */
async function leaveOutExisting(db: Executor, report: ImportReport): Promise<void> {
  const existing = await existingTickets(db, report.planned);
  const firstRowOfKey = new Map<string, number>();
  const kept: PlannedImportRow[] = [];
  for (const planned of report.planned) {
    const ticket = existing.get(planned.importKey);
    const earlierRow = firstRowOfKey.get(planned.importKey);
    if (ticket !== undefined) {
      report.skipped.push({ row: planned.row, ticket, sameAsRow: null });
    } else if (earlierRow !== undefined) {
      report.skipped.push({ row: planned.row, ticket: null, sameAsRow: earlierRow });
    } else {
      firstRowOfKey.set(planned.importKey, planned.row);
      kept.push(planned);
    }
  }
  report.planned = kept;
}

/** Tickets of stored complaints by import key, for the keys of `planned`. */
async function existingTickets(db: Executor, planned: PlannedImportRow[]): Promise<Map<string, string>> {
  const tickets = new Map<string, string>();
  const keys = planned.map((row) => row.importKey);
  for (let start = 0; start < keys.length; start += LOOKUP_CHUNK) {
    const rows = await db
      .select({ importKey: complaints.importKey, ticket: complaints.ticket })
      .from(complaints)
      .where(inArray(complaints.importKey, keys.slice(start, start + LOOKUP_CHUNK)));
    for (const row of rows) {
      tickets.set(row.importKey!, row.ticket);
    }
  }

  // Complaints logged with the form have no key: compare their content at the same minutes.
  const times = [...new Set(planned.map((row) => row.receivedAt.getTime()))].map((time) => new Date(time));
  for (let start = 0; start < times.length; start += LOOKUP_CHUNK) {
    const rows = await db
      .select({
        ticket: complaints.ticket,
        channel: complaints.channel,
        receivedAt: complaints.receivedAt,
        reporterContact: complaints.reporterContact,
        originalText: complaints.originalText,
      })
      .from(complaints)
      .where(inArray(complaints.receivedAt, times.slice(start, start + LOOKUP_CHUNK)));
    for (const row of rows) {
      const key = importKeyOf(row);
      if (!tickets.has(key)) {
        tickets.set(key, row.ticket);
      }
    }
  }
  return tickets;
}
