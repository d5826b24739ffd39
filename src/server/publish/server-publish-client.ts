/**
 * Ask the running server to publish, over its internal API (`/api/internal/publish`), and
 * follow the progress lines it sends back:
 *
 *   TAHAP <stage>              a stage started
 *   TUNGGU                     still working (sent every few seconds, so no idle timeout cuts a long build)
 *   SELESAI <site id> <count>  published
 *   SIBUK <message>            another publish is running; nothing was started
 *   GAGAL <line>               failed, one line of the cause per GAGAL line
 *
 * Used by `npm run publish` while the server has the embedded database open, and by the
 * server's own publish schedule.
 */

export type ServerPublishTrigger = 'cli' | 'schedule';

export type ServerPublishOutcome =
  | { kind: 'succeeded'; siteId: string; complaints: number }
  | { kind: 'busy'; message: string }
  | { kind: 'failed'; message: string };

export interface ServerAddress {
  url: string;
  token: string;
}

/** Raised when the request could not be sent or the server stopped sending progress. The message is Indonesian. */
export class ServerPublishError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ServerPublishError';
  }
}

export const PROGRESS_LINES = {
  stage: 'TAHAP',
  heartbeat: 'TUNGGU',
  succeeded: 'SELESAI',
  busy: 'SIBUK',
  failed: 'GAGAL',
} as const;

export async function requestServerPublish(
  server: ServerAddress,
  trigger: ServerPublishTrigger,
  onStage?: (stage: string) => void,
): Promise<ServerPublishOutcome> {
  let response: Response;
  try {
    response = await fetch(`${server.url}/api/internal/publish`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ trigger }),
    });
  } catch (error) {
    throw new ServerPublishError(`server di ${server.url} tidak dapat dihubungi: ${(error as Error).message}`);
  }
  if (!response.ok || !response.body) {
    throw new ServerPublishError(`server menolak permintaan penerbitan (HTTP ${response.status}).`);
  }

  let outcome: ServerPublishOutcome | null = null;
  const failure: string[] = [];
  const decoder = new TextDecoder();
  let buffer = '';
  const readLine = (line: string) => {
    const space = line.indexOf(' ');
    const word = space === -1 ? line : line.slice(0, space);
    const rest = space === -1 ? '' : line.slice(space + 1);
    if (word === PROGRESS_LINES.stage) {
      onStage?.(rest);
    } else if (word === PROGRESS_LINES.succeeded) {
      const [siteId = '', complaints = '0'] = rest.split(' ');
      outcome = { kind: 'succeeded', siteId, complaints: Number(complaints) };
    } else if (word === PROGRESS_LINES.busy) {
      outcome = { kind: 'busy', message: rest };
    } else if (word === PROGRESS_LINES.failed) {
      failure.push(rest);
    }
  };

  try {
    for await (const chunk of response.body) {
      buffer += decoder.decode(chunk, { stream: true });
      let newline;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        readLine(buffer.slice(0, newline));
        buffer = buffer.slice(newline + 1);
      }
    }
  } catch (error) {
    throw new ServerPublishError(
      `koneksi ke server terputus di tengah penerbitan (${(error as Error).message}). ` +
        'Periksa apakah server masih berjalan, lalu lihat hasilnya di halaman Terbitkan.',
    );
  }
  if (failure.length > 0) {
    return { kind: 'failed', message: failure.join('\n') };
  }
  if (outcome === null) {
    throw new ServerPublishError('server berhenti mengirim kabar sebelum penerbitan selesai. Lihat hasilnya di halaman Terbitkan.');
  }
  return outcome;
}
