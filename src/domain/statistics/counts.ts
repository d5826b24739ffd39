/**
 * Counters of complaints kept per month and per breakdown (channel, category, agency, …) as
 * fixed-length integer arrays, so that merging two of them is adding entry by entry.
 */

import type { AggregateRecord } from '../public-view.ts';
import {
  INVALID_REASONS,
  INVALID_REASON_LABELS,
  OUTCOMES,
  OUTCOME_LABELS,
  STATUSES,
  STATUS_LABELS,
  type InvalidReason,
  type Outcome,
  type Status,
} from '../status.ts';

/** Position of each counter in a cell. */
export const FIELD = {
  received: 0,
  /** Not yet verified: status received or needs_info. */
  pending: 1,
  needsInfo: 2,
  valid: 3,
  invalid: 4,
  /** Valid complaints forwarded to an agency; the lifecycle forwards every valid one. */
  forwarded: 5,
  /** Forwarded and not yet followed up (status forwarded). */
  awaitingAction: 6,
  inProgress: 7,
  resolved: 8,
  confidential: 9,
  /** Running verification clock past its deadline at the snapshot time. */
  overdueVerification: 10,
  /** Running first follow-up clock past its deadline at the snapshot time. */
  overdueFirstResponse: 11,
} as const;

const REASON_BASE = 12;
const OUTCOME_BASE = REASON_BASE + INVALID_REASONS.length;
export const CELL_LENGTH = OUTCOME_BASE + OUTCOMES.length;

const REASON_FIELD = new Map(INVALID_REASONS.map((reason, index) => [reason, REASON_BASE + index]));
const OUTCOME_FIELD = new Map(OUTCOMES.map((outcome, index) => [outcome, OUTCOME_BASE + index]));

export type Cell = Int32Array;

export function emptyCell(): Cell {
  return new Int32Array(CELL_LENGTH);
}

export function mergeCell(into: Cell, from: Cell): void {
  for (let index = 0; index < CELL_LENGTH; index += 1) {
    into[index]! += from[index]!;
  }
}

/**
 * Write into `fields` the positions a record increments and return how many there are. Called
 * once per record; the positions are then added to every cell the record belongs to.
 */
export function fieldsOf(
  record: AggregateRecord,
  overdueVerification: boolean,
  overdueFirstResponse: boolean,
  fields: Int32Array,
): number {
  let length = 0;
  fields[length++] = FIELD.received;
  switch (record.verification) {
    case 'pending':
      fields[length++] = FIELD.pending;
      if (record.status === 'needs_info') {
        fields[length++] = FIELD.needsInfo;
      }
      break;
    case 'invalid': {
      fields[length++] = FIELD.invalid;
      const reason = record.invalid_reason === null ? undefined : REASON_FIELD.get(record.invalid_reason);
      if (reason !== undefined) {
        fields[length++] = reason;
      }
      break;
    }
    case 'valid':
      fields[length++] = FIELD.valid;
      if (record.forwarded_at !== null) {
        fields[length++] = FIELD.forwarded;
      }
      break;
  }
  if (record.status === 'forwarded') {
    fields[length++] = FIELD.awaitingAction;
  } else if (record.status === 'in_progress') {
    fields[length++] = FIELD.inProgress;
  } else if (record.status === 'resolved') {
    fields[length++] = FIELD.resolved;
    const outcome = record.outcome === null ? undefined : OUTCOME_FIELD.get(record.outcome);
    if (outcome !== undefined) {
      fields[length++] = outcome;
    }
  }
  if (record.confidential) {
    fields[length++] = FIELD.confidential;
  }
  if (overdueVerification) {
    fields[length++] = FIELD.overdueVerification;
  }
  if (overdueFirstResponse) {
    fields[length++] = FIELD.overdueFirstResponse;
  }
  return length;
}

/** Fields of `fieldsOf` can number at most this many. */
export const MAX_FIELDS_PER_RECORD = 10;

export function addFields(cell: Cell, fields: Int32Array, length: number): void {
  for (let index = 0; index < length; index += 1) {
    cell[fields[index]!]! += 1;
  }
}

/** Counts of distinct matters in one breakdown row; the published shape of every breakdown. */
export interface Counts {
  received: number;
  valid: number;
  invalid: number;
  /** Not yet verified: received or waiting for information from the reporter. */
  pending: number;
  /** Received in the period and resolved by the snapshot time, whatever the outcome. */
  resolved: number;
}

export function countsOf(cell: Cell): Counts {
  return {
    received: cell[FIELD.received]!,
    valid: cell[FIELD.valid]!,
    invalid: cell[FIELD.invalid]!,
    pending: cell[FIELD.pending]!,
    resolved: cell[FIELD.resolved]!,
  };
}

/**
 * The verification funnel: received → pending, or invalid (by reason), or valid → forwarded →
 * awaiting follow-up, in progress, or resolved (by outcome). "Resolved" is never "fixed": the
 * outcome says what the closing was.
 */
export interface Funnel {
  received: number;
  pending: number;
  /** Of the pending ones, those waiting for information from the reporter. */
  needs_info: number;
  invalid: number;
  invalid_reasons: Array<{ reason: InvalidReason; label: string; count: number }>;
  valid: number;
  forwarded: number;
  awaiting_action: number;
  in_progress: number;
  resolved: number;
  outcomes: Array<{ outcome: Outcome; label: string; count: number }>;
}

export function funnelOf(cell: Cell): Funnel {
  return {
    received: cell[FIELD.received]!,
    pending: cell[FIELD.pending]!,
    needs_info: cell[FIELD.needsInfo]!,
    invalid: cell[FIELD.invalid]!,
    invalid_reasons: INVALID_REASONS.map((reason) => ({
      reason,
      label: INVALID_REASON_LABELS[reason],
      count: cell[REASON_FIELD.get(reason)!]!,
    })),
    valid: cell[FIELD.valid]!,
    forwarded: cell[FIELD.forwarded]!,
    awaiting_action: cell[FIELD.awaitingAction]!,
    in_progress: cell[FIELD.inProgress]!,
    resolved: cell[FIELD.resolved]!,
    outcomes: OUTCOMES.map((outcome) => ({ outcome, label: OUTCOME_LABELS[outcome], count: cell[OUTCOME_FIELD.get(outcome)!]! })),
  };
}

/** Complaints by their current status. */
export function statusCountsOf(cell: Cell): Array<{ status: Status; label: string; count: number }> {
  const counts: Record<Status, number> = {
    received: cell[FIELD.pending]! - cell[FIELD.needsInfo]!,
    needs_info: cell[FIELD.needsInfo]!,
    invalid: cell[FIELD.invalid]!,
    forwarded: cell[FIELD.awaitingAction]!,
    in_progress: cell[FIELD.inProgress]!,
    resolved: cell[FIELD.resolved]!,
  };
  return STATUSES.map((status) => ({ status, label: STATUS_LABELS[status], count: counts[status] }));
}

/** Outcome counts of resolved complaints, for agency rows. */
export function outcomeCountsOf(cell: Cell): Record<Outcome, number> {
  return Object.fromEntries(OUTCOMES.map((outcome) => [outcome, cell[OUTCOME_FIELD.get(outcome)!]!])) as Record<Outcome, number>;
}
