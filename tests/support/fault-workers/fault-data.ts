/**
 * Data and checks shared by the kill tests and their child processes: a prepared database, an
 * import spreadsheet, and SQL checks that hold in any consistent database of the portal.
 */

import path from 'node:path';
import { openDatabase, queryRows, sql, type Database } from '../../../db/client.ts';
import { applyMigrations } from '../../../db/migrate.ts';
import { readDeploymentFiles } from '../../../db/seed/deployment-files.ts';
import { loadReferenceIds } from '../../../db/seed/factories.ts';
import { seedReferenceData } from '../../../db/seed/reference.ts';
import { createStaffAccount } from '../../../src/server/auth/staff-accounts.ts';
import { logComplaint } from '../../../src/server/complaints/commands.ts';

/** Reporter name of the complaints whose status the status-change worker moves. */
export const FAULT_REPORTER = 'Warga Uji Gangguan';
/** Admin account the status-change worker acts as; only admins may take every action of the loop. */
export const FAULT_STAFF = 'admin.gangguan';
const FAULT_COMPLAINTS = 4;

/** Where a kill test's database is: a PostgreSQL URL, or a DATA_DIR with PGlite in its `pglite` folder. */
export type FaultDatabase = { url: string } | { dataDir: string };

/** Environment of a child process working on `target`: the portal's variables plus PGLITE_DIR for workers. */
export function databaseEnv(target: FaultDatabase): Record<string, string> {
  if ('url' in target) {
    return { DATABASE_URL: target.url, PGLITE_DIR: '' };
  }
  return { DATABASE_URL: '', DATA_DIR: target.dataDir, PGLITE_DIR: path.join(target.dataDir, 'pglite') };
}

/** Open the database of a kill test (on PGlite, this also proves the folder opens after a kill). */
export function openFaultDatabase(target: FaultDatabase) {
  if ('url' in target) {
    return openDatabase({ url: target.url, poolSize: 2 });
  }
  return openDatabase({ pgliteDir: path.join(target.dataDir, 'pglite') });
}

/**
 * Migrate, load Pati's reference data, and add the worker's admin and complaints. Returns the
 * agency the worker forwards to.
 */
export async function prepareFaultDatabase(target: FaultDatabase): Promise<number> {
  const handle = await openFaultDatabase(target);
  try {
    await applyMigrations(handle);
    await seedReferenceData(handle.db, readDeploymentFiles(path.resolve('db/seed/deployments/pati')));
    const ids = await loadReferenceIds(handle.db);
    await createStaffAccount(handle.db, {
      username: FAULT_STAFF,
      displayName: 'Admin Uji Gangguan',
      role: 'admin',
      password: 'kata-sandi-uji-gangguan',
    });
    for (let index = 0; index < FAULT_COMPLAINTS; index += 1) {
      await logComplaint(
        handle.db,
        {
          channel: 'whatsapp',
          receivedAt: new Date(Date.UTC(2023, 2, 1 + index, 2)),
          reporterName: FAULT_REPORTER,
          reporterContact: `0812-0000-90${String(index).padStart(2, '0')}`,
          originalText: `Jalan berlubang di dusun ${index + 1}.`,
          summary: `Jalan berlubang di dusun ${index + 1}.`,
          categoryId: ids.category('jalan-rusak'),
          districtCode: '33.18.08',
        },
        { staffId: null },
        { prefix: 'LBP' },
      );
    }
    return ids.agency('dpupr');
  } finally {
    await handle.close();
  }
}

/**
 * Write a CSV in the import layout of docs/impor.md with `rows` new complaints, half of them
 * forwarded, so that each row takes a few writes.
 */
export function importCsv(rows: number): string {
  const lines = ['No,Tanggal Diterima,Jam,Kanal,Nama Pelapor,Kontak,Isi Aduan,Kategori,Kecamatan,Status,Instansi'];
  for (let row = 1; row <= rows; row += 1) {
    const day = String(1 + (row % 28)).padStart(2, '0');
    const minute = String(row % 60).padStart(2, '0');
    const status = row % 2 === 0 ? 'Diteruskan,DPUPR' : 'Diterima,';
    const contact = `0813-${String(row).padStart(4, '0')}-7777`;
    lines.push(`${row},${day}/05/2023,${String(8 + (row % 9))}.${minute},WA,Warga Impor ${row},${contact},Jalan rusak nomor ${row} di desa.,Jalan rusak,Juwana,${status}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Run the SQL checks every consistent database passes and return what each one found wrong;
 * an empty list means consistent.
 */
export async function findInconsistencies(db: Database): Promise<string[]> {
  const problems: string[] = [];
  const check = async (description: string, query: ReturnType<typeof sql>) => {
    const rows = await queryRows<Record<string, unknown>>(db, query);
    if (rows.length > 0) {
      problems.push(`${description}: ${JSON.stringify(rows.slice(0, 5))}`);
    }
  };

  await check(
    'status differs from the last event',
    sql`select c.id, c.status, (select e.to_status from complaint_events e where e.complaint_id = c.id order by e.id desc limit 1) as last
        from complaints c
        where c.status is distinct from (select e.to_status from complaint_events e where e.complaint_id = c.id order by e.id desc limit 1)`,
  );
  await check(
    'events without a complaint',
    sql`select e.id from complaint_events e left join complaints c on c.id = e.complaint_id where c.id is null`,
  );
  await check(
    'version differs from 1 + the number of status changes',
    sql`select c.id, c.version, count(e.id) as changes from complaints c
        left join complaint_events e on e.complaint_id = c.id and e.kind <> 'logged'
        group by c.id, c.version having c.version <> 1 + count(e.id)`,
  );
  // Only the worker's complaints: demo data has staff events written without the form handler.
  await check(
    'staff status changes without their audit row',
    sql`select c.id, (select count(*) from complaint_events e where e.complaint_id = c.id and e.staff_id is not null) as events,
          (select count(*) from audit_log a where a.action = 'complaint_action' and a.target_id = c.id::text) as audits
        from complaints c
        where c.reporter_name = ${FAULT_REPORTER}
          and (select count(*) from complaint_events e where e.complaint_id = c.id and e.staff_id is not null)
           <> (select count(*) from audit_log a where a.action = 'complaint_action' and a.target_id = c.id::text)`,
  );
  await check('form tokens claimed without a result', sql`select key from idempotency_keys where result_path = ''`);
  await check(
    'complaints of an import without its audit row',
    sql`select count(*) as imported from complaints where import_key is not null
        having count(*) <> coalesce((select sum((detail->>'created')::int) from audit_log where action = 'import' and detail->>'rejected' is null), 0)`,
  );
  await check(
    'more than one publish running',
    sql`select count(*) as running from publishes where status = 'running' having count(*) > 1`,
  );
  return problems;
}
