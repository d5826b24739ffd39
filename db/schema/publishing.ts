import { sql } from 'drizzle-orm';
import { check, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { staff } from './staff.ts';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true });

/** One row per publish run, kept so staff can see the last result and the cause of a failure. */
export const publishes = pgTable(
  'publishes',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    trigger: text('trigger').notNull(),
    status: text('status').notNull().default('running'),
    staffId: integer('staff_id').references(() => staff.id),
    startedAt: timestamptz('started_at').notNull().defaultNow(),
    finishedAt: timestamptz('finished_at'),
    /** Time the snapshot was taken; the public pages show it as "Data per …". */
    snapshotAt: timestamptz('snapshot_at'),
    siteId: text('site_id'),
    complaintCount: integer('complaint_count'),
    error: text('error'),
    /** Stage while running, e.g. "Membangun situs statis"; after a failure, the stage that failed. */
    stage: text('stage'),
  },
  (table) => [
    check('publishes_trigger_check', sql`${table.trigger} in ('start', 'cli', 'button', 'schedule')`),
    check('publishes_status_check', sql`${table.status} in ('running', 'succeeded', 'failed')`),
    // At most one publish runs at a time, across every server on the same database.
    uniqueIndex('publishes_one_running').on(table.status).where(sql`${table.status} = 'running'`),
  ],
);
