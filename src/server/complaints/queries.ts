/** Staff-side reads of complaints. Agency officers only ever see complaints of their own agency. */

import { aliasedTable, and, asc, count, desc, eq, gte, isNull, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import {
  agencies,
  categories,
  complaintEvents,
  complaints,
  districts,
  reporters,
  staff,
  villages,
} from '../../../db/schema/index.ts';
import { duplicateMatch } from '../../domain/duplicates.ts';
import { duplicateOfTicket } from '../public-records.ts';
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

export const SORTS = ['newest', 'oldest', 'urgent'] as const;
export type Sort = (typeof SORTS)[number];

export interface ListFilter {
  status?: Status | null;
  channel?: string | null;
  categoryId?: number | null;
  agencyId?: number | null;
  districtCode?: string | null;
  /** First and last local day of receipt, as instants: from is inclusive, until exclusive. */
  receivedFrom?: Date | null;
  receivedUntil?: Date | null;
  overdue?: boolean;
  /** Words searched in the summary and the original message, or a ticket number. */
  search?: string | null;
  /** The search as a canonical ticket, when it is one. */
  ticket?: string | null;
  sort?: Sort;
  page?: number;
}

/** The conditions of a list filter, shared by the list page and the CSV export. */
export function filterConditions(user: SessionUser, filter: ListFilter, now = new Date()): SQL | undefined {
  const search = filter.search?.trim();
  return and(
    visibleTo(user),
    filter.status ? eq(complaints.status, filter.status) : undefined,
    filter.channel ? eq(complaints.channel, filter.channel) : undefined,
    filter.categoryId ? eq(complaints.categoryId, filter.categoryId) : undefined,
    filter.agencyId ? eq(complaints.agencyId, filter.agencyId) : undefined,
    filter.districtCode ? eq(complaints.districtCode, filter.districtCode) : undefined,
    filter.receivedFrom ? gte(complaints.receivedAt, filter.receivedFrom) : undefined,
    filter.receivedUntil ? lt(complaints.receivedAt, filter.receivedUntil) : undefined,
    filter.overdue ? or(lt(complaints.verificationDueAt, now), lt(complaints.actionDueAt, now)) : undefined,
    filter.ticket
      ? eq(complaints.ticket, filter.ticket)
      : search
        ? sql`${complaints.search} @@ websearch_to_tsquery('indonesian'::regconfig, ${search})`
        : undefined,
  );
}

/** Earliest running deadline of a complaint: what makes it urgent. */
const nextDeadline = sql<Date | null>`least(${complaints.verificationDueAt}, ${complaints.actionDueAt})`;

export async function listComplaints(db: Executor, user: SessionUser, filter: ListFilter, now = new Date()) {
  const conditions = filterConditions(user, filter, now);
  const page = Math.max(1, filter.page ?? 1);
  const order = {
    newest: [desc(complaints.receivedAt), desc(complaints.id)],
    oldest: [asc(complaints.receivedAt), asc(complaints.id)],
    urgent: [sql`${nextDeadline} asc nulls last`, asc(complaints.receivedAt)],
  }[filter.sort ?? 'newest'];

  const rows = await db
    .select({
      id: complaints.id,
      ticket: complaints.ticket,
      channel: complaints.channel,
      receivedAt: complaints.receivedAt,
      status: complaints.status,
      summary: complaints.summary,
      confidential: complaints.confidential,
      verificationDueAt: complaints.verificationDueAt,
      actionDueAt: complaints.actionDueAt,
      category: categories.name,
      district: districts.name,
      agency: agencies.shortName,
    })
    .from(complaints)
    .innerJoin(categories, eq(categories.id, complaints.categoryId))
    .leftJoin(districts, eq(districts.code, complaints.districtCode))
    .leftJoin(agencies, eq(agencies.id, complaints.agencyId))
    .where(conditions)
    .orderBy(...order)
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
      duplicateOfId: complaints.duplicateOfId,
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
      duplicateOfTicket: duplicateOfTicket(),
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

/** Days before and after a complaint searched for possible duplicates. */
const DUPLICATE_WINDOW_DAYS = 7;

/**
 * Complaints that may be about the same matter as complaint `id`, best match first: received a
 * few days apart in the same kecamatan and category, or with similar text. Complaints already
 * linked as duplicates and invalid ones are left out.
 */
export async function possibleDuplicates(db: Executor, user: SessionUser, id: number) {
  const [complaint] = await db
    .select({
      receivedAt: complaints.receivedAt,
      categoryId: complaints.categoryId,
      districtCode: complaints.districtCode,
      summary: complaints.summary,
      originalText: complaints.originalText,
    })
    .from(complaints)
    .where(eq(complaints.id, id));
  if (!complaint) {
    return [];
  }

  const window = DUPLICATE_WINDOW_DAYS * 86_400_000;
  const candidates = await db
    .select({
      id: complaints.id,
      ticket: complaints.ticket,
      receivedAt: complaints.receivedAt,
      status: complaints.status,
      categoryId: complaints.categoryId,
      districtCode: complaints.districtCode,
      summary: complaints.summary,
      originalText: complaints.originalText,
    })
    .from(complaints)
    .where(
      and(
        visibleTo(user),
        ne(complaints.id, id),
        ne(complaints.status, 'invalid'),
        isNull(complaints.duplicateOfId),
        gte(complaints.receivedAt, new Date(complaint.receivedAt.getTime() - window)),
        lt(complaints.receivedAt, new Date(complaint.receivedAt.getTime() + window)),
      ),
    )
    .limit(500);

  const subject = { ...complaint, text: `${complaint.summary ?? ''} ${complaint.originalText}` };
  return candidates
    .map((candidate) => ({
      candidate,
      match: duplicateMatch(subject, { ...candidate, text: `${candidate.summary ?? ''} ${candidate.originalText}` }),
    }))
    .filter((entry) => entry.match !== null)
    .sort((a, b) => b.match!.score - a.match!.score)
    .slice(0, 5)
    .map(({ candidate, match }) => ({
      id: candidate.id,
      ticket: candidate.ticket,
      receivedAt: candidate.receivedAt,
      status: candidate.status,
      summary: candidate.summary,
      reasons: match!.reasons,
    }));
}

/** Other complaints of the same reporter, newest first, within what `user` may see. */
export async function reporterHistory(db: Executor, user: SessionUser, reporterId: number, exceptId: number) {
  return db
    .select({
      id: complaints.id,
      ticket: complaints.ticket,
      channel: complaints.channel,
      receivedAt: complaints.receivedAt,
      status: complaints.status,
      summary: complaints.summary,
    })
    .from(complaints)
    .where(and(visibleTo(user), eq(complaints.reporterId, reporterId), ne(complaints.id, exceptId)))
    .orderBy(desc(complaints.receivedAt))
    .limit(20);
}

/** The reporter's phone number in E.164 form, when known: the "Balas via WhatsApp" link uses it. */
export async function reporterPhone(db: Executor, reporterId: number): Promise<string | null> {
  const [row] = await db.select({ phone: reporters.phoneE164 }).from(reporters).where(eq(reporters.id, reporterId));
  return row?.phone ?? null;
}
