import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { escapeXml, renderResolvedFeed } from '../../src/domain/atom-feed.ts';
import { deploymentSettingsSchema } from '../../src/domain/deployment.ts';
import { resolvedComplaint } from '../support/public-complaint.ts';

const PATI = deploymentSettingsSchema.parse(JSON.parse(fs.readFileSync('db/seed/deployments/pati/deployment.json', 'utf8')));

describe('renderResolvedFeed', () => {
  it('escapes markup, ampersands and quotes', () => {
    const feed = renderResolvedFeed({
      deployment: PATI,
      generatedAt: '2024-06-01T00:00:00.000Z',
      resolved: [resolvedComplaint({ summary: 'Pipa <bocor> & "rusak" di Jl. Ki\'ageng' })],
    });

    expect(feed).toContain(
      '<summary type="text">Pipa &lt;bocor&gt; &amp; &quot;rusak&quot; di Jl. Ki&apos;ageng. Hasil: Masalah ditangani di lapangan.</summary>',
    );
    expect(feed).not.toContain('<bocor>');
  });

  it('uses relative links and stable URNs without a site address', () => {
    const input = { deployment: PATI, generatedAt: '2024-06-01T00:00:00.000Z', resolved: [resolvedComplaint({})] };
    const feed = renderResolvedFeed(input);

    expect(feed).toContain('<link rel="self" type="application/atom+xml" href="/aduan-selesai.xml"/>');
    expect(feed).toContain('<link rel="alternate" type="text/html" href="/lacak/LBP-7K3M2-Q9XW2"/>');
    expect(feed).toMatch(/<id>urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}<\/id>/);
    expect(renderResolvedFeed(input)).toBe(feed);
    expect(feed).toContain('<updated>2024-05-20T07:30:15Z</updated>');
    expect(feed).toContain('<title>LBP-7K3M2-Q9XW2: Jalan rusak, Kecamatan Pati</title>');
  });

  it('uses the ticket page as id once the site address is known', () => {
    const feed = renderResolvedFeed({
      deployment: { ...PATI, siteUrl: 'https://aduan.patikab.go.id' },
      generatedAt: '2024-06-01T00:00:00.000Z',
      resolved: [resolvedComplaint({})],
    });

    expect(feed).toContain('<id>https://aduan.patikab.go.id/aduan-selesai.xml</id>');
    expect(feed).toContain('<id>https://aduan.patikab.go.id/lacak/LBP-7K3M2-Q9XW2</id>');
    expect(feed).toContain('<author><name>Dinas Komunikasi dan Informatika Kabupaten Pati</name><uri>https://aduan.patikab.go.id/</uri></author>');
  });

  it('keeps at most 50 entries, the feed time being the newest', () => {
    const resolved = Array.from({ length: 60 }, (_, index) =>
      resolvedComplaint({ ticket: `LBP-AAAAA-${String(index).padStart(5, '0')}`, resolved_at: new Date(Date.UTC(2024, 0, 60 - index)).toISOString() }),
    );
    const feed = renderResolvedFeed({ deployment: PATI, generatedAt: '2024-06-01T00:00:00.000Z', resolved });

    expect(feed.match(/<entry>/g)).toHaveLength(50);
    expect(feed.split('<entry>')[0]).toContain('<updated>2024-02-29T00:00:00Z</updated>');
  });

  it('takes the snapshot time when nothing is resolved', () => {
    const feed = renderResolvedFeed({ deployment: PATI, generatedAt: '2024-06-01T00:00:00.000Z', resolved: [] });

    expect(feed).toContain('<updated>2024-06-01T00:00:00Z</updated>');
    expect(feed).not.toContain('<entry>');
  });
});

describe('escapeXml', () => {
  it('drops characters XML cannot hold', () => {
    expect(escapeXml('a\u0001b\u000Bc\uD800d\tok\n')).toBe('abcd\tok\n');
    expect(escapeXml('emoji 😀 stays')).toBe('emoji 😀 stays');
  });
});
