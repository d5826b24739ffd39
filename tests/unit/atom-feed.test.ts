import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { escapeXml, renderResolvedFeed } from '../../src/domain/atom-feed.ts';
import { deploymentSettingsSchema } from '../../src/domain/deployment.ts';
import type { PublicComplaint } from '../../src/domain/public-view.ts';

const PATI = deploymentSettingsSchema.parse(JSON.parse(fs.readFileSync('db/seed/deployments/pati/deployment.json', 'utf8')));

function resolvedComplaint(overrides: Partial<PublicComplaint>): PublicComplaint {
  return {
    ticket: 'LBP-7K3M2-Q9XW2',
    received_at: '2024-05-01T02:00:00.000Z',
    received_date: '2024-05-01',
    channel: 'whatsapp',
    category: 'Jalan rusak',
    category_slug: 'jalan-rusak',
    category_group: 'infrastruktur',
    district_code: '33.18.10',
    district_name: 'Pati',
    village_code: null,
    village_name: null,
    agency: 'Dinas Pekerjaan Umum dan Penataan Ruang',
    agency_slug: 'dpupr',
    agency_kind: 'opd',
    status: 'resolved',
    invalid_reason: null,
    outcome: 'fixed',
    resolved_at: '2024-05-20T07:30:15.123Z',
    resolved_date: '2024-05-20',
    verified_at: '2024-05-02T01:00:00.000Z',
    forwarded_at: '2024-05-02T02:00:00.000Z',
    first_response_at: '2024-05-06T03:00:00.000Z',
    verification_days: 1,
    first_response_days: 3,
    resolution_days: 13,
    summary: 'Jalan berlubang di depan pasar.',
    lat: -6.75,
    lng: 111.04,
    duplicate_of: null,
    ...overrides,
  };
}

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
