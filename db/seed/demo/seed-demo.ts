import { count, eq } from 'drizzle-orm';
import type { Database } from '../../client.ts';
import { agencies, categories, complaints, districts, villages } from '../../schema/index.ts';
import { createComplaint, createTimelineStaff, loadReferenceIds } from '../factories.ts';
import { DEMO_USERNAME_PREFIX } from '../../../src/server/demo-data.ts';
import { DEMO_SEED, planLaunchMonth } from './launch-month.ts';
import { Faker, base, id_ID } from '@faker-js/faker';

/**
 * Load the launch-month demo data into an empty database. Returns the number of complaints
 * created, or null when the database already holds complaints (nothing is changed then).
 */
export async function seedDemoData(db: Database, ticketPrefix: string): Promise<number | null> {
  const [existing] = await db.select({ total: count() }).from(complaints);
  if ((existing?.total ?? 0) > 0) {
    return null;
  }

  const place = await loadDemoPlace(db);
  const verifiers = [
    await createTimelineStaff(db, { username: `${DEMO_USERNAME_PREFIX}verifikator.1`, displayName: 'Verifikator Diskominfo 1', role: 'verifier' }),
    await createTimelineStaff(db, { username: `${DEMO_USERNAME_PREFIX}verifikator.2`, displayName: 'Verifikator Diskominfo 2', role: 'verifier' }),
  ];

  // Officers are created only for the agencies the plan uses: the plan hands out placeholder ids
  // (negative numbers), which are swapped for real accounts afterwards.
  const placeholders = new Map<string, number>();
  const specs = planLaunchMonth(place, {
    verifiers,
    officerOf(agencySlug) {
      let placeholder = placeholders.get(agencySlug);
      if (placeholder === undefined) {
        placeholder = -(placeholders.size + 1);
        placeholders.set(agencySlug, placeholder);
      }
      return placeholder;
    },
  });

  const ids = await loadReferenceIds(db);
  const officerIds = new Map<number, number>();
  for (const [agencySlug, placeholder] of placeholders) {
    const [agency] = await db.select({ id: agencies.id, shortName: agencies.shortName }).from(agencies).where(eq(agencies.slug, agencySlug));
    officerIds.set(
      placeholder,
      await createTimelineStaff(db, {
        username: `${DEMO_USERNAME_PREFIX}petugas.${agencySlug}`,
        displayName: `Petugas ${agency!.shortName}`,
        role: 'agency_officer',
        agencyId: agency!.id,
      }),
    );
  }

  // Ticket numbers come from a seeded generator too, so the demo tickets are the same on every machine.
  const random = new Faker({ locale: [id_ID, base] });
  random.seed(DEMO_SEED + 1);
  const randomBytes = (length: number) => Uint8Array.from({ length }, () => random.number.int(255));

  for (const spec of specs) {
    for (const step of spec.steps ?? []) {
      if (step.staffId !== undefined && step.staffId !== null && step.staffId < 0) {
        step.staffId = officerIds.get(step.staffId) ?? null;
      }
    }
    await createComplaint(db, ids, spec, { prefix: ticketPrefix, randomBytes });
  }
  return specs.length;
}

async function loadDemoPlace(db: Database) {
  const districtRows = await db.select({ code: districts.code, name: districts.name }).from(districts);
  const villageRows = await db.select().from(villages);
  const categoryRows = await db
    .select({ slug: categories.slug, agencySlug: agencies.slug })
    .from(categories)
    .leftJoin(agencies, eq(agencies.id, categories.defaultAgencyId));
  const officeRows = await db
    .select({ slug: agencies.slug, districtCode: agencies.districtCode })
    .from(agencies)
    .where(eq(agencies.kind, 'district_office'));

  const defaultAgencies = new Map(categoryRows.map((row) => [row.slug, row.agencySlug]));
  const offices = new Map(officeRows.map((row) => [row.districtCode, row.slug]));
  return {
    districts: districtRows,
    villages: villageRows,
    defaultAgencyOf(categorySlug: string) {
      const slug = defaultAgencies.get(categorySlug);
      if (!slug) {
        throw new Error(`Category "${categorySlug}" has no default agency; the demo data needs one.`);
      }
      return slug;
    },
    districtOfficeOf: (districtCode: string) => offices.get(districtCode) ?? null,
  };
}
