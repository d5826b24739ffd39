/** The area a deployment covers, for checking typed coordinates. */

export interface RegionBounds {
  minLat: number;
  maxLat: number;
  minLng: number;
  maxLng: number;
}

/** Degrees added around the village centroids; about 5.5 km at Pati's latitude. */
const MARGIN_DEGREES = 0.05;

/** Bounds around a list of points (village centroids), with a margin for villages' edges. */
export function boundsAround(points: ReadonlyArray<{ lat: number; lng: number }>): RegionBounds | null {
  if (points.length === 0) {
    return null;
  }
  const lats = points.map((point) => point.lat);
  const lngs = points.map((point) => point.lng);
  return {
    minLat: Math.min(...lats) - MARGIN_DEGREES,
    maxLat: Math.max(...lats) + MARGIN_DEGREES,
    minLng: Math.min(...lngs) - MARGIN_DEGREES,
    maxLng: Math.max(...lngs) + MARGIN_DEGREES,
  };
}

export function contains(bounds: RegionBounds, lat: number, lng: number): boolean {
  return lat >= bounds.minLat && lat <= bounds.maxLat && lng >= bounds.minLng && lng <= bounds.maxLng;
}

/**
 * Indonesian message for coordinates outside the region, naming the likely cause: latitude and
 * longitude typed the wrong way round, or a point elsewhere. Null when the point is inside.
 */
export function locationProblem(bounds: RegionBounds, lat: number, lng: number, regionName: string): string | null {
  if (contains(bounds, lat, lng)) {
    return null;
  }
  if (contains(bounds, lng, lat)) {
    return 'Garis lintang dan garis bujur tampaknya tertukar: isi garis lintang dengan angka seperti -6,75 dan garis bujur dengan angka seperti 111,04.';
  }
  return `Titik lokasi berada di luar wilayah ${regionName}. Periksa kembali koordinatnya; bila memang benar, centang "Lokasi di luar wilayah sudah diperiksa".`;
}
