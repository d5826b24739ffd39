/**
 * `npm run publish`: export the public snapshot, rebuild the static portal and swap it in.
 * When a running server has the embedded database open, the publish runs inside that server.
 */

import { formatNumber } from '../domain/format.ts';
import { PublishBusyError, cleanUpAfterPublish, publish } from '../server/publish/publish.ts';
import { ServerPublishError, requestServerPublish } from '../server/publish/server-publish-client.ts';
import { siteFolders } from '../server/publish/site-folders.ts';
import { fail, loadConfigOrExit, openMigratedDatabase, projectRoot, runningServer, say, type ServerInfo } from './shared.ts';

const config = loadConfigOrExit();
const server = config.databaseUrl ? null : runningServer(config);

if (server) {
  await publishThroughServer(server);
} else {
  const handle = await openMigratedDatabase(config);
  const folders = siteFolders(projectRoot, config.dataDir);
  try {
    const result = await publish(handle, { trigger: 'cli', folders, onStage: (stage) => say(`${stage}…`) });
    cleanUpAfterPublish(folders, result);
    say(`Selesai: ${formatNumber(result.complaintCount)} aduan diterbitkan.`);
  } catch (error) {
    fail(error instanceof PublishBusyError ? error.message : `penerbitan gagal; situs sebelumnya tetap tampil.\n${(error as Error).message}`);
  } finally {
    await handle.close();
  }
}

async function publishThroughServer(info: ServerInfo): Promise<void> {
  say(`Server sedang berjalan (proses ${info.pid}); penerbitan dijalankan oleh server.`);
  let outcome;
  try {
    outcome = await requestServerPublish(info, 'cli', (stage) => say(`${stage}…`));
  } catch (error) {
    fail(error instanceof ServerPublishError ? error.message : String(error));
  }
  if (outcome.kind === 'busy') {
    fail(outcome.message);
  }
  if (outcome.kind === 'failed') {
    process.stderr.write(`${outcome.message}\n`);
    fail('penerbitan gagal; situs sebelumnya tetap tampil.');
  }
  say(`Selesai: ${formatNumber(outcome.complaints)} aduan diterbitkan.`);
}
