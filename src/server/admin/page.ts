import type { AstroGlobal } from 'astro';
import { userWithRole } from '../auth/guards.ts';
import { clientAddressOf } from '../client-address.ts';
import { database } from '../db.ts';
import { liveSettings } from '../live-settings.ts';

/**
 * Return what every admin page needs when the signed-in user is an admin: the user, the
 * settings, the database and the actor for audit entries. Return null for every other role;
 * the page then renders ADMIN_ONLY_PAGE in place of its own, for GET and POST alike.
 */
export async function adminPage(astro: AstroGlobal) {
  const admin = userWithRole(astro, ['admin']);
  if (!admin) {
    return null;
  }
  return {
    admin,
    settings: await liveSettings(),
    db: await database(),
    actor: { staffId: admin.id, clientAddress: clientAddressOf(astro) },
  };
}
