import type { APIRoute } from 'astro';
import { buildDataPackage } from '../../domain/data-package.ts';
import { readMeta, readPeriods, snapshotFileBytes } from '../../snapshot/read-snapshot.ts';

/** The Frictionless Data Package of the open data files, built from the snapshot. */
export const GET: APIRoute = () => {
  const descriptor = buildDataPackage({ meta: readMeta(), periods: readPeriods(), bytesOf: snapshotFileBytes });
  return new Response(`${JSON.stringify(descriptor, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
