import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import type { DatabaseHandle, Schema } from './client.ts';

export const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

// Any constant shared by all instances; it keeps two servers starting together from migrating twice.
const MIGRATION_LOCK_KEY = 7_314_002;

/** Apply the committed drizzle-kit migrations that the database has not seen yet. */
export async function applyMigrations(handle: DatabaseHandle): Promise<void> {
  if (handle.engine === 'pglite') {
    await migratePglite(handle.db as unknown as PgliteDatabase<Schema>, { migrationsFolder });
    return;
  }

  await handle.withAdvisoryLock(MIGRATION_LOCK_KEY, () =>
    migratePostgres(handle.db as unknown as PostgresJsDatabase<Schema>, { migrationsFolder }),
  );
}
