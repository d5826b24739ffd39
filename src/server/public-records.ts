/**
 * Reads complaints for the public view. These queries select only the columns that
 * `PublicSource` declares; the reporter, the original message, internal notes and staff are
 * never read here.
 */

import { aliasedTable, asc, eq, gt, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { agencies, categories, complaintEvents, complaints, districts, holidays, villages } from '../../db/schema/index.ts';
import type { AgencyKind, CategoryGroup } from '../domain/categories.ts';
import type { Channel } from '../domain/channels.ts';
import type { EventKind } from '../domain/events.ts';
import type { PublicSource, PublicSourceEvent } from '../domain/public-view.ts';
import type { SnapshotHoliday } from '../domain/snapshot.ts';
import type { InvalidReason, Outcome, Status } from '../domain/status.ts';
import { ticketCode } from '../domain/ticket.ts';

const eventAgencies = aliasedTable(agencies, 'event_agencies');

/**
 * The ticket of the complaint a duplicate points to, as a subquery: joining the complaints table
 * to itself through drizzle's aliasedTable loses the row type.
 */
export function duplicateOfTicket() {
  return sql<string | null>`(select original.ticket from complaints as original where original.id = ${complaints.duplicateOfId})`;
}



function selectPublicSources(db: Executor) {
  return db
    .select({
      id: complaints.id,
      ticket: complaints.ticket,
      channel: complaints.channel,
      receivedAt: complaints.receivedAt,
      status: complaints.status,
      invalidReason: complaints.invalidReason,
      outcome: complaints.outcome,
      confidential: complaints.confidential,
      summary: complaints.summary,
      lat: complaints.lat,
      lng: complaints.lng,
      verifiedAt: complaints.verifiedAt,
      forwardedAt: complaints.forwardedAt,
      firstResponseAt: complaints.firstResponseAt,
      resolvedAt: complaints.resolvedAt,
      verificationDays: complaints.verificationDays,
      firstResponseDays: complaints.firstResponseDays,
      resolutionDays: complaints.resolutionDays,
      verificationDueAt: complaints.verificationDueAt,
      actionDueAt: complaints.actionDueAt,
      categorySlug: categories.slug,
      categoryName: categories.name,
      categoryGroup: categories.group,
      districtCode: districts.code,
      districtName: districts.name,
      villageCode: villages.code,
      villageName: villages.name,
      agencySlug: agencies.slug,
      agencyName: agencies.name,
      agencyKind: agencies.kind,
      duplicateOfTicket: duplicateOfTicket(),
      // The receipt time as PostgreSQL writes it, for the keyset of publicSourcesByReceipt: a JS
      // Date keeps only milliseconds, so a time stored with microseconds would be read twice.
      receivedAtCursor: sql<string>`${complaints.receivedAt}::text`,
    })
    .from(complaints)
    .innerJoin(categories, eq(categories.id, complaints.categoryId))
    .leftJoin(districts, eq(districts.code, complaints.districtCode))
    .leftJoin(villages, eq(villages.code, complaints.villageCode))
    .leftJoin(agencies, eq(agencies.id, complaints.agencyId));
}

type SourceRow = Awaited<ReturnType<ReturnType<typeof selectPublicSources>['execute']>>[number];

function toSource(row: SourceRow): PublicSource & { id: number } {
  return {
    id: row.id,
    ticket: row.ticket,
    channel: row.channel as Channel,
    receivedAt: row.receivedAt,
    status: row.status as Status,
    invalidReason: row.invalidReason as InvalidReason | null,
    outcome: row.outcome as Outcome | null,
    confidential: row.confidential,
    summary: row.summary,
    category: { slug: row.categorySlug, name: row.categoryName, group: row.categoryGroup as CategoryGroup },
    district: row.districtCode ? { code: row.districtCode, name: row.districtName! } : null,
    village: row.villageCode ? { code: row.villageCode, name: row.villageName! } : null,
    agency: row.agencySlug
      ? { slug: row.agencySlug, name: row.agencyName!, kind: row.agencyKind as AgencyKind }
      : null,
    lat: row.lat,
    lng: row.lng,
    verifiedAt: row.verifiedAt,
    forwardedAt: row.forwardedAt,
    firstResponseAt: row.firstResponseAt,
    resolvedAt: row.resolvedAt,
    verificationDays: row.verificationDays,
    firstResponseDays: row.firstResponseDays,
    resolutionDays: row.resolutionDays,
    verificationDueAt: row.verificationDueAt,
    actionDueAt: row.actionDueAt,
    duplicateOfTicket: row.duplicateOfTicket,
  };
}

/**
 * The public source of one complaint by its canonical ticket, or null when there is none. A
 * ticket typed with a prefix other than the stored one (the deployment changed its prefix, or
 * the citizen remembered it wrong) is found by its code when exactly one complaint has it.
 */
export async function findPublicSource(db: Executor, ticket: string): Promise<(PublicSource & { id: number }) | null> {
  const lookups = ticketLookups(db);
  const [row] = await lookups.byTicket.execute({ ticket });
  if (row) {
    return toSource(row);
  }
  const sameCode = await lookups.byCode.execute({ code: ticketCode(ticket) });
  return sameCode.length === 1 ? toSource(sameCode[0]!) : null;
}

/**
 * Prepare the queries of the live ticket page. Prepared once per database, their SQL is built
 * once instead of on every lookup: building it took about a tenth of the server's CPU time in
 * a profile of the ticket page under load.
 */
function prepareTicketLookups(db: Executor) {
  return {
    byTicket: selectPublicSources(db)
      .where(eq(complaints.ticket, sql.placeholder('ticket')))
      .prepare('public_source_by_ticket'),
    byCode: selectPublicSources(db)
      .where(eq(ticketCodeColumn(), sql.placeholder('code')))
      .limit(2)
      .prepare('public_source_by_code'),
    events: db
      .select({
        kind: complaintEvents.kind,
        toStatus: complaintEvents.toStatus,
        detail: complaintEvents.detail,
        agencyName: eventAgencies.name,
        publicNote: complaintEvents.publicNote,
        occurredAt: complaintEvents.occurredAt,
      })
      .from(complaintEvents)
      .leftJoin(eventAgencies, eq(eventAgencies.id, complaintEvents.agencyId))
      .where(eq(complaintEvents.complaintId, sql.placeholder('complaintId')))
      .orderBy(asc(complaintEvents.occurredAt), asc(complaintEvents.id))
      .prepare('public_events_of'),
  };
}

const preparedLookups = new WeakMap<Executor, ReturnType<typeof prepareTicketLookups>>();

function ticketLookups(db: Executor): ReturnType<typeof prepareTicketLookups> {
  let lookups = preparedLookups.get(db);
  if (!lookups) {
    lookups = prepareTicketLookups(db);
    preparedLookups.set(db, lookups);
  }
  return lookups;
}

/**
 * Build the SQL of a ticket's code without its prefix. The expression matches the one of the index
 * complaints_ticket_code_idx, so that a lookup of an unknown code reads the index instead of
 * scanning the table.
 */
export function ticketCodeColumn() {
  return sql<string>`substr(${complaints.ticket}, strpos(${complaints.ticket}, '-') + 1)`;
}

/** Public timeline entries of a complaint, oldest first. */
export async function publicEventsOf(db: Executor, complaintId: number): Promise<PublicSourceEvent[]> {
  const rows = await ticketLookups(db).events.execute({ complaintId });
  return rows.map((row) => ({
    kind: row.kind as EventKind,
    toStatus: row.toStatus as Status | null,
    detail: row.detail,
    agencyName: row.agencyName,
    publicNote: row.publicNote,
    occurredAt: row.occurredAt,
  }));
}

/**
 * Every complaint's public source in id order, read in batches by keyset pagination so that
 * memory stays flat however many complaints there are.
 */
export async function* allPublicSources(db: Executor, batchSize = 5000): AsyncGenerator<PublicSource & { id: number }> {
  let afterId = 0;
  for (;;) {
    const rows = await selectPublicSources(db)
      .where(gt(complaints.id, afterId))
      .orderBy(asc(complaints.id))
      .limit(batchSize);
    for (const row of rows) {
      yield toSource(row);
    }
    if (rows.length < batchSize) {
      return;
    }
    afterId = rows[rows.length - 1]!.id;
  }
}


/**
 * Every complaint's public source ordered by receipt time (then id), read in batches by keyset
 * pagination. The export uses this order so that it visits each day, month and year once.
 */
export async function* publicSourcesByReceipt(
  db: Executor,
  batchSize = 5000,
): AsyncGenerator<PublicSource & { id: number }> {
  let after: { receivedAt: string; id: number } | null = null;
  for (;;) {
    const rows: SourceRow[] = await selectPublicSources(db)
      .where(after ? sql`(${complaints.receivedAt}, ${complaints.id}) > (${after.receivedAt}::timestamptz, ${after.id})` : undefined)
      .orderBy(asc(complaints.receivedAt), asc(complaints.id))
      .limit(batchSize);
    for (const row of rows) {
      yield toSource(row);
    }
    if (rows.length < batchSize) {
      return;
    }
    const last: SourceRow = rows[rows.length - 1]!;
    after = { receivedAt: last.receivedAtCursor, id: last.id };
  }
}

/** The holidays and collective leave days the working-day clocks skip, in date order. */
export async function publicHolidays(db: Executor): Promise<SnapshotHoliday[]> {
  const rows = await db.select({ date: holidays.date, name: holidays.name, kind: holidays.kind }).from(holidays).orderBy(asc(holidays.date));
  return rows.map((row) => ({ date: row.date, name: row.name, kind: row.kind as SnapshotHoliday['kind'] }));
}
