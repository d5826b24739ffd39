/**
 * Rows of the staff export, read in batches by id so that an export of any size keeps at most
 * one batch in memory. Each batch is its own query: no transaction stays open while
 * the client downloads, which on PGlite would hold up every other request.
 */

import { and, asc, count, eq, gt, inArray, isNotNull } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { agencies, categories, complaintEvents, complaints, districts, villages } from '../../../db/schema/index.ts';
import type { SessionUser } from '../auth/session.ts';
import { filterConditions, type ListFilter } from '../complaints/queries.ts';

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

/** Yield the complaints `user` may see that match the list filter, in batches, oldest id first. */
export async function* exportBatches(
  db: Executor,
  user: SessionUser,
  filter: ListFilter,
  now = new Date(),
  batchSize = EXPORT_BATCH_SIZE,
): AsyncGenerator<ExportRow[]> {
  const conditions = filterConditions(user, filter, now);
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

async function internalNoteCounts(db: Executor, ids: number[]): Promise<Map<number, number>> {
  const rows = await db
    .select({ complaintId: complaintEvents.complaintId, notes: count() })
    .from(complaintEvents)
    .where(and(inArray(complaintEvents.complaintId, ids), isNotNull(complaintEvents.internalNote)))
    .groupBy(complaintEvents.complaintId);
  return new Map(rows.map((row) => [row.complaintId, row.notes]));
}
