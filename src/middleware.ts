import { STATUS_CODES } from 'node:http';
import { defineMiddleware } from 'astro:middleware';
import { OPEN_STAFF_PATHS } from './server/auth/guards.ts';
import { SESSION_COOKIE, findSessionUser } from './server/auth/session.ts';
import { database } from './server/db.ts';
import { clientAddressOf } from './server/client-address.ts';
import { errorReference, isDatabaseUnavailable } from './server/errors.ts';
import { liveSettings } from './server/live-settings.ts';
import { logger } from './server/log.ts';
import { contentSecurityPolicy, DATA_FILE_POLICY, isDataFilePath } from './server/runtime.ts';
import { consumeTicketLookup, isTicketLookup } from './server/ticket-lookup-limit.ts';

const log = logger('http');

/**
 * Resolve the staff session for /staf pages and send visitors without one to the sign-in page;
 * limit ticket lookups per client address; set caching and CSP headers on server-rendered
 * responses.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.user = null;
  if (context.isPrerendered) {
    return next();
  }

  const path = context.url.pathname;
  const isStaffPath = path === '/staf' || path.startsWith('/staf/');
  const response = withStatusText(await handle(context, next, path, isStaffPath));
  if (response.headers.get('Content-Type') === 'text/html') {
    response.headers.set('Content-Type', 'text/html; charset=utf-8');
  }
  if (isStaffPath || path.startsWith('/api/')) {
    response.headers.set('Cache-Control', 'no-store');
  } else if (path.startsWith('/lacak') && !response.headers.has('Cache-Control')) {
    response.headers.set('Cache-Control', 'no-cache');
  }
  const policy = isDataFilePath(path) ? DATA_FILE_POLICY : await livePolicy();
  if (policy) {
    response.headers.set('Content-Security-Policy', policy);
  }
  return response;
});

type Context = Parameters<Parameters<typeof defineMiddleware>[0]>[0];
type Next = Parameters<Parameters<typeof defineMiddleware>[0]>[1];

async function handle(context: Context, next: Next, path: string, isStaffPath: boolean): Promise<Response> {
  if (isTicketLookup(context.url)) {
    const retryAfter = await consumeTicketLookup(clientAddressOf(context) ?? 'unknown');
    if (retryAfter !== null) {
      return tooManyLookups(retryAfter);
    }
  }
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
  try {
    return await next();
  } catch (error) {
    // A staff page that reaches the database after the session check, such as a sign-in.
    if (!isStaffPath || !isDatabaseUnavailable(error)) {
      throw error;
    }
    const reference = errorReference();
    log.error({ err: error, reference, path }, 'database unavailable while rendering a staff page');
    return staffUnavailable(reference);
  }
}

/**
 * Build the CSP with the map tile host of the live deployment settings, which the staff location
 * picker uses. Returns null when the settings cannot be read, so the server wrapper's policy stays.
 */
async function livePolicy(): Promise<string | null> {
  try {
    return contentSecurityPolicy([(await liveSettings()).map.tileUrl]);
  } catch {
    return null;
  }
}

function tooManyLookups(retryAfterSeconds: number): Response {
  const body = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Terlalu banyak permintaan</title></head>
<body><main><h1>Terlalu banyak pelacakan</h1>
<p>Alamat Anda telah melacak terlalu banyak nomor tiket dalam satu menit. Tunggu ${retryAfterSeconds} detik, lalu coba lagi.</p>
<p><a href="/">Kembali ke beranda</a></p></main></body></html>`;
  return new Response(body, {
    status: 429,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': String(retryAfterSeconds) },
  });
}

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
