/**
 * Serve the built portal: static files of the current site and the server-rendered routes,
 * through the standalone handler of @astrojs/node wrapped with the project's own HTTP server
 * (for response headers on every file and a clean shutdown).
 */

import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import compression from 'compression';
import { describePublishSchedule } from '../domain/publish-schedule.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import type { Config } from '../server/config.ts';
import { IMPORT_PAGE_PATH, MAX_IMPORT_BYTES } from '../server/import/limits.ts';
import { logger } from '../server/log.ts';
import { startPublishSchedule, type RunningSchedule } from '../server/publish/scheduler.ts';
import { requestServerPublish } from '../server/publish/server-publish-client.ts';
import { serverEntryPath, siteFolders } from '../server/publish/site-folders.ts';
import { forwardedHeaderProblem, isCrossSiteFormPost, requestOrigin } from '../server/forwarded-headers.ts';
import {
  BASE_SECURITY_HEADERS,
  contentSecurityPolicy,
  DATA_FILE_POLICY,
  INTERNAL_TOKEN_VARIABLE,
  isDataFilePath,
  OPEN_DATABASE_HOOK,
} from '../server/runtime.ts';
import { SNAPSHOT_FILES, type SnapshotMeta } from '../domain/snapshot.ts';
import { fail, projectRoot, say, serverInfoPath, type ServerInfo } from './shared.ts';

type NodeHandler = (request: http.IncomingMessage, response: http.ServerResponse) => void;
type NodeMiddleware = (request: http.IncomingMessage, response: http.ServerResponse, next: () => void) => void;

/** Stop early, before the slow steps of `npm start`, when the port is taken. */
export async function assertPortFree(config: Config): Promise<void> {
  const probe = http.createServer();
  await listenOrFail(probe, config);
  await new Promise((resolve) => probe.close(resolve));
}

export interface ServeOptions {
  /** The deployment's zone, in which the daily times of PUBLISH_SCHEDULE are read. */
  timeZone: string;
  timeZoneLabel: string;
  /** Map tile template of the deployment settings at start-up, allowed as an image source. */
  tileUrl: string;
  /** The open, migrated database; the server uses it and closes it at shutdown. */
  database: DatabaseHandle;
}

export async function serve(config: Config, options: ServeOptions): Promise<void> {
  const token = randomBytes(32).toString('base64url');
  process.env[INTERNAL_TOKEN_VARIABLE] = token;
  process.env.ASTRO_NODE_AUTOSTART = 'disabled';
  (globalThis as Record<symbol, unknown>)[OPEN_DATABASE_HOOK] = options.database;

  const entry = serverEntryPath(siteFolders(projectRoot, config.dataDir));
  const { handler } = (await import(pathToFileURL(entry).href)) as { handler: NodeHandler };
  // gzip or Brotli (quality 4) for every response of 1 kB or more whose type compresses,
  // prerendered pages and assets as well as server-rendered ones. The middleware reads only
  // Node's own request and response members, so it needs no Express objects despite its types.
  const compress = compression() as unknown as NodeMiddleware;

  const publishedTileUrl = publishedTileUrlReader(config);
  const server = http.createServer((request, response) => {
    for (const [name, value] of Object.entries(BASE_SECURITY_HEADERS)) {
      response.setHeader(name, value);
    }
    // Server-rendered pages replace this with the live settings' tile host (src/middleware.ts).
    const pathname = (request.url ?? '/').split('?')[0]!;
    response.setHeader(
      'Content-Security-Policy',
      isDataFilePath(pathname) ? DATA_FILE_POLICY : contentSecurityPolicy([options.tileUrl, publishedTileUrl()]),
    );
    dropUntrustedForwarding(request, config.trustedProxies);
    const problem = requestProblem(request, config);
    if (problem) {
      answerAfterBody(request, () => sendProblem(response, problem));
      return;
    }
    compress(request, response, () => handler(request, response));
  });

  await listenOrFail(server, config);

  const infoPath = serverInfoPath(config);
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`;
  const info: ServerInfo = { pid: process.pid, url, token };
  fs.writeFileSync(infoPath, JSON.stringify(info), { mode: 0o600 });
  say(`Portal berjalan di http://${config.host === '127.0.0.1' ? 'localhost' : config.host}:${config.port}/ (Ctrl+C untuk berhenti)`);
  const schedule = startSchedule(config, options, token);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      return;
    }
    stopping = true;
    say(`\nMenerima ${signal}, menghentikan server…`);
    schedule?.stop();
    server.close();
    server.closeAllConnections();
    await options.database.close().catch(() => undefined);
    fs.rmSync(infoPath, { force: true });
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

