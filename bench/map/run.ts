/**
 * `npm run bench:map`: loads 100,000 synthetic complaint points into Leaflet in headless
 * Chromium, once with the product's supercluster layer and once with Leaflet.markercluster, and
 * prints for each the median of several runs:
 *
 * - data arrival to first render: from the last byte of the data file to the first frame with
 *   every cluster drawn (parse and decode of the JSON included);
 * - data arrival to interactive: the same, plus one zoom-in and the frame that shows it;
 * - JS heap after a garbage collection, with the map shown;
 * - frame times while the map is dragged with the mouse, the re-render at the end included.
 *
 * The pages are built with esbuild into a temporary folder and served on 127.0.0.1; nothing is
 * fetched from elsewhere (map tiles are blocked). Options: --points N, --runs N.
 */

import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { readDistrictBoundaries } from '../../src/server/boundaries.ts';
import { asGeoJson, generateMapData } from './generate-points.ts';

/** Pages measured: the portal's map script, then each clustering library on its own. */
const PAGES = ['portal-page', 'supercluster', 'markercluster'] as const;
type BenchPage = (typeof PAGES)[number];

const PAGE_BODIES: Record<BenchPage, string> = {
  'portal-page':
    '<complaint-map data-source="/data/peta.json" data-districts="/data/wilayah-kecamatan.geojson" data-tile-url="https://tile.invalid/{z}/{x}/{y}.png" ' +
    'data-center="-6.745,111.04" data-zoom="11" data-max-zoom="19" data-list-limit="100">' +
    '<div class="map-canvas" id="map"></div><ul class="district-legend"></ul></complaint-map>' +
    '<p class="complaint-list-summary"></p><table class="complaint-list"><tbody></tbody></table>',
  supercluster: '<div id="map"></div>',
  markercluster: '<div id="map"></div>',
};

interface RunResult {
  firstRenderMs: number;
  interactiveMs: number;
  parseMs: number;
  heapMb: number;
  frames: { median: number; p95: number; max: number; count: number };
}

// A string, not a function: tsx would wrap a named inner function with a helper the page lacks.
const RECORD_FRAMES = `
  window.frameTimes = [];
  window.recording = true;
  let last = performance.now();
  const tick = (now) => {
    window.frameTimes.push(now - last);
    last = now;
    if (window.recording) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
`;

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index === -1 ? fallback : Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`--${name} must be a whole number above 0, got ${process.argv[index + 1]}`);
  }
  return value;
}

async function buildPages(outDir: string): Promise<void> {
  await build({
    entryPoints: PAGES.map((name) => path.join(import.meta.dirname, 'page', `${name}.ts`)),
    outdir: outDir,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    loader: { '.png': 'dataurl' },
    logLevel: 'warning',
  });
  for (const name of PAGES) {
    fs.writeFileSync(
      path.join(outDir, `${name}.html`),
      `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${name}</title>` +
        `<link rel="stylesheet" href="/${name}.css"><style>html,body{margin:0}#map{width:1280px;height:800px}</style></head>` +
        `<body>${PAGE_BODIES[name]}<script type="module" src="/${name}.js"></script></body></html>`,
    );
  }
}

function serve(directory: string): Promise<{ url: string; close: () => Promise<void> }> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
  const server = http.createServer((request, response) => {
    const file = path.join(directory, path.normalize(new URL(request.url ?? '/', 'http://127.0.0.1').pathname));
    if (!file.startsWith(directory) || !fs.existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

async function runOnce(browser: Browser, baseUrl: string, name: BenchPage): Promise<RunResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.route('**/*', (route) => (new URL(route.request().url()).host === new URL(baseUrl).host ? route.continue() : route.abort()));
  const page = await context.newPage();
  page.setDefaultTimeout(300_000);
  await page.goto(`${baseUrl}/${name}.html`);
  const load = await page.evaluate(() => window.benchLoad);

  const heapMb = await page.evaluate(() => {
    (window as unknown as { gc: () => void }).gc();
    return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize / 1024 / 1024;
  });

  // Drag the map 300 pixels in 30 steps, recording every frame until the drag's re-render is drawn.
  await page.evaluate(RECORD_FRAMES);
  await page.mouse.move(640, 400);
  await page.mouse.down();
  for (let step = 1; step <= 30; step += 1) {
    await page.mouse.move(640 - step * 10, 400 - step * 5);
  }
  await page.mouse.up();
  await page.waitForTimeout(500);
  const frameTimes = await page.evaluate(() => {
    const record = window as unknown as { frameTimes: number[]; recording: boolean };
    record.recording = false;
    return record.frameTimes.slice(1);
  });
  await context.close();

  const sorted = [...frameTimes].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
  return {
    firstRenderMs: load.firstRenderMs,
    interactiveMs: load.interactiveMs,
    parseMs: load.parseMs,
    heapMb,
    frames: { median: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? 0, count: sorted.length },
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function main(): Promise<void> {
  const points = option('points', 100_000);
  const runs = option('runs', 5);
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'aduan-bench-map-'));
  try {
    const data = generateMapData(points);
    const json = JSON.stringify(data);
    fs.writeFileSync(path.join(directory, 'points.json'), json);
    fs.mkdirSync(path.join(directory, 'data'));
    fs.writeFileSync(path.join(directory, 'data', 'peta.json'), json);
    const districts = readDistrictBoundaries('db/seed/deployments/pati');
    fs.writeFileSync(path.join(directory, 'data', 'wilayah-kecamatan.geojson'), JSON.stringify(districts));
    const geojsonBytes = Buffer.byteLength(asGeoJson(data));
    await buildPages(directory);
    const server = await serve(directory);
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
    });

    const gzipBytes = gzipSync(json).length;
    console.log(
      `${points} points, ${runs} runs each; map data ${(json.length / 1e6).toFixed(1)} MB (${(gzipBytes / 1e6).toFixed(1)} MB gzip), ` +
        `as GeoJSON ${(geojsonBytes / 1e6).toFixed(1)} MB`,
    );
    console.log(`${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; Chromium ${browser.version()}`);
    console.log('| page | arrival → first render (ms) | arrival → interactive (ms) | of which parse (ms) | JS heap (MB) | drag frames: median / p95 / max (ms) |');
    console.log('| --- | ---: | ---: | ---: | ---: | --- |');
    for (const name of PAGES) {
      const results: RunResult[] = [];
      for (let run = 0; run < runs; run += 1) {
        results.push(await runOnce(browser, server.url, name));
      }
      const pick = (value: (result: RunResult) => number) => {
        const middle = median(results.map(value));
        return Number.isNaN(middle) ? '–' : middle.toFixed(0);
      };
      console.log(
        `| ${name} | ${pick((r) => r.firstRenderMs)} | ${pick((r) => r.interactiveMs)} | ${pick((r) => r.parseMs)} | ` +
          `${pick((r) => r.heapMb)} | ${pick((r) => r.frames.median)} / ${pick((r) => r.frames.p95)} / ${pick((r) => r.frames.max)} |`,
      );
    }
    await browser.close();
    await server.close();
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }
}

await main();
