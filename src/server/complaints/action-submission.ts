/**
 * Handling of a submitted status-change form: parse, check the role, apply the action once per
 * form token, audit it. The page only renders the outcome.
 */

import type { Database } from '../../../db/client.ts';
import { StaleVersionError, TransitionError, ValidationError } from '../../domain/errors.ts';
import { parseActionForm } from '../../domain/forms/action-form.ts';
import { roleAllowsAction } from '../../domain/roles.ts';
import { ACTIONS, type Action } from '../../domain/status.ts';
import { normalizeTicket } from '../../domain/ticket.ts';
import { recordAudit } from '../audit.ts';
import type { SessionUser } from '../auth/session.ts';
import { FORM_TOKEN_FIELD, runOnce } from '../idempotency.ts';
import { UNREADABLE_FORM } from '../forms.ts';
import { applyAction } from './commands.ts';

export type ActionOutcome =
  | { kind: 'done'; path: string }
  | {
      kind: 'rejected';
      status: 400 | 403 | 409;
      /** Message shown above the forms, for problems not tied to one field. */
      message: string | null;
      action: Action | null;
      values: Record<string, string>;
      fieldErrors: Record<string, string>;
    };

export async function submitAction(
  db: Database,
  user: SessionUser,
  complaintId: number,
  values: Record<string, string> | null,
  options: { ticketPrefix: string; clientAddress: string | null },
): Promise<ActionOutcome> {
  if (!values) {
    return rejected(400, UNREADABLE_FORM, null, {}, {});
  }
  const action = (ACTIONS as readonly string[]).includes(values.action ?? '') ? (values.action as Action) : null;
  const parsed = parseActionForm(values);
  if (!parsed.success) {
    const formProblem = ['action', 'version'].map((field) => parsed.errors[field]).filter(Boolean).join(' ');
    return rejected(400, formProblem || null, action, values, parsed.errors);
  }

  const form = parsed.data;
  if (!roleAllowsAction(user.role, form.action)) {
    return rejected(403, 'Peran Anda tidak dapat melakukan tindakan ini.', form.action, values, {});
  }
  let duplicateOfTicket: string | null = null;
  if (form.action === 'reject' && form.invalid_reason === 'duplicate' && form.duplicate_of) {
    duplicateOfTicket = normalizeTicket(form.duplicate_of, options.ticketPrefix);
    if (!duplicateOfTicket) {
      const fieldErrors = { duplicate_of: `"${form.duplicate_of}" bukan nomor tiket yang dikenali.` };
      return rejected(400, null, form.action, values, fieldErrors);
    }
  }

  try {
    const once = await runOnce(db, values[FORM_TOKEN_FIELD], user.id, async (tx) => {
      const result = await applyAction(
        tx as unknown as Database,
        complaintId,
        {
          action: form.action,
          expectedVersion: form.version,
          agencyId: form.agency_id,
          agencyReference: form.agency_reference,
          invalidReason: form.invalid_reason,
          outcome: form.outcome,
          duplicateOfTicket,
          publicNote: form.public_note,
          internalNote: form.internal_note,
        },
        { staffId: user.id },
      );
      await recordAudit(tx, {
        action: form.action === 'reject' && duplicateOfTicket ? 'complaint_duplicate_linked' : 'complaint_action',
        staffId: user.id,
        targetType: 'complaint',
        targetId: complaintId,
        detail: { action: form.action, status: result.status, version: result.version, duplicateOf: duplicateOfTicket },
        clientAddress: options.clientAddress,
      });
      return `/staf/aduan/${complaintId}/?tindakan=${form.action}`;
    });
    return { kind: 'done', path: once.path };
  } catch (error) {
    if (error instanceof ValidationError) {
      return rejected(400, error.fieldErrors.form ?? null, form.action, values, error.fieldErrors);
    }
    if (error instanceof StaleVersionError || error instanceof TransitionError) {
      return rejected(409, error.message, form.action, values, {});
    }
    throw error;
  }
}

function rejected(
  status: 400 | 403 | 409,
  message: string | null,
  action: Action | null,
  values: Record<string, string>,
  fieldErrors: Record<string, string>,
): ActionOutcome {
  return { kind: 'rejected', status, message, action, values, fieldErrors };
}
