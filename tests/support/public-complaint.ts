/** A resolved public complaint row for unit tests; override what a test is about. */

import type { PublicComplaint } from '../../src/domain/public-view.ts';

export function resolvedComplaint(overrides: Partial<PublicComplaint>): PublicComplaint {
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
