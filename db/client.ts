import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql, type SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema/index.ts';
import { acquireDirectoryLock, type DirectoryLock } from './directory-lock.ts';

export type Schema = typeof schema;

/** The drizzle API shared by both engines. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

/** A transaction handle; it offers the same query API as `Database`. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/** Either the database or a transaction, for functions that work in both. */
export type Executor = Database | Transaction;

export type Engine = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Database;
  engine: Engine;
  /**
   * Run `task` while holding a PostgreSQL session-level advisory lock, so that only one process
   * runs it at a time. On PGlite, which one process owns, it just runs `task`.
   */
  withAdvisoryLock<T>(key: number, task: () => Promise<T>): Promise<T>;
  /**
   * Run `task` while holding the advisory lock `key`, or return `{ acquired: false }` at once when
   * another session holds it. PostgreSQL releases the lock when the holder's connection ends, so
   * a process killed mid-task leaves no lock behind. On PGlite the lock is held in this process.
   */
  tryAdvisoryLock<T>(key: number, task: () => Promise<T>): Promise<TryLockResult<T>>;
  close(): Promise<void>;
}

export type TryLockResult<T> = { acquired: true; value: T } | { acquired: false };

export interface DatabaseOptions {
  /** postgres:// URL of a PostgreSQL server; when absent the embedded PGlite is used. */
  url?: string | undefined;
  /** Folder of the embedded database, used when `url` is absent. */
  pgliteDir?: string | undefined;
  /** Maximum connections of the PostgreSQL pool. */
  poolSize?: number;
  /** Data directory dump (from PGlite's dumpDataDir) to start an in-memory PGlite from; tests use it. */
  pgliteDump?: Blob;
}

/** Raised when another process has the embedded database open. */
export class DatabaseBusyError extends Error {
  readonly directory: string;
  readonly holderPid: number;

  constructor(directory: string, holderPid: number) {
    super(
      `The embedded database in ${directory} is in use by process ${holderPid}. ` +
        'PGlite allows one process at a time: stop that process, or send the command through the running server.',
    );
    this.name = 'DatabaseBusyError';
    this.directory = directory;
    this.holderPid = holderPid;
  }
}

/**
 * Open the database: PostgreSQL through postgres.js when a URL is given, otherwise PGlite in
 * `pgliteDir` (or in memory when that is `memory://`).
 */
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.url) {
    return openPostgres(options.url, options.poolSize ?? 10);
  }
  return openPglite(options.pgliteDir ?? 'memory://', options.pgliteDump);
}

function openPostgres(url: string, poolSize: number): DatabaseHandle {
  const client = postgres(url, {
    max: poolSize,
    onnotice: () => {},
    connection: { application_name: 'aduan-terbuka', TimeZone: 'UTC' },
  });
  const db = drizzlePostgres({ client, schema }) as unknown as Database;
  return {
    db,
    engine: 'postgres',
    async withAdvisoryLock(key, task) {
      const connection = await client.reserve();
      try {
        await connection`select pg_advisory_lock(${key}::int8)`;
        return await task();
      } finally {
        await connection`select pg_advisory_unlock(${key}::int8)`.catch(() => undefined);
        connection.release();
      }
    },
    async tryAdvisoryLock(key, task) {
      const connection = await client.reserve();
      try {
        const [row] = await connection<{ acquired: boolean }[]>`select pg_try_advisory_lock(${key}::int8) as acquired`;
        if (!row?.acquired) {
          return { acquired: false };
        }
        try {
          return { acquired: true, value: await task() };
        } finally {
          await connection`select pg_advisory_unlock(${key}::int8)`.catch(() => undefined);
        }
      } finally {
        connection.release();
      }
    },
    close: () => client.end({ timeout: 5 }),
  };
}

async function openPglite(dataDir: string, dump?: Blob): Promise<DatabaseHandle> {
  let lock: DirectoryLock | undefined;
  if (!dataDir.startsWith('memory://')) {
    fs.mkdirSync(dataDir, { recursive: true });
    const result = acquireDirectoryLock(path.join(dataDir, '..', `${path.basename(dataDir)}.lock`));
    if (!result.acquired) {
      throw new DatabaseBusyError(dataDir, result.holderPid);
    }
    lock = result.lock;
  }

  let client: PGlite;
  try {
    client = await PGlite.create(dataDir, dump ? { loadDataDir: dump } : {});
  } catch (error) {
    lock?.release();
    throw error;
  }
  await client.exec(`set time zone 'UTC'`);
  const db = drizzlePglite({ client, schema }) as unknown as Database;
  const heldLocks = new Set<number>();
  return {
    db,
    engine: 'pglite',
    withAdvisoryLock: (_key, task) => task(),
    async tryAdvisoryLock(key, task) {
      if (heldLocks.has(key)) {
        return { acquired: false };
      }
      heldLocks.add(key);
      try {
        return { acquired: true, value: await task() };
      } finally {
        heldLocks.delete(key);
      }
    },
    async close() {
      try {
        await client.close();
      } finally {
        lock?.release();
      }
    },
  };
}

/**
 * Run a raw query and return its rows on either engine: postgres.js returns an array,
 * PGlite an object with `rows`.
 */
export async function queryRows<Row>(db: Executor, query: SQL): Promise<Row[]> {
  const result: unknown = await db.execute(query);
  if (Array.isArray(result)) {
    return result as Row[];
  }
  return (result as { rows: Row[] }).rows;
}

/** Convert a timestamp from a raw query: PGlite returns text such as `2025-03-10 01:00:00+00`. */
export function toDate(value: unknown): Date {
  if (value instanceof Date) {
    return value;
  }
  return new Date(String(value).replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00'));
}

export { sql };
