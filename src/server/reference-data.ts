import { asc } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { agencies, categories, deploymentSettings, districts } from '../../db/schema/index.ts';
import type { AgencyKind, CategoryGroup } from '../domain/categories.ts';
import { deploymentSettingsSchema, type DeploymentSettings } from '../domain/deployment.ts';
import type { SnapshotReference } from '../domain/snapshot.ts';

/** The deployment settings stored in the database, validated. */
export async function loadDeploymentSettings(db: Executor): Promise<DeploymentSettings> {
  const [row] = await db.select({ settings: deploymentSettings.settings }).from(deploymentSettings);
  if (!row) {
    throw new Error('No deployment settings in the database; run `npm start` or `npm run db:seed` to load them.');
  }
  return deploymentSettingsSchema.parse(row.settings);
}

/** Districts, agencies and categories as the public snapshot lists them. */
export async function loadPublicReference(db: Executor): Promise<SnapshotReference> {
  const [districtRows, agencyRows, categoryRows] = await Promise.all([
    db.select().from(districts).orderBy(asc(districts.code)),
    db.select().from(agencies).orderBy(asc(agencies.name)),
    db.select().from(categories).orderBy(asc(categories.sortOrder), asc(categories.name)),
  ]);
  return {
    districts: districtRows.map((row) => ({ code: row.code, name: row.name, lat: row.lat, lng: row.lng })),
    agencies: agencyRows.map((row) => ({
      slug: row.slug,
      name: row.name,
      short_name: row.shortName,
      kind: row.kind as AgencyKind,
      district_code: row.districtCode,
    })),
    categories: categoryRows.map((row) => ({ slug: row.slug, name: row.name, group: row.group as CategoryGroup })),
  };
}
