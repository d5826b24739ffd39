import { openDatabase, type Database, type DatabaseHandle } from '../../db/client.ts';
import { config } from './config.ts';
import { SHUTDOWN_HOOK } from './runtime.ts';

let opening: Promise<DatabaseHandle> | undefined;

/** The server's database, opened on first use. Migrations were applied by `npm start`. */
export async function database(): Promise<Database> {
  opening ??= openDatabase({ url: config().databaseUrl, pgliteDir: config().pgliteDir }).then((handle) => {
    (globalThis as Record<symbol, unknown>)[SHUTDOWN_HOOK] = () => handle.close();
    return handle;
  });
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
