import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDataPackage, type DataPackage } from '../../src/domain/data-package.ts';
import { deploymentSettingsSchema } from '../../src/domain/deployment.ts';
import type { SnapshotMeta, SnapshotPeriod } from '../../src/domain/snapshot.ts';
import { OPEN_DATA_COLUMNS } from '../../src/server/publish/open-data-csv.ts';

const PATI = deploymentSettingsSchema.parse(JSON.parse(fs.readFileSync('db/seed/deployments/pati/deployment.json', 'utf8')));

const PERIODS: SnapshotPeriod[] = [
  { key: '2024-05', kind: 'month', label: 'Mei 2024', counts: { complaints: 3, listed: 3, mapped: 1 } },
  { key: '2024', kind: 'year', label: '2024', counts: { complaints: 10, listed: 9, mapped: 4 } },
];

const META: SnapshotMeta = {
  format: 3,
  generated_at: '2024-06-01T03:04:05.678Z',
  deployment: PATI,
  counts: { complaints: 10, listed: 9, mapped: 4 },
  periods: PERIODS,
};

const SIZES: Record<string, number> = { 'aduan.csv': 1234, 'aduan.json': 2345, 'periode/2024/aduan.csv': 99 };
const bytesOf = (file: string) => SIZES[file] ?? null;

/** Field types of Table Schema v1. */
const FIELD_TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'date', 'time', 'datetime', 'year', 'yearmonth', 'duration', 'geopoint', 'geojson', 'any'];
const CONTRIBUTOR_ROLES = ['publisher', 'author', 'maintainer', 'wrangler', 'contributor'];
const NAME = /^[-a-z0-9._/]+$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The requirements of Data Package v1, Data Resource and Tabular Data Resource that a
 * descriptor can break: returns one line per problem.
 */
function specProblems(descriptor: DataPackage): string[] {
  const problems: string[] = [];
  const value = descriptor as unknown as Record<string, unknown>;
  if (!Array.isArray(value.resources) || value.resources.length === 0) {
    problems.push('resources must be a non-empty array');
  }
  if (typeof value.name !== 'string' || !NAME.test(value.name)) {
    problems.push('name must be lower case letters, digits, -._/');
  }
  if (value.created !== undefined && !RFC3339.test(String(value.created))) {
    problems.push('created must be an RFC 3339 date-time');
  }
  for (const license of descriptor.licenses) {
    if (!license.name && !license.path) {
      problems.push('a license needs a name or a path');
    }
  }
  for (const source of descriptor.sources) {
    if (!source.title) {
      problems.push('a source needs a title');
    }
  }
  for (const contributor of descriptor.contributors) {
    if (!contributor.title || !CONTRIBUTOR_ROLES.includes(contributor.role)) {
      problems.push('a contributor needs a title and a known role');
    }
  }
  const names = new Set<string>();
  for (const resource of descriptor.resources) {
    if (!NAME.test(resource.name) || names.has(resource.name)) {
      problems.push(`resource name "${resource.name}" must be unique and lower case`);
    }
    names.add(resource.name);
    if (resource.path.startsWith('/') || resource.path.split('/').includes('..') || resource.path.includes('\\')) {
      problems.push(`resource path "${resource.path}" must be a relative POSIX path inside the package`);
    }
    if (!/^[a-z]+\/[a-z0-9.+-]+$/.test(resource.mediatype)) {
      problems.push(`resource ${resource.name} has an invalid mediatype`);
    }
    if (resource.bytes !== undefined && (!Number.isInteger(resource.bytes) || resource.bytes < 0)) {
      problems.push(`resource ${resource.name} has invalid bytes`);
    }
    if (resource.profile === 'tabular-data-resource') {
      const fields = resource.schema?.fields ?? [];
      if (fields.length === 0) {
        problems.push(`tabular resource ${resource.name} needs a schema with fields`);
      }
      if (new Set(fields.map((field) => field.name)).size !== fields.length) {
        problems.push(`tabular resource ${resource.name} has repeated field names`);
      }
      for (const field of fields) {
        if (!FIELD_TYPES.includes(field.type)) {
          problems.push(`field ${field.name} has unknown type ${field.type}`);
        }
      }
    }
  }
  return problems;
}

