import { isDeepStrictEqual } from 'node:util';
import type { FieldChange } from '../../domain/audit.ts';

/** Staff member and client address behind an admin change, for its audit entry. */
export interface Actor {
  staffId: number;
  clientAddress: string | null;
}

/** Return the fields whose value differs between `before` and `after`, with both values (null for none). */
export function fieldChanges(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {};
  for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const from = before[field] ?? null;
    const to = after[field] ?? null;
    if (!isDeepStrictEqual(from, to)) {
      changes[field] = { from, to };
    }
  }
  return changes;
}

export function hasChanges(changes: Record<string, FieldChange>): boolean {
  return Object.keys(changes).length > 0;
}
