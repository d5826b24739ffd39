/**
 * Working days and the service clocks measured in them. A working day is Monday to Friday and
 * not a national holiday or collective leave day (cuti bersama) of the calendar. Days are local
 * dates in the deployment's zone.
 *
 * A clock counts the working days after the day it started, up to and including the day it
 * stopped (or today). Its target of N working days ends at midnight after the N-th working day
 * following the start day: a complaint received on Friday with a target of 3 is due by the end
 * of Wednesday. Days in which the clock was paused push the end back by as many working days.
 */

import { addDays, localDate, startOfLocalDay } from './time.ts';

export interface WorkingCalendar {
  timeZone: string;
  /** Local dates (YYYY-MM-DD) that are not working days although they fall on a weekday. */
  holidays: ReadonlySet<string>;
}

export function isWorkingDay(date: string, calendar: WorkingCalendar): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !calendar.holidays.has(date);
}

/** Count the working days d with `from` < d <= `to` (local dates); 0 when `to` is not after `from`. */
export function workingDaysBetween(from: string, to: string, calendar: WorkingCalendar): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
    if (isWorkingDay(day, calendar)) {
      count += 1;
    }
  }
  return count;
}

/** Return the `count`-th working day after `date` (`date` itself when count is 0). */
export function addWorkingDays(date: string, count: number, calendar: WorkingCalendar): string {
  let day = date;
  for (let remaining = count; remaining > 0; ) {
    day = addDays(day, 1);
    if (isWorkingDay(day, calendar)) {
      remaining -= 1;
    }
  }
  return day;
}

export type ClockState = 'not_started' | 'running' | 'paused' | 'met' | 'missed';

export interface Clock {
  state: ClockState;
  targetDays: number;
  /** Working days counted so far, pauses left out. */
  elapsedDays: number;
  /** Moment the target runs out, or null before the clock starts. */
  dueAt: Date | null;
  /** Working days past the target: while running, or at the moment the clock stopped. */
  overdueDays: number;
}

/** A stretch of time the clock runs in; `end` null means it still runs. */
export interface ClockSpan {
  start: Date;
  end: Date | null;
  /** Stretches inside the span in which the clock stood still. */
  pauses: Array<{ start: Date; end: Date | null }>;
}

/** Evaluate a clock at `now`. */
export function evaluateClock(span: ClockSpan | null, targetDays: number, now: Date, calendar: WorkingCalendar): Clock {
  if (span === null) {
    return { state: 'not_started', targetDays, elapsedDays: 0, dueAt: null, overdueDays: 0 };
  }

  const zone = calendar.timeZone;
  const startDay = localDate(span.start, zone);
  const stopDay = localDate(span.end ?? now, zone);
  const openPause = span.pauses.find((pause) => pause.end === null && span.end === null);

  let pausedDays = 0;
  for (const pause of span.pauses) {
    const pauseEnd = pause.end ?? span.end ?? now;
    pausedDays += workingDaysBetween(localDate(pause.start, zone), localDate(pauseEnd, zone), calendar);
  }

  const elapsedDays = Math.max(0, workingDaysBetween(startDay, stopDay, calendar) - pausedDays);
  const dueDay = addWorkingDays(startDay, targetDays + pausedDays, calendar);
  const dueAt = startOfLocalDay(addDays(dueDay, 1), zone);
  const overdueDays = Math.max(0, elapsedDays - targetDays);

  let state: ClockState;
  if (span.end !== null) {
    state = overdueDays > 0 ? 'missed' : 'met';
  } else if (openPause) {
    state = 'paused';
  } else {
    state = 'running';
  }
  return { state, targetDays, elapsedDays, dueAt, overdueDays };
}

/** The timeline facts the clocks are measured from. */
export interface ClockEvent {
  kind: string;
  occurredAt: Date;
}

/**
 * Verification clock: from receipt (or the last re-verification) to the first decision, valid
 * or invalid; paused while the complaint waits for information from the reporter.
 */
export function verificationSpan(receivedAt: Date, events: readonly ClockEvent[]): ClockSpan {
  let start = receivedAt;
  let end: Date | null = null;
  let pauses: ClockSpan['pauses'] = [];
  for (const event of events) {
    switch (event.kind) {
      case 'reverify':
        start = event.occurredAt;
        end = null;
        pauses = [];
        break;
      case 'request_info':
        pauses.push({ start: event.occurredAt, end: null });
        break;
      case 'receive_info': {
        const open = pauses.find((pause) => pause.end === null);
        if (open) {
          open.end = event.occurredAt;
        }
        break;
      }
      case 'forward':
      case 'reject':
        end ??= event.occurredAt;
        break;
    }
  }
  return { start, end, pauses };
}

/**
 * Action clock: from the (last) forwarding to the agency's first follow-up. Null before the
 * complaint was forwarded.
 */
export function actionSpan(events: readonly ClockEvent[]): ClockSpan | null {
  let span: ClockSpan | null = null;
  for (const event of events) {
    if (event.kind === 'forward') {
      span = { start: event.occurredAt, end: null, pauses: [] };
    } else if (span && span.end === null && (event.kind === 'start_action' || event.kind === 'resolve')) {
      span.end = event.occurredAt;
    }
  }
  return span;
}

export const CLOCK_STATE_LABELS: Record<ClockState, string> = {
  not_started: 'Belum dimulai',
  running: 'Berjalan',
  paused: 'Dijeda',
  met: 'Tepat waktu',
  missed: 'Terlambat',
};

/** Indonesian sentence for a clock, e.g. "Hari kerja ke-2 dari 3" or "Terlambat 2 hari kerja". */
export function describeClock(clock: Clock): string {
  switch (clock.state) {
    case 'not_started':
      return 'Belum dimulai';
    case 'paused':
      return `Dijeda menunggu kelengkapan data (hari kerja ke-${clock.elapsedDays} dari ${clock.targetDays})`;
    case 'running':
      return clock.overdueDays > 0
        ? `Melewati target ${clock.overdueDays} hari kerja (target ${clock.targetDays} hari kerja)`
        : `Hari kerja ke-${clock.elapsedDays} dari ${clock.targetDays}`;
    case 'met':
      return clock.elapsedDays === 0
        ? `Selesai pada hari yang sama (target ${clock.targetDays} hari kerja)`
        : `Selesai dalam ${clock.elapsedDays} hari kerja (target ${clock.targetDays})`;
    case 'missed':
      return `Selesai dalam ${clock.elapsedDays} hari kerja, terlambat ${clock.overdueDays} hari kerja (target ${clock.targetDays})`;
  }
}
