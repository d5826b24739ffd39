import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  isoDate,
  localDate,
  localMonth,
  startOfLocalDay,
  weekStart,
  zonedInstant,
  zonedParts,
  zoneOffset,
} from '../../src/domain/time.ts';

const WIB = 'Asia/Jakarta';
const WITA = 'Asia/Makassar';
const WIT = 'Asia/Jayapura';
const HOUR = 3_600_000;

/** 23:30 WIB on Thursday 9 March 2023. */
const LATE_EVENING = new Date('2023-03-09T16:30:00Z');
/** 00:15 WIB on Friday 10 March 2023, still 9 March in UTC. */
const JUST_AFTER_MIDNIGHT = new Date('2023-03-09T17:15:00Z');

describe('zoneOffset', () => {
  it.each([
    [WIB, 7],
    [WITA, 8],
    [WIT, 9],
    ['UTC', 0],
  ])('gives %s as %i hours', (zone, hours) => {
    expect(zoneOffset(LATE_EVENING, zone)).toBe(hours * HOUR);
  });

  it('follows daylight saving time', () => {
    // New York moved from EST (-5) to EDT (-4) at 07:00 UTC on 12 March 2023.
    expect(zoneOffset(new Date('2023-03-12T06:59:00Z'), 'America/New_York')).toBe(-5 * HOUR);
    expect(zoneOffset(new Date('2023-03-12T07:00:00Z'), 'America/New_York')).toBe(-4 * HOUR);
  });

  // St. John's switched at 05:30 UTC on 12 March 2023 (02:00 NST, UTC-3:30, to 03:00 NDT, UTC-2:30).
  it('handles a switch at half past', () => {
    expect(zoneOffset(new Date('2023-03-12T05:45:00Z'), 'America/St_Johns')).toBe(-2.5 * HOUR);
  });
});

describe('zoneOffset against Intl', () => {
  /** The offset as Intl gives it for this very instant, without any cache. */
  function intlOffset(instant: Date, format: Intl.DateTimeFormat): number {
    const parts: Record<string, number> = {};
    for (const part of format.formatToParts(instant)) {
      parts[part.type] = Number(part.value);
    }
    const floored = Math.floor(instant.getTime() / 60_000) * 60_000;
    return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!) - floored;
  }

  it.each(['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'America/St_Johns', WIB])(
    'matches every quarter hour of 2023 in %s',
    (zone) => {
      const format = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
      });
      const mismatches: string[] = [];
      for (let time = Date.UTC(2023, 0, 1); time < Date.UTC(2024, 0, 1); time += 15 * 60_000) {
        const instant = new Date(time + 7 * 60_000);
        if (zoneOffset(instant, zone) !== intlOffset(instant, format)) {
          mismatches.push(instant.toISOString());
        }
      }
      expect(mismatches).toEqual([]);
    },
  );
});

describe('zonedParts', () => {
  it('gives WIB wall-clock fields', () => {
    expect(zonedParts(LATE_EVENING, WIB)).toEqual({ year: 2023, month: 3, day: 9, hour: 23, minute: 30 });
  });

  it('rolls over to next day', () => {
    expect(zonedParts(JUST_AFTER_MIDNIGHT, WIB)).toEqual({ year: 2023, month: 3, day: 10, hour: 0, minute: 15 });
  });

  it('gives hour 0, not 24', () => {
    expect(zonedParts(new Date('2023-03-09T17:00:00Z'), WIB).hour).toBe(0);
  });
});

describe('localDate', () => {
  it('keeps 23:30 WIB on same day', () => {
    expect(localDate(LATE_EVENING, WIB)).toBe('2023-03-09');
  });

  it('moves 00:15 WIB to next day', () => {
    expect(localDate(JUST_AFTER_MIDNIGHT, WIB)).toBe('2023-03-10');
  });

  it('uses WITA in Makassar', () => {
    // 16:30 UTC is 00:30 WITA on 10 March, but 23:30 WIB on 9 March.
    expect(localDate(LATE_EVENING, WITA)).toBe('2023-03-10');
  });

  it('crosses the year boundary', () => {
    expect(localDate(new Date('2022-12-31T16:59:59Z'), WIB)).toBe('2022-12-31');
    expect(localDate(new Date('2022-12-31T17:00:00Z'), WIB)).toBe('2023-01-01');
  });

  it('crosses leap day', () => {
    expect(localDate(new Date('2024-02-28T17:00:00Z'), WIB)).toBe('2024-02-29');
    expect(localDate(new Date('2024-02-29T17:00:00Z'), WIB)).toBe('2024-03-01');
  });
});

