import { describe, expect, it } from 'vitest';
import { zonedInstant } from '../../src/domain/time.ts';
import {
  actionSpan,
  addWorkingDays,
  clockLengths,
  deadlineAfter,
  describeClock,
  dueBadge,
  evaluateClock,
  evaluateServiceClocks,
  isWorkingDay,
  resolutionSpan,
  runningDeadlines,
  verificationSpan,
  workingDaysBetween,
  type Clock,
  type ClockEvent,
  type ClockSettings,
  type WorkingCalendar,
} from '../../src/domain/working-days.ts';

const WIB = 'Asia/Jakarta';

/**
 * March 2024 as the 2024 decree has it: 1 March is a Friday; Monday 11 March is Nyepi (national
 * holiday), Tuesday 12 March collective leave, Friday 29 March Good Friday.
 *
 *   Mo Tu We Th Fr Sa Su
 *            .  1  2  3
 *    4  5  6  7  8  9 10
 *   11H 12C 13 14 15 16 17
 *   18 19 20 21 22 23 24
 *   25 26 27 28 29H 30 31
 */
const CALENDAR: WorkingCalendar = {
  timeZone: WIB,
  holidays: new Set(['2024-03-11', '2024-03-12', '2024-03-29']),
};
const SETTINGS: ClockSettings = { calendar: CALENDAR, targets: { verificationDays: 3, actionDays: 5 } };

/** Return the instant of a WIB wall-clock time. */
function wib(date: string, time = '09:00'): Date {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return zonedInstant(date, hour, minute, WIB);
}

/** Local midnight in WIB at the start of `date`, as the UTC instant it is. */
const midnightStarting = (date: string) => wib(date, '00:00');

function event(kind: string, date: string, time = '09:00'): ClockEvent {
  return { kind, occurredAt: wib(date, time) };
}

function clocksAt(receivedAt: Date, events: ClockEvent[], now: Date) {
  return evaluateServiceClocks(receivedAt, events, SETTINGS, now);
}

describe('isWorkingDay', () => {
  it.each([
    ['2024-03-08', true, 'Friday'],
    ['2024-03-09', false, 'Saturday'],
    ['2024-03-10', false, 'Sunday'],
    ['2024-03-11', false, 'national holiday on a Monday'],
    ['2024-03-12', false, 'collective leave on a Tuesday'],
    ['2024-03-13', true, 'Wednesday after the holidays'],
  ])('%s is %s (%s)', (date, expected) => {
    expect(isWorkingDay(date, CALENDAR)).toBe(expected);
  });
});

describe('workingDaysBetween', () => {
  it('skips weekend, holiday and collective leave', () => {
    // 9 Sat, 10 Sun, 11 holiday, 12 leave, then 13, 14, 15.
    expect(workingDaysBetween('2024-03-08', '2024-03-15', CALENDAR)).toBe(3);
  });

  it('leaves out the first day and counts the last', () => {
    expect(workingDaysBetween('2024-03-04', '2024-03-05', CALENDAR)).toBe(1);
  });

  it('is zero for the same day', () => {
    expect(workingDaysBetween('2024-03-04', '2024-03-04', CALENDAR)).toBe(0);
  });

  it('is zero when the end comes first', () => {
    expect(workingDaysBetween('2024-03-15', '2024-03-04', CALENDAR)).toBe(0);
  });
});

describe('addWorkingDays', () => {
  it('jumps over weekend and holidays', () => {
    expect(addWorkingDays('2024-03-08', 1, CALENDAR)).toBe('2024-03-13');
  });

  it('returns the day itself for zero', () => {
    expect(addWorkingDays('2024-03-09', 0, CALENDAR)).toBe('2024-03-09');
  });

  it('crosses a holiday into the next month', () => {
    // 28 Thursday is the first, 29 Good Friday and the weekend are skipped, 1 April is the second.
    expect(addWorkingDays('2024-03-27', 2, CALENDAR)).toBe('2024-04-01');
  });
});

describe('deadlineAfter', () => {
  it('is midnight after a due day followed by a working day', () => {
    expect(deadlineAfter('2024-03-07', CALENDAR)).toEqual(midnightStarting('2024-03-08'));
    expect(deadlineAfter('2024-03-07', CALENDAR).toISOString()).toBe('2024-03-07T17:00:00.000Z');
  });

  it('moves past the weekend and holidays after a Friday', () => {
    expect(deadlineAfter('2024-03-08', CALENDAR)).toEqual(midnightStarting('2024-03-13'));
  });
});

