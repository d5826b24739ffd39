import type http from 'node:http';
import { describe, expect, it } from 'vitest';
import { forwardedHeaderProblem, isCrossSiteFormPost, requestOrigin } from '../../src/server/forwarded-headers.ts';
import { contentSecurityPolicy, DATA_FILE_POLICY, isDataFilePath, tileSource } from '../../src/server/runtime.ts';

const ALLOWED = ['localhost', '127.0.0.1', 'aduan.example.go.id'];

describe('forwardedHeaderProblem', () => {
  const WELL_FORMED: http.IncomingHttpHeaders[] = [
    {},
    { 'x-forwarded-for': '203.0.113.5' },
    { 'x-forwarded-for': '203.0.113.5, 2001:db8::1' },
    { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'aduan.example.go.id', 'x-forwarded-port': '443' },
    { 'x-forwarded-host': 'Aduan.Example.go.id:8443' },
    { forwarded: 'for=192.0.2.60;proto=http;by=203.0.113.43' },
    { forwarded: 'for="[2001:db8:cafe::17]:4711", for=unknown' },
    { forwarded: 'For=_hidden;Host=aduan.example.go.id' },
  ];
  const MALFORMED: [string, http.IncomingHttpHeaders, RegExp][] = [
    ['name as address', { 'x-forwarded-for': 'proxy.example' }, /X-Forwarded-For/],
    ['empty entry', { 'x-forwarded-for': '203.0.113.5,,10.0.0.1' }, /X-Forwarded-For/],
    ['11 addresses', { 'x-forwarded-for': Array(11).fill('10.0.0.1').join(',') }, /11 alamat/],
    ['ftp', { 'x-forwarded-proto': 'ftp' }, /X-Forwarded-Proto/],
    ['two protocols', { 'x-forwarded-proto': 'https, http' }, /X-Forwarded-Proto/],
    ['other host', { 'x-forwarded-host': 'evil.example' }, /ALLOWED_HOSTS/],
    ['host with path', { 'x-forwarded-host': 'aduan.example.go.id/staf' }, /ALLOWED_HOSTS/],
    ['host with user', { 'x-forwarded-host': 'x@aduan.example.go.id' }, /ALLOWED_HOSTS/],
    ['port zero', { 'x-forwarded-port': '0' }, /X-Forwarded-Port/],
    ['empty for', { forwarded: 'for=' }, /Forwarded/],
    ['unknown parameter', { forwarded: 'via=192.0.2.1' }, /Forwarded/],
    ['unquoted IPv6', { forwarded: 'for=[2001:db8::1' }, /Forwarded/],
    ['bad proto', { forwarded: 'proto=gopher' }, /Forwarded/],
  ];

  for (const [index, headers] of WELL_FORMED.entries()) {
    it(`accepts well-formed case ${index}`, () => {
      expect(forwardedHeaderProblem(headers, ALLOWED)).toBeNull();
    });
  }
  for (const [label, headers, message] of MALFORMED) {
    it(`rejects ${label}`, () => {
      expect(forwardedHeaderProblem(headers, ALLOWED)).toMatch(message);
    });
  }
});

describe('requestOrigin', () => {
  it('uses the forwarded protocol and host', () => {
    const headers = { host: '127.0.0.1:4321', 'x-forwarded-host': 'aduan.example.go.id', 'x-forwarded-proto': 'https' };
    expect(requestOrigin(headers, ALLOWED, 4321)).toBe('https://aduan.example.go.id');
  });

  it('falls back to localhost for an unknown host', () => {
    expect(requestOrigin({ host: 'evil.example' }, ALLOWED, 4321)).toBe('http://localhost:4321');
  });
});

describe('isCrossSiteFormPost', () => {
  const post = (headers: http.IncomingHttpHeaders, method = 'POST') => ({ method, headers }) as http.IncomingMessage;
  const ORIGIN = 'https://aduan.example.go.id';
  const FORM = 'application/x-www-form-urlencoded';

  it('accepts the same origin', () => {
    expect(isCrossSiteFormPost(post({ origin: ORIGIN, 'content-type': FORM }), ORIGIN)).toBe(false);
  });

  it('rejects another origin', () => {
    expect(isCrossSiteFormPost(post({ origin: 'https://evil.example', 'content-type': FORM }), ORIGIN)).toBe(true);
  });

  it('rejects a cross-site fetch', () => {
    expect(isCrossSiteFormPost(post({ 'sec-fetch-site': 'cross-site', 'content-type': 'multipart/form-data; boundary=x' }), ORIGIN)).toBe(true);
  });

  it('ignores safe methods and JSON', () => {
    expect(isCrossSiteFormPost(post({ origin: 'https://evil.example' }, 'GET'), ORIGIN)).toBe(false);
    expect(isCrossSiteFormPost(post({ origin: 'https://evil.example', 'content-type': 'application/json' }), ORIGIN)).toBe(false);
  });
});

describe('contentSecurityPolicy', () => {
  it('allows the tile host as an image source', () => {
    const policy = contentSecurityPolicy(['https://tile.openstreetmap.org/{z}/{x}/{y}.png', 'https://{s}.tiles.example.id/{z}/{x}/{y}.png']);
    expect(policy).toContain("img-src 'self' data: https://tile.openstreetmap.org https://*.tiles.example.id;");
    expect(policy).not.toContain('unsafe');
  });

  it('drops templates without an https host', () => {
    expect(tileSource('http://tile.example.id/{z}/{x}/{y}.png')).toBeNull();
    expect(tileSource("https://tile.example.id;script-src *")).toBeNull();
    expect(tileSource('')).toBeNull();
  });
});

describe('data file policy', () => {
  it('applies to feed and open data', () => {
    for (const path of ['/aduan-selesai.xml', '/data/aduan.json', '/data/aduan.geojson', '/data/periode/2022-09/aduan.csv', '/staf/ekspor.csv']) {
      expect(isDataFilePath(path), path).toBe(true);
    }
  });

  it('leaves pages and assets alone', () => {
    for (const path of ['/', '/statistik/', '/lacak/LBP-7K3M2-Q9XW2', '/_astro/peta.js', '/_astro/global.css', '/data/']) {
      expect(isDataFilePath(path), path).toBe(false);
    }
  });

  it('allows no script or source', () => {
    expect(DATA_FILE_POLICY).toContain("default-src 'none'");
    expect(DATA_FILE_POLICY).not.toContain('script-src');
    expect(DATA_FILE_POLICY).toContain("frame-ancestors 'none'");
  });
});
