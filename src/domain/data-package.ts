/**
 * `/data/datapackage.json`: a Frictionless Data Package (v1,
 * https://specs.frictionlessdata.io/data-package/) that describes every open data file, made
 * from the snapshot at build time. Resource paths are relative to the descriptor, so the
 * package stays valid without a configured site address.
 */

import { COMPLAINT_FIELDS } from './open-data-dictionary.ts';
import { slugify } from './slug.ts';
import { OPEN_DATA_FILES, PERIOD_FILES, PERIOD_FOLDER, type SnapshotMeta, type SnapshotPeriod } from './snapshot.ts';

export const DATA_PACKAGE_PATH = '/data/datapackage.json';

export interface TableSchemaField {
  name: string;
  type: string;
  format?: string;
  description: string;
  constraints?: { enum: readonly string[] };
}

export interface DataResource {
  name: string;
  path: string;
  title: string;
  description: string;
  format: string;
  mediatype: string;
  encoding: string;
  bytes?: number;
  profile: 'data-resource' | 'tabular-data-resource';
  schema?: { fields: TableSchemaField[]; missingValues: string[] };
  dialect?: { delimiter: string; lineTerminator: string; header: boolean; doubleQuote: boolean };
}

export interface DataPackage {
  profile: 'data-package';
  id?: string;
  name: string;
  title: string;
  description: string;
  homepage?: string;
  created: string;
  keywords: string[];
  licenses: Array<{ name?: string; path: string; title: string }>;
  sources: Array<{ title: string; path?: string }>;
  contributors: Array<{ title: string; role: 'publisher'; path?: string }>;
  resources: DataResource[];
}

/** Open Definition identifiers of licences an open data portal is likely to use, by their address. */
const LICENSE_IDS: Array<[RegExp, string]> = [
  [/creativecommons\.org\/licenses\/by\/4\.0/, 'CC-BY-4.0'],
  [/creativecommons\.org\/licenses\/by-sa\/4\.0/, 'CC-BY-SA-4.0'],
  [/creativecommons\.org\/publicdomain\/zero\/1\.0/, 'CC0-1.0'],
  [/opendatacommons\.org\/licenses\/odbl/, 'ODbL-1.0'],
];

type FileKind = (typeof OPEN_DATA_FILES)[number];

const FILE_FORMATS: Record<FileKind, { format: string; mediatype: string; title: string; description: string }> = {
  'aduan.csv': {
    format: 'csv',
    mediatype: 'text/csv',
    title: 'Aduan (CSV)',
    description: 'Satu baris per aduan yang tidak bersifat rahasia. UTF-8 dengan BOM, baris diakhiri CRLF.',
  },
  'aduan.json': {
    format: 'json',
    mediatype: 'application/json',
    title: 'Aduan (JSON)',
    description: 'Aduan yang sama dengan berkas CSV sebagai larik objek JSON, dengan beberapa kolom kode tambahan.',
  },
  'aduan.geojson': {
    format: 'geojson',
    mediatype: 'application/geo+json',
    title: 'Lokasi aduan infrastruktur (GeoJSON)',
    description: 'Titik lokasi aduan infrastruktur, koordinat [bujur, lintang] WGS 84 (RFC 7946).',
  },
  'statistik.json': {
    format: 'json',
    mediatype: 'application/json',
    title: 'Rekapitulasi (JSON)',
    description: 'Jumlah aduan menurut kanal, kelompok kategori, kategori, status, instansi, kecamatan dan minggu.',
  },
};

export interface DataPackageInput {
  meta: SnapshotMeta;
  periods: readonly SnapshotPeriod[];
  /** Size of a file given by its path relative to the snapshot, or null when unknown. */
  bytesOf: (relativePath: string) => number | null;
}

export function buildDataPackage({ meta, periods, bytesOf }: DataPackageInput): DataPackage {
  const { deployment } = meta;
  const site = deployment.siteUrl;
  const absolute = (path: string) => new URL(path, site).href;
  const licenseId = LICENSE_IDS.find(([pattern]) => pattern.test(deployment.dataLicense.url))?.[1];

  const resources: DataResource[] = OPEN_DATA_FILES.map((file) =>
    resource(file, slugify(file), '', FILE_FORMATS[file], bytesOf(file)),
  );
  for (const period of periods) {
    for (const file of PERIOD_FILES) {
      const relative = `${PERIOD_FOLDER}/${period.key}/${file}`;
      resources.push(resource(relative, `${PERIOD_FOLDER}-${period.key}-${slugify(file)}`, ` ${period.label}`, FILE_FORMATS[file], bytesOf(relative)));
    }
  }

  return {
    profile: 'data-package',
    ...(site ? { id: absolute('/data/datapackage.json') } : {}),
    name: slugify(`${deployment.name} aduan`),
    title: `Data aduan ${deployment.name} ${deployment.regionName}`,
    description:
      `Aduan masyarakat yang diterima ${deployment.name}, kanal pengaduan ${deployment.regionName}, beserta status, ` +
      'instansi penanganan dan hasilnya. Data pribadi pelapor tidak diterbitkan; aduan rahasia hanya ikut dihitung dalam ' +
      'rekapitulasi. Cara menghitung dijelaskan di halaman /metodologi.',
    ...(site ? { homepage: absolute('/data/') } : {}),
    created: meta.generated_at,
    keywords: ['pengaduan masyarakat', 'pelayanan publik', deployment.regionName, deployment.name],
    licenses: [{ ...(licenseId ? { name: licenseId } : {}), path: deployment.dataLicense.url, title: deployment.dataLicense.name }],
    sources: [{ title: `${deployment.name}, ${deployment.operator}`, ...(site ? { path: absolute('/') } : {}) }],
    contributors: [{ title: deployment.operator, role: 'publisher', ...(site ? { path: absolute('/') } : {}) }],
    resources,
  };
}

function resource(
  path: string,
  name: string,
  titleSuffix: string,
  kind: (typeof FILE_FORMATS)[FileKind],
  bytes: number | null,
): DataResource {
  const tabular = kind.format === 'csv';
  return {
    name,
    path,
    title: `${kind.title}${titleSuffix}`,
    description: kind.description,
    format: kind.format,
    mediatype: kind.mediatype,
    encoding: 'utf-8',
    ...(bytes === null ? {} : { bytes }),
    profile: tabular ? 'tabular-data-resource' : 'data-resource',
    ...(tabular
      ? {
          schema: { fields: csvFields(), missingValues: [''] },
          dialect: { delimiter: ',', lineTerminator: '\r\n', header: true, doubleQuote: true },
        }
      : {}),
  };
}

/** Table Schema of `aduan.csv`, in the column order of the file. */
function csvFields(): TableSchemaField[] {
  return COMPLAINT_FIELDS.filter((field) => field.inCsv).map((field) => ({
    name: field.name,
    type: field.schemaType,
    // The times carry milliseconds (2022-09-01T03:00:00.000Z), beyond the default pattern.
    ...(field.schemaType === 'datetime' ? { format: 'any' } : {}),
    description: field.description,
    ...(field.codes ? { constraints: { enum: field.codes } } : {}),
  }));
}
