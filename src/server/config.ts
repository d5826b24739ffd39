import path from 'node:path';
import { isIP } from 'node:net';
import { z } from 'zod';
import { parsePublishSchedule, SCHEDULE_SYNTAX, type PublishSchedule } from '../domain/publish-schedule.ts';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * Environment configuration, validated once at start-up. Every variable is documented in
 * `.env.example`.
 */
const environmentSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value === '' ? undefined : value))
    .refine((value) => value === undefined || /^postgres(ql)?:\/\//.test(value), {
      message: 'harus diawali postgres:// atau postgresql://, atau dikosongkan untuk memakai basis data bawaan (PGlite)',
    }),
  DATA_DIR: z.string().trim().min(1, 'tidak boleh kosong; hapus variabel ini untuk memakai folder data').default('data'),
  DEPLOYMENT_DIR: z.string().trim().min(1, 'tidak boleh kosong').default('db/seed/deployments/pati'),
  HOST: z.string().trim().min(1, 'tidak boleh kosong; contoh 127.0.0.1 atau 0.0.0.0').default('127.0.0.1'),
  PORT: wholeNumber(1, 65535, 'nomor port').default(4321),
  SESSION_HOURS: wholeNumber(1, 24 * 30, 'lama sesi dalam jam').default(12),
  SIGN_IN_MAX_FAILURES_PER_ACCOUNT: wholeNumber(1, 1000, 'batas gagal masuk per nama pengguna').default(5),
  SIGN_IN_MAX_FAILURES_PER_ADDRESS: wholeNumber(1, 10_000, 'batas gagal masuk per alamat IP').default(20),
  SIGN_IN_FAILURE_WINDOW_MINUTES: wholeNumber(1, 24 * 60, 'rentang hitung gagal masuk dalam menit').default(15),
  TICKET_LOOKUPS_PER_MINUTE: wholeNumber(1, 100_000, 'jumlah pelacakan tiket per menit per alamat').default(60),
  DEMO_DATA: z.enum(['auto', 'off'], { message: 'harus auto atau off' }).default('auto'),
  LOG_LEVEL: z.enum(LOG_LEVELS, { message: `harus salah satu dari: ${LOG_LEVELS.join(', ')}` }).default('info'),
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .refine(
      (value) => value.split(',').every((address) => address.trim() === '' || isIP(address.trim()) !== 0),
      'harus berisi alamat IP dipisahkan koma, misalnya 127.0.0.1,10.0.0.5',
    ),
  PUBLISH_SCHEDULE: z
    .string()
    .default('')
    .transform((value, context) => {
      const parsed = parsePublishSchedule(value);
      if (!parsed.ok) {
        context.addIssue({ code: 'custom', message: `${parsed.message}; gunakan ${SCHEDULE_SYNTAX}` });
        return z.NEVER;
      }
      return parsed.schedule;
    }),
  ALLOWED_HOSTS: z
    .string()
    .default('')
    .refine(
      (value) => value.split(',').every((host) => host.trim() === '' || /^[a-z0-9.-]+$/i.test(host.trim())),
      'harus berisi nama host dipisahkan koma, tanpa http:// dan tanpa port, misalnya aduan.patikab.go.id',
    ),
});

/** A whole number between `min` and `max`, with Indonesian messages naming what it is. */
function wholeNumber(min: number, max: number, what: string) {
  return z.coerce
    .number({ message: `harus berupa angka (${what})` })
    .int(`harus bilangan bulat (${what})`)
    .min(min, `harus antara ${min} dan ${max} (${what})`)
    .max(max, `harus antara ${min} dan ${max} (${what})`);
}

export type Config = {
  databaseUrl: string | undefined;
  dataDir: string;
  pgliteDir: string;
  snapshotsDir: string;
  sitesDir: string;
  deploymentDir: string;
  host: string;
  port: number;
  sessionHours: number;
  signInThrottle: SignInThrottle;
  demoData: 'auto' | 'off';
  /** Addresses of reverse proxies whose X-Forwarded-* headers are believed. */
  trustedProxies: string[];
  /** Host names the portal is reached at, localhost and 127.0.0.1 included. */
  allowedHosts: string[];
  /** Ticket lookups one client address may make per minute before it gets 429. */
  ticketLookupsPerMinute: number;
  /** Automatic publishes of the running server; null when off. */
  publishSchedule: PublishSchedule | null;
};

/** Limits on failed sign-ins, past which the sign-in page responds 429 for a while. */
export interface SignInThrottle {
  /** Failures allowed per typed username since that name's last successful sign-in. */
  maxFailuresPerAccount: number;
  /** Failures allowed per client address, whichever usernames they were for. */
  maxFailuresPerAddress: number;
  /** Failures older than this many minutes no longer count. */
  windowMinutes: number;
}

/** Raised with one Indonesian line per invalid variable. */
export class ConfigError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`Konfigurasi tidak valid:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

let cached: Config | undefined;

/** Read and validate the environment; throws ConfigError naming every wrong variable. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0]);
        const value = environment[name];
        const shown = name === 'DATABASE_URL' ? '(disembunyikan)' : JSON.stringify(value);
        return `${name}=${shown}: ${issue.message}`;
      }),
    );
  }

  const values = parsed.data;
  const dataDir = path.resolve(values.DATA_DIR);
  return {
    databaseUrl: values.DATABASE_URL,
    dataDir,
    pgliteDir: path.join(dataDir, 'pglite'),
    snapshotsDir: path.join(dataDir, 'snapshots'),
    sitesDir: path.join(dataDir, 'sites'),
    deploymentDir: path.resolve(values.DEPLOYMENT_DIR),
    host: values.HOST,
    port: values.PORT,
    sessionHours: values.SESSION_HOURS,
    signInThrottle: {
      maxFailuresPerAccount: values.SIGN_IN_MAX_FAILURES_PER_ACCOUNT,
      maxFailuresPerAddress: values.SIGN_IN_MAX_FAILURES_PER_ADDRESS,
      windowMinutes: values.SIGN_IN_FAILURE_WINDOW_MINUTES,
    },
    demoData: values.DEMO_DATA,
    trustedProxies: values.TRUSTED_PROXIES.split(',').map((address) => address.trim()).filter(Boolean),
    allowedHosts: ['localhost', '127.0.0.1', ...values.ALLOWED_HOSTS.split(',')]
      .map((host) => host.trim().toLowerCase())
      .filter(Boolean),
    ticketLookupsPerMinute: values.TICKET_LOOKUPS_PER_MINUTE,
    publishSchedule: values.PUBLISH_SCHEDULE,
  };
}

/** The configuration of this process, validated on first use. */
export function config(): Config {
  cached ??= loadConfig();
  return cached;
}
