import { createHash, timingSafeEqual } from 'node:crypto';
import type { APIRoute } from 'astro';
import { PublishBusyError } from '../../../server/publish/publish.ts';
import { publishFromServer } from '../../../server/publish/runner.ts';
import { PROGRESS_LINES, type ServerPublishTrigger } from '../../../server/publish/server-publish-client.ts';
import { INTERNAL_TOKEN_VARIABLE } from '../../../server/runtime.ts';

export const prerender = false;

/** Time between two heartbeat lines while a stage runs, so that no idle timeout of the caller cuts a long build. */
const HEARTBEAT_MS = 15_000;

/**
 * Publish on behalf of `npm run publish` on the same machine, which cannot open the embedded
 * database while the server has it open, and of the server's own publish schedule. The caller
 * sends the token the server wrote to `<DATA_DIR>/server.json` and `{"trigger": "cli"}` or
 * `{"trigger": "schedule"}`; progress comes back as lines of text (server-publish-client.ts).
 */
export const POST: APIRoute = async ({ request }) => {
  if (!hasValidToken(request.headers.get('authorization'))) {
    return new Response('Token tidak valid.\n', { status: 401 });
  }
  const trigger = await readTrigger(request);
  if (trigger === null) {
    return new Response('Pemicu tidak dikenal; kirim {"trigger": "cli"} atau {"trigger": "schedule"}.\n', { status: 400 });
  }

  const encoder = new TextEncoder();
  let heartbeat: NodeJS.Timeout | undefined;
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (word: string, text = '') => controller.enqueue(encoder.encode(`${word}${text ? ` ${text}` : ''}\n`));
      heartbeat = setInterval(() => send(PROGRESS_LINES.heartbeat), HEARTBEAT_MS);
      try {
        const result = await publishFromServer(trigger, null, (stage) => send(PROGRESS_LINES.stage, stage));
        send(PROGRESS_LINES.succeeded, `${result.siteId} ${result.complaintCount}`);
      } catch (error) {
        if (error instanceof PublishBusyError) {
          send(PROGRESS_LINES.busy, error.message);
        } else {
          const message = error instanceof Error ? error.message : String(error);
          for (const line of message.split('\n')) {
            send(PROGRESS_LINES.failed, line);
          }
        }
      } finally {
        clearInterval(heartbeat);
        controller.close();
      }
    },
    cancel() {
      // The caller went away; the publish goes on and records its result.
      clearInterval(heartbeat);
    },
  });
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};

async function readTrigger(request: Request): Promise<ServerPublishTrigger | null> {
  const text = await request.text();
  if (text.trim() === '') {
    return 'cli';
  }
  try {
    const { trigger = 'cli' } = JSON.parse(text) as { trigger?: unknown };
    return trigger === 'cli' || trigger === 'schedule' ? trigger : null;
  } catch {
    return null;
  }
}

/** Compare digests, which always have the same length, so any header value is safe to compare. */
function hasValidToken(header: string | null): boolean {
  const expected = process.env[INTERNAL_TOKEN_VARIABLE];
  if (!expected || !header?.startsWith('Bearer ')) {
    return false;
  }
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(header.slice('Bearer '.length)), digest(expected));
}
