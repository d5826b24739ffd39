/** Names shared by the launcher (src/cli/serve.ts) and the server bundle. */

/** Environment variable holding the token that local commands send to the internal API. */
export const INTERNAL_TOKEN_VARIABLE = 'ADUAN_INTERNAL_TOKEN';

/**
 * Global database handle that the launcher opened for migrations and the start-up publish. The
 * bundle uses it instead of opening its own, so one PGlite instance keeps the data directory
 * locked from start to stop.
 */
export const OPEN_DATABASE_HOOK = Symbol.for('aduan-terbuka.open-database');

/** Headers on every response, static files included. */
export const BASE_SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
};