describe('verification clock', () => {
  it('received on Monday is due at the end of Thursday', () => {
    const { verification } = clocksAt(wib('2024-03-04', '10:00'), [], wib('2024-03-04', '15:00'));

    expect(verification.state).toBe('running');
    expect(verification.elapsedDays).toBe(0);
    expect(verification.dueDate).toBe('2024-03-07');
    expect(verification.dueAt).toEqual(midnightStarting('2024-03-08'));
  });

  it('received on Friday is due after weekend and holidays', () => {
    // 11 and 12 March are off, so 13, 14 and 15 are the three working days.
    const { verification } = clocksAt(wib('2024-03-08', '14:00'), [], wib('2024-03-08', '15:00'));

    expect(verification.dueDate).toBe('2024-03-15');
    expect(verification.dueAt).toEqual(midnightStarting('2024-03-18'));
  });

  it('received on Saturday counts from Monday', () => {
    const fromSaturday = clocksAt(wib('2024-03-02'), [], wib('2024-03-02', '10:00')).verification;
    const fromFriday = clocksAt(wib('2024-03-01'), [], wib('2024-03-02', '10:00')).verification;

    expect(fromSaturday.dueDate).toBe('2024-03-06');
    expect(fromFriday.dueDate).toBe('2024-03-06');
  });

  it('received on a holiday counts from the next working day', () => {
    const { verification } = clocksAt(wib('2024-03-11', '08:00'), [], wib('2024-03-11', '10:00'));

    expect(verification.dueDate).toBe('2024-03-15');
  });

  it('reaches the target at the end of the third working day', () => {
    const received = wib('2024-03-04', '10:00');

    const lastMinute = clocksAt(received, [], wib('2024-03-07', '23:59')).verification;
    expect(lastMinute.elapsedDays).toBe(3);
    expect(lastMinute.overdueDays).toBe(0);
    expect(describeClock(lastMinute)).toBe('Hari kerja ke-3 dari 3');

    const atMidnight = clocksAt(received, [], midnightStarting('2024-03-08')).verification;
    expect(atMidnight.elapsedDays).toBe(4);
    expect(atMidnight.overdueDays).toBe(1);
    expect(describeClock(atMidnight)).toBe('Melewati target 1 hari kerja (target 3)');
  });

  it('splits days at WIB midnight, not UTC midnight', () => {
    // 23:30 WIB on Thursday 7 March and 00:15 WIB on Friday 8 March are both 7 March in UTC.
    const lateThursday = clocksAt(wib('2024-03-07', '23:30'), [], wib('2024-03-08', '10:00')).verification;
    const earlyFriday = clocksAt(wib('2024-03-08', '00:15'), [], wib('2024-03-08', '10:00')).verification;

    expect(wib('2024-03-08', '00:15').toISOString()).toBe('2024-03-07T17:15:00.000Z');
    expect(lateThursday.dueDate).toBe('2024-03-14');
    expect(lateThursday.elapsedDays).toBe(1);
    expect(earlyFriday.dueDate).toBe('2024-03-15');
    expect(earlyFriday.elapsedDays).toBe(0);
  });

  it('pause pushes the due date back', () => {
    // Paused from Tuesday to Thursday: Wednesday and Thursday do not count.
    const events = [event('logged', '2024-03-04'), event('request_info', '2024-03-05', '10:00'), event('receive_info', '2024-03-07', '11:00')];
    const { verification } = clocksAt(wib('2024-03-04'), events, wib('2024-03-08', '12:00'));

    expect(verification.state).toBe('running');
    expect(verification.elapsedDays).toBe(2);
    // 3 + 2 working days after Monday: 5, 6, 7, 8 and (after 11 and 12) 13.
    expect(verification.dueDate).toBe('2024-03-13');
    expect(verification.dueAt).toEqual(midnightStarting('2024-03-14'));
  });

  it('pause over holidays costs only working days', () => {
    // Paused Friday 8 to Wednesday 13: only the 13th is a working day of the pause.
    const events = [event('request_info', '2024-03-08', '10:00'), event('receive_info', '2024-03-13', '08:00')];
    const { verification } = clocksAt(wib('2024-03-07'), events, wib('2024-03-13', '12:00'));

    expect(verification.elapsedDays).toBe(1);
    expect(verification.dueDate).toBe('2024-03-15');
  });

  it('pause within one day costs nothing', () => {
    const events = [event('request_info', '2024-03-05', '09:00'), event('receive_info', '2024-03-05', '15:00')];
    const { verification } = clocksAt(wib('2024-03-04'), events, wib('2024-03-06'));

    expect(verification.dueDate).toBe('2024-03-07');
  });

  it('open pause has no due date', () => {
    const events = [event('request_info', '2024-03-05', '10:00')];
    const { verification } = clocksAt(wib('2024-03-04'), events, wib('2024-03-06', '12:00'));

    expect(verification.state).toBe('paused');
    expect(verification.elapsedDays).toBe(1);
    expect(verification.dueDate).toBeNull();
    expect(verification.dueAt).toBeNull();
    expect(describeClock(verification)).toBe('Dijeda menunggu kelengkapan data dari pelapor (hari kerja ke-1 dari 3)');
  });

  it('decision stops the clock', () => {
    const events = [event('reject', '2024-03-05', '10:00')];
    const { verification } = clocksAt(wib('2024-03-04'), events, wib('2024-03-20'));

    expect(verification.state).toBe('met');
    expect(verification.elapsedDays).toBe(1);
    expect(describeClock(verification)).toBe('Selesai dalam 1 hari kerja (target 3)');
  });

  it('re-verification restarts the clock', () => {
    const rejected = [event('reject', '2024-03-05', '10:00'), event('reverify', '2024-03-14', '09:00')];
    const running = clocksAt(wib('2024-03-04'), rejected, wib('2024-03-14', '12:00')).verification;

    expect(running.state).toBe('running');
    expect(running.elapsedDays).toBe(0);
    expect(running.dueDate).toBe('2024-03-19');

    const decided = clocksAt(wib('2024-03-04'), [...rejected, event('forward', '2024-03-20', '10:00')], wib('2024-03-21')).verification;
    // 15, 18, 19 and 20 March: one working day over the target.
    expect(decided.state).toBe('missed');
    expect(decided.elapsedDays).toBe(4);
    expect(decided.overdueDays).toBe(1);
    expect(describeClock(decided)).toBe('Selesai dalam 4 hari kerja, melewati target 1 hari kerja (target 3)');
  });

  it('decision on a day off after the due day is on time', () => {
    // Due at the end of Friday 8 March; deciding on Saturday uses no working day.
    const events = [event('forward', '2024-03-09', '10:00')];
    const { verification } = clocksAt(wib('2024-03-05'), events, wib('2024-03-09', '11:00'));

    expect(verification.state).toBe('met');
    expect(verification.elapsedDays).toBe(3);
  });
});

