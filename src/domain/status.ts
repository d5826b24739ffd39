/** Lifecycle of a complaint: statuses, the actions that move between them, and public labels. */

export const STATUSES = ['received', 'needs_info', 'invalid', 'forwarded', 'in_progress', 'resolved'] as const;
export type Status = (typeof STATUSES)[number];

export const INVALID_REASONS = ['not_factual', 'unclear', 'out_of_authority', 'duplicate', 'spam'] as const;
export type InvalidReason = (typeof INVALID_REASONS)[number];

export const OUTCOMES = ['fixed', 'answered', 'referred', 'no_action'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const STATUS_LABELS: Record<Status, string> = {
  received: 'Diterima',
  needs_info: 'Menunggu Kelengkapan',
  invalid: 'Tidak Valid',
  forwarded: 'Diteruskan',
  in_progress: 'Ditindaklanjuti',
  resolved: 'Selesai',
};

export const INVALID_REASON_LABELS: Record<InvalidReason, string> = {
  not_factual: 'Tidak faktual',
  unclear: 'Tidak jelas atau tidak lengkap',
  out_of_authority: 'Bukan kewenangan Pemerintah Kabupaten',
  duplicate: 'Duplikat aduan lain',
  spam: 'Spam',
};

/** Outcome labels. "Selesai" is the status; the outcome says what the closing actually was. */
export const OUTCOME_LABELS: Record<Outcome, string> = {
  fixed: 'Masalah ditangani di lapangan',
  answered: 'Dijawab dengan penjelasan',
  referred: 'Dirujuk ke pihak yang berwenang',
  no_action: 'Tidak ada tindakan',
};

/** Open311 groups statuses into open and closed. */
export function open311Status(status: Status): 'open' | 'closed' {
  return status === 'invalid' || status === 'resolved' ? 'closed' : 'open';
}

/** Where a complaint stands in verification: not yet decided, found valid, or found invalid. */
export type Verification = 'pending' | 'valid' | 'invalid';

export function verificationOf(status: Status): Verification {
  switch (status) {
    case 'received':
    case 'needs_info':
      return 'pending';
    case 'invalid':
      return 'invalid';
    case 'forwarded':
    case 'in_progress':
    case 'resolved':
      return 'valid';
  }
}

export const ACTIONS = [
  'request_info',
  'receive_info',
  'reject',
  'reverify',
  'forward',
  'start_action',
  'resolve',
  'reopen',
] as const;
export type Action = (typeof ACTIONS)[number];

interface TransitionRule {
  from: readonly Status[];
  to: Status;
  /** Label of the button or option that staff choose. */
  label: string;
}

/** The only allowed status changes. Every status change in the application goes through this table. */
export const TRANSITIONS: Record<Action, TransitionRule> = {
  request_info: { from: ['received'], to: 'needs_info', label: 'Minta kelengkapan data' },
  receive_info: { from: ['needs_info'], to: 'received', label: 'Kelengkapan diterima' },
  reject: { from: ['received'], to: 'invalid', label: 'Nyatakan tidak valid' },
  reverify: { from: ['invalid'], to: 'received', label: 'Verifikasi ulang' },
  forward: { from: ['received'], to: 'forwarded', label: 'Teruskan ke instansi' },
  start_action: { from: ['forwarded'], to: 'in_progress', label: 'Mulai tindak lanjut' },
  resolve: { from: ['in_progress'], to: 'resolved', label: 'Selesaikan' },
  reopen: { from: ['resolved'], to: 'in_progress', label: 'Buka kembali' },
};

/** Actions staff may take on a complaint in the given status. */
export function allowedActions(status: Status): Action[] {
  return ACTIONS.filter((action) => TRANSITIONS[action].from.includes(status));
}

/** Target status of `action`, or null when the action is not allowed from `status`. */
export function transitionTarget(status: Status, action: Action): Status | null {
  const rule = TRANSITIONS[action];
  return rule.from.includes(status) ? rule.to : null;
}

export function isStatus(value: string): value is Status {
  return (STATUSES as readonly string[]).includes(value);
}
