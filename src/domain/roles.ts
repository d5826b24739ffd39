import type { Action } from './status.ts';

/** Staff roles and what each may do. */
export const STAFF_ROLES = ['admin', 'verifier', 'agency_officer', 'viewer'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const ROLE_LABELS: Record<StaffRole, string> = {
  admin: 'Admin',
  verifier: 'Verifikator',
  agency_officer: 'Petugas instansi',
  viewer: 'Pemantau',
};

export function isStaffRole(value: string): value is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(value);
}

const VERIFIER_ACTIONS: readonly Action[] = ['request_info', 'receive_info', 'reject', 'reverify', 'forward'];
const AGENCY_ACTIONS: readonly Action[] = ['start_action', 'resolve', 'reopen'];

/** Check whether a role may take `action` at all. Agency officers also act only on their own agency's complaints. */
export function roleAllowsAction(role: StaffRole, action: Action): boolean {
  switch (role) {
    case 'admin':
      return true;
    case 'verifier':
      return VERIFIER_ACTIONS.includes(action) || action === 'reopen';
    case 'agency_officer':
      return AGENCY_ACTIONS.includes(action);
    case 'viewer':
      return false;
  }
}

/** Roles that may log new complaints and publish. */
export function canLogComplaints(role: StaffRole): boolean {
  return role === 'admin' || role === 'verifier';
}

export const canPublish = canLogComplaints;

/** Roles that manage staff accounts, agencies, categories and settings, and read the audit log. */
export function canAdminister(role: StaffRole): boolean {
  return role === 'admin';
}

/**
 * Roles that see who reported and what they wrote. Agency officers need the contact to act; the
 * viewer role (for example the regent's office) reads the public summary only.
 */
export function canSeeReporter(role: StaffRole): boolean {
  return role !== 'viewer';
}
