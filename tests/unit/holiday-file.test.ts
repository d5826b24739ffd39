import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HOLIDAY_FILE, holidaysOf, readHolidayFile } from '../../db/seed/holidays.ts';

const file = readHolidayFile();

/** Counts stated by the decrees and the sources in db/seed/holidays/README.md. */
const DECREED_COUNTS: Record<number, { national: number; collectiveLeave: number }> = {
  2022: { national: 16, collectiveLeave: 4 },
  2023: { national: 16, collectiveLeave: 11 },
  // 17 by the decree, plus the two election days of Keppres 10/2024 and 33/2024.
  2024: { national: 19, collectiveLeave: 10 },
  2025: { national: 17, collectiveLeave: 11 },
  2026: { national: 17, collectiveLeave: 8 },
  2027: { national: 5, collectiveLeave: 0 },
};

function countsOf(year: number) {
  const entry = file.years.find((candidate) => candidate.year === year)!;
  return {
    national: entry.holidays.filter((holiday) => holiday.kind === 'national').length,
    collectiveLeave: entry.holidays.filter((holiday) => holiday.kind === 'collective_leave').length,
  };
}

function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

describe('holiday file', () => {
  it('covers 2022 to 2027', () => {
    expect(file.years.map((entry) => entry.year)).toEqual([2022, 2023, 2024, 2025, 2026, 2027]);
  });

  it.each(Object.entries(DECREED_COUNTS))('%s has the decreed counts', (year, expected) => {
    expect(countsOf(Number(year))).toEqual(expected);
  });

  it('marks only 2027 incomplete, with a note', () => {
    const incomplete = file.years.filter((entry) => !entry.complete);

    expect(incomplete.map((entry) => entry.year)).toEqual([2027]);
    expect(incomplete[0]!.note).toMatch(/^NOTE: /);
  });

  it('puts no collective leave on a weekend', () => {
    const onWeekend = holidaysOf(file).filter((holiday) => holiday.kind === 'collective_leave' && [0, 6].includes(weekdayOf(holiday.date)));

    expect(onWeekend).toEqual([]);
  });

  it('has the 2026 dates of the decree', () => {
    const dates2026 = holidaysOf(file).filter((holiday) => holiday.date.startsWith('2026-'));

    expect(dates2026.filter((holiday) => holiday.kind === 'collective_leave').map((holiday) => holiday.date)).toEqual([
      '2026-02-16',
      '2026-03-18',
      '2026-03-20',
      '2026-03-23',
      '2026-03-24',
      '2026-05-15',
      '2026-05-28',
      '2026-12-24',
    ]);
    expect(dates2026.find((holiday) => holiday.date === '2026-01-16')?.name).toBe('Isra Mikraj Nabi Muhammad SAW');
  });

  it('lists holidays oldest first', () => {
    const dates = holidaysOf(file).map((holiday) => holiday.date);

    expect(dates).toEqual([...dates].sort());
  });
});

describe('readHolidayFile', () => {
  const folders: string[] = [];
  afterAll(() => {
    for (const folder of folders) {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  function writeVariant(change: (content: { years: Array<{ holidays: Array<Record<string, string>> }> }) => void): string {
    const content = JSON.parse(fs.readFileSync(HOLIDAY_FILE, 'utf8'));
    change(content);
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'aduan-holidays-'));
    folders.push(folder);
    const target = path.join(folder, 'indonesia.json');
    fs.writeFileSync(target, JSON.stringify(content));
    return target;
  }

  it('rejects a date outside its year', () => {
    const target = writeVariant((content) => {
      content.years[0]!.holidays[0]!.date = '2023-01-01';
    });

    expect(() => readHolidayFile(target)).toThrow(/years\.0\.holidays\.0\.date: tidak berada di tahun 2022/);
  });

  it('rejects a repeated date', () => {
    const target = writeVariant((content) => {
      content.years[0]!.holidays.push({ date: '2022-01-01', name: 'Tahun Baru', kind: 'national' });
    });

    expect(() => readHolidayFile(target)).toThrow(/tercantum dua kali/);
  });

  it('rejects an unknown kind', () => {
    const target = writeVariant((content) => {
      content.years[1]!.holidays[0]!.kind = 'weekend';
    });

    expect(() => readHolidayFile(target)).toThrow(/years\.1\.holidays\.0\.kind: harus national atau collective_leave/);
  });

  it('names a missing file', () => {
    expect(() => readHolidayFile('/tidak/ada.json')).toThrow(/Berkas hari libur \/tidak\/ada\.json tidak dapat dibaca/);
  });
});
