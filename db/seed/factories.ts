/**
 * Factories shared by the demo data generator and the tests. They create complaints through
 * the same commands the staff section uses, so every factory-made complaint has a timeline that
 * the lifecycle rules allow.
 */

import { eq } from 'drizzle-orm';
import type { Database } from '../client.ts';
import { agencies, categories, staff } from '../schema/index.ts';
import type { Channel } from '../../src/domain/channels.ts';
import type { Action, InvalidReason, Outcome } from '../../src/domain/status.ts';
import { applyAction, logComplaint } from '../../src/server/complaints/commands.ts';

export interface ComplaintStep {
  action: Action;
  at: Date;
  agency?: string;
  agencyReference?: string;
  invalidReason?: InvalidReason;
  outcome?: Outcome;
  publicNote?: string;
  internalNote?: string;
  staffId?: number | null;
}

export interface ComplaintSpec {
  channel: Channel;
  receivedAt: Date;
  reporterName: string;
  reporterContact: string;
  originalText: string;
  /** Category slug. */
  category: string;
  districtCode?: string | null;
  villageCode?: string | null;
  lat?: number | null;
  lng?: number | null;
  summary?: string | null;
  confidential?: boolean;
  loggedBy?: number | null;
  steps?: ComplaintStep[];
}

/** Ids of reference rows by slug, loaded once per database. */
export interface ReferenceIds {
  category(slug: string): number;
  agency(slug: string): number;
}

export async function loadReferenceIds(db: Database): Promise<ReferenceIds> {
  const categoryRows = await db.select({ id: categories.id, slug: categories.slug }).from(categories);
  const agencyRows = await db.select({ id: agencies.id, slug: agencies.slug }).from(agencies);
  const categoryIds = new Map(categoryRows.map((row) => [row.slug, row.id]));
  const agencyIds = new Map(agencyRows.map((row) => [row.slug, row.id]));
  return {
    category(slug) {
      const id = categoryIds.get(slug);
      if (id === undefined) {
        throw new Error(`Unknown category slug "${slug}".`);
      }
      return id;
    },
    agency(slug) {
      const id = agencyIds.get(slug);
      if (id === undefined) {
        throw new Error(`Unknown agency slug "${slug}".`);
      }
      return id;
    },
  };
}

/** Create a complaint and walk it through its steps; returns its id and ticket. */
export async function createComplaint(
  db: Database,
  ids: ReferenceIds,
  spec: ComplaintSpec,
  ticket: { prefix: string; randomBytes?: (length: number) => Uint8Array },
): Promise<{ id: number; ticket: string }> {
  const created = await logComplaint(
    db,
    {
      channel: spec.channel,
      receivedAt: spec.receivedAt,
      reporterName: spec.reporterName,
      reporterContact: spec.reporterContact,
      originalText: spec.originalText,
      categoryId: ids.category(spec.category),
      districtCode: spec.districtCode ?? null,
      villageCode: spec.villageCode ?? null,
      lat: spec.lat ?? null,
      lng: spec.lng ?? null,
      summary: spec.summary ?? null,
      confidential: spec.confidential ?? false,
    },
    { staffId: spec.loggedBy ?? null },
    ticket,
  );

  for (const step of spec.steps ?? []) {
    await applyAction(
      db,
      created.id,
      {
        action: step.action,
        occurredAt: step.at,
        agencyId: step.agency ? ids.agency(step.agency) : null,
        agencyReference: step.agencyReference ?? null,
        invalidReason: step.invalidReason ?? null,
        outcome: step.outcome ?? null,
        publicNote: step.publicNote ?? null,
        internalNote: step.internalNote ?? null,
      },
      { staffId: step.staffId ?? null },
    );
  }
  return created;
}

/**
 * Password hash that no password matches: accounts made for demo timelines cannot sign in.
 * It is not a valid Argon2 string, so verification always fails.
 */
export const LOCKED_PASSWORD_HASH = '!locked';

/** Create an inactive staff account that only names who acted in generated timelines. */
export async function createTimelineStaff(
  db: Database,
  values: { username: string; displayName: string; role: 'verifier' | 'agency_officer'; agencyId?: number },
): Promise<number> {
  const [existing] = await db.select({ id: staff.id }).from(staff).where(eq(staff.username, values.username));
  if (existing) {
    return existing.id;
  }
  const [created] = await db
    .insert(staff)
    .values({
      username: values.username,
      displayName: values.displayName,
      role: values.role,
      agencyId: values.agencyId ?? null,
      passwordHash: LOCKED_PASSWORD_HASH,
      active: false,
    })
    .returning({ id: staff.id });
  return created!.id;
}
