/**
 * `npm run publish`: export the public snapshot, rebuild the static portal and swap it in.
 * When a running server has the embedded database open, the publish runs inside that server.
 */

import { formatNumber } from '../domain/format.ts';
import { PublishBusyError, cleanUpAfterPublish, publish } from '../server/publish/publish.ts';
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
    const result = await publish(handle.db, { trigger: 'cli', folders, onStage: (stage) => say(`${stage}…`) });
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
  let response: Response;
  try {
    response = await fetch(`${info.url}/api/internal/publish`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${info.token}`, 'Content-Type': 'application/json' },
      body: '{}',
    });
  } catch (error) {
    fail(`server di ${info.url} tidak dapat dihubungi: ${(error as Error).message}`);
  }
  if (!response.ok || !response.body) {
    fail(`server menolak permintaan penerbitan (HTTP ${response.status}).`);
  }

  let failed = false;
  let finished = false;
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for await (const chunk of response.body) {
      buffer += decoder.decode(chunk, { stream: true });
      let newline;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        if (line.startsWith('TAHAP ')) {
          say(`${line.slice(6)}…`);
        } else if (line.startsWith('SELESAI ')) {
          finished = true;
          say(`Selesai: ${formatNumber(Number(line.split(' ')[2]))} aduan diterbitkan.`);
        } else if (line.startsWith('GAGAL ')) {
          failed = true;
          process.stderr.write(`${line.slice(6)}\n`);
        }
      }
    }
  } catch (error) {
    fail(
      `koneksi ke server terputus di tengah penerbitan (${(error as Error).message}). ` +
        'Periksa apakah server masih berjalan, lalu lihat hasilnya di halaman Terbitkan.',
    );
  }
  if (!finished && !failed) {
    fail('server berhenti mengirim kabar sebelum penerbitan selesai. Lihat hasilnya di halaman Terbitkan.');
  }
  if (failed) {
    fail('penerbitan gagal; situs sebelumnya tetap tampil.');
  }
}
