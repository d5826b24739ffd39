/**
 * Limit of ticket lookups per client address, so that no client can walk the ticket space by
 * guessing codes. The counters live in this process's memory.
 *
 * NOTE: several server instances behind a load balancer each count on their own, so a client
 * gets up to TICKET_LOOKUPS_PER_MINUTE times the number of instances.
 */

import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { config } from './config.ts';

let limiter: RateLimiterMemory | undefined;

/**
 * Count one lookup by `clientAddress`. Returns null while the client is within the limit, or the
 * whole seconds until it may look up again.
 */
export async function consumeTicketLookup(clientAddress: string): Promise<number | null> {
  limiter ??= new RateLimiterMemory({ points: config().ticketLookupsPerMinute, duration: 60 });
  try {
    await limiter.consume(clientAddress);
    return null;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    }
    throw rejection;
  }
}

/**
 * True for requests that read a ticket from the database: /lacak/<ticket>. The form at
 * /lacak/?tiket= only redirects there, so it is not counted twice.
 */
export function isTicketLookup(url: URL): boolean {
  return /^\/lacak\/[^/]+/.test(url.pathname);
}
