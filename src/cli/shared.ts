/** Helpers shared by the command-line entry points: configuration, database, messages. */

import fs from 'node:fs';
import path from 'node:path';
import { DatabaseBusyError, openDatabase, type DatabaseHandle } from '../../db/client.ts';
import { applyMigrations } from '../../db/migrate.ts';
import { ConfigError, loadConfig, type Config } from '../server/config.ts';
import { isDatabaseUnavailable } from '../server/errors.ts';

/** Oldest Node.js the project runs on; Astro 7.4 requires 22.22. */
const MIN_NODE = [22, 22] as const;

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < MIN_NODE[0] || (major === MIN_NODE[0] && minor < MIN_NODE[1])) {
  process.stderr.write(
    `\nGagal: Node.js ${process.versions.node} terlalu lama; diperlukan Node.js ${MIN_NODE.join('.')} atau yang lebih baru.\n` +
      'Pasang Node.js 22 LTS (misalnya `npm install --prefix .tools node@22`, lalu tambahkan .tools/node_modules/.bin di awal PATH).\n',
  );
  process.exit(1);
}

/** The project root: the folder of package.json, where every command runs. */
export const projectRoot = path.resolve(import.meta.dirname, '..', '..');

/** Print an Indonesian error for the operator and end the process with exit code 1. */
export function fail(message: string): never {
  process.stderr.write(`\nGagal: ${message}\n`);
  process.exit(1);
}

export function say(message: string): void {
  process.stdout.write(`${message}\n`);
}

export function loadConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      fail(`${error.message}\nPerbaiki variabel di atas (lihat .env.example), lalu jalankan perintah ini lagi.`);
    }
    throw error;
  }
}

/** Open and migrate the database, or explain why it cannot be opened. */
export async function openMigratedDatabase(config: Config): Promise<DatabaseHandle> {
  let handle: DatabaseHandle;
  try {
    handle = await openDatabase({ url: config.databaseUrl, pgliteDir: config.pgliteDir });
  } catch (error) {
    if (error instanceof DatabaseBusyError) {
      fail(
        `basis data bawaan di ${error.directory} sedang dipakai oleh proses ${error.holderPid} ` +
          '(biasanya server yang sedang berjalan). PGlite hanya dapat dibuka oleh satu proses: ' +
          'hentikan proses itu terlebih dahulu, atau gunakan PostgreSQL melalui DATABASE_URL.',
      );
    }
    fail(`tidak dapat membuka basis data: ${(error as Error).message}`);
  }

  try {
    await applyMigrations(handle);
  } catch (error) {
    await handle.close().catch(() => undefined);
    if (isDatabaseUnavailable(error)) {
      fail(
        `PostgreSQL di ${withoutPassword(config.databaseUrl ?? '')} tidak dapat dihubungi (${connectionProblem(error)}). ` +
          'Pastikan server basis data berjalan dan DATABASE_URL benar, lalu jalankan perintah ini lagi.',
      );
    }
    fail(`migrasi basis data gagal: ${(error as Error).message}`);
  }
  return handle;
}

/** Replace the password in a postgres:// URL with `***`, for messages. */
function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) {
      parsed.password = '***';
    }
    return parsed.toString();
  } catch {
    return 'DATABASE_URL';
  }
}

/** Describe the innermost cause by its driver code (e.g. `ECONNREFUSED`), or else its message. */
function connectionProblem(error: unknown): string {
  let innermost = error as { code?: unknown; message?: unknown; cause?: unknown };
  while (innermost.cause) {
    innermost = innermost.cause as typeof innermost;
  }
  return typeof innermost.code === 'string' ? innermost.code : String(innermost.message);
}

/** Address and token of the running server, written at start-up for commands that go through it. */
export interface ServerInfo {
  pid: number;
  url: string;
  token: string;
}

export function serverInfoPath(config: Config): string {
  return path.join(config.dataDir, 'server.json');
}

/** The running server of this data folder, or null when none runs. */
export function runningServer(config: Config): ServerInfo | null {
  try {
    const info = JSON.parse(fs.readFileSync(serverInfoPath(config), 'utf8')) as ServerInfo;
    process.kill(info.pid, 0);
    return info;
  } catch {
    return null;
  }
}
