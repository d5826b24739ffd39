/**
 * Address of the client that sent the request, for the audit log, or null when Astro has none.
 *
 * NOTE: Astro 7.4 (`createRequestFromNodeRequest`) takes the first X-Forwarded-For value instead
 * of the socket address when the Host header matches `security.allowedDomains`, which always
 * lists localhost and 127.0.0.1 here. A client that reaches the server directly can therefore
 * write any address it likes into that header. The recorded address is trustworthy only behind
 * a reverse proxy that replaces the header.
 */
export function clientAddressOf(context: { clientAddress: string }): string | null {
  try {
    return context.clientAddress || null;
  } catch {
    // Astro throws when the adapter gave no address, e.g. for prerendered pages.
    return null;
  }
}
