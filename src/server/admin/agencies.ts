/** The admin's agency pages: listing, saving, and what deactivating an agency affects. */

import { and, asc, count, desc, eq, inArray, ne, or } from 'drizzle-orm';
import type { Database, Executor } from '../../../db/client.ts';
import { agencies, categories, complaints, districts, staff } from '../../../db/schema/index.ts';
import type { AgencyKind } from '../../domain/categories.ts';
import { NotFoundError, ValidationError } from '../../domain/errors.ts';
import type { AgencyForm } from '../../domain/forms/agency-form.ts';
import { recordAudit } from '../audit.ts';
import { isUniqueViolation } from '../errors.ts';
import { fieldChanges, hasChanges, type Actor } from './changes.ts';

/** Statuses of complaints still waiting for their agency. */
const OPEN_AT_AGENCY = ['forwarded', 'in_progress'] as const;

/** Open complaints listed when an agency is deactivated; the total is given too. */
const LISTED_OPEN_COMPLAINTS = 100;

export async function listAgencies(db: Executor) {
  const rows = await db
    .select({
      id: agencies.id,
      slug: agencies.slug,
      name: agencies.name,
      shortName: agencies.shortName,
      kind: agencies.kind,
      districtName: districts.name,
      active: agencies.active,
    })
    .from(agencies)
    .leftJoin(districts, eq(districts.code, agencies.districtCode))
    .orderBy(asc(agencies.name));
  return rows.map((row) => ({ ...row, kind: row.kind as AgencyKind }));
}

/**
 * Return the active agencies as select box options, and the agency `currentId` too when it is
 * inactive, marked as such, so that a current choice can still be shown and kept.
 */
export async function agencySelectOptions(db: Executor, currentId: number | null = null) {
  const rows = await db
    .select({ id: agencies.id, name: agencies.name, active: agencies.active })
    .from(agencies)
    .where(or(eq(agencies.active, true), currentId === null ? undefined : eq(agencies.id, currentId)))
    .orderBy(asc(agencies.name));
  return rows.map((agency) => ({ value: String(agency.id), label: agency.active ? agency.name : `${agency.name} (nonaktif)` }));
}

export async function listDistricts(db: Executor) {
  return db.select({ code: districts.code, name: districts.name }).from(districts).orderBy(asc(districts.name));
}

export async function getAgency(db: Executor, id: number) {
  const [row] = await db.select().from(agencies).where(eq(agencies.id, id));
  return row ? { ...row, kind: row.kind as AgencyKind } : null;
}

export type Agency = NonNullable<Awaited<ReturnType<typeof getAgency>>>;

/** Records that refer to an agency: categories that default to it, its open complaints and its officers. */
export interface AgencyDependents {
  categories: Array<{ id: number; name: string }>;
  openComplaints: Array<{ id: number; ticket: string; status: string }>;
  openComplaintCount: number;
  officers: Array<{ id: number; displayName: string; username: string }>;
}

export async function agencyDependents(db: Executor, id: number): Promise<AgencyDependents> {
  const openCondition = and(eq(complaints.agencyId, id), inArray(complaints.status, [...OPEN_AT_AGENCY]));
  const [categoryRows, openRows, [openTotal], officerRows] = await Promise.all([
    db
      .select({ id: categories.id, name: categories.name })
      .from(categories)
      .where(and(eq(categories.defaultAgencyId, id), eq(categories.active, true)))
      .orderBy(asc(categories.name)),
    db
      .select({ id: complaints.id, ticket: complaints.ticket, status: complaints.status })
      .from(complaints)
      .where(openCondition)
      .orderBy(desc(complaints.receivedAt))
      .limit(LISTED_OPEN_COMPLAINTS),
    db.select({ value: count() }).from(complaints).where(openCondition),
    db
      .select({ id: staff.id, displayName: staff.displayName, username: staff.username })
      .from(staff)
      .where(and(eq(staff.agencyId, id), eq(staff.active, true)))
      .orderBy(asc(staff.displayName)),
  ]);
  return { categories: categoryRows, openComplaints: openRows, openComplaintCount: openTotal?.value ?? 0, officers: officerRows };
}

/** Consequences of an agency save that the admin confirms before it is written. */
export interface AgencySaveWarnings {
  /** The old and new slug: public links to /instansi/<old>/ stop working. */
  slugChange: { from: string; to: string } | null;
  /** Set when an active agency is deactivated and something still refers to it. */
  deactivation: AgencyDependents | null;
}

