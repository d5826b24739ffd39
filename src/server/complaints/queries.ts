/** Staff-side reads of complaints. Agency officers only ever see complaints of their own agency. */

import { aliasedTable, and, asc, count, desc, eq, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import {
  agencies,
  categories,
  complaintEvents,
  complaints,
  districts,
  staff,
  villages,
} from '../../../db/schema/index.ts';
import { boundsAround, type RegionBounds } from '../../domain/region.ts';
import type { Status } from '../../domain/status.ts';
import type { SessionUser } from '../auth/session.ts';

export const PAGE_SIZE = 50;

/** Return the condition that limits what `user` may see, or undefined for everything. */
export function visibleTo(user: Pick<SessionUser, 'role' | 'agencyId'>): SQL | undefined {
  if (user.role === 'agency_officer') {
    return eq(complaints.agencyId, user.agencyId ?? -1);
  }
  return undefined;
}

export interface ListFilter {
  status?: Status | null;
  page?: number;
}

export async function listComplaints(db: Executor, user: SessionUser, filter: ListFilter) {
  const conditions = and(visibleTo(user), filter.status ? eq(complaints.status, filter.status) : undefined);
  const page = Math.max(1, filter.page ?? 1);

  const rows = await db
    .select({
      id: complaints.id,
      ticket: complaints.ticket,
      channel: complaints.channel,
      receivedAt: complaints.receivedAt,
      status: complaints.status,
      summary: complaints.summary,
      confidential: complaints.confidential,
      category: categories.name,
      district: districts.name,
      agency: agencies.shortName,
    })
    .from(complaints)
    .innerJoin(categories, eq(categories.id, complaints.categoryId))
    .leftJoin(districts, eq(districts.code, complaints.districtCode))
    .leftJoin(agencies, eq(agencies.id, complaints.agencyId))
    .where(conditions)
    .orderBy(desc(complaints.receivedAt), desc(complaints.id))
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE);
  const [total] = await db.select({ value: count() }).from(complaints).where(conditions);
  return { rows, total: total?.value ?? 0, page };
}

const eventAgencies = aliasedTable(agencies, 'event_agencies');

/** Everything staff see about one complaint, or null when it does not exist or is not visible to `user`. */
export async function getComplaintDetail(db: Executor, user: SessionUser, id: number) {
  const [complaint] = await db
    .select({
      id: complaints.id,
      ticket: complaints.ticket,
      channel: complaints.channel,
      receivedAt: complaints.receivedAt,
      reporterName: complaints.reporterName,
      reporterContact: complaints.reporterContact,
      reporterId: complaints.reporterId,
      originalText: complaints.originalText,
      summary: complaints.summary,
      status: complaints.status,
      invalidReason: complaints.invalidReason,
      outcome: complaints.outcome,
      confidential: complaints.confidential,
      lat: complaints.lat,
      lng: complaints.lng,
      agencyId: complaints.agencyId,
      agencyReference: complaints.agencyReference,
      version: complaints.version,
      categoryId: complaints.categoryId,
      categoryName: categories.name,
      categoryGroup: categories.group,
      defaultAgencyId: categories.defaultAgencyId,
      districtName: districts.name,
      villageName: villages.name,
      agencyName: agencies.name,
    })
    .from(complaints)
    .innerJoin(categories, eq(categories.id, complaints.categoryId))
    .leftJoin(districts, eq(districts.code, complaints.districtCode))
    .leftJoin(villages, eq(villages.code, complaints.villageCode))
    .leftJoin(agencies, eq(agencies.id, complaints.agencyId))
    .where(and(eq(complaints.id, id), visibleTo(user)));
  if (!complaint) {
    return null;
  }

  const events = await db
    .select({
      id: complaintEvents.id,
      kind: complaintEvents.kind,
      fromStatus: complaintEvents.fromStatus,
      toStatus: complaintEvents.toStatus,
      detail: complaintEvents.detail,
      agencyName: eventAgencies.name,
      publicNote: complaintEvents.publicNote,
      internalNote: complaintEvents.internalNote,
      staffName: staff.displayName,
      occurredAt: complaintEvents.occurredAt,
    })
    .from(complaintEvents)
    .leftJoin(eventAgencies, eq(eventAgencies.id, complaintEvents.agencyId))
    .leftJoin(staff, eq(staff.id, complaintEvents.staffId))
    .where(eq(complaintEvents.complaintId, id))
    .orderBy(asc(complaintEvents.occurredAt), asc(complaintEvents.id));
  return { complaint, events };
}

/** Bounds of the deployment's villages, for checking typed coordinates. */
export async function regionBounds(db: Executor): Promise<RegionBounds | null> {
  return boundsAround(await db.select({ lat: villages.lat, lng: villages.lng }).from(villages));
}

/** Choices for the complaint forms: active categories and agencies, districts and villages. */
export async function formOptions(db: Executor) {
  const [categoryRows, agencyRows, districtRows, villageRows] = await Promise.all([
    db
      .select({ id: categories.id, name: categories.name, group: categories.group })
      .from(categories)
      .where(eq(categories.active, true))
      .orderBy(asc(categories.sortOrder)),
    db
      .select({ id: agencies.id, name: agencies.name, kind: agencies.kind })
      .from(agencies)
      .where(eq(agencies.active, true))
      .orderBy(asc(agencies.name)),
    db.select({ code: districts.code, name: districts.name }).from(districts).orderBy(asc(districts.name)),
    db
      .select({ code: villages.code, name: villages.name, districtCode: villages.districtCode })
      .from(villages)
      .orderBy(asc(villages.name)),
  ]);
  return { categories: categoryRows, agencies: agencyRows, districts: districtRows, villages: villageRows };
}
