import type { AstroGlobal } from 'astro';
import type { StaffRole } from '../../domain/roles.ts';
import type { SessionUser } from './session.ts';

/** Page shown with status 403 in place of an admin page to staff of every other role. */
export const ADMIN_ONLY_PAGE = '/staf/terlarang/';

/** Paths under /staf that are open without a session. */
export const OPEN_STAFF_PATHS = ['/staf/masuk', '/staf/keluar'];

/**
 * Return the path to go back to after signing in when it is a local staff path. Anything else
 * (other sites, protocol-relative `//host`, dot segments that climb out of /staf, backslashes)
 * falls back to the staff home. The check runs on the normalised path, as a browser would
 * resolve it.
 */
export function safeReturnPath(value: string | null | undefined): string {
  const fallback = '/staf/';
  if (!value || !value.startsWith('/') || /[\\\u0000-\u001f\u007f]/.test(value)) {
    return fallback;
  }
  let url: URL;
  try {
    url = new URL(value, 'http://localhost');
  } catch {
    return fallback;
  }
  const path = url.pathname;
  const isStaffPath = path === '/staf' || path.startsWith('/staf/');
  if (url.origin !== 'http://localhost' || !isStaffPath || path.includes('//')) {
    return fallback;
  }
  return `${path}${url.search}`;
}

/** Return the signed-in user. The middleware has already sent everyone else to the sign-in page. */
export function requireUser(astro: AstroGlobal): SessionUser {
  const user = astro.locals.user;
  if (!user) {
    throw new Error('requireUser called on a page the middleware does not protect.');
  }
  return user;
}

/** Return the user when their role is one of `roles`, otherwise null (the page then responds 403). */
export function userWithRole(astro: AstroGlobal, roles: readonly StaffRole[]): SessionUser | null {
  const user = requireUser(astro);
  return roles.includes(user.role) ? user : null;
}
