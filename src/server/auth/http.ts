/** Cookie and header handling shared by the pages that sign a staff member in. */

import type { AstroCookies } from 'astro';
import { SESSION_COOKIE } from './session.ts';

/** Set the httpOnly session cookie, marked `Secure` whenever the page was requested over HTTPS. */
export function setSessionCookie(context: { cookies: AstroCookies; url: URL }, session: { token: string; expiresAt: Date }): void {
  context.cookies.set(SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: context.url.protocol === 'https:',
    path: '/',
    expires: session.expiresAt,
  });
}

/** Mark a response as throttled (429 with Retry-After) and return the wait in whole minutes. */
export function markThrottled(response: ResponseInit & { readonly headers: Headers }, retryAfterSeconds: number): number {
  response.status = 429;
  response.headers.set('Retry-After', String(retryAfterSeconds));
  return Math.ceil(retryAfterSeconds / 60);
}