/**
 * Start the automatic publish of PUBLISH_SCHEDULE. Each run asks this server over its internal
 * API, so that it publishes with the server's own database connection (the only one PGlite has).
 */
function startSchedule(config: Config, options: ServeOptions, token: string): RunningSchedule | null {
  if (!config.publishSchedule) {
    return null;
  }
  const server = { url: `http://${loopbackHost(config.host)}:${config.port}`, token };
  say(`Penerbitan terjadwal: ${describePublishSchedule(config.publishSchedule, options.timeZoneLabel)}.`);
  return startPublishSchedule({
    schedule: config.publishSchedule,
    timeZone: options.timeZone,
    run: () => requestServerPublish(server, 'schedule'),
    log: logger('schedule'),
  });
}

/** The address at which this machine reaches a server listening on `host`. */
function loopbackHost(host: string): string {
  if (host === '0.0.0.0') {
    return '127.0.0.1';
  }
  if (host === '::') {
    return '[::1]';
  }
  return host.includes(':') ? `[${host}]` : host;
}

/**
 * Remove X-Forwarded-* and Forwarded headers unless the connection comes from a trusted proxy.
 * Astro believes these headers for allowed hosts (client address, host, protocol), so a
 * client talking to the server directly could otherwise claim any address.
 */
function dropUntrustedForwarding(request: http.IncomingMessage, trustedProxies: readonly string[]): void {
  const peer = (request.socket.remoteAddress ?? '').replace(/^::ffff:/, '');
  if (trustedProxies.includes(peer)) {
    return;
  }
  for (const name of Object.keys(request.headers)) {
    if (name.startsWith('x-forwarded-') || name === 'forwarded') {
      delete request.headers[name];
    }
  }
}

/** Largest request body accepted, in bytes; staff forms are a few kilobytes. */
const MAX_BODY_BYTES = 1_000_000;

/** The import page takes a spreadsheet of up to MAX_IMPORT_BYTES, plus room for the multipart framing. */
const MAX_UPLOAD_BODY_BYTES = MAX_IMPORT_BYTES + 100_000;

function maxBodyBytes(url: string): number {
  const pathname = url.split('?')[0]!.replace(/\/+$/, '');
  return pathname === IMPORT_PAGE_PATH ? MAX_UPLOAD_BODY_BYTES : MAX_BODY_BYTES;
}

interface RequestProblem {
  status: number;
  title: string;
  message: string;
}

/**
 * Reject requests the application cannot read or must not act on before they reach it:
 * undecodable addresses, malformed forwarding headers, form posts from another site (Astro
 * rejects those too, but with an English text) and oversized bodies.
 */
