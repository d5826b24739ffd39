import { sql } from 'drizzle-orm';
import { boolean, check, doublePrecision, integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';

/** Kecamatan of the deployment, keyed by the Kemendagri region code (e.g. 33.18.01). */
export const districts = pgTable('districts', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  lat: doublePrecision('lat').notNull(),
  lng: doublePrecision('lng').notNull(),
});

/** Desa and kelurahan, keyed by their Kemendagri code (e.g. 33.18.01.2001). */
export const villages = pgTable(
  'villages',
  {
    code: text('code').primaryKey(),
    districtCode: text('district_code')
      .notNull()
      .references(() => districts.code),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    lat: doublePrecision('lat').notNull(),
    lng: doublePrecision('lng').notNull(),
    postalCode: text('postal_code'),
  },
  (table) => [check('villages_kind_check', sql`${table.kind} in ('desa', 'kelurahan')`)],
);

/** Who acts on a complaint: a regional office (OPD), a kecamatan office or a vertical agency. */
export const agencies = pgTable(
  'agencies',
  {
    id: serial('id').primaryKey(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    shortName: text('short_name').notNull(),
    kind: text('kind').notNull(),
    districtCode: text('district_code').references(() => districts.code),
    active: boolean('active').notNull().default(true),
  },
  (table) => [check('agencies_kind_check', sql`${table.kind} in ('opd', 'district_office', 'vertical')`)],
);

export const categories = pgTable(
  'categories',
  {
    id: serial('id').primaryKey(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    group: text('group').notNull(),
    defaultAgencyId: integer('default_agency_id').references(() => agencies.id),
    sortOrder: integer('sort_order').notNull().default(0),
    active: boolean('active').notNull().default(true),
  },
  (table) => [
    check(
      'categories_group_check',
      sql`${table.group} in ('infrastruktur', 'pelayanan_publik', 'instansi_vertikal', 'lainnya')`,
    ),
  ],
);

/**
 * Deployment settings (name, ticket prefix, time zone, map, contact points) as one validated
 * JSON document. The single row has id 1; `src/domain/deployment.ts` holds its schema.
 */
export const deploymentSettings = pgTable(
  'deployment_settings',
  {
    id: integer('id').primaryKey().default(1),
    settings: jsonb('settings').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [check('deployment_settings_single_row', sql`${table.id} = 1`)],
);
