/**
 * `npm run import -- <file.csv|file.xlsx> [--dry-run] [--as <username>]`
 * Import complaints from Diskominfo's spreadsheet (layout in docs/impor.md), all or nothing.
 */

import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { staff } from '../../db/schema/index.ts';
import { formatNumber } from '../domain/format.ts';
import { describeRowProblem } from '../domain/import/problems.ts';
import { MAX_IMPORT_BYTES } from '../server/import/limits.ts';
import { loadDeploymentSettings } from '../server/reference-data.ts';
import { hasProblems, reportLines, summaryLine, type ImportReport } from '../server/import/report.ts';
import { dryRunImport, importSpreadsheet } from '../server/import/run-import.ts';
import { fail, loadConfigOrExit, openMigratedDatabase, say } from './shared.ts';

const usage = `Cara pakai:
  npm run import -- <berkas.csv|berkas.xlsx> [--dry-run] [--as <nama pengguna>]

Membaca aduan dari lembar kerja (CSV atau XLSX) dengan susunan kolom yang dijelaskan di
docs/impor.md, lalu mencatat semuanya sekaligus: bila satu baris saja bermasalah, tidak ada
yang disimpan. Baris yang sudah pernah diimpor dilewati, sehingga berkas yang sama aman
diimpor ulang.

  --dry-run   hanya memeriksa berkas dan melaporkan setiap masalah; tidak ada yang disimpan
  --as        nama pengguna admin atau verifikator yang dicatat sebagai pelaku impor;
              tanpa ini, riwayat aduan mencatat "sistem"

Dengan basis data bawaan (PGlite), perintah ini tidak dapat berjalan selama server berjalan:
hentikan server terlebih dahulu, atau unggah berkas di halaman Impor ruang petugas
(/staf/admin/impor/).`;

/** Progress is printed after every this many complaints. */
const PROGRESS_EVERY = 25;

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean' }, as: { type: 'string' }, help: { type: 'boolean' } },
  });
} catch (error) {
  fail(`${(error as Error).message}\n\n${usage}`);
}
if (parsed.values.help) {
  say(usage);
  process.exit(0);
}
if (parsed.positionals.length !== 1) {
  fail(`sebutkan tepat satu berkas CSV atau XLSX.\n\n${usage}`);
}

const filePath = path.resolve(parsed.positionals[0]!);
const file = { name: path.basename(filePath), bytes: readFileOrExit(filePath) };
const config = loadConfigOrExit();
const handle = await openMigratedDatabase(config);
let report: ImportReport;
try {
  await assertReferenceData(handle.db);
  const actor = { staffId: parsed.values.as ? await staffIdOf(handle.db, parsed.values.as) : null };
  say(`Memeriksa ${file.name}…`);
  report = parsed.values['dry-run']
    ? await dryRunImport(handle.db, file, actor)
    : await importSpreadsheet(handle.db, file, { actor, onProgress: printProgress });
} finally {
  await handle.close();
}

for (const line of reportLines(report)) {
  say(line);
}
say(summaryLine(report));
if (hasProblems(report)) {
  const count = formatNumber(report.fileProblems.length + report.rowProblems.length);
  const first = report.fileProblems[0] ?? describeRowProblem(report.rowProblems[0]!);
  const outcome = parsed.values['dry-run'] ? `berkas memuat ${count} masalah` : `impor dibatalkan karena berkas memuat ${count} masalah; tidak ada yang disimpan`;
  fail(`${outcome}. Yang pertama: ${first}\nPerbaiki lembar kerja, lalu jalankan perintah ini lagi.`);
}
if (parsed.values['dry-run']) {
  say('Pemeriksaan selesai tanpa masalah; tidak ada yang disimpan. Jalankan lagi tanpa --dry-run untuk mengimpor.');
} else {
  say(`Selesai: ${formatNumber(report.created.length)} aduan baru dicatat, ${formatNumber(report.skipped.length)} baris dilewati.`);
}

function readFileOrExit(file: string): Uint8Array {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    fail(`berkas ${file} tidak ditemukan.`);
  }
  if (size > MAX_IMPORT_BYTES) {
    fail(`berkas ${file} lebih besar dari ${formatNumber(MAX_IMPORT_BYTES / 1_000_000)} MB; bagi menjadi beberapa berkas.`);
  }
  return fs.readFileSync(file);
}

/** Stop with advice when the database lacks the deployment settings that `npm start` loads. */
async function assertReferenceData(db: Database): Promise<void> {
  try {
    await loadDeploymentSettings(db);
  } catch {
    await handle.close();
    fail('basis data belum berisi pengaturan dan data rujukan wilayah. Jalankan `npm start` sekali, lalu ulangi impor.');
  }
}

/** Id of the active admin or verifier named by --as. */
async function staffIdOf(db: Database, username: string): Promise<number> {
  const [member] = await db
    .select({ id: staff.id })
    .from(staff)
    .where(
      and(eq(staff.username, username.trim().toLowerCase()), eq(staff.active, true), inArray(staff.role, ['admin', 'verifier'])),
    );
  if (!member) {
    await handle.close();
    fail(`--as ${username}: tidak ada admin atau verifikator aktif dengan nama pengguna itu.`);
  }
  return member.id;
}

function printProgress(done: number, total: number): void {
  if (done % PROGRESS_EVERY === 0 || done === total) {
    say(`Mengimpor: ${formatNumber(done)} dari ${formatNumber(total)} aduan…`);
  }
}