function requestProblem(request: http.IncomingMessage, config: Config): RequestProblem | null {
  try {
    decodeURI(request.url ?? '/');
  } catch {
    // The same status as any other address that names no page, path traversal probes included.
    return {
      status: 404,
      title: 'Halaman tidak ditemukan',
      message: 'Alamat halaman memuat karakter yang tidak dapat dibaca. Periksa kembali alamat yang Anda ketik atau salin.',
    };
  }
  const forwardingProblem = forwardedHeaderProblem(request.headers, config.allowedHosts);
  if (forwardingProblem) {
    return {
      status: 400,
      title: 'Permintaan tidak valid',
      message: `${forwardingProblem} Periksa konfigurasi proxy di depan portal.`,
    };
  }
  if (isCrossSiteFormPost(request, requestOrigin(request.headers, config.allowedHosts, config.port))) {
    return {
      status: 403,
      title: 'Formulir ditolak',
      message:
        'Formulir ini dikirim dari situs lain, sehingga ditolak demi keamanan. Buka halaman portal secara langsung, lalu kirim kembali formulirnya.',
    };
  }
  const length = Number(request.headers['content-length'] ?? 0);
  const limit = maxBodyBytes(request.url ?? '/');
  if (length > limit) {
    return {
      status: 413,
      title: 'Kiriman terlalu besar',
      message: `Data yang dikirim lebih dari ${Math.round(limit / 1000)} kB. Perpendek isian atau perkecil berkas, lalu kirim kembali.`,
    };
  }
  return null;
}

/** Maximum body size read and discarded before an error response; a larger body closes the connection. */
const MAX_DISCARDED_BYTES = 32_000_000;

/**
 * Send the response once the client has finished sending, so that it reads the response instead
 * of a reset connection. A client that keeps sending past MAX_DISCARDED_BYTES is cut off.
 */
function answerAfterBody(request: http.IncomingMessage, answer: () => void): void {
  let received = 0;
  request.on('data', (chunk: Buffer) => {
    received += chunk.length;
    if (received > MAX_DISCARDED_BYTES) {
      request.destroy();
    }
  });
  request.once('end', answer);
  request.once('error', () => undefined);
  request.resume();
}

/** Interval between reads of the latest snapshot's link, so that most requests make no system call. */
const SNAPSHOT_CHECK_MS = 1000;

/**
 * Return a reader of the tile template in the latest published snapshot, so that static pages
 * built after an admin changed the map settings may load the new tiles without a restart.
 */
function publishedTileUrlReader(config: Config): () => string {
  const latest = path.join(config.snapshotsDir, 'latest');
  let cached = { target: '', tileUrl: '' };
  let checkedAt = 0;
  return () => {
    const now = Date.now();
    if (now - checkedAt < SNAPSHOT_CHECK_MS) {
      return cached.tileUrl;
    }
    checkedAt = now;
    let target: string;
    try {
      target = fs.readlinkSync(latest);
    } catch {
      cached = { target: '', tileUrl: '' };
      return '';
    }
    if (target !== cached.target) {
      try {
        const meta = JSON.parse(fs.readFileSync(path.join(latest, SNAPSHOT_FILES.meta), 'utf8')) as SnapshotMeta;
        cached = { target, tileUrl: meta.deployment.map.tileUrl };
      } catch (error) {
        logger('serve').warn({ err: error, snapshot: target }, 'map tile address of the latest snapshot unreadable');
        cached = { target, tileUrl: '' };
      }
    }
    return cached.tileUrl;
  };
}

function sendProblem(response: http.ServerResponse, problem: RequestProblem): void {
  const body = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${problem.title}</title></head><body><main><h1>${problem.title}</h1><p>${problem.message}</p><p><a href="/">Kembali ke beranda</a></p></main></body></html>`;
  response.writeHead(problem.status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'close' });
  response.end(body);
}

function listenOrFail(server: http.Server, config: Config): Promise<void> {
  return new Promise<void>((resolve) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        fail(
          `port ${config.port} di ${config.host} sudah dipakai program lain. ` +
            'Hentikan program itu atau pilih port lain, misalnya PORT=4322 npm start.',
        );
      }
      if (error.code === 'EACCES' || error.code === 'EADDRNOTAVAIL') {
        fail(`server tidak dapat mendengarkan di ${config.host}:${config.port} (${error.code}). Periksa HOST dan PORT.`);
      }
      fail(`server tidak dapat dijalankan: ${error.message}`);
    });
    server.listen(config.port, config.host, resolve);
  });
}
