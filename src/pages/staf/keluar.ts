import type { APIRoute } from 'astro';
import { SESSION_COOKIE } from '../../server/auth/session.ts';
import { endAllSessions, endSession } from '../../server/auth/sign-in-audit.ts';
import { clientAddressOf } from '../../server/client-address.ts';
import { database } from '../../server/db.ts';
import { formValues } from '../../server/forms.ts';

export const prerender = false;

/**
 * End the session on the server and clear the cookie. With `semua=1` in the form, end every
 * session of the signed-in staff member, on all devices.
 */
export const POST: APIRoute = async (context) => {
  const { cookies, locals, redirect, request } = context;
  const everywhere = (await formValues(request))?.semua === '1';
  const token = cookies.get(SESSION_COOKIE)?.value;
  const db = await database();
  if (everywhere && locals.user) {
    await endAllSessions(db, locals.user, clientAddressOf(context));
  } else if (token) {
    await endSession(db, token, locals.user, clientAddressOf(context));
  }
  cookies.delete(SESSION_COOKIE, { path: '/' });
  return redirect(`/staf/masuk/?keluar=${everywhere && locals.user ? 'semua' : '1'}`, 303);
};

export const GET: APIRoute = ({ redirect }) => redirect('/staf/', 303);
