/**
 * The admin's edits of the holiday calendar. Every change is written to the audit log in its
 * own transaction, then the due dates of running complaints, and the lengths of stopped clocks
 * that span the changed date, are recomputed with the new calendar.
 */

import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { Database, Executor } from '../../db/client.ts';
import { holidays } from '../../db/schema/index.ts';
import { NotFoundError, ValidationError } from '../domain/errors.ts';
import { formatLocalDate } from '../domain/format.ts';
import { HOLIDAY_KINDS, type Holiday, type HolidayKind } from '../domain/holidays.ts';
import { recordAudit } from './audit.ts';
import { recomputeClocks, type Recomputation } from './clocks/due-dates.ts';

export interface HolidayActor {
  staffId: number;
  clientAddress: string | null;
}

export type { Recomputation };

export interface HolidayYear {
  year: number;
  counts: Record<HolidayKind, number>;
}

/** List the holidays of one year, oldest first. */
export async function listHolidays(db: Database, year: number): Promise<Holiday[]> {
  const rows = await db
    .select({ date: holidays.date, name: holidays.name, kind: holidays.kind })
    .from(holidays)
    .where(and(gte(holidays.date, `${year}-01-01`), lte(holidays.date, `${year}-12-31`)))
    .orderBy(asc(holidays.date));
  return rows.map((row) => ({ ...row, kind: row.kind as HolidayKind }));
}

/** List every year that has holidays, with the number of each kind, oldest first. */
export async function listHolidayYears(db: Database): Promise<HolidayYear[]> {
  const rows = await db.select({ date: holidays.date, kind: holidays.kind }).from(holidays);
  const years = new Map<number, HolidayYear>();
  for (const row of rows) {
    const year = Number(row.date.slice(0, 4));
    const entry = years.get(year) ?? { year, counts: { national: 0, collective_leave: 0 } };
    if ((HOLIDAY_KINDS as readonly string[]).includes(row.kind)) {
      entry.counts[row.kind as HolidayKind] += 1;
    }
    years.set(year, entry);
  }
  return [...years.values()].sort((a, b) => a.year - b.year);
}

/** Add a holiday; a date that already has one is rejected with a message naming it. */
export async function addHoliday(db: Database, holiday: Holiday, actor: HolidayActor): Promise<Recomputation> {
  await db.transaction(async (tx) => {
    const [existing] = await tx.select({ name: holidays.name }).from(holidays).where(eq(holidays.date, holiday.date));
    if (existing) {
      throw new ValidationError({
        date: `Tanggal ${formatLocalDate(holiday.date)} sudah tercatat sebagai "${existing.name}". Hapus dulu tanggal itu dari daftar bila ingin menggantinya.`,
      });
    }
    await tx.insert(holidays).values(holiday);
    await auditHoliday(tx, 'holiday_saved', holiday, actor);
  });
  return recomputeClocks(db, [holiday.date]);
}

/** Delete the holiday on `date` and return it with the recomputation. */
export async function deleteHoliday(
  db: Database,
  date: string,
  actor: HolidayActor,
): Promise<{ deleted: Holiday } & Recomputation> {
  const deleted = await db.transaction(async (tx) => {
    const [row] = await tx
      .delete(holidays)
      .where(eq(holidays.date, date))
      .returning({ date: holidays.date, name: holidays.name, kind: holidays.kind });
    if (!row) {
      throw new NotFoundError(`Tidak ada hari libur pada ${formatLocalDate(date)}; mungkin sudah dihapus. Muat ulang halaman.`);
    }
    const deletedHoliday = { ...row, kind: row.kind as HolidayKind };
    await auditHoliday(tx, 'holiday_deleted', deletedHoliday, actor);
    return deletedHoliday;
  });
  return { deleted, ...(await recomputeClocks(db, [date])) };
}

async function auditHoliday(
  tx: Executor,
  action: 'holiday_saved' | 'holiday_deleted',
  holiday: Holiday,
  actor: HolidayActor,
): Promise<void> {
  await recordAudit(tx, {
    action,
    staffId: actor.staffId,
    targetType: 'holiday',
    targetId: holiday.date,
    detail: { name: holiday.name, kind: holiday.kind },
    clientAddress: actor.clientAddress,
  });
}
