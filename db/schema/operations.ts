import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { staff } from './staff.ts';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true });

/**
 * Days off on weekdays: Indonesia's national holidays and collective leave days (cuti bersama).
 * Working-day clocks skip them; the admin edits the list.
 */
export const holidays = pgTable(
  'holidays',
  {
    date: date('date', { mode: 'string' }).primaryKey(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (table) => [check('holidays_kind_check', sql`${table.kind} in ('national', 'collective_leave')`)],
);

/**
 * Dates the holiday seed (`db/seed/holidays.ts`) has inserted once. The seed never inserts a
 * date listed here again, so a holiday the admin deleted stays deleted after a restart.
 */
export const seededHolidays = pgTable('seeded_holidays', {
  date: date('date', { mode: 'string' }).primaryKey(),
  seededAt: timestamptz('seeded_at').notNull().defaultNow(),
});

/** Staff actions, kept for the admin: sign-ins, failed sign-ins, changes, exports and imports. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    occurredAt: timestamptz('occurred_at').notNull().defaultNow(),
    staffId: integer('staff_id').references(() => staff.id),
    /** Name typed at sign-in, kept for failed attempts that match no account. */
    username: text('username'),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    detail: jsonb('detail'),
    clientAddress: text('client_address'),
  },
  (table) => [index('audit_log_occurred_idx').on(table.occurredAt), index('audit_log_staff_idx').on(table.staffId)],
);

/**
 * Form submissions already processed, by the one-time token each form carries. A repeated
 * submission (double click, back and resubmit) finds its token here and gets the first result.
 */
export const idempotencyKeys = pgTable('idempotency_keys', {
  key: text('key').primaryKey(),
  staffId: integer('staff_id')
    .notNull()
    .references(() => staff.id, { onDelete: 'cascade' }),
  /** Where the first submission redirected to. */
  resultPath: text('result_path').notNull(),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
});
