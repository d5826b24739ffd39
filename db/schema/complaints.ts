import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  doublePrecision,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { agencies, categories, districts, villages } from './reference.ts';
import { staff } from './staff.ts';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true });

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * A person who reported at least one complaint. Reporters are linked across complaints and
 * channels by their phone number in E.164 form, or by their e-mail address.
 */
export const reporters = pgTable('reporters', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  name: text('name').notNull(),
  phoneE164: text('phone_e164').unique(),
  email: text('email').unique(),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
});

export const complaints = pgTable(
  'complaints',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    ticket: text('ticket').notNull().unique(),
    channel: text('channel').notNull(),
    receivedAt: timestamptz('received_at').notNull(),
    reporterId: integer('reporter_id').references(() => reporters.id),
    /** Reporter name and contact as given with this complaint (phone, e-mail or social handle). */
    reporterName: text('reporter_name').notNull(),
    reporterContact: text('reporter_contact').notNull(),
    originalText: text('original_text').notNull(),
    /** Summary written by staff for the public; checked for personal data before it is saved. */
    summary: text('summary'),
    categoryId: integer('category_id')
      .notNull()
      .references(() => categories.id),
    districtCode: text('district_code').references(() => districts.code),
    villageCode: text('village_code').references(() => villages.code),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    agencyId: integer('agency_id').references(() => agencies.id),
    /** The agency's own reference number, e.g. a PLN ticket. */
    agencyReference: text('agency_reference'),
    status: text('status').notNull().default('received'),
    invalidReason: text('invalid_reason'),
    outcome: text('outcome'),
    confidential: boolean('confidential').notNull().default(false),
    duplicateOfId: integer('duplicate_of_id').references((): AnyPgColumn => complaints.id),
    verifiedAt: timestamptz('verified_at'),
    forwardedAt: timestamptz('forwarded_at'),
    firstResponseAt: timestamptz('first_response_at'),
    resolvedAt: timestamptz('resolved_at'),
    createdBy: integer('created_by').references(() => staff.id),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
    /** Incremented by every change; a save that carries an older version is rejected. */
    version: integer('version').notNull().default(1),
    /** End of the verification target while that clock runs; null once verified. */
    verificationDueAt: timestamptz('verification_due_at'),
    /** End of the agency's target for a first follow-up while that clock runs. */
    actionDueAt: timestamptz('action_due_at'),
    /**
     * Final lengths of the stopped clocks in working days, kept by refreshDueDates and null while
     * a clock runs: verification (paused days left out), forwarding to the first follow-up, and
     * receipt to resolution (paused days left out). Statistics read them through the public view.
     */
    verificationDays: integer('verification_days'),
    firstResponseDays: integer('first_response_days'),
    resolutionDays: integer('resolution_days'),
    /** Identity of the spreadsheet row a complaint was imported from; re-importing it is skipped. */
    importKey: text('import_key').unique(),
    /** Words of the summary and the original message, for staff search (Indonesian stemming). */
    search: tsvector('search').generatedAlwaysAs(
      sql`to_tsvector('indonesian'::regconfig, coalesce(summary, '') || ' ' || original_text)`,
    ),
  },
  (table) => [
    check(
      'complaints_channel_check',
      sql`${table.channel} in ('whatsapp', 'instagram', 'facebook', 'twitter', 'email', 'walk_in', 'web')`,
    ),
    check(
      'complaints_status_check',
      sql`${table.status} in ('received', 'needs_info', 'invalid', 'forwarded', 'in_progress', 'resolved')`,
    ),
    check(
      'complaints_invalid_reason_check',
      sql`(${table.status} = 'invalid') = (${table.invalidReason} is not null)
        and (${table.invalidReason} is null
          or ${table.invalidReason} in ('not_factual', 'unclear', 'out_of_authority', 'duplicate', 'spam'))`,
    ),
    check(
      'complaints_outcome_check',
      sql`(${table.status} = 'resolved') = (${table.outcome} is not null)
        and (${table.outcome} is null or ${table.outcome} in ('fixed', 'answered', 'referred', 'no_action'))`,
    ),
    check(
      'complaints_location_check',
      sql`(${table.lat} is null) = (${table.lng} is null)
        and (${table.lat} is null or (${table.lat} between -90 and 90 and ${table.lng} between -180 and 180))`,
    ),
    check(
      'complaints_clock_lengths_check',
      sql`coalesce(${table.verificationDays}, 0) >= 0 and coalesce(${table.firstResponseDays}, 0) >= 0
        and coalesce(${table.resolutionDays}, 0) >= 0`,
    ),
    check(
      'complaints_agency_check',
      sql`${table.status} not in ('forwarded', 'in_progress', 'resolved') or ${table.agencyId} is not null`,
    ),
    index('complaints_status_idx').on(table.status),
    // The ticket without its prefix, for lookups of a ticket typed with another prefix:
    // ticketCodeColumn in src/server/public-records.ts must use the same expression.
    index('complaints_ticket_code_idx').on(sql`substr(${table.ticket}, strpos(${table.ticket}, '-') + 1)`),
    // Receipt time first, then id: the snapshot export pages through complaints in this order.
    index('complaints_received_at_id_idx').on(table.receivedAt, table.id),
    index('complaints_agency_idx').on(table.agencyId),
    index('complaints_reporter_idx').on(table.reporterId),
    index('complaints_search_idx').using('gin', table.search),
    index('complaints_verification_due_idx').on(table.verificationDueAt),
    index('complaints_action_due_idx').on(table.actionDueAt),
  ],
);

/** Append-only timeline of a complaint: every action writes one row. */
export const complaintEvents = pgTable(
  'complaint_events',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    complaintId: integer('complaint_id')
      .notNull()
      .references(() => complaints.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    agencyId: integer('agency_id').references(() => agencies.id),
    /** Invalid reason for `reject`, outcome for `resolve`. */
    detail: text('detail'),
    publicNote: text('public_note'),
    internalNote: text('internal_note'),
    staffId: integer('staff_id').references(() => staff.id),
    occurredAt: timestamptz('occurred_at').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (table) => [index('complaint_events_complaint_idx').on(table.complaintId, table.occurredAt)],
);
