/**
 * Address of the client that sent the request, for the audit log, or null when Astro has none.
 * Astro 7.4 takes the first X-Forwarded-For value when the Host header is an allowed host; the
 * server wrapper (src/cli/serve.ts) removes forwarding headers from every request that does
 * not come from a proxy listed in TRUSTED_PROXIES, so the value is the socket address or what a
 * trusted proxy wrote.
 */
export function clientAddressOf(context: { clientAddress: string }): string | null {
  try {
    return context.clientAddress || null;
  } catch {
    // Astro throws when the adapter gave no address, e.g. for prerendered pages.
    return null;
  }
}
