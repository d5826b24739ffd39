/** The admin's category pages. */

import { and, asc, eq, ne } from 'drizzle-orm';
import type { Database, Executor } from '../../../db/client.ts';
import { agencies, categories } from '../../../db/schema/index.ts';
import type { CategoryGroup } from '../../domain/categories.ts';
import { NotFoundError, ValidationError } from '../../domain/errors.ts';
import type { CategoryForm } from '../../domain/forms/category-form.ts';
import { recordAudit } from '../audit.ts';
import { isUniqueViolation } from '../errors.ts';
import { assignableAgency } from './agencies.ts';
import { fieldChanges, hasChanges, type Actor } from './changes.ts';

export async function listCategories(db: Executor) {
  const rows = await db
    .select({
      id: categories.id,
      slug: categories.slug,
      name: categories.name,
      group: categories.group,
      sortOrder: categories.sortOrder,
      active: categories.active,
      defaultAgencyName: agencies.shortName,
    })
    .from(categories)
    .leftJoin(agencies, eq(agencies.id, categories.defaultAgencyId))
    .orderBy(asc(categories.sortOrder), asc(categories.name));
  return rows.map((row) => ({ ...row, group: row.group as CategoryGroup }));
}

export async function getCategory(db: Executor, id: number) {
  const [row] = await db.select().from(categories).where(eq(categories.id, id));
  return row ? { ...row, group: row.group as CategoryGroup } : null;
}

export type Category = NonNullable<Awaited<ReturnType<typeof getCategory>>>;

/**
 * Create a category (`id` null) or change one, with its audit entry in the same transaction.
 * Returns the category's id. Raises ValidationError for a slug in use or an agency that cannot
 * be chosen, and NotFoundError for an unknown id.
 */
export async function saveCategory(db: Database, id: number | null, form: CategoryForm, actor: Actor): Promise<number> {
  try {
    return await db.transaction(async (tx) => {
      const current = id === null ? null : await lockCategory(tx, id);
      const [holder] = await tx
        .select({ name: categories.name })
        .from(categories)
        .where(and(eq(categories.slug, form.slug), id === null ? undefined : ne(categories.id, id)));
      if (holder) {
        throw new ValidationError({ slug: slugTakenMessage(form.slug, holder.name) });
      }
      const agency =
        form.default_agency_id === null
          ? null
          : await assignableAgency(tx, form.default_agency_id, current?.defaultAgencyId ?? null, 'default_agency_id');

      const values = {
        name: form.name,
        slug: form.slug,
        group: form.group,
        defaultAgencyId: agency?.id ?? null,
        sortOrder: form.sort_order,
        active: form.active,
      };
      // The audit entry names the default agency by its slug, which a reader recognises.
      const described = {
        name: form.name,
        slug: form.slug,
        group: form.group,
        defaultAgency: agency?.slug ?? null,
        sortOrder: form.sort_order,
        active: form.active,
      };

      if (current === null) {
        const [created] = await tx.insert(categories).values(values).returning({ id: categories.id });
        await recordAudit(tx, {
          action: 'category_saved',
          staffId: actor.staffId,
          targetType: 'category',
          targetId: created!.id,
          detail: { created: described },
          clientAddress: actor.clientAddress,
        });
        return created!.id;
      }

      const changes = fieldChanges(
        {
          name: current.name,
          slug: current.slug,
          group: current.group,
          defaultAgency: current.defaultAgencySlug,
          sortOrder: current.sortOrder,
          active: current.active,
        },
        described,
      );
      if (hasChanges(changes)) {
        await tx.update(categories).set(values).where(eq(categories.id, current.id));
        await recordAudit(tx, {
          action: 'category_saved',
          staffId: actor.staffId,
          targetType: 'category',
          targetId: current.id,
          detail: { slug: form.slug, changes },
          clientAddress: actor.clientAddress,
        });
      }
      return current.id;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ValidationError({ slug: slugTakenMessage(form.slug) });
    }
    throw error;
  }
}

async function lockCategory(tx: Executor, id: number) {
  const [row] = await tx
    .select({
      id: categories.id,
      name: categories.name,
      slug: categories.slug,
      group: categories.group,
      defaultAgencyId: categories.defaultAgencyId,
      defaultAgencySlug: agencies.slug,
      sortOrder: categories.sortOrder,
      active: categories.active,
    })
    .from(categories)
    .leftJoin(agencies, eq(agencies.id, categories.defaultAgencyId))
    .where(eq(categories.id, id))
    .for('update', { of: categories });
  if (!row) {
    throw new NotFoundError(`Kategori dengan id ${id} tidak ditemukan.`);
  }
  return row;
}

function slugTakenMessage(slug: string, holder?: string): string {
  return `Slug "${slug}" sudah dipakai ${holder ? `kategori ${holder}` : 'kategori lain'}; pilih slug lain.`;
}
