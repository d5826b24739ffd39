/**
 * A database of its own for one test file, copied from the migrated one the global setup made.
 * Call in beforeAll and close it in afterAll.
 */

import fs from 'node:fs';
import postgres from 'postgres';
import { inject } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../db/client.ts';
import { databaseUrl } from './integration-global-setup.ts';

let counter = 0;

export interface TestDatabase extends DatabaseHandle {
  /** postgres:// URL of this database, or undefined on PGlite. */
  url: string | undefined;
}

export async function openTestDatabase(): Promise<TestDatabase> {
  const setup = inject('testDatabase');
  if (setup.engine === 'postgres') {
    counter += 1;
    const name = `${setup.template.replace(/_template$/, '')}_${process.pid}_${counter}`;
    const admin = postgres(setup.serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${name}" template "${setup.template}"`);
    await admin.end();
    const url = databaseUrl(setup.serverUrl, name);
    const handle = await openDatabase({ url, poolSize: 5 });
    return {
      ...handle,
      url,
      async close() {
        await handle.close();
        const dropper = postgres(setup.serverUrl, { max: 1, onnotice: () => {} });
        await dropper.unsafe(`drop database if exists "${name}" with (force)`);
        await dropper.end();
      },
    };
  }

  const handle = await openDatabase({ pgliteDump: new Blob([fs.readFileSync(setup.dumpPath)]) });
  return { ...handle, url: undefined };
}

export const engineName = () => inject('testDatabase').engine;
