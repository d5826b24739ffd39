import type { APIRoute } from 'astro';
import { SESSION_COOKIE, deleteSession } from '../../server/auth/session.ts';
import { database } from '../../server/db.ts';

export const prerender = false;

/** End the session on the server and clear the cookie. */
export const POST: APIRoute = async ({ cookies, redirect }) => {
  const token = cookies.get(SESSION_COOKIE)?.value;
  if (token) {
    await deleteSession(await database(), token);
  }
  cookies.delete(SESSION_COOKIE, { path: '/' });
  return redirect('/staf/masuk/?keluar=1', 303);
};

export const GET: APIRoute = ({ redirect }) => redirect('/staf/', 303);
