/**
 * Prepares one migrated database with the Pati reference data per test run, which every test
 * file then copies: on PostgreSQL (DATABASE_URL set) a template database, on PGlite a dump of a
 * migrated data directory. Everything created is removed at the end of the run.
 */

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../db/client.ts';
import { applyMigrations } from '../../db/migrate.ts';
import { readDeploymentFiles } from '../../db/seed/deployment-files.ts';
import { seedReferenceData } from '../../db/seed/reference.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: { engine: 'postgres'; serverUrl: string; template: string } | { engine: 'pglite'; dumpPath: string };
  }
}

const DEPLOYMENT_DIR = path.resolve('db/seed/deployments/pati');

export default async function setup(project: TestProject) {
  const serverUrl = process.env.DATABASE_URL;
  const runId = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  const files = readDeploymentFiles(DEPLOYMENT_DIR);

  if (serverUrl) {
    const template = `aduan_test_${runId}_template`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${template}"`);
    const handle = await openDatabase({ url: databaseUrl(serverUrl, template), poolSize: 2 });
    await applyMigrations(handle);
    await seedReferenceData(handle.db, files);
    await handle.close();
    project.provide('testDatabase', { engine: 'postgres', serverUrl, template });

    return async () => {
      const databases = await admin<{ datname: string }[]>`
        select datname from pg_database where datname like ${`aduan_test_${runId}_%`}`;
      for (const { datname } of databases) {
        await admin.unsafe(`drop database if exists "${datname}" with (force)`);
      }
      await admin.end();
    };
  }

  const handle = await openDatabase({ pgliteDir: 'memory://' });
  await applyMigrations(handle);
  await seedReferenceData(handle.db, files);
  const client = (handle.db as unknown as { $client: { dumpDataDir(compression?: 'none' | 'gzip'): Promise<Blob> } }).$client;
  const dump = await client.dumpDataDir('none');
  await handle.close();

  const dumpPath = path.join(os.tmpdir(), `aduan-test-${runId}.tar`);
  fs.writeFileSync(dumpPath, Buffer.from(await dump.arrayBuffer()));
  project.provide('testDatabase', { engine: 'pglite', dumpPath });
  return () => fs.rmSync(dumpPath, { force: true });
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
