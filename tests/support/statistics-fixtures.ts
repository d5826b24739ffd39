/** Aggregate records and a statistics reference for unit tests of the statistics. */

import type { AggregateRecord } from '../../src/domain/public-view.ts';
import type { StatisticsReference } from '../../src/domain/statistics.ts';
import { verificationOf } from '../../src/domain/status.ts';

export const REFERENCE: StatisticsReference = {
  timeZone: 'Asia/Jakarta',
  channels: ['whatsapp'],
  categories: [
    { slug: 'jalan-rusak', name: 'Jalan Rusak', group: 'infrastruktur' },
    { slug: 'adminduk', name: 'Administrasi Kependudukan', group: 'pelayanan_publik' },
    { slug: 'listrik', name: 'Listrik', group: 'instansi_vertikal' },
  ],
  agencies: [
    { slug: 'dpupr', name: 'Dinas PUPR', kind: 'opd' },
    { slug: 'disdukcapil', name: 'Disdukcapil', kind: 'opd' },
    { slug: 'pln', name: 'PLN', kind: 'vertical' },
  ],
  districts: [
    { code: '33.18.10', name: 'Pati' },
    { code: '33.18.11', name: 'Juwana' },
  ],
  targets: { verificationDays: 3, actionDays: 5 },
  asOf: new Date('2023-04-03T03:00:00Z'),
};

const GROUP_OF: Record<string, AggregateRecord['category_group']> = {
  'jalan-rusak': 'infrastruktur',
  adminduk: 'pelayanan_publik',
  listrik: 'instansi_vertikal',
};

/**
 * Build an aggregate record: by default a WhatsApp road complaint in Kecamatan Pati, received at
 * `received_at` and still waiting for verification. Verification follows the status.
 */
export function aggregateRecord(overrides: Partial<AggregateRecord> & { received_at: string }): AggregateRecord {
  const status = overrides.status ?? 'received';
  const category = overrides.category_slug ?? 'jalan-rusak';
  return {
    channel: 'whatsapp',
    category_slug: category,
    category_group: GROUP_OF[category] ?? 'lainnya',
    district_code: '33.18.10',
    agency_slug: null,
    status,
    verification: verificationOf(status),
    invalid_reason: null,
    outcome: null,
    verified_at: null,
    forwarded_at: null,
    first_response_at: null,
    resolved_at: null,
    verification_days: null,
    first_response_days: null,
    resolution_days: null,
    verification_due_at: null,
    action_due_at: null,
    confidential: false,
    duplicate: false,
    ...overrides,
  };
}

/** Build a complaint forwarded to `agency`, with its verification length and, when given, its later clocks. */
export function forwardedRecord(
  received_at: string,
  agency: string,
  clocks: { verification: number; firstResponse?: number; resolution?: number; resolvedAt?: string },
  overrides: Partial<AggregateRecord> = {},
): AggregateRecord {
  const resolved = clocks.resolution !== undefined;
  let status: AggregateRecord['status'] = 'forwarded';
  if (resolved) {
    status = 'resolved';
  } else if (clocks.firstResponse !== undefined) {
    status = 'in_progress';
  }
  return aggregateRecord({
    received_at,
    agency_slug: agency,
    status,
    outcome: resolved ? 'answered' : null,
    verified_at: received_at,
    forwarded_at: received_at,
    resolved_at: resolved ? (clocks.resolvedAt ?? received_at) : null,
    verification_days: clocks.verification,
    first_response_days: clocks.firstResponse ?? null,
    resolution_days: clocks.resolution ?? null,
    ...overrides,
  });
}
