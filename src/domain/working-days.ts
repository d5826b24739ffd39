/**
 * Working days and the service clocks measured in them. A working day is Monday to Friday and
 * not a national holiday or collective leave day (cuti bersama) of the calendar. Days are local
 * dates in the deployment's zone.
 *
 * A clock counts the working days after the day it started, up to and including the day it
 * stopped (or today). Its target of N working days runs to the end of the N-th working day
 * following the start day: a complaint received on Friday with a target of 3 is due by the end
 * of Wednesday. Working days in which the clock was paused push that day back by as many
 * working days.
 *
 * The clock is late once it has counted more working days than its target, so its deadline
 * (`dueAt`) is local midnight at the start of the first working day after the due day. That is
 * midnight right after the due day unless a weekend or holiday follows it: a decision taken on
 * the Saturday after a Friday due day uses no working day and is still on time.
 */

import { addDays, localDate, startOfLocalDay } from './time.ts';

export interface WorkingCalendar {
  timeZone: string;
  /** Local dates (YYYY-MM-DD) that are not working days although they fall on a weekday. */
  holidays: ReadonlySet<string>;
}

/** Service targets in working days, from the deployment settings. */
export interface ClockTargets {
  verificationDays: number;
  actionDays: number;
}

/** Everything the clocks are evaluated with besides the complaint's own timeline. */
export interface ClockSettings {
  calendar: WorkingCalendar;
  targets: ClockTargets;
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

/** Return the moment a clock whose last allowed working day is `dueDate` becomes late. */
export function deadlineAfter(dueDate: string, calendar: WorkingCalendar): Date {
  return startOfLocalDay(addWorkingDays(dueDate, 1, calendar), calendar.timeZone);
}

export type ClockState = 'not_started' | 'running' | 'paused' | 'met' | 'missed';

export interface Clock {
  state: ClockState;
  targetDays: number;
  /** Working days counted so far, pauses left out. */
  elapsedDays: number;
  /** Last working day of the target (YYYY-MM-DD); null before the clock starts and while it is paused. */
  dueDate: string | null;
  /** Moment the clock becomes late (see the file header); null when `dueDate` is. */
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

/**
 * Evaluate a clock at `now`. A pause counts the working days after the day it started up to
 * and including the day it ended, the same way the clock itself counts, so a pause that starts
 * and ends on one day costs nothing.
 */
export function evaluateClock(span: ClockSpan | null, targetDays: number, now: Date, calendar: WorkingCalendar): Clock {
  if (span === null) {
    return { state: 'not_started', targetDays, elapsedDays: 0, dueDate: null, dueAt: null, overdueDays: 0 };
  }

  const zone = calendar.timeZone;
  const startDay = localDate(span.start, zone);
  const stopDay = localDate(span.end ?? now, zone);
  const paused = span.end === null && span.pauses.some((pause) => pause.end === null);

  let pausedDays = 0;
  for (const pause of span.pauses) {
    const pauseEnd = pause.end ?? span.end ?? now;
    pausedDays += workingDaysBetween(localDate(pause.start, zone), localDate(pauseEnd, zone), calendar);
  }

  const elapsedDays = Math.max(0, workingDaysBetween(startDay, stopDay, calendar) - pausedDays);
  const overdueDays = Math.max(0, elapsedDays - targetDays);
  // While paused the due day moves with every working day of the pause, so it is not known yet.
  const dueDate = paused ? null : addWorkingDays(startDay, targetDays + pausedDays, calendar);
  const dueAt = dueDate === null ? null : deadlineAfter(dueDate, calendar);

  let state: ClockState;
  if (span.end !== null) {
    state = overdueDays > 0 ? 'missed' : 'met';
  } else {
    state = paused ? 'paused' : 'running';
  }
  return { state, targetDays, elapsedDays, dueDate, dueAt, overdueDays };
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
      case 'receive_info':
        trackPause(pauses, event);
        break;
      case 'forward':
      case 'reject':
        end ??= event.occurredAt;
        break;
    }
  }
  return { start, end, pauses };
}

