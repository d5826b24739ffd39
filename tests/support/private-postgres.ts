/**
 * A PostgreSQL 15 cluster of the test's own, in a temporary folder, listening on 127.0.0.1 at a
 * free port. Fault tests stop and start it; the machine's shared server is never touched.
 *
 * The server refuses to run as root, so when the tests run as root the binaries run as the
 * `postgres` operating-system user through runuser.
 */

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './free-port.ts';

const BIN_DIR = process.env.PG_BIN_DIR ?? '/usr/lib/postgresql/15/bin';

export interface PrivatePostgres {
  /** postgres:// URL of the cluster's `postgres` database. */
  url: string;
  port: number;
  /** Start the stopped cluster on the same port; does nothing while it runs. */
  start(): void;
  /** Fast shutdown: open sessions are ended, as when an operator stops the service. */
  stop(): void;
  /** Stop the cluster and remove its folder. */
  destroy(): void;
}

/**
 * Explain why no private cluster can start (the PostgreSQL binaries are missing), or return null
 * when one can. Tests that need a cluster skip and put this reason in their title. Under CI
 * (CI set) nothing is skipped, so a machine without the binaries fails instead of passing.
 */
export function privateClusterMissing(): string | null {
  const found = fs.existsSync(path.join(BIN_DIR, 'initdb')) && fs.existsSync(path.join(BIN_DIR, 'pg_ctl'));
  return found || process.env.CI ? null : `skipped: initdb and pg_ctl not found in ${BIN_DIR}; set PG_BIN_DIR`;
}

/** Title of a test group that needs a private cluster, with the reason it is skipped, if it is. */
export function clusterTitle(title: string): string {
  const missing = privateClusterMissing();
  return missing ? `${title} (${missing})` : title;
}

/** Create, configure and start a new cluster. */
export async function createPrivatePostgres(): Promise<PrivatePostgres> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aduan-pg-'));
  const dataDir = path.join(root, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    fs.chmodSync(root, 0o755);
    execFileSync('chown', ['postgres:postgres', root]);
  }
  const run = (binary: string, args: string[]) => {
    const command = asRoot ? 'runuser' : path.join(BIN_DIR, binary);
    const fullArgs = asRoot ? ['-u', 'postgres', '--', path.join(BIN_DIR, binary), ...args] : args;
    execFileSync(command, fullArgs, { stdio: ['ignore', 'pipe', 'pipe'], cwd: root });
  };

  run('initdb', ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale', 'C']);
  const port = await freePort();
  // Durability stays on (fsync, full_page_writes) because the kill tests rely on a real server's recovery.
  const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c max_connections=60`;
  const logFile = path.join(root, 'server.log');
  const start = () => run('pg_ctl', ['-D', dataDir, '-o', options, '-l', logFile, '-w', 'start']);
  const stop = () => run('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
  start();

  let running = true;
  const cluster: PrivatePostgres = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    start() {
      if (!running) {
        start();
        running = true;
      }
    },
    stop() {
      if (running) {
        stop();
        running = false;
      }
    },
    destroy() {
      cluster.stop();
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
  return cluster;
}
