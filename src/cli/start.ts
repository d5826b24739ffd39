/**
 * `npm start`: prepare the database (migrations, reference data, demo data on an empty
 * database, a first admin account), publish the static portal, and serve everything.
 */

import fs from 'node:fs';
import { readDeploymentFiles } from '../../db/seed/deployment-files.ts';
import { seedDemoData } from '../../db/seed/demo/seed-demo.ts';
import { seedReferenceData } from '../../db/seed/reference.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import type { Config } from '../server/config.ts';
import { formatDecimal, formatNumber } from '../domain/format.ts';
import { generatePassword } from '../server/auth/password.ts';
import { countActiveStaff, createStaffAccount } from '../server/auth/staff-accounts.ts';
import { loadDeploymentSettings } from '../server/reference-data.ts';
import { cleanUpAfterPublish, publish } from '../server/publish/publish.ts';
import { installServer, serverEntryPath, siteFolders } from '../server/publish/site-folders.ts';
import { assertPortFree, serve } from './serve.ts';
import { fail, loadConfigOrExit, openMigratedDatabase, projectRoot, say } from './shared.ts';

const config = loadConfigOrExit();
let deployment;
try {
  deployment = readDeploymentFiles(config.deploymentDir);
} catch (error) {
  fail(`data rujukan di ${config.deploymentDir} tidak dapat dibaca:\n${(error as Error).message}`);
}

await assertPortFree(config);
say(`Aduan Terbuka: ${deployment.settings.name}, ${deployment.settings.regionName}`);
say(config.databaseUrl ? 'Basis data: PostgreSQL (DATABASE_URL)' : `Basis data: PGlite bawaan di ${config.pgliteDir}`);

const handle = await openMigratedDatabase(config);
let settings;
try {
  await prepareDatabase(handle, config);
  await publishAtStart(handle, config);
  settings = await loadDeploymentSettings(handle.db);
} catch (error) {
  await handle.close();
  throw error;
}
// The server keeps this handle, so PGlite's directory stays locked by this process until it stops.
await serve(config, {
  timeZone: settings.timeZone,
  timeZoneLabel: settings.timeZoneLabel,
  tileUrl: settings.map.tileUrl,
  database: handle,
});

async function prepareDatabase(database: DatabaseHandle, settings: Config): Promise<void> {
  await seedReferenceData(database.db, deployment!);

  if (settings.demoData === 'auto') {
    say('Memeriksa data demo…');
    const created = await seedDemoData(database.db, deployment!.settings.ticketPrefix);
    if (created !== null) {
      say(`Data demo dimuat: ${created} aduan bulan pertama ${deployment!.settings.name}.`);
    }
  }

  if ((await countActiveStaff(database.db)) === 0) {
    const password = generatePassword();
    await createStaffAccount(database.db, {
      username: 'admin',
      displayName: 'Admin',
      role: 'admin',
      password,
    });
    printFirstAdmin(settings, password);
  }
}

async function publishAtStart(database: DatabaseHandle, settings: Config): Promise<void> {
  const folders = siteFolders(projectRoot, settings.dataDir);
  say('Menerbitkan portal publik…');
  const started = Date.now();
  try {
    const result = await publish(database, {
      trigger: 'start',
      folders,
      onStage: (stage) => say(`  ${stage}…`),
    });
    installServer(folders, result.buildDir);
    cleanUpAfterPublish(folders, result);
    const seconds = formatDecimal((Date.now() - started) / 1000);
    say(`Portal publik terbit dalam ${seconds} detik (${formatNumber(result.complaintCount)} aduan).`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!fs.existsSync(serverEntryPath(folders))) {
      fail(`portal tidak dapat dibangun:\n${message}`);
    }
    say(`Peringatan: penerbitan gagal, server memakai hasil terbitan sebelumnya.\n${message}`);
  }
}

function printFirstAdmin(settings: Config, password: string): void {
  const line = '='.repeat(68);
  say(
    [
      '',
      line,
      ' Akun admin pertama telah dibuat. Catat kata sandinya sekarang:',
      ' kata sandi ini hanya ditampilkan sekali dan tidak disimpan di mana pun.',
      '',
      `   Alamat masuk  : http://${displayHost(settings.host)}:${settings.port}/staf/masuk`,
      '   Nama pengguna : admin',
      `   Kata sandi    : ${password}`,
      '',
      ' Buat akun petugas lain dengan: npm run staff:create',
      line,
      '',
    ].join('\n'),
  );
}

function displayHost(host: string): string {
  return host === '0.0.0.0' || host === '::' || host === '127.0.0.1' ? 'localhost' : host;
}
