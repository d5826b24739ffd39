import type { Action } from './status.ts';

/** Kinds of timeline entries: `logged` opens every timeline, each action adds one, `note` adds a remark. */
export type EventKind = 'logged' | Action | 'note';

export const EVENT_KINDS: readonly EventKind[] = [
  'logged',
  'request_info',
  'receive_info',
  'reject',
  'reverify',
  'forward',
  'start_action',
  'resolve',
  'reopen',
  'note',
];
