import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { AGENCY_KINDS, CATEGORY_GROUPS } from '../../src/domain/categories.ts';
import { deploymentSettingsSchema, type DeploymentSettings } from '../../src/domain/deployment.ts';
import { readHolidayFile, type HolidayFile } from './holidays.ts';

const agencySchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(2),
  shortName: z.string().min(2),
  kind: z.enum(AGENCY_KINDS),
  districtCode: z.string().optional(),
});

const categorySchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(2),
  group: z.enum(CATEGORY_GROUPS),
  defaultAgency: z.string(),
});

const districtRowSchema = z.object({
  kode: z.string().regex(/^\d{2}\.\d{2}\.\d{2}$/),
  nama: z.string().min(1),
  lat: z.coerce.number(),
  lng: z.coerce.number(),
});

const villageRowSchema = z.object({
  kode: z.string().regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/),
  nama: z.string().min(1),
  jenis: z.enum(['desa', 'kelurahan']),
  kode_kecamatan: z.string(),
  lat: z.coerce.number(),
  lng: z.coerce.number(),
  kodepos: z.string().optional(),
});

export interface DeploymentFiles {
  settings: DeploymentSettings;
  agencies: z.infer<typeof agencySchema>[];
  categories: z.infer<typeof categorySchema>[];
  districts: Array<{ code: string; name: string; lat: number; lng: number }>;
  villages: Array<{
    code: string;
    districtCode: string;
    name: string;
    kind: 'desa' | 'kelurahan';
    lat: number;
    lng: number;
    postalCode: string | null;
  }>;
  /** Indonesia's national holidays and collective leave days, the same for every deployment. */
  holidays: HolidayFile;
}

/**
 * Read the reference data of a deployment folder: `deployment.json`, `agencies.json`,
 * `categories.json`, `kecamatan.csv` and `desa.csv`, and the national holiday file
 * (`db/seed/holidays/indonesia.json`). Errors name the file, the row and the field.
 */
export function readDeploymentFiles(directory: string): DeploymentFiles {
  const settings = parseWith(deploymentSettingsSchema, readJson(directory, 'deployment.json'), 'deployment.json');
  const agencies = parseList(agencySchema, readJson(directory, 'agencies.json'), 'agencies.json');
  const categories = parseList(categorySchema, readJson(directory, 'categories.json'), 'categories.json');
  const districts = parseList(districtRowSchema, readCsv(directory, 'kecamatan.csv'), 'kecamatan.csv').map(
    (row) => ({ code: row.kode, name: row.nama, lat: row.lat, lng: row.lng }),
  );
  const villages = parseList(villageRowSchema, readCsv(directory, 'desa.csv'), 'desa.csv').map((row) => ({
    code: row.kode,
    districtCode: row.kode_kecamatan,
    name: row.nama,
    kind: row.jenis,
    lat: row.lat,
    lng: row.lng,
    postalCode: row.kodepos || null,
  }));

  const agencySlugs = new Set(agencies.map((agency) => agency.slug));
  categories.forEach((category, index) => {
    if (!agencySlugs.has(category.defaultAgency)) {
      throw new Error(
        `categories.json, entry ${index + 1} (${category.slug}): defaultAgency "${category.defaultAgency}" is not in agencies.json.`,
      );
    }
  });
  return { settings, agencies, categories, districts, villages, holidays: readHolidayFile() };
}

function readJson(directory: string, file: string): unknown {
  const fullPath = path.join(directory, file);
  try {
    return JSON.parse(fs.readFileSync(fullPath, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read ${fullPath}: ${(error as Error).message}`);
  }
}

function readCsv(directory: string, file: string): unknown[] {
  return parse(fs.readFileSync(path.join(directory, file), 'utf8'), { columns: true, skip_empty_lines: true, bom: true });
}

function parseWith<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new Error(`${file} is invalid:\n  ${problems.join('\n  ')}`);
  }
  return result.data;
}

function parseList<T>(schema: z.ZodType<T>, value: unknown, file: string): T[] {
  if (!Array.isArray(value)) {
    throw new Error(`${file} is invalid: expected a list.`);
  }
  return value.map((item, index) => parseWith(schema, item, `${file}, row ${index + 1}`));
}
