/** Names shared by the launcher (src/cli/serve.ts) and the server bundle. */

/** Environment variable holding the token that local commands send to the internal API. */
export const INTERNAL_TOKEN_VARIABLE = 'ADUAN_INTERNAL_TOKEN';

/**
 * Global database handle that the launcher opened for migrations and the start-up publish. The
 * bundle uses it instead of opening its own, so one PGlite instance keeps the data directory
 * locked from start to stop.
 */
export const OPEN_DATABASE_HOOK = Symbol.for('aduan-terbuka.open-database');

/** Browser features the portal never uses, switched off for every page and any frame in it. */
export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()';

/** Headers on every response, static files included. */
export const BASE_SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': PERMISSIONS_POLICY,
};

/** Policies built so far, keyed by their tile templates, which change only when an admin edits the map settings. */
const builtPolicies = new Map<string, string>();
/** Maximum number of kept policies, so that templates changed many times cannot grow the map. */
const MAX_BUILT_POLICIES = 16;

/**
 * Content-Security-Policy of every response. Scripts and styles come only from the portal's own
 * files (the build inlines none), and images also from the map tile host of `tileUrls`. Each
 * policy is built once, because every response needs one.
 */
export function contentSecurityPolicy(tileUrls: readonly string[]): string {
  const key = tileUrls.join('\n');
  let policy = builtPolicies.get(key);
  if (policy === undefined) {
    if (builtPolicies.size >= MAX_BUILT_POLICIES) {
      builtPolicies.clear();
    }
    policy = buildPolicy(tileUrls);
    builtPolicies.set(key, policy);
  }
  return policy;
}

function buildPolicy(tileUrls: readonly string[]): string {
  const tileSources = [...new Set(tileUrls.map(tileSource).filter((source) => source !== null))];
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    ["img-src 'self' data:", ...tileSources].join(' '),
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Extensions of the data files the site serves (feed, open data): documents without markup of their own. */
const DATA_FILE_EXTENSIONS = /\.(xml|json|geojson|csv)$/i;

/**
 * Content-Security-Policy of a data file such as the Atom feed. Such a file loads nothing and
 * runs nothing, but a browser that shows it (Chromium's XML viewer) draws its view with inline
 * styles and data: images, which the page policy would block.
 */
export const DATA_FILE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'";

/** Returns true for a request path that names a data file rather than a page or an asset of one. */
export function isDataFilePath(pathname: string): boolean {
  return DATA_FILE_EXTENSIONS.test(pathname);
}

/**
 * Return the CSP source of a Leaflet tile template, e.g. https://tile.openstreetmap.org for
 * https://tile.openstreetmap.org/{z}/{x}/{y}.png; a {s} subdomain placeholder becomes `*`.
 * Returns null for a template that names no https host.
 */
export function tileSource(tileUrl: string): string | null {
  const match = /^https:\/\/([^/?#]+)/i.exec(tileUrl);
  if (!match) {
    return null;
  }
  const host = match[1]!.toLowerCase().replace(/^\{s\}\./, '*.');
  return /^(\*\.)?[a-z0-9.-]+(:\d{1,5})?$/.test(host) ? `https://${host}` : null;
}
