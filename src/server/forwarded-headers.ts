/**
 * Checks of the forwarding headers a trusted reverse proxy adds (X-Forwarded-For, -Proto, -Host,
 * -Port and Forwarded, RFC 7239), and the origin a request was sent to, computed the way
 * Astro 7.4 computes `url.origin` for its origin check.
 */

import type http from 'node:http';
import { isIP } from 'node:net';

/** Most addresses accepted in X-Forwarded-For; a longer chain is a forged or looping request. */
export const MAX_FORWARDED_ADDRESSES = 10;

const HOST_PATTERN = /^(?<hostname>[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?)(?::(?<port>\d{1,5}))?$/i;
const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const QUOTED = '"(?:[^"\\\\]|\\\\.)*"';
const FORWARDED_PAIR = new RegExp(`^(${TOKEN})=(${TOKEN}|${QUOTED})$`);
const FORWARDED_PARAMETERS = new Set(['for', 'by', 'host', 'proto']);

/**
 * Return an Indonesian sentence naming the first malformed forwarding header, or null when all
 * of them are well-formed. X-Forwarded-Host must name one of `allowedHosts`.
 */
export function forwardedHeaderProblem(headers: http.IncomingHttpHeaders, allowedHosts: readonly string[]): string | null {
  const forwardedFor = single(headers['x-forwarded-for']);
  if (forwardedFor !== undefined) {
    const addresses = forwardedFor.split(',').map((address) => address.trim());
    if (addresses.length > MAX_FORWARDED_ADDRESSES) {
      return `Header X-Forwarded-For memuat ${addresses.length} alamat; paling banyak ${MAX_FORWARDED_ADDRESSES}.`;
    }
    if (!addresses.every((address) => isIP(address) !== 0)) {
      return 'Header X-Forwarded-For harus berisi alamat IP yang dipisahkan koma.';
    }
  }

  const proto = single(headers['x-forwarded-proto']);
  if (proto !== undefined && proto !== 'http' && proto !== 'https') {
    return 'Header X-Forwarded-Proto harus bernilai http atau https.';
  }

  const host = single(headers['x-forwarded-host']);
  if (host !== undefined && !isAllowedHost(host, allowedHosts)) {
    return 'Header X-Forwarded-Host harus berisi salah satu nama host pada ALLOWED_HOSTS.';
  }

  const port = single(headers['x-forwarded-port']);
  if (port !== undefined && !isPort(port)) {
    return 'Header X-Forwarded-Port harus berupa nomor port antara 1 dan 65535.';
  }

  const forwarded = single(headers.forwarded);
  if (forwarded !== undefined && !isWellFormedForwarded(forwarded)) {
    return 'Header Forwarded tidak sesuai format RFC 7239, misalnya for=192.0.2.60;proto=https;host=contoh.go.id.';
  }
  return null;
}

/** True when `value` is `hostname` or `hostname:port` with a hostname in `allowedHosts`. */
export function isAllowedHost(value: string, allowedHosts: readonly string[]): boolean {
  const match = HOST_PATTERN.exec(value);
  if (!match?.groups) {
    return false;
  }
  const { hostname, port } = match.groups;
  return allowedHosts.includes(hostname!.toLowerCase()) && (port === undefined || isPort(port));
}

/**
 * Compute the origin a browser sent the request to, as Astro 7.4 derives it: X-Forwarded-Proto or http,
 * then X-Forwarded-Host, else an allowed Host header, else localhost with the server's port.
 * Call only after forwardedHeaderProblem found nothing wrong.
 */
export function requestOrigin(headers: http.IncomingHttpHeaders, allowedHosts: readonly string[], serverPort: number): string {
  const protocol = single(headers['x-forwarded-proto']) ?? 'http';
  const host = single(headers['x-forwarded-host']) ?? headers.host;
  const authority = host !== undefined && isAllowedHost(host, allowedHosts) ? host : `localhost:${serverPort}`;
  return new URL(`${protocol}://${authority}`).origin;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const FORM_CONTENT_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

/**
 * True for a form submission from another site, by the rules of Astro's `security.checkOrigin`:
 * an unsafe method with a form content type (or none), and a cross-site Sec-Fetch-Site or an
 * Origin that differs from `origin`.
 */
export function isCrossSiteFormPost(request: http.IncomingMessage, origin: string): boolean {
  if (SAFE_METHODS.has(request.method ?? 'GET')) {
    return false;
  }
  const contentType = (request.headers['content-type'] ?? '').toLowerCase();
  if (contentType !== '' && !FORM_CONTENT_TYPES.some((type) => contentType.includes(type))) {
    return false;
  }
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite === 'same-origin' || fetchSite === 'none') {
    return false;
  }
  if (fetchSite !== undefined && fetchSite !== '') {
    return true;
  }
  const sentOrigin = request.headers.origin;
  return sentOrigin !== undefined && sentOrigin !== origin;
}

/** Read a header as one trimmed string; Node already joins a repeated X-Forwarded-* header with ", ". */
function single(value: string | string[] | undefined): string | undefined {
  if (value === undefined) {
    return undefined;
  }
  return Array.isArray(value) ? value.join(',') : value.trim();
}

function isPort(value: string): boolean {
  const port = Number(value);
  return /^\d{1,5}$/.test(value) && port >= 1 && port <= 65535;
}

/** RFC 7239: elements separated by commas, each a ;-separated list of for/by/host/proto pairs. */
function isWellFormedForwarded(value: string): boolean {
  return value.split(',').every((element) => {
    const pairs = element.trim().split(';').map((pair) => pair.trim());
    return pairs.every((pair) => {
      const match = FORWARDED_PAIR.exec(pair);
      if (!match) {
        return false;
      }
      const name = match[1]!.toLowerCase();
      const raw = match[2]!;
      const parameter = raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, '$1') : raw;
      return FORWARDED_PARAMETERS.has(name) && isValidForwardedValue(name, parameter);
    });
  });
}

function isValidForwardedValue(name: string, value: string): boolean {
  if (name === 'proto') {
    return value === 'http' || value === 'https';
  }
  if (name === 'host') {
    return HOST_PATTERN.test(value);
  }
  // for= and by=: an IPv4 address, a bracketed IPv6 address, "unknown" or an obfuscated _name, each with an optional port.
  const node = /^(?:\[(?<v6>[0-9a-f:.]+)\]|(?<other>[^:[\]]+))(?::(?<port>\d{1,5}|_[A-Za-z0-9._-]+))?$/i.exec(value);
  if (!node?.groups) {
    return false;
  }
  const { v6, other } = node.groups;
  if (v6 !== undefined) {
    return isIP(v6) === 6;
  }
  return isIP(other!) === 4 || other === 'unknown' || /^_[A-Za-z0-9._-]+$/.test(other!);
}
