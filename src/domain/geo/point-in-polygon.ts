/**
 * Point in polygon for GeoJSON (RFC 7946) Polygon and MultiPolygon geometries, in [lng, lat]
 * order. Even-odd ray casting: a point inside a hole is outside. A point exactly on an edge may
 * fall on either side, which is harmless for assigning a village, because the neighbouring
 * village across that edge is as right as this one.
 *
 * Written here instead of taken from @turf/boolean-point-in-polygon because these few lines are
 * all the project needs and they run on the server and in tests without further packages.
 */

export type Position = [number, number] | number[];
export type Ring = Position[];
export type PolygonCoordinates = Ring[];

export type AreaGeometry =
  | { type: 'Polygon'; coordinates: PolygonCoordinates }
  | { type: 'MultiPolygon'; coordinates: PolygonCoordinates[] };

export interface BoundingBox {
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
}

/** True when (lng, lat) lies inside the ring, by the even-odd rule. */
function ringContains(ring: Ring, lng: number, lat: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    const crosses = yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi;
    if (crosses) {
      inside = !inside;
    }
  }
  return inside;
}

function polygonContains(polygon: PolygonCoordinates, lng: number, lat: number): boolean {
  const [outer, ...holes] = polygon;
  if (!outer || !ringContains(outer, lng, lat)) {
    return false;
  }
  return !holes.some((hole) => ringContains(hole, lng, lat));
}

export function geometryContains(geometry: AreaGeometry, lng: number, lat: number): boolean {
  if (!Number.isFinite(lng) || !Number.isFinite(lat)) {
    return false;
  }
  if (geometry.type === 'Polygon') {
    return polygonContains(geometry.coordinates, lng, lat);
  }
  return geometry.coordinates.some((polygon) => polygonContains(polygon, lng, lat));
}

/** Bounding box of the outer rings of a geometry. */
export function boundingBoxOf(geometry: AreaGeometry): BoundingBox {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const box: BoundingBox = { minLng: Infinity, minLat: Infinity, maxLng: -Infinity, maxLat: -Infinity };
  for (const polygon of polygons) {
    for (const [lng, lat] of (polygon[0] ?? []) as Array<[number, number]>) {
      box.minLng = Math.min(box.minLng, lng);
      box.maxLng = Math.max(box.maxLng, lng);
      box.minLat = Math.min(box.minLat, lat);
      box.maxLat = Math.max(box.maxLat, lat);
    }
  }
  return box;
}

export function boxContains(box: BoundingBox, lng: number, lat: number): boolean {
  return lng >= box.minLng && lng <= box.maxLng && lat >= box.minLat && lat <= box.maxLat;
}

/** Smallest box around all `boxes`. */
export function unionOf(boxes: BoundingBox[]): BoundingBox {
  return boxes.reduce(
    (union, box) => ({
      minLng: Math.min(union.minLng, box.minLng),
      minLat: Math.min(union.minLat, box.minLat),
      maxLng: Math.max(union.maxLng, box.maxLng),
      maxLat: Math.max(union.maxLat, box.maxLat),
    }),
    { minLng: Infinity, minLat: Infinity, maxLng: -Infinity, maxLat: -Infinity },
  );
}
