/** The result of checking or importing a spreadsheet, and its wording for the command line. */

import { formatNumber } from '../../domain/format.ts';
import type { PlannedComplaint } from '../../domain/import/row-plan.ts';
import { describeRowProblem, type RowProblem } from '../../domain/import/problems.ts';
import type { SpreadsheetFormat } from './read-spreadsheet.ts';

export interface PlannedImportRow extends PlannedComplaint {
  importKey: string;
}

/** A row left out: imported before (or logged by hand with the same content), or repeating an earlier row. */
export interface SkippedRow {
  row: number;
  /** Ticket of the complaint that already exists. */
  ticket: string | null;
  /** Earlier row of the same file with the same content. */
  sameAsRow: number | null;
}

export interface CreatedRow {
  row: number;
  id: number;
  ticket: string;
}

export interface ImportReport {
  fileName: string;
  format: SpreadsheetFormat | null;
  sheet: string | null;
  /** Problems with the whole file; when there are any, no row was read. */
  fileProblems: string[];
  rowProblems: RowProblem[];
  /** Headers the import does not read, as written. */
  ignoredColumns: string[];
  /** Data rows that are not empty. */
  rowCount: number;
  /** Rows that an import creates (or created). */
  planned: PlannedImportRow[];
  skipped: SkippedRow[];
  /** Complaints an import created; empty for a dry run or a rejected import. */
  created: CreatedRow[];
}

export function emptyReport(fileName: string): ImportReport {
  return {
    fileName,
    format: null,
    sheet: null,
    fileProblems: [],
    rowProblems: [],
    ignoredColumns: [],
    rowCount: 0,
    planned: [],
    skipped: [],
    created: [],
  };
}

export function hasProblems(report: ImportReport): boolean {
  return report.fileProblems.length > 0 || report.rowProblems.length > 0;
}

/** Describe in one line why a skipped row is left out. */
export function describeSkipped(skipped: SkippedRow): string {
  if (skipped.ticket !== null) {
    return `Baris ${skipped.row}: sudah pernah diimpor atau dicatat (${skipped.ticket}); dilewati.`;
  }
  return `Baris ${skipped.row}: sama dengan baris ${skipped.sameAsRow} (kanal, waktu diterima, kontak dan isi aduan); dilewati.`;
}

/** Counts for the audit log: no names, contacts or text from the file. */
export function auditDetail(report: ImportReport): Record<string, unknown> {
  return {
    format: report.format,
    rows: report.rowCount,
    problems: report.fileProblems.length + report.rowProblems.length,
    new: report.planned.length,
    skipped: report.skipped.length,
    created: report.created.length,
  };
}

/** Format the report as lines of text for the command line. */
export function reportLines(report: ImportReport): string[] {
  const lines = [...report.fileProblems];
  lines.push(...report.rowProblems.map(describeRowProblem));
  lines.push(...report.skipped.map(describeSkipped));
  if (report.ignoredColumns.length > 0) {
    lines.push(`Kolom yang tidak dibaca: ${report.ignoredColumns.map((name) => `"${name}"`).join(', ')}.`);
  }
  return lines;
}

/** One-line summary: rows read, problems, new and skipped rows. */
export function summaryLine(report: ImportReport): string {
  const problems = report.fileProblems.length + report.rowProblems.length;
  const parts = [
    `${formatNumber(report.rowCount)} baris data`,
    `${formatNumber(problems)} masalah`,
    `${formatNumber(report.planned.length)} aduan baru`,
    `${formatNumber(report.skipped.length)} dilewati`,
  ];
  return `${parts.join(', ')}.`;
}
