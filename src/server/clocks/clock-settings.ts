import type { Executor } from '../../../db/client.ts';
import { holidays } from '../../../db/schema/index.ts';
import type { ClockSettings } from '../../domain/working-days.ts';
import { loadDeploymentSettings } from '../reference-data.ts';

/**
 * How long loaded clock settings are reused. Edits made in this process clear them at once.
 * Another server on the same PostgreSQL database picks up an edit after at most this long.
 */
const CACHE_MS = 60_000;

let cached: { settings: ClockSettings; loadedAt: number } | undefined;

/**
 * Load the working calendar (holidays and time zone) and the clock targets of the deployment
 * settings from the database, or reuse those loaded less than a minute ago.
 */
export async function loadClockSettings(db: Executor): Promise<ClockSettings> {
  if (cached && Date.now() - cached.loadedAt < CACHE_MS) {
    return cached.settings;
  }
  const deployment = await loadDeploymentSettings(db);
  const rows = await db.select({ date: holidays.date }).from(holidays);
  const settings: ClockSettings = {
    calendar: { timeZone: deployment.timeZone, holidays: new Set(rows.map((row) => row.date)) },
    targets: {
      verificationDays: deployment.clocks.verificationTargetDays,
      actionDays: deployment.clocks.actionTargetDays,
    },
  };
  cached = { settings, loadedAt: Date.now() };
  return settings;
}

/** Forget the loaded clock settings, after holidays or targets changed. */
export function invalidateClockSettings(): void {
  cached = undefined;
}
