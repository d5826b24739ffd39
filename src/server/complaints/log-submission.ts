/**
 * Handling of a submitted "catat aduan baru" form: parse, check time and place, log the
 * complaint once per form token and audit it.
 */

import type { Database } from '../../../db/client.ts';
import type { DeploymentSettings } from '../../domain/deployment.ts';
import { ValidationError } from '../../domain/errors.ts';
import { parseComplaintForm, receivedAtProblem } from '../../domain/forms/complaint-form.ts';
import { locationProblem, placeOf } from '../../domain/region.ts';
import { startOfLocalDay, zonedInstant } from '../../domain/time.ts';
import { recordAudit } from '../audit.ts';
import type { SessionUser } from '../auth/session.ts';
import { UNREADABLE_FORM } from '../forms.ts';
import { FORM_TOKEN_FIELD, runOnce } from '../idempotency.ts';
import { logComplaint } from './commands.ts';
import { deploymentBoundaries } from '../boundaries.ts';

export type LogOutcome = { kind: 'done'; path: string } | { kind: 'rejected'; errors: Record<string, string> };

export async function submitComplaint(
  db: Database,
  user: SessionUser,
  values: Record<string, string> | null,
  settings: DeploymentSettings,
  clientAddress: string | null,
): Promise<LogOutcome> {
  if (!values) {
    return { kind: 'rejected', errors: { form: UNREADABLE_FORM } };
  }
  const parsed = parseComplaintForm(values);
  if (!parsed.success) {
    return { kind: 'rejected', errors: parsed.errors };
  }

  const form = parsed.data;
  const [date, time] = form.received_at.split('T') as [string, string];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const receivedAt = zonedInstant(date, hour, minute, settings.timeZone);
  const launchedAt = startOfLocalDay(settings.launchedOn, settings.timeZone);
  const errors: Record<string, string> = {};
  const timeProblem = receivedAtProblem(receivedAt, launchedAt, new Date());
  if (timeProblem) {
    errors.received_at = timeProblem;
  }
  if (form.lat !== null && form.lng !== null) {
    const place = placeOf(deploymentBoundaries(), form.lat, form.lng);
    // Swapped coordinates are always a typing error; a point elsewhere may be real once checked.
    const confirmed = place.kind === 'outside' && values.confirm_outside === 'on';
    const placeProblem = confirmed ? null : locationProblem(place, settings.regionName);
    if (placeProblem) {
      errors.lat = placeProblem;
    }
    // The official boundaries fill in the district and village that staff left empty. A district
    // that staff chose and that differs from the point's is kept as chosen, without a village.
    if (place.kind === 'inside' && form.village_code === null) {
      const pointDistrict = place.district?.code ?? null;
      if (form.district_code === null || form.district_code === pointDistrict) {
        form.district_code = pointDistrict ?? form.district_code;
        form.village_code = place.village?.code ?? null;
      }
    }
  }
  if (Object.keys(errors).length > 0) {
    return { kind: 'rejected', errors };
  }

  try {
    const once = await runOnce(db, values[FORM_TOKEN_FIELD], user.id, async (tx) => {
      const created = await logComplaint(
        tx as unknown as Database,
        {
          channel: form.channel,
          receivedAt,
          reporterName: form.reporter_name,
          reporterContact: form.reporter_contact,
          originalText: form.original_text,
          categoryId: form.category_id!,
          districtCode: form.district_code,
          villageCode: form.village_code,
          lat: form.lat,
          lng: form.lng,
          summary: form.summary,
          confidential: form.confidential,
        },
        { staffId: user.id },
        { prefix: settings.ticketPrefix },
      );
      await recordAudit(tx, {
        action: 'complaint_logged',
        staffId: user.id,
        targetType: 'complaint',
        targetId: created.id,
        detail: { ticket: created.ticket, channel: form.channel },
        clientAddress,
      });
      return `/staf/aduan/${created.id}/?dicatat=1`;
    });
    return { kind: 'done', path: once.path };
  } catch (error) {
    if (error instanceof ValidationError) {
      return { kind: 'rejected', errors: error.fieldErrors };
    }
    throw error;
  }
}
