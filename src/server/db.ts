import { openDatabase, type Database, type DatabaseHandle } from '../../db/client.ts';
import { config } from './config.ts';
import { OPEN_DATABASE_HOOK } from './runtime.ts';

let opening: Promise<DatabaseHandle> | undefined;

/**
 * The server's database: the handle `npm start` opened and migrated, or else one opened on
 * first use.
 */
export async function database(): Promise<Database> {
  const launched = (globalThis as Record<symbol, unknown>)[OPEN_DATABASE_HOOK] as DatabaseHandle | undefined;
  opening ??= launched ? Promise.resolve(launched) : openDatabase({ url: config().databaseUrl, pgliteDir: config().pgliteDir });
  try {
    return (await opening).db;
  } catch (error) {
    // A failed open is retried by the next request, e.g. once PostgreSQL is back.
    opening = undefined;
    throw error;
  }
}

/** The handle itself, for code that needs the engine or an advisory lock. */
export async function databaseHandle(): Promise<DatabaseHandle> {
  await database();
  return opening!;
}