describe('action clock', () => {
  const received = wib('2024-03-04');
  const forwarded = [event('logged', '2024-03-04'), event('forward', '2024-03-05', '10:00')];

  it('starts at forwarding', () => {
    const { verification, action } = clocksAt(received, forwarded, wib('2024-03-08', '12:00'));

    expect(verification.state).toBe('met');
    expect(action.state).toBe('running');
    expect(action.elapsedDays).toBe(3);
    // 6, 7, 8, then 13 and 14 after the holidays.
    expect(action.dueDate).toBe('2024-03-14');
    expect(action.dueAt).toEqual(midnightStarting('2024-03-15'));
    expect(describeClock(action)).toBe('Hari kerja ke-3 dari 5');
  });

  it('stops at the first follow-up', () => {
    const events = [
      ...forwarded,
      event('start_action', '2024-03-13', '10:00'),
      event('resolve', '2024-03-20'),
      event('reopen', '2024-03-21'),
      event('resolve', '2024-03-28'),
    ];
    const { action } = clocksAt(received, events, wib('2024-04-01'));

    expect(action.state).toBe('met');
    expect(action.elapsedDays).toBe(4);
    expect(describeClock(action)).toBe('Selesai dalam 4 hari kerja (target 5)');
  });

  it('has not started before forwarding', () => {
    const { action } = clocksAt(received, [event('logged', '2024-03-04')], wib('2024-03-05'));

    expect(action.state).toBe('not_started');
    expect(action.dueAt).toBeNull();
    expect(describeClock(action)).toBe('Belum dimulai');
  });
});

