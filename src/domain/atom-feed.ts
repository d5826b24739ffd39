/**
 * The Atom feed (RFC 4287) of recently resolved complaints, built from the snapshot's
 * `terbaru.json`. Links are absolute when the deployment's `siteUrl` is set and relative to
 * the feed otherwise, which RFC 4287 allows for links (RFC 3987 IRI references). Identifiers
 * must be absolute: they are the ticket pages' addresses when `siteUrl` is set, and name-based
 * UUID URNs (RFC 4122 version 5) otherwise, so that they stay the same from one publish to the
 * next.
 */

import { createHash } from 'node:crypto';
import type { DeploymentSettings } from './deployment.ts';
import type { PublicComplaint } from './public-view.ts';
import { OUTCOME_LABELS } from './status.ts';

export const FEED_PATH = '/aduan-selesai.xml';
export const FEED_TITLE = 'Aduan yang baru selesai';
export const FEED_MAX_ENTRIES = 50;

export interface ResolvedFeedInput {
  deployment: DeploymentSettings;
  /** Time of the snapshot, used as the feed's time when no complaint is resolved yet. */
  generatedAt: string;
  /** Resolved complaints, newest first. */
  resolved: readonly PublicComplaint[];
}

export function renderResolvedFeed({ deployment, generatedAt, resolved }: ResolvedFeedInput): string {
  const link = (path: string) => (deployment.siteUrl ? new URL(path, deployment.siteUrl).href : path);
  const entries = resolved.filter((complaint) => complaint.resolved_at !== null).slice(0, FEED_MAX_ENTRIES);
  const updated = entries.reduce((newest, complaint) => (complaint.resolved_at! > newest ? complaint.resolved_at! : newest), '') || generatedAt;
  const feedId = deployment.siteUrl ? link(FEED_PATH) : nameUrn(`${deployment.name}|${deployment.regionName}|${FEED_PATH}`);

  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="id">',
    element('id', feedId),
    element('title', `${FEED_TITLE} · ${deployment.name} ${deployment.regionName}`),
    element('subtitle', `Aduan masyarakat yang penanganannya sudah ditutup, dengan hasilnya. Dikelola oleh ${deployment.operator}.`),
    element('updated', atomTime(updated)),
    `<author>${element('name', deployment.operator)}${deployment.siteUrl ? element('uri', link('/')) : ''}</author>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(link(FEED_PATH))}"/>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(link('/'))}"/>`,
    element('rights', `Data terbuka berlisensi ${deployment.dataLicense.name}`),
    element('generator', 'Aduan Terbuka'),
  ];
  for (const complaint of entries) {
    const ticketPage = link(`/lacak/${complaint.ticket}`);
    const entryId = deployment.siteUrl ? ticketPage : nameUrn(`${deployment.name}|${deployment.regionName}|${complaint.ticket}`);
    lines.push(
      '<entry>',
      element('id', entryId),
      element('title', entryTitle(complaint)),
      element('updated', atomTime(complaint.resolved_at!)),
      `<link rel="alternate" type="text/html" href="${escapeXml(ticketPage)}"/>`,
      `<category term="${escapeXml(complaint.category_slug)}" label="${escapeXml(complaint.category)}"/>`,
      element('summary', entrySummary(complaint), { type: 'text' }),
      '</entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}

/** "LBP-7K3M2-Q9XW2: Jalan rusak, Kecamatan Juwana". */
function entryTitle(complaint: PublicComplaint): string {
  const where = complaint.district_name ? `, Kecamatan ${complaint.district_name}` : '';
  return `${complaint.ticket}: ${complaint.category}${where}`;
}

/** Public summary and outcome, e.g. "Lampu jalan mati. Hasil: Masalah ditangani di lapangan." */
function entrySummary(complaint: PublicComplaint): string {
  const what = (complaint.summary ?? complaint.category).replace(/[.\s]+$/, '');
  const outcome = complaint.outcome ? ` Hasil: ${OUTCOME_LABELS[complaint.outcome]}.` : '';
  return `${what}.${outcome}`;
}

function element(name: string, text: string, attributes: Record<string, string> = {}): string {
  const attributeText = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('');
  return `<${name}${attributeText}>${escapeXml(text)}</${name}>`;
}

/**
 * Escape text for XML content and attribute values, and drop the characters XML 1.0 does not
 * allow at all (control characters other than tab and line breaks, lone surrogates).
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** RFC 3339 time without fractions of a second, as feed readers expect. */
function atomTime(iso: string): string {
  return new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `urn:uuid:` of a version 5 (SHA-1, name-based) UUID of `name` in the URL namespace. */
function nameUrn(name: string): string {
  const namespace = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');
  const hash = createHash('sha1').update(namespace).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