describe('process time zone', () => {
  const originalZone = process.env.TZ;

  afterEach(() => {
    if (originalZone === undefined) {
      delete process.env.TZ;
    } else {
      process.env.TZ = originalZone;
    }
  });

  // Node re-reads TZ when process.env.TZ is assigned, so local Date methods change with it.
  it.each([
    ['America/New_York', 11],
    ['Pacific/Kiritimati', 6],
  ])('ignores TZ=%s', (zone, localHour) => {
    process.env.TZ = zone;
    // The change must take effect, or this test would prove nothing.
    expect(LATE_EVENING.getHours()).toBe(localHour);

    expect(localDate(LATE_EVENING, WIB)).toBe('2023-03-09');
    expect(localDate(JUST_AFTER_MIDNIGHT, WIB)).toBe('2023-03-10');
    expect(zonedParts(LATE_EVENING, WIB)).toEqual({ year: 2023, month: 3, day: 9, hour: 23, minute: 30 });
    expect(weekStart('2023-03-12')).toBe('2023-03-06');
    expect(addDays('2023-03-12', 1)).toBe('2023-03-13');
    expect(startOfLocalDay('2023-03-10', WIB).toISOString()).toBe('2023-03-09T17:00:00.000Z');
    expect(zonedInstant('2023-03-10', 0, 15, WIB).toISOString()).toBe('2023-03-09T17:15:00.000Z');
  });

  it('disagrees with local bucketing', () => {
    // Local Date methods put both instants on 10 March under Kiritimati (UTC+14) and on 9 March
    // under New York (UTC-5). The WIB dates must still differ.
    process.env.TZ = 'Pacific/Kiritimati';
    expect(LATE_EVENING.getDate()).toBe(JUST_AFTER_MIDNIGHT.getDate());
    expect(localDate(LATE_EVENING, WIB)).not.toBe(localDate(JUST_AFTER_MIDNIGHT, WIB));

    process.env.TZ = 'America/New_York';
    expect(LATE_EVENING.getDate()).toBe(JUST_AFTER_MIDNIGHT.getDate());
    expect(localDate(LATE_EVENING, WIB)).not.toBe(localDate(JUST_AFTER_MIDNIGHT, WIB));
  });
});

describe('localMonth', () => {
  it('gives the WIB month', () => {
    expect(localMonth(new Date('2023-03-31T16:59:00Z'), WIB)).toBe('2023-03');
    expect(localMonth(new Date('2023-03-31T17:00:00Z'), WIB)).toBe('2023-04');
  });
});

describe('weekStart', () => {
  it.each([
    ['Monday itself', '2023-03-06', '2023-03-06'],
    ['Thursday', '2023-03-09', '2023-03-06'],
    ['Sunday', '2023-03-12', '2023-03-06'],
    ['next Monday', '2023-03-13', '2023-03-13'],
    ['across month boundary', '2024-03-01', '2024-02-26'],
    ['across year boundary', '2023-01-01', '2022-12-26'],
    ['ISO week 53 Sunday', '2021-01-03', '2020-12-28'],
    ['Thursday 22 September 2022', '2022-09-22', '2022-09-19'],
  ])('handles %s', (_case, date, monday) => {
    expect(weekStart(date)).toBe(monday);
  });

  it('rejects a malformed date', () => {
    expect(() => weekStart('2023-3-9')).toThrow('Invalid date "2023-3-9"; expected YYYY-MM-DD.');
  });
});

describe('addDays', () => {
  it.each([
    ['2023-03-09', 1, '2023-03-10'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2022-12-31', 1, '2023-01-01'],
    ['2023-01-01', -1, '2022-12-31'],
    ['2022-12-26', 7, '2023-01-02'],
    ['2023-03-09', 0, '2023-03-09'],
  ])('adds to %s %i days', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});

describe('startOfLocalDay', () => {
  it('gives WIB midnight', () => {
    expect(startOfLocalDay('2023-03-10', WIB).toISOString()).toBe('2023-03-09T17:00:00.000Z');
  });

  it('gives WITA midnight', () => {
    expect(startOfLocalDay('2023-03-10', WITA).toISOString()).toBe('2023-03-09T16:00:00.000Z');
  });

  it('gives UTC midnight', () => {
    expect(startOfLocalDay('2023-03-10', 'UTC').toISOString()).toBe('2023-03-10T00:00:00.000Z');
  });

  it('handles daylight saving days', () => {
    expect(startOfLocalDay('2023-03-12', 'America/New_York').toISOString()).toBe('2023-03-12T05:00:00.000Z');
    expect(startOfLocalDay('2023-03-13', 'America/New_York').toISOString()).toBe('2023-03-13T04:00:00.000Z');
  });

  it('round-trips through localDate', () => {
    for (const date of ['2022-12-31', '2023-01-01', '2023-03-09', '2024-02-29']) {
      for (const zone of [WIB, WITA, WIT]) {
        const start = startOfLocalDay(date, zone);
        expect(localDate(start, zone), `${date} in ${zone}`).toBe(date);
        expect(localDate(new Date(start.getTime() - 1), zone), `${date} in ${zone}`).toBe(addDays(date, -1));
      }
    }
  });
});

describe('zonedInstant', () => {
  it('gives 00:15 WIB', () => {
    expect(zonedInstant('2023-03-10', 0, 15, WIB)).toEqual(JUST_AFTER_MIDNIGHT);
  });

  it('gives 23:30 WIB', () => {
    expect(zonedInstant('2023-03-09', 23, 30, WIB)).toEqual(LATE_EVENING);
  });

  it('gives 14:05 WIB', () => {
    expect(zonedInstant('2022-09-22', 14, 5, WIB).toISOString()).toBe('2022-09-22T07:05:00.000Z');
  });

  it('gives 00:30 WITA', () => {
    expect(zonedInstant('2023-03-10', 0, 30, WITA)).toEqual(LATE_EVENING);
  });

  it('round-trips through zonedParts', () => {
    for (const zone of [WIB, WITA, WIT]) {
      for (const [hour, minute] of [
        [0, 0],
        [0, 15],
        [12, 45],
        [23, 59],
      ] as const) {
        const instant = zonedInstant('2023-03-09', hour, minute, zone);
        expect(zonedParts(instant, zone), `${hour}:${minute} in ${zone}`).toEqual({
          year: 2023,
          month: 3,
          day: 9,
          hour,
          minute,
        });
      }
    }
  });
});

describe('isoDate', () => {
  it('pads every field', () => {
    expect(isoDate(2023, 3, 9)).toBe('2023-03-09');
    expect(isoDate(999, 1, 1)).toBe('0999-01-01');
    expect(isoDate(2023, 12, 31)).toBe('2023-12-31');
  });
});
