/** Names shared by the launcher (src/cli/serve.ts) and the server bundle. */

/** Environment variable holding the token that local commands send to the internal API. */
export const INTERNAL_TOKEN_VARIABLE = 'ADUAN_INTERNAL_TOKEN';

/** Global function the bundle registers so that the launcher can close the database on shutdown. */
export const SHUTDOWN_HOOK = Symbol.for('aduan-terbuka.close-database');

/** Headers on every response, static files included. */
export const BASE_SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
};
