import { createHash, timingSafeEqual } from 'node:crypto';
import type { APIRoute } from 'astro';
import { PublishBusyError } from '../../../server/publish/publish.ts';
import { publishFromServer } from '../../../server/publish/runner.ts';
import { INTERNAL_TOKEN_VARIABLE } from '../../../server/runtime.ts';

export const prerender = false;

/**
 * Publish on behalf of `npm run publish` on the same machine, which cannot open the embedded
 * database while the server has it open. The caller sends the token the server wrote to
 * `<DATA_DIR>/server.json`; progress comes back as lines of text.
 */
export const POST: APIRoute = async ({ request }) => {
  if (!hasValidToken(request.headers.get('authorization'))) {
    return new Response('Token tidak valid.\n', { status: 401 });
  }

  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: string) => controller.enqueue(encoder.encode(`${line}\n`));
      try {
        const result = await publishFromServer('cli', null, (stage) => send(`TAHAP ${stage}`));
        send(`SELESAI ${result.siteId} ${result.complaintCount}`);
      } catch (error) {
        const message = error instanceof PublishBusyError || error instanceof Error ? error.message : String(error);
        send(`GAGAL ${message.replace(/\n/g, '\nGAGAL ')}`);
      } finally {
        controller.close();
      }
    },
  });
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};

/** Compare digests, which always have the same length, so any header value is safe to compare. */
function hasValidToken(header: string | null): boolean {
  const expected = process.env[INTERNAL_TOKEN_VARIABLE];
  if (!expected || !header?.startsWith('Bearer ')) {
    return false;
  }
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(header.slice('Bearer '.length)), digest(expected));
}
