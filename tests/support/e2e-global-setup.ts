/**
 * Starts the portal the way a user does: `npm start` on a fresh data folder (PGlite, or a new
 * PostgreSQL database when DATABASE_URL is set), with four staff accounts created beforehand
 * by the staff command. Browser tests that only read share this one portal.
 */

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { freePort } from './free-port.ts';
import { databaseUrl } from './integration-global-setup.ts';

export interface PortalInfo {
  baseUrl: string;
  dataDir: string;
  databaseUrl: string | null;
  staff: Record<StaffKey, { username: string; password: string }>;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared portal with the launch-month data; tests must not change its data. */
    portal: PortalInfo;
  }
}

const STAFF = {
  admin: { username: 'admin.uji', password: 'kata-sandi-admin-uji', role: 'admin', name: 'Admin Uji' },
  verifier: { username: 'verifikator.uji', password: 'kata-sandi-verifikator-uji', role: 'verifier', name: 'Verifikator Uji' },
  officer: { username: 'petugas.pln.uji', password: 'kata-sandi-petugas-pln-uji', role: 'agency_officer', name: 'Petugas PLN Uji', agency: 'pln' },
  otherOfficer: {
    username: 'petugas.pupr.uji',
    password: 'kata-sandi-petugas-pupr-uji',
    role: 'agency_officer',
    name: 'Petugas DPUPR Uji',
    agency: 'dpupr',
  },
  viewer: { username: 'pemantau.uji', password: 'kata-sandi-pemantau-uji', role: 'viewer', name: 'Pemantau Uji' },
} as const;

export type StaffKey = keyof typeof STAFF;

const START_TIMEOUT_MS = 240_000;

export default async function setup(project: TestProject) {
  const portal = await startPortal();
  project.provide('portal', portal.info);
  return () => portal.stop();
}

/** How a portal started by `startPortal` gets its database. */
export type PortalDatabase =
  /** PGlite in the portal's data folder, even when DATABASE_URL is set. */
  | 'pglite'
  /** A new database on this PostgreSQL server (a postgres:// URL of any database on it), dropped at stop. */
  | { server: string }
  /** This existing, already prepared database, e.g. for a second instance; it is kept at stop. */
  | { existing: string };

export interface PortalOptions {
  /** Default: a new database on the server of DATABASE_URL when it is set, otherwise PGlite. */
  database?: PortalDatabase;
  /** Variables added to the server's environment. */
  env?: Record<string, string>;
  /** The data folder of a stopped portal, to start again on its prepared data; removed at stop. */
  dataDir?: string;
}

export interface RunningPortal {
  info: PortalInfo;
  /** Process id of `npm start`. */
  pid: number;
  /** Environment the portal runs with, for commands run against the same data. */
  env: NodeJS.ProcessEnv;
  /** Standard output and error of the server so far. */
  readLog(): string;
  stop(): Promise<void>;
}

/**
 * Start a portal of its own: a new data folder, its database (see `PortalOptions`), the staff
 * accounts above, then `npm start`. Tests that change data call this so that the shared portal
 * keeps the launch-month figures.
 */
export async function startPortal(options: PortalOptions = {}): Promise<RunningPortal> {
  const runId = `${Date.now().toString(36)}${process.pid.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'aduan-e2e-'));
  const port = await freePort();
  const choice = options.database ?? (process.env.DATABASE_URL ? { server: process.env.DATABASE_URL } : 'pglite');
  let createdOn: { serverUrl: string; database: string } | null = null;
  let url = '';

  if (typeof choice === 'object' && 'server' in choice) {
    createdOn = { serverUrl: choice.server, database: `aduan_e2e_${runId}` };
    const admin = postgres(choice.server, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${createdOn.database}"`);
    await admin.end();
    url = databaseUrl(choice.server, createdOn.database);
  } else if (typeof choice === 'object') {
    url = choice.existing;
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL: url,
    LOG_LEVEL: 'warn',
    ...options.env,
  };

  run(['src/cli/migrate.ts'], env);
  const prepared = options.dataDir !== undefined || (typeof choice === 'object' && 'existing' in choice);
  if (!prepared) {
    createStaff(env);
  }

  const logPath = path.join(dataDir, 'server.log');
  const log = fs.openSync(logPath, 'a');
  const server = spawn(process.execPath, ['src/cli/start.ts'], { env, stdio: ['ignore', log, log] });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForServer(baseUrl, server, logPath);

  return {
    info: {
      baseUrl,
      dataDir,
      databaseUrl: url || null,
      staff: Object.fromEntries(
        Object.entries(STAFF).map(([key, account]) => [key, { username: account.username, password: account.password }]),
      ) as PortalInfo['staff'],
    },
    pid: server.pid!,
    env,
    readLog: () => fs.readFileSync(logPath, 'utf8'),
    async stop() {
      if (server.exitCode === null && server.signalCode === null) {
        server.kill('SIGTERM');
        await new Promise((resolve) => server.once('exit', resolve));
      }
      fs.closeSync(log);
      if (createdOn) {
        const admin = postgres(createdOn.serverUrl, { max: 1, onnotice: () => {} });
        await admin.unsafe(`drop database if exists "${createdOn.database}" with (force)`);
        await admin.end();
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function createStaff(env: NodeJS.ProcessEnv): void {
  for (const account of Object.values(STAFF)) {
    const args = ['src/cli/create-staff.ts', '--username', account.username, '--name', account.name, '--role', account.role];
    if ('agency' in account) {
      args.push('--agency', account.agency);
    }
    run(args, { ...env, STAFF_PASSWORD: account.password });
  }
}

/** Run a command of the project with `env` and raise with its output when it fails. */
export function run(args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}

async function waitForServer(baseUrl: string, server: ChildProcess, logPath: string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`npm start exited with code ${server.exitCode}:\n${fs.readFileSync(logPath, 'utf8')}`);
    }
    try {
      const response = await fetch(`${baseUrl}/statistik/`);
      if (response.ok) {
        return;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  server.kill('SIGKILL');
  throw new Error(`The portal did not answer within ${START_TIMEOUT_MS / 1000} s:\n${fs.readFileSync(logPath, 'utf8')}`);
}
