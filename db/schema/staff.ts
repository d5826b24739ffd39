import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { agencies } from './reference.ts';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true });

export const staff = pgTable(
  'staff',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** Sign-in name, stored in lower case. */
    username: text('username').notNull().unique(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role').notNull(),
    /** Set for agency officers only: the one agency whose complaints they act on. */
    agencyId: integer('agency_id').references(() => agencies.id),
    active: boolean('active').notNull().default(true),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    lastSignInAt: timestamptz('last_sign_in_at'),
  },
  (table) => [
    check('staff_role_check', sql`${table.role} in ('admin', 'verifier', 'agency_officer', 'viewer')`),
    check('staff_agency_check', sql`(${table.role} = 'agency_officer') = (${table.agencyId} is not null)`),
  ],
);

/** Signed-in sessions. The id is the SHA-256 of the cookie token, so a database leak gives no usable cookie. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id, { onDelete: 'cascade' }),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    lastSeenAt: timestamptz('last_seen_at').notNull().defaultNow(),
    expiresAt: timestamptz('expires_at').notNull(),
  },
  (table) => [index('sessions_staff_idx').on(table.staffId)],
);

/**
 * Sign-in attempts, counted to throttle guessing per typed username and per client address.
 * A row is written before the password is checked, so parallel requests count each other.
 * Rows older than a day are deleted, and the audit log keeps the lasting record.
 */
export const signInAttempts = pgTable(
  'sign_in_attempts',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    attemptedAt: timestamptz('attempted_at').notNull().defaultNow(),
    /** Username as typed, trimmed and in lower case, whether or not an account has it. */
    usernameKey: text('username_key').notNull(),
    clientAddress: text('client_address'),
    /** pending while the password is checked, then failed, succeeded or throttled. */
    outcome: text('outcome').notNull().default('pending'),
  },
  (table) => [
    check('sign_in_attempts_outcome_check', sql`${table.outcome} in ('pending', 'failed', 'succeeded', 'throttled')`),
    index('sign_in_attempts_username_idx').on(table.usernameKey, table.attemptedAt),
    index('sign_in_attempts_address_idx').on(table.clientAddress, table.attemptedAt),
  ],
);
