import type { APIRoute } from 'astro';
import { locationProblem, placeOf } from '../../domain/region.ts';
import { deploymentBoundaries } from '../../server/boundaries.ts';
import { liveSettings } from '../../server/live-settings.ts';

export const prerender = false;

/**
 * Look up the district and village of a point in the official boundaries, for the map on the
 * "catat aduan baru" form (the middleware lets only signed-in staff through). The form is
 * checked again on the server when it is sent; this only fills in the fields early.
 */
export const GET: APIRoute = async ({ url }) => {
  const lat = Number(url.searchParams.get('lat'));
  const lng = Number(url.searchParams.get('lng'));
  const bothGiven = Boolean(url.searchParams.get('lat')?.trim() && url.searchParams.get('lng')?.trim());
  if (!bothGiven || !Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 180 || Math.abs(lng) > 180) {
    return Response.json({ message: 'Parameter lat dan lng harus berupa angka desimal.' }, { status: 400 });
  }

  const place = placeOf(deploymentBoundaries(), lat, lng);
  const settings = await liveSettings();
  return Response.json({ ...place, message: locationProblem(place, settings.regionName) });
};
