/**
 * Rows of the staff export, read in batches by id so that an export of any size keeps at most
 * one batch in memory. Each batch is its own query: no transaction stays open while
 * the client downloads, which on PGlite would hold up every other request.
 */

import { and, asc, count, eq, gt, gte, inArray, isNotNull, lt, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { agencies, categories, complaintEvents, complaints, districts, villages } from '../../../db/schema/index.ts';
import type { ExportFilter } from '../../domain/export-filter.ts';
import { addDays, startOfLocalDay } from '../../domain/time.ts';
import type { SessionUser } from '../auth/session.ts';
import { visibleTo } from '../complaints/queries.ts';

export const EXPORT_BATCH_SIZE = 500;

function selectRows(db: Executor) {
  return db
    .select({
      id: complaints.id,
      ticket: complaints.ticket,
      channel: complaints.channel,
      receivedAt: complaints.receivedAt,
      reporterName: complaints.reporterName,
      reporterContact: complaints.reporterContact,
      originalText: complaints.originalText,
      summary: complaints.summary,
      category: categories.name,
      categoryGroup: categories.group,
      district: districts.name,
      village: villages.name,
      lat: complaints.lat,
      lng: complaints.lng,
      status: complaints.status,
      invalidReason: complaints.invalidReason,
      agency: agencies.name,
      agencyReference: complaints.agencyReference,
      forwardedAt: complaints.forwardedAt,
      resolvedAt: complaints.resolvedAt,
      outcome: complaints.outcome,
      confidential: complaints.confidential,
    })
    .from(complaints)
    .innerJoin(categories, eq(categories.id, complaints.categoryId))
    .leftJoin(districts, eq(districts.code, complaints.districtCode))
    .leftJoin(villages, eq(villages.code, complaints.villageCode))
    .leftJoin(agencies, eq(agencies.id, complaints.agencyId));
}

export type ExportRow = Awaited<ReturnType<ReturnType<typeof selectRows>['execute']>>[number] & {
  /** Timeline entries with an internal note. */
  internalNotes: number;
};

/** Yield the complaints `user` may see that match `filter`, in batches, oldest id first. */
export async function* exportBatches(
  db: Executor,
  user: Pick<SessionUser, 'role' | 'agencyId'>,
  filter: ExportFilter,
  timeZone: string,
  batchSize = EXPORT_BATCH_SIZE,
): AsyncGenerator<ExportRow[]> {
  const conditions = and(visibleTo(user), ...filterConditions(filter, timeZone));
  let afterId = 0;
  for (;;) {
    const rows = await selectRows(db)
      .where(and(conditions, gt(complaints.id, afterId)))
      .orderBy(asc(complaints.id))
      .limit(batchSize);
    if (rows.length === 0) {
      return;
    }
    const notes = await internalNoteCounts(db, rows.map((row) => row.id));
    yield rows.map((row) => ({ ...row, internalNotes: notes.get(row.id) ?? 0 }));
    afterId = rows.at(-1)!.id;
  }
}

function filterConditions(filter: ExportFilter, timeZone: string): Array<SQL | undefined> {
  const numeric = (values: string[]) => values.filter((value) => /^\d{1,9}$/.test(value)).map(Number);
  return [
    filter.statuses.length > 0 ? inArray(complaints.status, filter.statuses) : undefined,
    filter.channels.length > 0 ? inArray(complaints.channel, filter.channels) : undefined,
    filter.categories.length > 0
      ? or(inArray(categories.id, numeric(filter.categories)), inArray(categories.slug, filter.categories))
      : undefined,
    filter.agencies.length > 0
      ? or(inArray(complaints.agencyId, numeric(filter.agencies)), inArray(agencies.slug, filter.agencies))
      : undefined,
    filter.districts.length > 0 ? inArray(complaints.districtCode, filter.districts) : undefined,
    filter.from ? gte(complaints.receivedAt, startOfLocalDay(filter.from, timeZone)) : undefined,
    filter.to ? lt(complaints.receivedAt, startOfLocalDay(addDays(filter.to, 1), timeZone)) : undefined,
  ];
}

async function internalNoteCounts(db: Executor, ids: number[]): Promise<Map<number, number>> {
  const rows = await db
    .select({ complaintId: complaintEvents.complaintId, notes: count() })
    .from(complaintEvents)
    .where(and(inArray(complaintEvents.complaintId, ids), isNotNull(complaintEvents.internalNote)))
    .groupBy(complaintEvents.complaintId);
  return new Map(rows.map((row) => [row.complaintId, row.notes]));
}
