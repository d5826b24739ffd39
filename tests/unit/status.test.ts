import { describe, expect, it } from 'vitest';
import {
  ACTIONS,
  allowedActions,
  isStatus,
  open311Status,
  STATUS_LABELS,
  STATUSES,
  transitionTarget,
  verificationOf,
  type Action,
  type Status,
} from '../../src/domain/status.ts';

// The lifecycle, written out cell by cell: the target status of each action, or null where the
// action is not allowed. Columns follow the order of ACTIONS.
const EXPECTED: Record<Status, Record<Action, Status | null>> = {
  received: {
    request_info: 'needs_info',
    receive_info: null,
    reject: 'invalid',
    reverify: null,
    forward: 'forwarded',
    start_action: null,
    resolve: null,
    reopen: null,
  },
  needs_info: {
    request_info: null,
    receive_info: 'received',
    reject: null,
    reverify: null,
    forward: null,
    start_action: null,
    resolve: null,
    reopen: null,
  },
  invalid: {
    request_info: null,
    receive_info: null,
    reject: null,
    reverify: 'received',
    forward: null,
    start_action: null,
    resolve: null,
    reopen: null,
  },
  forwarded: {
    request_info: null,
    receive_info: null,
    reject: null,
    reverify: null,
    forward: null,
    start_action: 'in_progress',
    resolve: null,
    reopen: null,
  },
  in_progress: {
    request_info: null,
    receive_info: null,
    reject: null,
    reverify: null,
    forward: null,
    start_action: null,
    resolve: 'resolved',
    reopen: null,
  },
  resolved: {
    request_info: null,
    receive_info: null,
    reject: null,
    reverify: null,
    forward: null,
    start_action: null,
    resolve: null,
    reopen: 'in_progress',
  },
};

const CELLS = Object.entries(EXPECTED).flatMap(([status, row]) =>
  Object.entries(row).map(([action, target]) => [status as Status, action as Action, target] as const),
);

describe('transitionTarget', () => {
  it('covers every status and action', () => {
    expect(CELLS).toHaveLength(STATUSES.length * ACTIONS.length);
    expect(Object.keys(EXPECTED).sort()).toEqual([...STATUSES].sort());
    expect(Object.keys(EXPECTED.received).sort()).toEqual([...ACTIONS].sort());
  });

  it.each(CELLS)('moves %s by %s to %s', (status, action, target) => {
    expect(transitionTarget(status, action)).toBe(target);
  });
});

describe('allowedActions', () => {
  it.each([
    ['received', ['request_info', 'reject', 'forward']],
    ['needs_info', ['receive_info']],
    ['invalid', ['reverify']],
    ['forwarded', ['start_action']],
    ['in_progress', ['resolve']],
    ['resolved', ['reopen']],
  ] as const)('lists actions for %s', (status, actions) => {
    expect(allowedActions(status)).toEqual(actions);
  });
});

describe('verificationOf', () => {
  it.each([
    ['received', 'pending'],
    ['needs_info', 'pending'],
    ['invalid', 'invalid'],
    ['forwarded', 'valid'],
    ['in_progress', 'valid'],
    ['resolved', 'valid'],
  ] as const)('gives %s as %s', (status, verification) => {
    expect(verificationOf(status)).toBe(verification);
  });
});

describe('open311Status', () => {
  it.each([
    ['received', 'open'],
    ['needs_info', 'open'],
    ['invalid', 'closed'],
    ['forwarded', 'open'],
    ['in_progress', 'open'],
    ['resolved', 'closed'],
  ] as const)('gives %s as %s', (status, open311) => {
    expect(open311Status(status)).toBe(open311);
  });
});

describe('isStatus', () => {
  it('accepts every status', () => {
    for (const status of ['received', 'needs_info', 'invalid', 'forwarded', 'in_progress', 'resolved']) {
      expect(isStatus(status), status).toBe(true);
    }
  });

  it.each(['closed', 'RECEIVED', '', 'open', 'toString'])('rejects %j', (value) => {
    expect(isStatus(value)).toBe(false);
  });
});

describe('STATUS_LABELS', () => {
  it('has Indonesian labels', () => {
    expect(STATUS_LABELS).toEqual({
      received: 'Diterima',
      needs_info: 'Menunggu Kelengkapan',
      invalid: 'Tidak Valid',
      forwarded: 'Diteruskan',
      in_progress: 'Ditindaklanjuti',
      resolved: 'Selesai',
    });
  });
});
