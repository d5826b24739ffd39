/** Classification of server errors for the pages that show them. */

const CONNECTION_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  '57P01',
  '57P02',
  '57P03',
  '08006',
  '08001',
  '08003',
]);

/** True when `error` means the database cannot be reached right now (as opposed to a bad query). */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current: unknown = error; current; current = (current as { cause?: unknown }).cause) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && CONNECTION_ERROR_CODES.has(code)) {
      return true;
    }
    if (current instanceof AggregateError && current.errors.some(isDatabaseUnavailable)) {
      return true;
    }
  }
  return false;
}

/** A short reference code shown on error pages and written to the log with the cause. */
export function errorReference(): string {
  return Math.random().toString(36).slice(2, 8).toUpperCase();
}

/**
 * True when `error` is PostgreSQL's unique violation (SQLSTATE 23505), optionally on the named
 * constraint. Drizzle wraps driver errors, so the cause chain is searched.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  for (let current: unknown = error; current; current = (current as { cause?: unknown }).cause) {
    const {
      code,
      constraint: name,
      constraint_name: postgresName,
    } = current as {
      code?: unknown;
      constraint?: unknown;
      constraint_name?: unknown;
    };
    if (code === '23505') {
      return constraint === undefined || name === constraint || postgresName === constraint;
    }
  }
  return false;
}
