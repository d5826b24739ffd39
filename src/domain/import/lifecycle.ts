/**
 * The timeline an imported row gets: the actions that lead from "logged" to the row's status,
 * with the row's dates, so that every imported complaint has a history the lifecycle allows.
 *
 * Diskominfo's spreadsheet records when a complaint arrived, when it was forwarded and when it
 * was resolved, not when it was verified or first acted on. So a rejection or a request for
 * more information is dated at the received time, and the start of the agency's follow-up at
 * the forward time.
 */

import { sheetDateTime } from '../spreadsheet-format.ts';
import { localDate, startOfLocalDay, zonedInstant } from '../time.ts';
import type { Action, InvalidReason, Outcome, Status } from '../status.ts';
import { STATUS_LABELS } from '../status.ts';
import type { RowReader } from './row-reader.ts';
import type { ReferenceMatcher } from './reference-match.ts';
import {
  DATE_EXPECTED,
  INVALID_REASON_CHOICES,
  OUTCOME_CHOICES,
  cellText,
  parseDateTime,
  parseInvalidReason,
  parseOutcome,
  parseStatus,
  type Cell,
  type LocalDateTime,
  type Parsed,
} from './values.ts';
import type { ImportColumnKey } from './layout.ts';

export interface PlannedStep {
  action: Action;
  at: Date;
  agencyId?: number;
  agencyReference?: string | null;
  invalidReason?: InvalidReason;
  outcome?: Outcome;
}

export interface LifecycleContext {
  matcher: ReferenceMatcher;
  timeZone: string;
  now: Date;
}

const FORWARDED: readonly Status[] = ['forwarded', 'in_progress', 'resolved'];

/** Read the status columns of a row and return its steps after "logged", or undefined on a problem. */
export function readLifecycle(
  reader: RowReader,
  context: LifecycleContext,
  receivedAt: Date | undefined,
): { status: Status; steps: PlannedStep[] } | undefined {
  const problemsBefore = reader.problems.length;
  const status = reader.parse('status', (cell) => parseStatus(cellText(cell)));
  if (status === undefined) {
    return undefined;
  }
  const label = STATUS_LABELS[status];
  const forwarded = FORWARDED.includes(status);
  const reason = onlyFor(reader, 'invalidReason', status === 'invalid', label, `salah satu dari ${INVALID_REASON_CHOICES}`, (cell) =>
    parseInvalidReason(cellText(cell)),
  );
  const agencyId = onlyFor(reader, 'agency', forwarded, label, 'nama instansi tujuan penerusan', (cell) =>
    context.matcher.agency(cellText(cell)),
  );
  const reference = onlyFor(reader, 'agencyReference', forwarded, label, null, (cell) => ({ ok: true, value: cellText(cell) }));
  const forwardedOn = onlyFor(reader, 'forwardedDate', forwarded, label, null, parseDateTime);
  const resolvedOn = onlyFor(reader, 'resolvedDate', status === 'resolved', label, DATE_EXPECTED, parseDateTime);
  const outcome = onlyFor(reader, 'outcome', status === 'resolved', label, `salah satu dari ${OUTCOME_CHOICES}`, (cell) =>
    parseOutcome(cellText(cell)),
  );
  if (receivedAt === undefined || reader.problems.length > problemsBefore) {
    return undefined;
  }

  const steps: PlannedStep[] = [];
  if (status === 'needs_info') {
    steps.push({ action: 'request_info', at: receivedAt });
  }
  if (status === 'invalid') {
    steps.push({ action: 'reject', at: receivedAt, invalidReason: reason! });
  }
  if (!forwarded) {
    return { status, steps };
  }

  const forwardAt = forwardedOn ? stepTime(reader, 'forwardedDate', forwardedOn, receivedAt, context) : receivedAt;
  if (forwardAt === undefined) {
    return undefined;
  }
  steps.push({ action: 'forward', at: forwardAt, agencyId: agencyId!, agencyReference: reference || null });
  if (status !== 'forwarded') {
    steps.push({ action: 'start_action', at: forwardAt });
  }
  if (status === 'resolved') {
    const resolveAt = stepTime(reader, 'resolvedDate', resolvedOn!, forwardAt, context);
    if (resolveAt === undefined) {
      return undefined;
    }
    steps.push({ action: 'resolve', at: resolveAt, outcome: outcome! });
  }
  return { status, steps };
}

/**
 * Read a column that belongs to some statuses only. For those it is required when `expected`
 * is set; for the others it must be empty, so that nothing written in it is silently lost.
 */
function onlyFor<T>(
  reader: RowReader,
  key: ImportColumnKey,
  applies: boolean,
  statusLabel: string,
  expected: string | null,
  parser: (cell: Cell) => Parsed<T>,
): T | null | undefined {
  if (!applies) {
    if (!reader.blank(key)) {
      reader.report(key, `kosong, karena aduan berstatus ${statusLabel}`);
    }
    return null;
  }
  if (expected !== null) {
    return reader.required(key, `${expected}, karena aduan berstatus ${statusLabel}`, parser);
  }
  return reader.optional(key, parser);
}

/**
 * Instant of a later step. A date without a time is taken as the start of that day, or as the
 * previous step's time when both fall on the same day, so that the timeline keeps its order.
 */
function stepTime(
  reader: RowReader,
  key: ImportColumnKey,
  value: LocalDateTime,
  previous: Date,
  context: LifecycleContext,
): Date | undefined {
  const { timeZone } = context;
  let at = value.time ? zonedInstant(value.date, value.time.hour, value.time.minute, timeZone) : startOfLocalDay(value.date, timeZone);
  if (value.time === null && value.date === localDate(previous, timeZone)) {
    at = previous;
  }
  if (at.getTime() < previous.getTime()) {
    reader.report(key, `tanggal yang tidak lebih awal daripada langkah sebelumnya (${sheetDateTime(previous, timeZone)})`);
    return undefined;
  }
  if (at.getTime() > context.now.getTime() + 5 * 60_000) {
    reader.report(key, 'tanggal yang sudah lewat, bukan di masa depan');
    return undefined;
  }
  return at;
}
