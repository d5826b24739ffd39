import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describePublishSchedule, nextPublishTime, parsePublishSchedule, type PublishSchedule } from '../../src/domain/publish-schedule.ts';
import { ConfigError, loadConfig } from '../../src/server/config.ts';
import { startPublishSchedule, type ScheduleLog } from '../../src/server/publish/scheduler.ts';
import type { ServerPublishOutcome } from '../../src/server/publish/server-publish-client.ts';

const ZONE = 'Asia/Jakarta';

function parsed(text: string): PublishSchedule | null {
  const result = parsePublishSchedule(text);
  if (!result.ok) {
    throw new Error(result.message);
  }
  return result.schedule;
}

describe('parsePublishSchedule', () => {
  it('reads intervals in minutes and hours', () => {
    expect(parsed('30m')).toEqual({ kind: 'interval', minutes: 30 });
    expect(parsed('1h')).toEqual({ kind: 'interval', minutes: 60 });
    expect(parsed(' 6H ')).toEqual({ kind: 'interval', minutes: 360 });
    expect(parsed('24h')).toEqual({ kind: 'interval', minutes: 1440 });
  });

  it('reads daily times, sorted and without repeats', () => {
    expect(parsed('18:00, 06:00,06.00')).toEqual({
      kind: 'daily',
      times: [
        { hour: 6, minute: 0 },
        { hour: 18, minute: 0 },
      ],
    });
    expect(parsed('7:30')).toEqual({ kind: 'daily', times: [{ hour: 7, minute: 30 }] });
  });

  it('turns off for empty and off', () => {
    expect(parsed('')).toBeNull();
    expect(parsed('off')).toBeNull();
  });

  it('refuses what it cannot read', () => {
    expect(parsePublishSchedule('2m')).toEqual({ ok: false, message: 'selang waktu harus antara 5m dan 24h' });
    expect(parsePublishSchedule('25h')).toEqual({ ok: false, message: 'selang waktu harus antara 5m dan 24h' });
    expect(parsePublishSchedule('06:00,24:00')).toEqual({ ok: false, message: 'jam "24:00" tidak ada; jam 00–23, menit 00–59' });
    expect(parsePublishSchedule('setiap jam')).toEqual({ ok: false, message: '"setiap jam" tidak dikenali' });
    expect(parsePublishSchedule('06:00,')).toEqual({ ok: false, message: '"" tidak dikenali' });
  });
});

describe('nextPublishTime', () => {
  const anchor = new Date('2024-03-01T00:10:00Z');

  it('counts intervals from the anchor', () => {
    const hourly: PublishSchedule = { kind: 'interval', minutes: 60 };
    expect(nextPublishTime(hourly, anchor, ZONE, anchor).toISOString()).toBe('2024-03-01T01:10:00.000Z');
    expect(nextPublishTime(hourly, new Date('2024-03-01T05:09:59Z'), ZONE, anchor).toISOString()).toBe('2024-03-01T05:10:00.000Z');
    expect(nextPublishTime(hourly, new Date('2024-03-01T05:10:00Z'), ZONE, anchor).toISOString()).toBe('2024-03-01T06:10:00.000Z');
  });

  it('reads daily times in the deployment zone', () => {
    const twiceDaily = parsed('06:00,18:00')!;
    // 10.00 WIB: next is 18.00 WIB the same day, 11.00 UTC.
    expect(nextPublishTime(twiceDaily, new Date('2024-03-01T03:00:00Z'), ZONE, anchor).toISOString()).toBe(
      '2024-03-01T11:00:00.000Z',
    );
    // 20.00 WIB: next is 06.00 WIB the next day, 23.00 UTC of this day.
    expect(nextPublishTime(twiceDaily, new Date('2024-03-01T13:00:00Z'), ZONE, anchor).toISOString()).toBe(
      '2024-03-01T23:00:00.000Z',
    );
    // Exactly at 06.00 WIB: the run of 06.00 is due now, so the next is 18.00.
    expect(nextPublishTime(twiceDaily, new Date('2024-02-29T23:00:00Z'), ZONE, anchor).toISOString()).toBe(
      '2024-03-01T11:00:00.000Z',
    );
  });

  it('crosses the end of a year', () => {
    const daily = parsed('00:30')!;
    // 31 December 2024, 23.00 WIB: next is 1 January 2025, 00.30 WIB.
    expect(nextPublishTime(daily, new Date('2024-12-31T16:00:00Z'), ZONE, anchor).toISOString()).toBe('2024-12-31T17:30:00.000Z');
    // 1 January 2025, 01.00 WIB: next is 2 January, 00.30 WIB.
    expect(nextPublishTime(daily, new Date('2024-12-31T18:00:00Z'), ZONE, anchor).toISOString()).toBe('2025-01-01T17:30:00.000Z');
  });
});

