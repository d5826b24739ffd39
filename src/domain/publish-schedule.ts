/**
 * The automatic publish schedule of PUBLISH_SCHEDULE: either an interval (`30m`, `1h`, `6h`)
 * or fixed times of day in the deployment's time zone (`06:00,18:00`). Empty or `off` means no
 * automatic publish.
 */

import { addDays, localDate, zonedInstant } from './time.ts';

export type PublishSchedule =
  | { kind: 'interval'; minutes: number }
  | { kind: 'daily'; times: Array<{ hour: number; minute: number }> };

/** Shortest interval: a publish of a large data set takes minutes, and each one rebuilds every page. */
export const MIN_INTERVAL_MINUTES = 5;
export const MAX_INTERVAL_MINUTES = 24 * 60;

export const SCHEDULE_SYNTAX =
  'selang waktu seperti 30m, 1h atau 6h (paling sedikit 5m, paling lama 24h), ' +
  'jam harian seperti 06:00,18:00, atau off untuk mematikan penerbitan terjadwal';

export type ScheduleParse = { ok: true; schedule: PublishSchedule | null } | { ok: false; message: string };

/** Read a PUBLISH_SCHEDULE value; the message of a failure is Indonesian and names the fix. */
export function parsePublishSchedule(text: string): ScheduleParse {
  const value = text.trim().toLowerCase();
  if (value === '' || value === 'off') {
    return { ok: true, schedule: null };
  }

  const interval = /^(\d{1,4})\s*(m|h)$/.exec(value);
  if (interval) {
    const minutes = Number(interval[1]) * (interval[2] === 'h' ? 60 : 1);
    if (minutes < MIN_INTERVAL_MINUTES || minutes > MAX_INTERVAL_MINUTES) {
      return { ok: false, message: `selang waktu harus antara ${MIN_INTERVAL_MINUTES}m dan 24h` };
    }
    return { ok: true, schedule: { kind: 'interval', minutes } };
  }

  const times: Array<{ hour: number; minute: number }> = [];
  for (const part of value.split(',').map((item) => item.trim())) {
    const match = /^(\d{1,2})[:.](\d{2})$/.exec(part);
    if (!match) {
      return { ok: false, message: `"${part}" tidak dikenali` };
    }
    const hour = Number(match[1]);
    const minute = Number(match[2]);
    if (hour > 23 || minute > 59) {
      return { ok: false, message: `jam "${part}" tidak ada; jam 00–23, menit 00–59` };
    }
    if (!times.some((time) => time.hour === hour && time.minute === minute)) {
      times.push({ hour, minute });
    }
  }
  times.sort((a, b) => a.hour - b.hour || a.minute - b.minute);
  return { ok: true, schedule: { kind: 'daily', times } };
}

/**
 * The first scheduled moment after `after`. Intervals count from `anchor` (the server's start),
 * so `1h` runs at the same minute every hour; daily times are wall-clock times in `timeZone`.
 */
export function nextPublishTime(schedule: PublishSchedule, after: Date, timeZone: string, anchor: Date): Date {
  if (schedule.kind === 'interval') {
    const step = schedule.minutes * 60_000;
    const elapsed = after.getTime() - anchor.getTime();
    const steps = elapsed < 0 ? 1 : Math.floor(elapsed / step) + 1;
    return new Date(anchor.getTime() + steps * step);
  }

  const today = localDate(after, timeZone);
  for (const date of [today, addDays(today, 1)]) {
    for (const { hour, minute } of schedule.times) {
      const at = zonedInstant(date, hour, minute, timeZone);
      if (at.getTime() > after.getTime()) {
        return at;
      }
    }
  }
  throw new Error('A daily schedule has at least one time, so a moment within two days always exists.');
}

/** "setiap 30 menit", "setiap 6 jam", "setiap hari pukul 06.00 dan 18.00 WIB". */
export function describePublishSchedule(schedule: PublishSchedule | null, zoneLabel: string): string {
  if (schedule === null) {
    return 'tidak aktif';
  }
  if (schedule.kind === 'interval') {
    const { minutes } = schedule;
    return minutes % 60 === 0 ? `setiap ${minutes / 60} jam` : `setiap ${minutes} menit`;
  }
  const times = schedule.times.map(
    ({ hour, minute }) => `${String(hour).padStart(2, '0')}.${String(minute).padStart(2, '0')}`,
  );
  const listed = times.length === 1 ? times[0]! : `${times.slice(0, -1).join(', ')} dan ${times[times.length - 1]!}`;
  return `setiap hari pukul ${listed} ${zoneLabel}`;
}
