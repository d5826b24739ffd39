/**
 * One spreadsheet row turned into a complaint to create. The rules are those of the "catat aduan
 * baru" form: its length limits, the check for personal data in the public summary, the range of
 * possible received times, and the region's bounds for coordinates.
 */

import type { Channel } from '../channels.ts';
import { COMPLAINT_LIMITS, receivedAtProblem } from '../forms/complaint-form.ts';
import { PERSONAL_DATA_LABELS, findPersonalData } from '../personal-data.ts';
import { placeOf, type RegionBoundaries } from '../region.ts';
import { sheetDate } from '../spreadsheet-format.ts';
import type { Status } from '../status.ts';
import { cleanText, visibleLength } from '../text.ts';
import { startOfLocalDay, zonedInstant } from '../time.ts';
import type { ImportColumnKey } from './layout.ts';
import { readLifecycle, type LifecycleContext, type PlannedStep } from './lifecycle.ts';
import type { RowReader } from './row-reader.ts';
import {
  DATE_EXPECTED,
  cellText,
  contactText,
  parseChannel,
  parseCoordinate,
  parseDateTime,
  parseTime,
  parseYesNo,
  type Cell,
} from './values.ts';

export interface PlannedComplaint {
  /** Row number as the spreadsheet shows it. */
  row: number;
  /** The row's own "No", when the file has that column. */
  number: string | null;
  channel: Channel;
  receivedAt: Date;
  reporterName: string;
  reporterContact: string;
  originalText: string;
  categoryId: number;
  districtCode: string | null;
  villageCode: string | null;
  lat: number | null;
  lng: number | null;
  summary: string | null;
  confidential: boolean;
  status: Status;
  /** Actions after "logged" that bring the complaint to `status`, in order. */
  steps: PlannedStep[];
}

export interface RowContext extends LifecycleContext {
  /** Day the channel opened, YYYY-MM-DD; no complaint can be older. */
  launchedOn: string;
  boundaries: RegionBoundaries | null;
  regionName: string;
}

/** Build the complaint a row describes, or return null when the reader collected problems. */
export function planRow(reader: RowReader, context: RowContext): PlannedComplaint | null {
  const channel = reader.required('channel', 'nama kanal (wajib diisi)', (cell) => parseChannel(cellText(cell)));
  const receivedAt = readReceivedAt(reader, context);
  const reporterName = readText(reader, 'reporterName', 'nama pelapor', COMPLAINT_LIMITS.reporterName);
  const reporterContact = readText(
    reader,
    'reporterContact',
    'nomor telepon, akun media sosial atau alamat e-mail pelapor',
    COMPLAINT_LIMITS.reporterContact,
    contactText,
  );
  const originalText = readText(reader, 'originalText', 'pesan asli pelapor', COMPLAINT_LIMITS.originalText);
  const categoryId = reader.required('category', 'nama atau kode kategori (wajib diisi)', (cell) => context.matcher.category(cellText(cell)));
  const summary = readSummary(reader);
  const confidential = reader.parse('confidential', parseYesNo);
  const place = readPlace(reader, context);
  const lifecycle = readLifecycle(reader, context, receivedAt);
  if (reader.problems.length > 0 || !lifecycle) {
    return null;
  }

  return {
    row: reader.row,
    number: reader.blank('number') ? null : reader.text('number'),
    channel: channel!,
    receivedAt: receivedAt!,
    reporterName: reporterName!,
    reporterContact: reporterContact!,
    originalText: originalText!,
    categoryId: categoryId!,
    ...place!,
    summary: summary ?? null,
    confidential: confidential!,
    ...lifecycle,
  };
}

