import path from 'node:path';
import { z } from 'zod';

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
  DATA_DIR: z.string().trim().min(1).default('data'),
  DEPLOYMENT_DIR: z.string().trim().min(1).default('db/seed/deployments/pati'),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  PORT: z.coerce
    .number({ message: 'harus berupa angka' })
    .int('harus bilangan bulat')
    .min(1, 'harus antara 1 dan 65535')
    .max(65535, 'harus antara 1 dan 65535')
    .default(4321),
  SESSION_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  DEMO_DATA: z.enum(['auto', 'off']).default('auto'),
});

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
  demoData: 'auto' | 'off';
};

/** Raised with one Indonesian line per invalid variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Konfigurasi tidak valid:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
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
    demoData: values.DEMO_DATA,
  };
}

/** The configuration of this process, validated on first use. */
export function config(): Config {
  cached ??= loadConfig();
  return cached;
}
