import type { APIRoute } from 'astro';
import { zonedParts } from '../../domain/time.ts';
import { database } from '../../server/db.ts';
import { parseListFilter } from '../../server/complaints/list-filter.ts';
import { staffCsvStream } from '../../server/export/staff-csv.ts';
import { liveSettings } from '../../server/live-settings.ts';

export const prerender = false;

/**
 * Download the complaints the signed-in staff member may see as CSV, with the list page's
 * filter (every page, not only the one shown). The columns depend on the role
 * (src/server/export/staff-csv.ts).
 */
export const GET: APIRoute = async ({ locals, url, clientAddress }) => {
  const user = locals.user!;
  const settings = await liveSettings();
  const { filter, values } = parseListFilter(url.searchParams, settings.timeZone, settings.ticketPrefix);
  delete values.halaman;
  delete values.urut;
  const stream = staffCsvStream(await database(), {
    user,
    filter,
    filterValues: values,
    timeZone: settings.timeZone,
    clientAddress,
  });
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${fileName(new Date(), settings.timeZone)}"`,
      'Cache-Control': 'no-store',
    },
  });
};

/** aduan-20220922-1405.csv, in the deployment's zone. */
function fileName(now: Date, timeZone: string): string {
  const { year, month, day, hour, minute } = zonedParts(now, timeZone);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `aduan-${year}${pad(month)}${pad(day)}-${pad(hour)}${pad(minute)}.csv`;
}
