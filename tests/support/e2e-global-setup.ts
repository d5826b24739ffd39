/**
 * Starts the portal the way a user does: `npm start` on a fresh data folder (PGlite, or a new
 * PostgreSQL database when DATABASE_URL is set), with four staff accounts created beforehand
 * by the staff command. Browser tests that only read share this one portal.
 */

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
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

export interface RunningPortal {
  info: PortalInfo;
  stop(): Promise<void>;
}

/**
 * Start a portal of its own: a new data folder, a new PostgreSQL database when DATABASE_URL is
 * set, the staff accounts above, then `npm start`. Tests that change data call this so that
 * the shared portal keeps the launch-month figures.
 */
export async function startPortal(): Promise<RunningPortal> {
  const runId = `${Date.now().toString(36)}${process.pid.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aduan-e2e-'));
  const port = await freePort();
  let serverUrl: string | null = null;
  let database: string | null = null;

  if (process.env.DATABASE_URL) {
    serverUrl = process.env.DATABASE_URL;
    database = `aduan_e2e_${runId}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${database}"`);
    await admin.end();
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL: serverUrl && database ? databaseUrl(serverUrl, database) : '',
    LOG_LEVEL: 'warn',
  };

  run(['src/cli/migrate.ts'], env);
  for (const account of Object.values(STAFF)) {
    const args = ['src/cli/create-staff.ts', '--username', account.username, '--name', account.name, '--role', account.role];
    if ('agency' in account) {
      args.push('--agency', account.agency);
    }
    run(args, { ...env, STAFF_PASSWORD: account.password });
  }

  const logPath = path.join(dataDir, 'server.log');
  const log = fs.openSync(logPath, 'w');
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/cli/start.ts'], { env, stdio: ['ignore', log, log] });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForServer(baseUrl, server, logPath);

  return {
    info: {
      baseUrl,
      dataDir,
      databaseUrl: env.DATABASE_URL || null,
      staff: Object.fromEntries(
        Object.entries(STAFF).map(([key, account]) => [key, { username: account.username, password: account.password }]),
      ) as PortalInfo['staff'],
    },
    async stop() {
      server.kill('SIGTERM');
      if (server.exitCode === null) {
        await new Promise((resolve) => server.once('exit', resolve));
      }
      fs.closeSync(log);
      if (serverUrl && database) {
        const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
        await admin.unsafe(`drop database if exists "${database}" with (force)`);
        await admin.end();
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function run(args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(process.execPath, ['--import', 'tsx', ...args], { env, encoding: 'utf8' });
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

/** Find a TCP port on 127.0.0.1 that nothing listens on at the time of the call. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
