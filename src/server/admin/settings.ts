/** Saving the deployment settings from the admin's settings page. */

import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { deploymentSettings } from '../../../db/schema/index.ts';
import type { FieldChange } from '../../domain/audit.ts';
import type { DeploymentSettings } from '../../domain/deployment.ts';
import { recordAudit } from '../audit.ts';
import { loadDeploymentSettings } from '../reference-data.ts';
import { fieldChanges, hasChanges, type Actor } from './changes.ts';

/**
 * Store validated settings with an audit entry listing each changed field with its old and new
 * value, and return those changes (none when nothing differs, and then nothing is written). The
 * caller clears the cached settings of the running server (`clearLiveSettings`).
 */
export async function saveDeploymentSettings(
  db: Database,
  settings: DeploymentSettings,
  actor: Actor,
): Promise<Record<string, FieldChange>> {
  return db.transaction(async (tx) => {
    await tx.select({ id: deploymentSettings.id }).from(deploymentSettings).where(eq(deploymentSettings.id, 1)).for('update');
    const current = await loadDeploymentSettings(tx);
    const changes = fieldChanges(flattenSettings(current), flattenSettings(settings));
    if (!hasChanges(changes)) {
      return changes;
    }
    await tx.update(deploymentSettings).set({ settings, updatedAt: new Date() }).where(eq(deploymentSettings.id, 1));
    await recordAudit(tx, {
      action: 'settings_saved',
      staffId: actor.staffId,
      targetType: 'settings',
      detail: { changes },
      clientAddress: actor.clientAddress,
    });
    return changes;
  });
}

/** Settings as one level of dotted paths ("map.zoom"); lists such as the contacts stay whole. */
function flattenSettings(settings: DeploymentSettings): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(settings)) {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [field, fieldValue] of Object.entries(value)) {
        flat[`${key}.${field}`] = fieldValue;
      }
    } else {
      flat[key] = value;
    }
  }
  return flat;
}