/** Received time from "Tanggal Diterima" and "Jam"; a time in the date cell counts when "Jam" is empty. */
function readReceivedAt(reader: RowReader, context: RowContext): Date | undefined {
  const date = reader.required('receivedDate', DATE_EXPECTED, parseDateTime);
  const time = reader.optional('receivedTime', parseTime);
  if (date === undefined || time === undefined) {
    return undefined;
  }
  const clock = time ?? date.time ?? { hour: 0, minute: 0 };
  const receivedAt = zonedInstant(date.date, clock.hour, clock.minute, context.timeZone);
  const launch = startOfLocalDay(context.launchedOn, context.timeZone);
  if (receivedAtProblem(receivedAt, launch, context.now)) {
    const range = `tanggal sejak kanal mulai beroperasi (${sheetDate(launch, context.timeZone)}) sampai hari ini`;
    reader.report('receivedDate', range);
    return undefined;
  }
  return receivedAt;
}

/** Required text, cleaned as the form cleans it and checked against the form's length limit. */
function readText(
  reader: RowReader,
  key: ImportColumnKey,
  description: string,
  maxLength: number,
  toText: (cell: Cell) => string = cellText,
): string | undefined {
  const value = cleanText(toText(reader.cell(key)));
  if (value === '') {
    reader.report(key, `${description} (wajib diisi)`);
    return undefined;
  }
  const length = visibleLength(value);
  if (length > maxLength) {
    reader.report(key, `paling banyak ${maxLength} karakter`, { description: `tertulis ${length} karakter` });
    return undefined;
  }
  return value;
}

/** Optional public summary: it must fit the form's limit and hold no personal data. */
function readSummary(reader: RowReader): string | null | undefined {
  const value = cleanText(reader.text('summary'));
  if (value === '') {
    return null;
  }
  const length = visibleLength(value);
  if (length > COMPLAINT_LIMITS.summary) {
    reader.report('summary', `paling banyak ${COMPLAINT_LIMITS.summary} karakter`, { description: `tertulis ${length} karakter` });
    return undefined;
  }
  const matches = findPersonalData(value);
  if (matches.length > 0) {
    const items = matches.map((match) => `${PERSONAL_DATA_LABELS[match.kind]} "${match.text}"`).join(', ');
    reader.report('summary', 'ringkasan tanpa data pribadi, karena ringkasan ditampilkan kepada publik', {
      description: `ringkasan memuat ${items}`,
    });
    return undefined;
  }
  return value;
}

interface Place {
  districtCode: string | null;
  villageCode: string | null;
  lat: number | null;
  lng: number | null;
}

function readPlace(reader: RowReader, context: RowContext): Place | undefined {
  const districtCode = reader.optional('district', (cell) => context.matcher.district(cellText(cell)));
  const villageCode =
    districtCode === undefined ? undefined : reader.optional('village', (cell) => context.matcher.village(cellText(cell), districtCode));
  const lat = reader.optional('lat', (cell) => parseCoordinate(cell, -90, 90));
  const lng = reader.optional('lng', (cell) => parseCoordinate(cell, -180, 180));
  if (districtCode === undefined || villageCode === undefined || lat === undefined || lng === undefined) {
    return undefined;
  }
  if ((lat === null) !== (lng === null)) {
    const missing = lat === null ? 'lat' : 'lng';
    reader.report(missing, 'garis lintang dan garis bujur diisi bersama-sama, atau keduanya kosong');
    return undefined;
  }
  const place = lat !== null && lng !== null && context.boundaries ? placeOf(context.boundaries, lat, lng) : null;
  if (place && place.kind !== 'inside') {
    const swapped = place.kind === 'swapped' ? ' (lintang dan bujur tampaknya tertukar)' : '';
    reader.report('lat', `titik di dalam wilayah ${context.regionName}, ${centreExample(context.boundaries!)}${swapped}`, {
      text: `${cellText(reader.cell('lat'))}, ${cellText(reader.cell('lng'))}`,
    });
    return undefined;
  }
  return { districtCode, villageCode, lat, lng };
}

/** "misalnya lintang -6,75 dan bujur 111,04": the middle of the region, with decimal commas. */
function centreExample(boundaries: RegionBoundaries): string {
  const bounds = boundaries.box;
  const degrees = (value: number) => value.toFixed(2).replace('.', ',');
  return `misalnya lintang ${degrees((bounds.minLat + bounds.maxLat) / 2)} dan bujur ${degrees((bounds.minLng + bounds.maxLng) / 2)}`;
}
