import type { APIRoute } from 'astro';
import { renderResolvedFeed } from '../domain/atom-feed.ts';
import { readMeta, readRecent } from '../snapshot/read-snapshot.ts';

/** Atom feed of the complaints resolved most recently, built from the snapshot. */
export const GET: APIRoute = () => {
  const meta = readMeta();
  const feed = renderResolvedFeed({ deployment: meta.deployment, generatedAt: meta.generated_at, resolved: readRecent().resolved });
  return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
