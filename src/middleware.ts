import { STATUS_CODES } from 'node:http';
import { defineMiddleware } from 'astro:middleware';
import { OPEN_STAFF_PATHS } from './server/auth/guards.ts';
import { SESSION_COOKIE, findSessionUser } from './server/auth/session.ts';
import { database } from './server/db.ts';
import { errorReference, isDatabaseUnavailable } from './server/errors.ts';
import { logger } from './server/log.ts';

const log = logger('http');

/**
 * Resolve the staff session for /staf pages and send visitors without one to the sign-in page;
 * set caching headers on server-rendered responses.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.user = null;
  if (context.isPrerendered) {
    return next();
  }

  const path = context.url.pathname;
  const isStaffPath = path === '/staf' || path.startsWith('/staf/');
  if (isStaffPath) {
    const token = context.cookies.get(SESSION_COOKIE)?.value;
    if (token) {
      try {
        context.locals.user = await findSessionUser(await database(), token);
      } catch (error) {
        if (!isDatabaseUnavailable(error)) {
          throw error;
        }
        const reference = errorReference();
        log.error({ err: error, reference }, 'database unavailable while reading the session');
        return staffUnavailable(reference);
      }
    }
    const isOpen = OPEN_STAFF_PATHS.some((open) => path === open || path.startsWith(`${open}/`));
    if (!context.locals.user && !isOpen) {
      const back = encodeURIComponent(`${path}${context.url.search}`);
      return context.redirect(`/staf/masuk/?kembali=${back}`, 303);
    }
  }

  let rendered: Response;
  try {
    rendered = await next();
  } catch (error) {
    // A staff page that reaches the database after the session check, such as a sign-in.
    if (!isStaffPath || !isDatabaseUnavailable(error)) {
      throw error;
    }
    const reference = errorReference();
    log.error({ err: error, reference, path }, 'database unavailable while rendering a staff page');
    return staffUnavailable(reference);
  }
  const response = withStatusText(rendered);
  if (response.headers.get('Content-Type') === 'text/html') {
    response.headers.set('Content-Type', 'text/html; charset=utf-8');
  }
  if (isStaffPath || path.startsWith('/api/')) {
    response.headers.set('Cache-Control', 'no-store');
  } else if (path.startsWith('/lacak')) {
    response.headers.set('Cache-Control', 'no-cache');
  }
  return response;
});

/** Give responses with an error status the standard reason phrase; Astro leaves "OK" there. */
function withStatusText(response: Response): Response {
  const reason = STATUS_CODES[response.status];
  if (response.status === 200 || !reason || response.statusText === reason) {
    return response;
  }
  return new Response(response.body, { status: response.status, statusText: reason, headers: response.headers });
}

function staffUnavailable(reference: string): Response {
  const body = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Layanan tidak tersedia</title></head>
<body><main><h1>Ruang petugas sedang tidak tersedia</h1>
<p>Basis data tidak dapat dihubungi. Tidak ada data yang hilang; coba muat ulang halaman ini dalam beberapa menit.
Bila gangguan berlanjut, sampaikan kode <strong>${reference}</strong> kepada pengelola sistem.</p>
<p><a href="/">Kembali ke portal publik</a></p></main></body></html>`;
  return new Response(body, {
    status: 503,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': '30' },
  });
}
