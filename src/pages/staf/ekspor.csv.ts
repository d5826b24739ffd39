import type { APIRoute } from 'astro';
import { parseExportFilter } from '../../domain/export-filter.ts';
import { zonedParts } from '../../domain/time.ts';
import { database } from '../../server/db.ts';
import { staffCsvStream } from '../../server/export/staff-csv.ts';
import { liveSettings } from '../../server/live-settings.ts';

export const prerender = false;

/**
 * Download the complaints the signed-in staff member may see as CSV, filtered like the list
 * page. The columns depend on the role (src/server/export/staff-csv.ts).
 */
export const GET: APIRoute = async ({ locals, url, clientAddress }) => {
  const user = locals.user!;
  const parsed = parseExportFilter(url.searchParams);
  if ('problems' in parsed) {
    const body = `Ekspor tidak dapat dibuat:\n${parsed.problems.join('\n')}\n`;
    return new Response(body, { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  }

  const settings = await liveSettings();
  const stream = staffCsvStream(await database(), { user, filter: parsed.filter, timeZone: settings.timeZone, clientAddress });
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