/** Open a pause at `request_info` and close the open one at `receive_info`. */
function trackPause(pauses: ClockSpan['pauses'], event: ClockEvent): void {
  if (event.kind === 'request_info') {
    pauses.push({ start: event.occurredAt, end: null });
    return;
  }
  const open = pauses.find((pause) => pause.end === null);
  if (open) {
    open.end = event.occurredAt;
  }
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

/**
 * Resolution span: from receipt to the last resolution, unless the complaint was reopened after
 * it. Like the verification clock it is paused while the complaint waits for information from
 * the reporter, so the clock lengths leave out the same paused days.
 */
export function resolutionSpan(receivedAt: Date, events: readonly ClockEvent[]): ClockSpan {
  let end: Date | null = null;
  const pauses: ClockSpan['pauses'] = [];
  for (const event of events) {
    switch (event.kind) {
      case 'request_info':
      case 'receive_info':
        trackPause(pauses, event);
        break;
      case 'resolve':
        end = event.occurredAt;
        break;
      case 'reopen':
        end = null;
        break;
    }
  }
  return { start: receivedAt, end, pauses };
}

/** Final lengths of the clocks that have stopped, in working days; null while a clock runs or before it starts. */
export interface ClockLengths {
  /** Receipt (or the last re-verification) to the decision, valid or invalid, paused days left out. */
  verificationDays: number | null;
  /** Forwarding to the agency's first follow-up. */
  firstResponseDays: number | null;
  /** Receipt to resolution, paused days left out. */
  resolutionDays: number | null;
}

/**
 * Measure the clocks of a complaint that have stopped. These are the lengths the ticket page
 * shows for a stopped clock ("Selesai dalam N hari kerja"), so statistics built from them agree
 * with it. A length does not depend on the current time, only on the timeline and the calendar.
 */
export function clockLengths(receivedAt: Date, events: readonly ClockEvent[], calendar: WorkingCalendar): ClockLengths {
  const lengthOf = (span: ClockSpan | null) =>
    span === null || span.end === null ? null : evaluateClock(span, 0, span.end, calendar).elapsedDays;
  return {
    verificationDays: lengthOf(verificationSpan(receivedAt, events)),
    firstResponseDays: lengthOf(actionSpan(events)),
    resolutionDays: lengthOf(resolutionSpan(receivedAt, events)),
  };
}

export interface ServiceClocks {
  verification: Clock;
  action: Clock;
}

/** Evaluate both clocks of a complaint from its receipt time and its timeline, oldest event first. */
export function evaluateServiceClocks(
  receivedAt: Date,
  events: readonly ClockEvent[],
  settings: ClockSettings,
  now: Date,
): ServiceClocks {
  const { calendar, targets } = settings;
  return {
    verification: evaluateClock(verificationSpan(receivedAt, events), targets.verificationDays, now, calendar),
    action: evaluateClock(actionSpan(events), targets.actionDays, now, calendar),
  };
}

/**
 * Return the due dates stored on a complaint: the deadline of each clock while it runs, null
 * while it is paused, stopped or not started.
 */
export function runningDeadlines(clocks: ServiceClocks): { verificationDueAt: Date | null; actionDueAt: Date | null } {
  return {
    verificationDueAt: clocks.verification.state === 'running' ? clocks.verification.dueAt : null,
    actionDueAt: clocks.action.state === 'running' ? clocks.action.dueAt : null,
  };
}

export const CLOCK_STATE_LABELS: Record<ClockState, string> = {
  not_started: 'Belum dimulai',
  running: 'Berjalan',
  paused: 'Dijeda',
  met: 'Tepat waktu',
  missed: 'Terlambat',
};

/** Indonesian sentence for a clock, e.g. "Hari kerja ke-2 dari 3" or "Melewati target 2 hari kerja (target 3)". */
export function describeClock(clock: Clock): string {
  const target = clock.targetDays;
  switch (clock.state) {
    case 'not_started':
      return 'Belum dimulai';
    case 'paused':
      return clock.elapsedDays === 0
        ? `Dijeda menunggu kelengkapan data dari pelapor (belum ada hari kerja terpakai, target ${target})`
        : `Dijeda menunggu kelengkapan data dari pelapor (hari kerja ke-${clock.elapsedDays} dari ${target})`;
    case 'running':
      if (clock.overdueDays > 0) {
        return `Melewati target ${clock.overdueDays} hari kerja (target ${target})`;
      }
      return clock.elapsedDays === 0
        ? `Mulai dihitung pada hari kerja berikutnya (target ${target} hari kerja)`
        : `Hari kerja ke-${clock.elapsedDays} dari ${target}`;
    case 'met':
      return clock.elapsedDays === 0
        ? `Selesai dalam kurang dari 1 hari kerja (target ${target})`
        : `Selesai dalam ${clock.elapsedDays} hari kerja (target ${target})`;
    case 'missed':
      return `Selesai dalam ${clock.elapsedDays} hari kerja, melewati target ${clock.overdueDays} hari kerja (target ${target})`;
  }
}

export type DueBadgeTone = 'overdue' | 'due_today' | 'due_soon' | 'on_track';

export interface DueBadge {
  clock: 'verification' | 'action';
  tone: DueBadgeTone;
  text: string;
}

const CLOCK_NAMES = { verification: 'Verifikasi', action: 'Tindak lanjut' } as const;

/**
 * Badge for a row of the staff list from its stored due dates: how late the running clock is,
 * or how many working days it has left. Null when no clock runs. At most one clock runs at a
 * time, because the action clock starts when the complaint is forwarded, which stops the
 * verification clock.
 */
export function dueBadge(
  due: { verificationDueAt: Date | null; actionDueAt: Date | null },
  now: Date,
  calendar: WorkingCalendar,
): DueBadge | null {
  let clock: DueBadge['clock'];
  let dueAt: Date;
  if (due.verificationDueAt) {
    clock = 'verification';
    dueAt = due.verificationDueAt;
  } else if (due.actionDueAt) {
    clock = 'action';
    dueAt = due.actionDueAt;
  } else {
    return null;
  }

  const name = CLOCK_NAMES[clock];
  const today = localDate(now, calendar.timeZone);
  // The deadline is midnight starting a working day, so the day before it is the last one allowed.
  const lastAllowedDay = addDays(localDate(dueAt, calendar.timeZone), -1);
  if (now.getTime() >= dueAt.getTime()) {
    const late = Math.max(1, workingDaysBetween(lastAllowedDay, today, calendar));
    return { clock, tone: 'overdue', text: `${name} terlambat ${late} hari kerja` };
  }

  const left = workingDaysBetween(today, lastAllowedDay, calendar);
  if (left === 0) {
    return isWorkingDay(today, calendar)
      ? { clock, tone: 'due_today', text: `${name}: batas hari ini` }
      : { clock, tone: 'due_today', text: `${name}: terlambat mulai hari kerja berikutnya` };
  }
  const tone = left === 1 ? 'due_soon' : 'on_track';
  return { clock, tone, text: `${name}: sisa ${left} hari kerja` };
}