/** Consequences of saving `form` over `current` that the admin has not confirmed yet. */
export async function agencySaveWarnings(db: Executor, current: Agency, form: AgencyForm): Promise<AgencySaveWarnings | null> {
  const slugChange =
    current.slug !== form.slug && form.confirmed_slug !== form.slug ? { from: current.slug, to: form.slug } : null;
  let deactivation: AgencyDependents | null = null;
  if (current.active && !form.active && !form.confirmed_deactivation) {
    const dependents = await agencyDependents(db, current.id);
    const affected = dependents.categories.length + dependents.openComplaintCount + dependents.officers.length;
    deactivation = affected > 0 ? dependents : null;
  }
  return slugChange || deactivation ? { slugChange, deactivation } : null;
}

/**
 * Create an agency (`id` null) or change one, with its audit entry in the same transaction.
 * Returns the agency's id. Raises ValidationError for a slug in use or an unknown district, and
 * NotFoundError for an unknown id.
 */
export async function saveAgency(db: Database, id: number | null, form: AgencyForm, actor: Actor): Promise<number> {
  const values = {
    name: form.name,
    shortName: form.short_name,
    slug: form.slug,
    kind: form.kind,
    districtCode: form.district_code,
    active: form.active,
  };
  try {
    return await db.transaction(async (tx) => {
      await checkAgencyReferences(tx, id, values);
      if (id === null) {
        const [created] = await tx.insert(agencies).values(values).returning({ id: agencies.id });
        await recordAudit(tx, {
          action: 'agency_saved',
          staffId: actor.staffId,
          targetType: 'agency',
          targetId: created!.id,
          detail: { created: values },
          clientAddress: actor.clientAddress,
        });
        return created!.id;
      }

      const [current] = await tx.select().from(agencies).where(eq(agencies.id, id)).for('update');
      if (!current) {
        throw new NotFoundError(`Instansi dengan id ${id} tidak ditemukan.`);
      }
      const before = {
        name: current.name,
        shortName: current.shortName,
        slug: current.slug,
        kind: current.kind,
        districtCode: current.districtCode,
        active: current.active,
      };
      const changes = fieldChanges(before, values);
      if (hasChanges(changes)) {
        await tx.update(agencies).set(values).where(eq(agencies.id, id));
        await recordAudit(tx, {
          action: 'agency_saved',
          staffId: actor.staffId,
          targetType: 'agency',
          targetId: id,
          detail: { slug: form.slug, changes },
          clientAddress: actor.clientAddress,
        });
      }
      return id;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ValidationError({ slug: slugTakenMessage(form.slug) });
    }
    throw error;
  }
}

async function checkAgencyReferences(tx: Executor, id: number | null, values: { slug: string; districtCode: string | null }) {
  const [holder] = await tx
    .select({ name: agencies.name })
    .from(agencies)
    .where(and(eq(agencies.slug, values.slug), id === null ? undefined : ne(agencies.id, id)));
  if (holder) {
    throw new ValidationError({ slug: slugTakenMessage(values.slug, holder.name) });
  }
  if (values.districtCode !== null) {
    const [district] = await tx.select({ code: districts.code }).from(districts).where(eq(districts.code, values.districtCode));
    if (!district) {
      throw new ValidationError({ district_code: 'Kecamatan tidak ditemukan; pilih dari daftar.' });
    }
  }
}

function slugTakenMessage(slug: string, holder?: string): string {
  return `Slug "${slug}" sudah dipakai ${holder ? `instansi ${holder}` : 'instansi lain'}; pilih slug lain.`;
}

/**
 * Return the agency with `agencyId` for assigning to an account or a category. An inactive agency is
 * accepted only when it is already assigned (`currentAgencyId`), so that other changes can be
 * saved. Raises ValidationError on `field` otherwise.
 */
export async function assignableAgency(
  tx: Executor,
  agencyId: number,
  currentAgencyId: number | null,
  field: string,
): Promise<{ id: number; slug: string }> {
  const [agency] = await tx
    .select({ id: agencies.id, slug: agencies.slug, active: agencies.active })
    .from(agencies)
    .where(eq(agencies.id, agencyId));
  if (!agency) {
    throw new ValidationError({ [field]: 'Instansi yang dipilih tidak ditemukan; pilih dari daftar.' });
  }
  if (!agency.active && agency.id !== currentAgencyId) {
    throw new ValidationError({ [field]: 'Instansi yang dipilih sudah nonaktif; pilih instansi yang aktif.' });
  }
  return { id: agency.id, slug: agency.slug };
}