describe('spans', () => {
  it('verification span closes the open pause on receive_info', () => {
    const span = verificationSpan(wib('2024-03-04'), [event('request_info', '2024-03-05'), event('receive_info', '2024-03-06')]);

    expect(span.end).toBeNull();
    expect(span.pauses).toEqual([{ start: wib('2024-03-05'), end: wib('2024-03-06') }]);
  });

  it('verification span keeps the first decision', () => {
    const span = verificationSpan(wib('2024-03-04'), [event('forward', '2024-03-05'), event('reject', '2024-03-06')]);

    expect(span.end).toEqual(wib('2024-03-05'));
  });

  it('action span starts at the last forwarding', () => {
    const span = actionSpan([event('forward', '2024-03-05'), event('forward', '2024-03-06')]);

    expect(span?.start).toEqual(wib('2024-03-06'));
  });
});

describe('runningDeadlines', () => {
  it('stores the verification deadline while received', () => {
    const due = runningDeadlines(clocksAt(wib('2024-03-04'), [], wib('2024-03-04', '12:00')));

    expect(due.verificationDueAt).toEqual(midnightStarting('2024-03-08'));
    expect(due.actionDueAt).toBeNull();
  });

  it('stores nothing while paused', () => {
    const due = runningDeadlines(clocksAt(wib('2024-03-04'), [event('request_info', '2024-03-05')], wib('2024-03-06')));

    expect(due).toEqual({ verificationDueAt: null, actionDueAt: null });
  });

  it('stores the action deadline once forwarded', () => {
    const due = runningDeadlines(clocksAt(wib('2024-03-04'), [event('forward', '2024-03-05')], wib('2024-03-06')));

    expect(due.verificationDueAt).toBeNull();
    expect(due.actionDueAt).toEqual(midnightStarting('2024-03-15'));
  });

  it('stores nothing after the first follow-up', () => {
    const events = [event('forward', '2024-03-05'), event('start_action', '2024-03-06')];
    const due = runningDeadlines(clocksAt(wib('2024-03-04'), events, wib('2024-03-07')));

    expect(due).toEqual({ verificationDueAt: null, actionDueAt: null });
  });
});

describe('describeClock', () => {
  const clock = (overrides: Partial<Clock>): Clock => ({
    state: 'running',
    targetDays: 3,
    elapsedDays: 0,
    dueDate: null,
    dueAt: null,
    overdueDays: 0,
    ...overrides,
  });

  it.each<[Partial<Clock>, string]>([
    [{ state: 'not_started' }, 'Belum dimulai'],
    [{ state: 'running', elapsedDays: 0 }, 'Mulai dihitung pada hari kerja berikutnya (target 3 hari kerja)'],
    [{ state: 'running', elapsedDays: 2, targetDays: 5 }, 'Hari kerja ke-2 dari 5'],
    [{ state: 'running', elapsedDays: 5, overdueDays: 2 }, 'Melewati target 2 hari kerja (target 3)'],
    [{ state: 'paused', elapsedDays: 0 }, 'Dijeda menunggu kelengkapan data dari pelapor (belum ada hari kerja terpakai, target 3)'],
    [{ state: 'paused', elapsedDays: 2 }, 'Dijeda menunggu kelengkapan data dari pelapor (hari kerja ke-2 dari 3)'],
    [{ state: 'met', elapsedDays: 0 }, 'Selesai dalam kurang dari 1 hari kerja (target 3)'],
    [{ state: 'met', elapsedDays: 1 }, 'Selesai dalam 1 hari kerja (target 3)'],
    [{ state: 'missed', elapsedDays: 5, overdueDays: 2 }, 'Selesai dalam 5 hari kerja, melewati target 2 hari kerja (target 3)'],
  ])('%o reads "%s"', (overrides, expected) => {
    expect(describeClock(clock(overrides))).toBe(expected);
  });
});

describe('evaluateClock', () => {
  it('returns not_started without a span', () => {
    expect(evaluateClock(null, 5, wib('2024-03-04'), CALENDAR)).toEqual({
      state: 'not_started',
      targetDays: 5,
      elapsedDays: 0,
      dueDate: null,
      dueAt: null,
      overdueDays: 0,
    });
  });
});

