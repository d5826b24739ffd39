/**
 * The area a deployment covers, from its official boundaries: which village and district a
 * point lies in, and whether typed coordinates are outside the region or swapped.
 */

import {
  boundingBoxOf,
  boxContains,
  geometryContains,
  unionOf,
  type AreaGeometry,
  type BoundingBox,
} from './geo/point-in-polygon.ts';

interface Area {
  code: string;
  name: string;
  geometry: AreaGeometry;
  box: BoundingBox;
}

interface VillageArea extends Area {
  districtCode: string;
}

export interface RegionBoundaries {
  villages: VillageArea[];
  districts: Area[];
  /** Regency outline; simplified, so it only backs up the village polygons. */
  outline: AreaGeometry | null;
  box: BoundingBox;
}

export interface BoundaryFeature {
  code: string;
  name: string;
  /** District code of a village; absent for districts. */
  districtCode?: string;
  geometry: AreaGeometry;
}

export type PointPlace =
  | { kind: 'inside'; district: { code: string; name: string } | null; village: { code: string; name: string } | null }
  | { kind: 'swapped' }
  | { kind: 'outside' };

/** Index the boundary polygons of villages, districts and the regency outline for lookups. */
export function regionBoundaries(
  villages: BoundaryFeature[],
  districts: BoundaryFeature[],
  outline: AreaGeometry | null,
): RegionBoundaries {
  const withBox = (feature: BoundaryFeature) => ({ ...feature, box: boundingBoxOf(feature.geometry) });
  const villageAreas = villages.map((village) => ({ ...withBox(village), districtCode: village.districtCode ?? '' }));
  const districtAreas = districts.map(withBox);
  const boxes = [...villageAreas, ...districtAreas].map((area) => area.box);
  if (outline) {
    boxes.push(boundingBoxOf(outline));
  }
  return { villages: villageAreas, districts: districtAreas, outline, box: unionOf(boxes) };
}

/**
 * Find the village and district of a point. The village polygons are detailed, so the district
 * is the village's own; only a point in a gap between villages falls back to the coarse district
 * and regency outlines, and then the village stays unknown.
 */
export function placeOf(boundaries: RegionBoundaries, lat: number, lng: number): PointPlace {
  const inside = lookUp(boundaries, lat, lng);
  if (inside) {
    return inside;
  }
  // A point that lands inside once latitude and longitude trade places was typed the wrong way round.
  if (lookUp(boundaries, lng, lat)) {
    return { kind: 'swapped' };
  }
  return { kind: 'outside' };
}

function lookUp(boundaries: RegionBoundaries, lat: number, lng: number): Extract<PointPlace, { kind: 'inside' }> | null {
  if (!boxContains(boundaries.box, lng, lat)) {
    return null;
  }
  const village = boundaries.villages.find((area) => boxContains(area.box, lng, lat) && geometryContains(area.geometry, lng, lat));
  const districtOf = (code: string) => boundaries.districts.find((area) => area.code === code);
  if (village) {
    const district = districtOf(village.districtCode);
    return {
      kind: 'inside',
      village: { code: village.code, name: village.name },
      district: district ? { code: district.code, name: district.name } : null,
    };
  }

  const district = boundaries.districts.find((area) => boxContains(area.box, lng, lat) && geometryContains(area.geometry, lng, lat));
  if (district) {
    return { kind: 'inside', village: null, district: { code: district.code, name: district.name } };
  }
  if (boundaries.outline && geometryContains(boundaries.outline, lng, lat)) {
    return { kind: 'inside', village: null, district: null };
  }
  return null;
}

/**
 * Indonesian message for coordinates outside the region, naming the likely cause: latitude and
 * longitude typed the wrong way round, or a point elsewhere. Null when the point is inside.
 */
export function locationProblem(place: PointPlace, regionName: string): string | null {
  switch (place.kind) {
    case 'inside':
      return null;
    case 'swapped':
      return 'Garis lintang dan garis bujur tampaknya tertukar: isi garis lintang dengan angka seperti -6,75 dan garis bujur dengan angka seperti 111,04.';
    case 'outside':
      return `Titik lokasi berada di luar wilayah ${regionName}. Periksa kembali koordinatnya; bila memang benar, centang "Lokasi di luar wilayah sudah diperiksa".`;
  }
}
