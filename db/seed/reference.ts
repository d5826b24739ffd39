import { sql } from 'drizzle-orm';
import type { Database } from '../client.ts';
import { agencies, categories, deploymentSettings, districts, villages } from '../schema/index.ts';
import { fillMissingClockLengths, recomputeClocks } from '../../src/server/clocks/due-dates.ts';
import type { DeploymentFiles } from './deployment-files.ts';
import { seedHolidays } from './holidays.ts';

/**
 * Load a deployment's reference data. Districts and villages follow the official list and are
 * updated; agencies, categories and settings are only added when missing, so that what the
 * admin changed in the staff section is kept. Holidays follow the rule of `seedHolidays`; when
 * it adds any, the clocks of the complaints they affect are recomputed with them. Otherwise only
 * stopped clocks without a stored length are measured, which happens once after the upgrade that
 * added the lengths.
 */
export async function seedReferenceData(db: Database, files: DeploymentFiles): Promise<void> {
  const holidaysAdded: string[] = await db.transaction(async (tx) => {
    for (const district of files.districts) {
      await tx
        .insert(districts)
        .values(district)
        .onConflictDoUpdate({
          target: districts.code,
          set: { name: district.name, lat: district.lat, lng: district.lng },
        });
    }

    for (const chunk of chunks(files.villages, 200)) {
      await tx
        .insert(villages)
        .values(chunk)
        .onConflictDoUpdate({
          target: villages.code,
          set: {
            name: sql`excluded.name`,
            districtCode: sql`excluded.district_code`,
            kind: sql`excluded.kind`,
            lat: sql`excluded.lat`,
            lng: sql`excluded.lng`,
            postalCode: sql`excluded.postal_code`,
          },
        });
    }

    await tx
      .insert(agencies)
      .values(
        files.agencies.map((agency) => ({
          slug: agency.slug,
          name: agency.name,
          shortName: agency.shortName,
          kind: agency.kind,
          districtCode: agency.districtCode ?? null,
        })),
      )
      .onConflictDoNothing({ target: agencies.slug });

    const agencyIds = new Map(
      (await tx.select({ id: agencies.id, slug: agencies.slug }).from(agencies)).map((row) => [row.slug, row.id]),
    );
    await tx
      .insert(categories)
      .values(
        files.categories.map((category, index) => ({
          slug: category.slug,
          name: category.name,
          group: category.group,
          defaultAgencyId: agencyIds.get(category.defaultAgency) ?? null,
          sortOrder: index,
        })),
      )
      .onConflictDoNothing({ target: categories.slug });

    await tx.insert(deploymentSettings).values({ id: 1, settings: files.settings }).onConflictDoNothing();
    return seedHolidays(tx, files.holidays);
  });
  if (holidaysAdded.length > 0) {
    await recomputeClocks(db, holidaysAdded);
  } else {
    await fillMissingClockLengths(db);
  }
}

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let index = 0; index < items.length; index += size) {
    result.push(items.slice(index, index + size));
  }
  return result;
}