describe('dueBadge', () => {
  // Verification due at the end of Thursday 7 March.
  const verificationDue = { verificationDueAt: midnightStarting('2024-03-08'), actionDueAt: null };
  // Action due at the end of Friday 8 March; the next working day is Wednesday 13 March.
  const actionDue = { verificationDueAt: null, actionDueAt: midnightStarting('2024-03-13') };

  it.each<[string, Date, string, string]>([
    ['three days left', wib('2024-03-04', '12:00'), 'on_track', 'Verifikasi: sisa 3 hari kerja'],
    ['one day left', wib('2024-03-06', '12:00'), 'due_soon', 'Verifikasi: sisa 1 hari kerja'],
    ['due today', wib('2024-03-07', '12:00'), 'due_today', 'Verifikasi: batas hari ini'],
    ['late from midnight', midnightStarting('2024-03-08'), 'overdue', 'Verifikasi terlambat 1 hari kerja'],
    ['late over the holidays', wib('2024-03-13', '10:00'), 'overdue', 'Verifikasi terlambat 2 hari kerja'],
  ])('verification: %s', (_case, now, tone, text) => {
    expect(dueBadge(verificationDue, now, CALENDAR)).toEqual({ clock: 'verification', tone, text });
  });

  it('action due on Friday', () => {
    expect(dueBadge(actionDue, wib('2024-03-08', '10:00'), CALENDAR)?.text).toBe('Tindak lanjut: batas hari ini');
  });

  it('action on the weekend after its due day', () => {
    expect(dueBadge(actionDue, wib('2024-03-09', '10:00'), CALENDAR)).toEqual({
      clock: 'action',
      tone: 'due_today',
      text: 'Tindak lanjut: terlambat mulai hari kerja berikutnya',
    });
  });

  it('action late on the next working day', () => {
    expect(dueBadge(actionDue, wib('2024-03-13', '08:00'), CALENDAR)?.text).toBe('Tindak lanjut terlambat 1 hari kerja');
  });

  it('is null without a running clock', () => {
    expect(dueBadge({ verificationDueAt: null, actionDueAt: null }, wib('2024-03-08'), CALENDAR)).toBeNull();
  });
});

describe('clockLengths', () => {
  // Received Monday 4 at 10:00, waiting for the reporter from Tuesday 5 to Thursday 7.
  const received = wib('2024-03-04', '10:00');
  const paused = [event('request_info', '2024-03-05'), event('receive_info', '2024-03-07')];

  it('measures every stopped clock', () => {
    const lengths = clockLengths(
      received,
      [
        event('logged', '2024-03-04', '10:00'),
        ...paused,
        // 5, 6, 7, 8 counted, 6 and 7 paused: 2.
        event('forward', '2024-03-08'),
        // 11 and 12 are off: only 13 counts.
        event('start_action', '2024-03-13'),
        // 5, 6, 7, 8, 13, 14 counted, 6 and 7 paused: 4.
        event('resolve', '2024-03-14'),
      ],
      CALENDAR,
    );
    expect(lengths).toEqual({ verificationDays: 2, firstResponseDays: 1, resolutionDays: 4 });
  });

  it('leaves running clocks unmeasured', () => {
    expect(clockLengths(received, [event('logged', '2024-03-04', '10:00')], CALENDAR)).toEqual({
      verificationDays: null,
      firstResponseDays: null,
      resolutionDays: null,
    });
  });

  it('counts zero within the same day', () => {
    const lengths = clockLengths(received, [event('reject', '2024-03-04', '16:00')], CALENDAR);
    expect(lengths.verificationDays).toBe(0);
    expect(lengths.firstResponseDays).toBeNull();
  });

  it('measures from re-verification', () => {
    const lengths = clockLengths(
      received,
      [event('reject', '2024-03-05'), event('reverify', '2024-03-13'), event('forward', '2024-03-15')],
      CALENDAR,
    );
    expect(lengths.verificationDays).toBe(2);
  });

  it('drops resolution after reopening', () => {
    const timeline = [event('forward', '2024-03-05'), event('start_action', '2024-03-06'), event('resolve', '2024-03-07')];
    expect(clockLengths(received, [...timeline, event('reopen', '2024-03-08')], CALENDAR).resolutionDays).toBeNull();
    // Resolved again on Wednesday 13: 5, 6, 7, 8, 13.
    const again = [...timeline, event('reopen', '2024-03-08'), event('resolve', '2024-03-13')];
    expect(clockLengths(received, again, CALENDAR).resolutionDays).toBe(5);
  });

  it('resolution span keeps every pause', () => {
    const span = resolutionSpan(received, [...paused, event('resolve', '2024-03-14')]);
    expect(span.pauses).toEqual([{ start: wib('2024-03-05'), end: wib('2024-03-07') }]);
    expect(span.end).toEqual(wib('2024-03-14'));
  });
});
