import type { APIRoute } from 'astro';
import { SESSION_COOKIE } from '../../server/auth/session.ts';
import { endSession } from '../../server/auth/sign-in-audit.ts';
import { clientAddressOf } from '../../server/client-address.ts';
import { database } from '../../server/db.ts';

export const prerender = false;

/** End the session on the server and clear the cookie. */
export const POST: APIRoute = async (context) => {
  const { cookies, locals, redirect } = context;
  const token = cookies.get(SESSION_COOKIE)?.value;
  if (token) {
    await endSession(await database(), token, locals.user, clientAddressOf(context));
  }
  cookies.delete(SESSION_COOKIE, { path: '/' });
  return redirect('/staf/masuk/?keluar=1', 303);
};

export const GET: APIRoute = ({ redirect }) => redirect('/staf/', 303);
