/**
 * Dry run and import of a spreadsheet. The import is all-or-nothing: one transaction checks the
 * file again and creates every new complaint through `logComplaint` and `applyAction`, and any
 * problem rolls all of it back.
 */

import type { Database } from '../../../db/client.ts';
import { sql } from '../../../db/client.ts';
import { NotFoundError, TransitionError, ValidationError } from '../../domain/errors.ts';
import { recordAudit } from '../audit.ts';
import { applyAction, logComplaint, type Actor } from '../complaints/commands.ts';
import { loadDeploymentSettings } from '../reference-data.ts';
import { checkImportFile, type ImportFile } from './check-import.ts';
import { auditDetail, hasProblems, type ImportReport, type PlannedImportRow } from './report.ts';

/** Advisory lock that makes imports run one after another, so two of the same file cannot both create rows. */
const IMPORT_LOCK_KEY = 7_314_003;

export interface ImportOptions {
  actor: Actor;
  /** Called after each created complaint. */
  onProgress?: (done: number, total: number) => void;
  now?: Date;
}

/** Check the file without saving anything, and record the dry run in the audit log. */
export async function dryRunImport(db: Database, file: ImportFile, actor: Actor, now = new Date()): Promise<ImportReport> {
  const report = await checkImportFile(db, file, now);
  await recordAudit(db, { action: 'import_dry_run', staffId: actor.staffId, detail: auditDetail(report) });
  return report;
}

/** The report of an import that found problems; thrown inside the transaction to roll it back. */
class RejectedImport extends Error {
  readonly report: ImportReport;

  constructor(report: ImportReport) {
    super('Import rejected');
    this.report = report;
  }
}

/**
 * Import the file. Returns the report: with `created` filled when the import went through, or
 * with the problems and nothing saved when it did not.
 */
export async function importSpreadsheet(db: Database, file: ImportFile, options: ImportOptions): Promise<ImportReport> {
  const { actor } = options;
  try {
    return await db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${IMPORT_LOCK_KEY})`);
      const report = await checkImportFile(tx, file, options.now);
      if (hasProblems(report)) {
        throw new RejectedImport(report);
      }
      const { ticketPrefix } = await loadDeploymentSettings(tx);
      for (const planned of report.planned) {
        const created = await createRow(tx, planned, actor, ticketPrefix, report);
        report.created.push({ row: planned.row, ...created });
        options.onProgress?.(report.created.length, report.planned.length);
      }
      await recordAudit(tx, { action: 'import', staffId: actor.staffId, detail: auditDetail(report) });
      return report;
    });
  } catch (error) {
    if (!(error instanceof RejectedImport)) {
      throw error;
    }
    error.report.created = [];
    await recordAudit(db, { action: 'import', staffId: actor.staffId, detail: { ...auditDetail(error.report), rejected: true } });
    return error.report;
  }
}

/** Create one complaint and walk it through its steps; a rule the check missed rejects the import. */
async function createRow(
  tx: Database,
  planned: PlannedImportRow,
  actor: Actor,
  ticketPrefix: string,
  report: ImportReport,
): Promise<{ id: number; ticket: string }> {
  try {
    const created = await logComplaint(tx, planned, actor, { prefix: ticketPrefix });
    for (const step of planned.steps) {
      await applyAction(tx, created.id, { ...step, occurredAt: step.at }, actor);
    }
    return created;
  } catch (error) {
    if (error instanceof ValidationError || error instanceof TransitionError || error instanceof NotFoundError) {
      report.rowProblems.push({
        row: planned.row,
        column: null,
        expected: 'data yang dapat disimpan',
        found: { description: `ditolak saat disimpan: ${error.message}` },
      });
      throw new RejectedImport(report);
    }
    throw error;
  }
}
