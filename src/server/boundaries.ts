/**
 * The official boundaries of a deployment, read from its folder: `desa.geojson` (detailed
 * village polygons), `kecamatan.geojson` (simplified district polygons) and `kabupaten.geojson`
 * (simplified regency outline). Coordinates are GeoJSON [lng, lat].
 */

import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { AreaGeometry } from '../domain/geo/point-in-polygon.ts';
import { regionBoundaries, type BoundaryFeature, type RegionBoundaries } from '../domain/region.ts';
import { config } from './config.ts';

export const BOUNDARY_FILES = {
  villages: 'desa.geojson',
  districts: 'kecamatan.geojson',
  outline: 'kabupaten.geojson',
} as const;

const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const ring = z.array(position).min(4);
const geometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);

function collectionOf<T extends z.ZodType>(properties: T) {
  return z.object({
    type: z.literal('FeatureCollection'),
    features: z.array(z.object({ type: z.literal('Feature'), properties, geometry: geometrySchema })),
  });
}

const villageCollection = collectionOf(
  z.object({ kode: z.string().regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/), nama: z.string().min(1), kode_kecamatan: z.string() }),
);
const districtCollection = collectionOf(z.object({ kode: z.string().regex(/^\d{2}\.\d{2}\.\d{2}$/), nama: z.string().min(1) }));
const outlineCollection = collectionOf(z.object({}).loose());

/** District polygons as the public map draws them: code, name and geometry only. */
export interface DistrictBoundaryCollection {
  type: 'FeatureCollection';
  features: Array<{ type: 'Feature'; properties: { kode: string; nama: string }; geometry: AreaGeometry }>;
}

function readCollection<T>(directory: string, file: string, schema: z.ZodType<T>): T {
  const filePath = path.join(directory, file);
  let value: unknown;
  try {
    value = JSON.parse(fs.readFileSync(filePath, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read ${filePath}: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`${filePath} is not a valid boundary file: ${first?.path.join('.') || '(root)'}: ${first?.message}`);
  }
  return parsed.data;
}

/** Read the district polygons of a deployment folder, keeping only what the public map needs. */
export function readDistrictBoundaries(directory: string): DistrictBoundaryCollection {
  const collection = readCollection(directory, BOUNDARY_FILES.districts, districtCollection);
  return {
    type: 'FeatureCollection',
    features: collection.features.map((feature) => ({
      type: 'Feature',
      properties: { kode: feature.properties.kode, nama: feature.properties.nama },
      geometry: feature.geometry as AreaGeometry,
    })),
  };
}

/** Read and index all boundaries of a deployment folder for point lookups. */
export function readRegionBoundaries(directory: string): RegionBoundaries {
  const villages: BoundaryFeature[] = readCollection(directory, BOUNDARY_FILES.villages, villageCollection).features.map(
    (feature) => ({
      code: feature.properties.kode,
      name: feature.properties.nama,
      districtCode: feature.properties.kode_kecamatan,
      geometry: feature.geometry as AreaGeometry,
    }),
  );
  const districts: BoundaryFeature[] = readDistrictBoundaries(directory).features.map((feature) => ({
    code: feature.properties.kode,
    name: feature.properties.nama,
    geometry: feature.geometry,
  }));
  const outlineFeature = readCollection(directory, BOUNDARY_FILES.outline, outlineCollection).features[0];
  return regionBoundaries(villages, districts, (outlineFeature?.geometry as AreaGeometry | undefined) ?? null);
}

let cached: { directory: string; boundaries: RegionBoundaries } | undefined;

/** Boundaries of this process's deployment (DEPLOYMENT_DIR), read once. */
export function deploymentBoundaries(): RegionBoundaries {
  const directory = config().deploymentDir;
  if (cached?.directory !== directory) {
    cached = { directory, boundaries: readRegionBoundaries(directory) };
  }
  return cached.boundaries;
}