describe('buildDataPackage', () => {
  const descriptor = buildDataPackage({ meta: META, periods: PERIODS, bytesOf });

  it('meets the Data Package specification', () => {
    expect(specProblems(descriptor)).toEqual([]);
    expect(descriptor.profile).toBe('data-package');
    expect(descriptor.name).toBe('laporbuppati-aduan');
    expect(descriptor.created).toBe(META.generated_at);
    expect(descriptor.licenses).toEqual([{ name: 'CC-BY-4.0', path: PATI.dataLicense.url, title: PATI.dataLicense.name }]);
    expect(descriptor.contributors).toEqual([{ title: PATI.operator, role: 'publisher' }]);
  });

  it('lists every file, all time and per period', () => {
    expect(descriptor.resources.map((resource) => resource.path)).toEqual([
      'aduan.csv',
      'aduan.json',
      'aduan.geojson',
      'statistik.json',
      'periode/2024-05/aduan.csv',
      'periode/2024-05/aduan.json',
      'periode/2024-05/aduan.geojson',
      'periode/2024-05/statistik.json',
      'periode/2024/aduan.csv',
      'periode/2024/aduan.json',
      'periode/2024/aduan.geojson',
      'periode/2024/statistik.json',
    ]);
    const byPath = new Map(descriptor.resources.map((resource) => [resource.path, resource]));
    expect(byPath.get('aduan.csv')).toMatchObject({ format: 'csv', mediatype: 'text/csv', encoding: 'utf-8', bytes: 1234 });
    expect(byPath.get('aduan.geojson')).toMatchObject({ format: 'geojson', mediatype: 'application/geo+json' });
    expect(byPath.get('aduan.geojson')).not.toHaveProperty('bytes');
    expect(byPath.get('periode/2024/aduan.csv')).toMatchObject({ name: 'periode-2024-aduan-csv', title: 'Aduan (CSV) 2024', bytes: 99 });
  });

  it('describes every CSV column in file order, in Indonesian', () => {
    for (const resource of descriptor.resources.filter((item) => item.format === 'csv')) {
      expect(resource.profile).toBe('tabular-data-resource');
      expect(resource.schema!.fields.map((field) => field.name)).toEqual([...OPEN_DATA_COLUMNS]);
      expect(resource.dialect).toEqual({ delimiter: ',', lineTerminator: '\r\n', header: true, doubleQuote: true });
    }
    const fields = new Map(descriptor.resources[0]!.schema!.fields.map((field) => [field.name, field]));
    expect(fields.get('received_date')).toMatchObject({ type: 'date' });
    expect(fields.get('received_at')).toMatchObject({ type: 'datetime', format: 'any' });
    expect(fields.get('lat')).toMatchObject({ type: 'number' });
    expect(fields.get('status')!.constraints!.enum).toEqual(['received', 'needs_info', 'invalid', 'forwarded', 'in_progress', 'resolved']);
    expect(fields.get('summary')!.description).toBe('Ringkasan aduan yang ditulis petugas untuk publik, tanpa data pribadi.');
  });

  it('uses absolute addresses once the site address is known', () => {
    const withSite = buildDataPackage({
      meta: { ...META, deployment: { ...PATI, siteUrl: 'https://aduan.patikab.go.id' } },
      periods: [],
      bytesOf,
    });
    expect(specProblems(withSite)).toEqual([]);
    expect(withSite.id).toBe('https://aduan.patikab.go.id/data/datapackage.json');
    expect(withSite.homepage).toBe('https://aduan.patikab.go.id/data/');
    expect(withSite.sources).toEqual([{ title: `LaporBupPati, ${PATI.operator}`, path: 'https://aduan.patikab.go.id/' }]);
    // Resource paths stay relative, so that a downloaded copy of the folder still works.
    expect(withSite.resources[0]!.path).toBe('aduan.csv');
  });

  it('names no licence identifier it does not know', () => {
    const other = buildDataPackage({
      meta: { ...META, deployment: { ...PATI, dataLicense: { name: 'Lisensi daerah', url: 'https://patikab.go.id/lisensi' } } },
      periods: [],
      bytesOf,
    });
    expect(other.licenses).toEqual([{ path: 'https://patikab.go.id/lisensi', title: 'Lisensi daerah' }]);
    expect(specProblems(other)).toEqual([]);
  });
});
