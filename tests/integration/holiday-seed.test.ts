import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaints, holidays, seededHolidays } from '../../db/schema/index.ts';
import { readDeploymentFiles, type DeploymentFiles } from '../../db/seed/deployment-files.ts';
import { createComplaint, loadReferenceIds } from '../../db/seed/factories.ts';
import { holidaysOf, type HolidayFile } from '../../db/seed/holidays.ts';
import { seedReferenceData } from '../../db/seed/reference.ts';
import type { Holiday } from '../../src/domain/holidays.ts';
import { zonedInstant } from '../../src/domain/time.ts';
import { createStaffAccount } from '../../src/server/auth/staff-accounts.ts';
import { deleteHoliday } from '../../src/server/holidays.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-database.ts';

let database: TestDatabase;
let files: DeploymentFiles;
let adminId: number;

beforeAll(async () => {
  database = await openTestDatabase();
  files = readDeploymentFiles(path.resolve('db/seed/deployments/pati'));
  adminId = await createStaffAccount(database.db, {
    username: 'admin.libur',
    displayName: 'Admin Libur',
    role: 'admin',
    password: 'kata-sandi-admin-libur-panjang',
  });
});

afterAll(async () => {
  await database.close();
});

/** Return the holiday file with each of `extra` added to its year. */
function fileWith(...extra: Holiday[]): HolidayFile {
  return {
    ...files.holidays,
    years: files.holidays.years.map((entry) => ({
      ...entry,
      holidays: [...entry.holidays, ...extra.filter((holiday) => holiday.date.startsWith(`${entry.year}-`))],
    })),
  };
}

async function holidayOn(date: string) {
  const [row] = await database.db.select().from(holidays).where(eq(holidays.date, date));
  return row ?? null;
}

async function holidayCount(): Promise<number> {
  const [row] = await database.db.select({ value: count() }).from(holidays);
  return row!.value;
}

describe('holiday seed', () => {
  it('loaded every holiday of the file', async () => {
    const expected = holidaysOf(files.holidays).length;

    expect(await holidayCount()).toBe(expected);
    const [seeded] = await database.db.select({ value: count() }).from(seededHolidays);
    expect(seeded!.value).toBe(expected);
    expect(await holidayOn('2026-03-20')).toMatchObject({ name: 'Cuti Bersama Idulfitri 1447 Hijriah', kind: 'collective_leave' });
  });

  it('changes nothing when run again', async () => {
    const before = await holidayCount();

    await seedReferenceData(database.db, files);

    expect(await holidayCount()).toBe(before);
  });

  it('keeps a deleted holiday deleted', async () => {
    await deleteHoliday(database.db, '2026-08-25', { staffId: adminId, clientAddress: null });

    await seedReferenceData(database.db, files);

    expect(await holidayOn('2026-08-25')).toBeNull();
  });

  it('keeps the name the admin changed', async () => {
    await database.db.update(holidays).set({ name: 'Maulid Nabi (nama admin)' }).where(eq(holidays.date, '2025-09-05'));

    await seedReferenceData(database.db, files);

    expect((await holidayOn('2025-09-05'))!.name).toBe('Maulid Nabi (nama admin)');
  });

  it('adds dates a later file brings', async () => {
    const goodFriday: Holiday = { date: '2027-03-26', name: 'Wafat Yesus Kristus', kind: 'national' };

    await seedReferenceData(database.db, { ...files, holidays: fileWith(goodFriday) });

    expect(await holidayOn('2027-03-26')).toMatchObject({ name: 'Wafat Yesus Kristus', kind: 'national' });
    expect(await holidayOn('2026-08-25')).toBeNull();
  });

  it('keeps a date the admin entered first', async () => {
    await database.db.insert(holidays).values({ date: '2027-02-06', name: 'Imlek (dicatat admin)', kind: 'national' });
    const imlek: Holiday = { date: '2027-02-06', name: 'Tahun Baru Imlek 2578 Kongzili', kind: 'national' };

    await seedReferenceData(database.db, { ...files, holidays: fileWith(imlek) });

    expect((await holidayOn('2027-02-06'))!.name).toBe('Imlek (dicatat admin)');
    const [recorded] = await database.db.select().from(seededHolidays).where(eq(seededHolidays.date, '2027-02-06'));
    expect(recorded).toBeDefined();
  });

  it('recomputes running due dates with added holidays', async () => {
    // Received Monday 4 March 2024: due at the end of Thursday 7 (Friday 00.00 WIB).
    const ids = await loadReferenceIds(database.db);
    const created = await createComplaint(
      database.db,
      ids,
      {
        channel: 'email',
        receivedAt: zonedInstant('2024-03-04', 10, 0, 'Asia/Jakarta'),
        reporterName: 'Pelapor Uji',
        reporterContact: 'pelapor@example.id',
        originalText: 'Saluran air tersumbat.',
        category: 'drainase',
      },
      { prefix: 'LBP' },
    );
    const dueOf = async () =>
      (await database.db.select({ due: complaints.verificationDueAt }).from(complaints).where(eq(complaints.id, created.id)))[0]!.due;
    expect(await dueOf()).toEqual(zonedInstant('2024-03-08', 0, 0, 'Asia/Jakarta'));

    // A file that adds Wednesday 6 March moves the due day to Friday 8; 11 and 12 March are off.
    const extraDay: Holiday = { date: '2024-03-06', name: 'Libur Uji', kind: 'collective_leave' };
    await seedReferenceData(database.db, { ...files, holidays: fileWith(extraDay) });

    expect(await dueOf()).toEqual(zonedInstant('2024-03-13', 0, 0, 'Asia/Jakarta'));
  });
});