describe('describePublishSchedule', () => {
  it('writes Indonesian', () => {
    expect(describePublishSchedule(parsed('30m'), 'WIB')).toBe('setiap 30 menit');
    expect(describePublishSchedule(parsed('6h'), 'WIB')).toBe('setiap 6 jam');
    expect(describePublishSchedule(parsed('06:00,12:00,18:00'), 'WIB')).toBe('setiap hari pukul 06.00, 12.00 dan 18.00 WIB');
    expect(describePublishSchedule(null, 'WIB')).toBe('tidak aktif');
  });
});

describe('PUBLISH_SCHEDULE', () => {
  it('is read into the configuration', () => {
    expect(loadConfig({ PUBLISH_SCHEDULE: '30m' }).publishSchedule).toEqual({ kind: 'interval', minutes: 30 });
    expect(loadConfig({}).publishSchedule).toBeNull();
  });

  it('stops the start with an Indonesian message naming the variable', () => {
    let error: unknown;
    try {
      loadConfig({ PUBLISH_SCHEDULE: 'tiap pagi' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      'PUBLISH_SCHEDULE="tiap pagi": "tiap pagi" tidak dikenali; gunakan selang waktu seperti 30m, 1h atau 6h ' +
        '(paling sedikit 5m, paling lama 24h), jam harian seperti 06:00,18:00, atau off untuk mematikan penerbitan terjadwal',
    ]);
  });
});

describe('startPublishSchedule', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2024-03-01T00:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function recordingLog() {
    const lines: Array<{ level: string; message: string; fields: object }> = [];
    const log: ScheduleLog = {
      info: (fields, message) => lines.push({ level: 'info', message, fields }),
      warn: (fields, message) => lines.push({ level: 'warn', message, fields }),
      error: (fields, message) => lines.push({ level: 'error', message, fields }),
    };
    return { log, lines };
  }

  it('runs at each interval, skips when busy and survives failures', async () => {
    const outcomes: Array<ServerPublishOutcome | Error> = [
      { kind: 'succeeded', siteId: 'a', complaints: 3 },
      { kind: 'busy', message: 'Penerbitan lain sedang berjalan.' },
      new Error('connection refused'),
      { kind: 'failed', message: 'astro build exited with code 1' },
      { kind: 'succeeded', siteId: 'b', complaints: 4 },
    ];
    const runTimes: string[] = [];
    const { log, lines } = recordingLog();
    const schedule = startPublishSchedule({
      schedule: { kind: 'interval', minutes: 30 },
      timeZone: ZONE,
      log,
      run: async () => {
        runTimes.push(new Date().toISOString());
        const next = outcomes.shift()!;
        if (next instanceof Error) {
          throw next;
        }
        return next;
      },
    });

    expect(schedule.next()!.toISOString()).toBe('2024-03-01T00:30:00.000Z');
    await vi.advanceTimersByTimeAsync(5 * 30 * 60_000);
    schedule.stop();

    expect(runTimes).toEqual([
      '2024-03-01T00:30:00.000Z',
      '2024-03-01T01:00:00.000Z',
      '2024-03-01T01:30:00.000Z',
      '2024-03-01T02:00:00.000Z',
      '2024-03-01T02:30:00.000Z',
    ]);
    const results = lines.filter((line) => line.message.startsWith('scheduled publish') && !line.message.endsWith('started'));
    expect(results.map((line) => `${line.level} ${line.message}`)).toEqual([
      'info scheduled publish succeeded',
      'warn scheduled publish skipped: another publish is running',
      'error scheduled publish could not run',
      'error scheduled publish failed',
      'info scheduled publish succeeded',
    ]);
    expect(schedule.next()).toBeNull();
  });

  it('waits for a daily time more than an hour away', async () => {
    const runTimes: string[] = [];
    const { log } = recordingLog();
    // 07.00 WIB now; the run is due at 18.00 WIB.
    const schedule = startPublishSchedule({
      schedule: parsed('18:00')!,
      timeZone: ZONE,
      log,
      run: async () => {
        runTimes.push(new Date().toISOString());
        return { kind: 'succeeded', siteId: 'x', complaints: 1 };
      },
    });

    await vi.advanceTimersByTimeAsync(10 * 60 * 60_000);
    expect(runTimes).toEqual([]);
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(runTimes).toEqual(['2024-03-01T11:00:00.000Z']);
    expect(schedule.next()!.toISOString()).toBe('2024-03-02T11:00:00.000Z');
    schedule.stop();
  });
});
