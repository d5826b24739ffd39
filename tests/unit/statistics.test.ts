import { describe, expect, it } from 'vitest';
import type { AggregateRecord } from '../../src/domain/public-view.ts';
import {
  computeStatistics,
  createStatisticsAccumulator,
  type StatisticsReference,
} from '../../src/domain/statistics.ts';
import { verificationOf, type Status } from '../../src/domain/status.ts';

const REFERENCE: StatisticsReference = {
  timeZone: 'Asia/Jakarta',
  channels: ['whatsapp', 'instagram', 'web'],
  categories: [
    { slug: 'jalan-rusak', name: 'Jalan Rusak', group: 'infrastruktur' },
    { slug: 'penerangan-jalan', name: 'Penerangan Jalan', group: 'infrastruktur' },
    { slug: 'adminduk', name: 'Administrasi Kependudukan', group: 'pelayanan_publik' },
    { slug: 'air-bersih', name: 'Air Bersih', group: 'pelayanan_publik' },
    { slug: 'listrik-pln', name: 'Listrik PLN', group: 'instansi_vertikal' },
    { slug: 'lain-lain', name: 'Lain-lain', group: 'lainnya' },
  ],
  agencies: [
    { slug: 'dinas-pupr', name: 'Dinas PUPR', kind: 'opd' },
    { slug: 'disdukcapil', name: 'Disdukcapil', kind: 'opd' },
    { slug: 'pln-ulp-pati', name: 'PT PLN (Persero) ULP Pati', kind: 'vertical' },
    { slug: 'kecamatan-juwana', name: 'Kecamatan Juwana', kind: 'district_office' },
  ],
  districts: [
    { code: '33.18.10', name: 'Pati' },
    { code: '33.18.11', name: 'Juwana' },
    { code: '33.18.12', name: 'Margorejo' },
  ],
  targets: { verificationDays: 3, actionDays: 5 },
  asOf: new Date('2023-04-03T03:00:00Z'),
};

const GROUP_OF: Record<string, AggregateRecord['category_group']> = {
  'jalan-rusak': 'infrastruktur',
  'penerangan-jalan': 'infrastruktur',
  adminduk: 'pelayanan_publik',
  'listrik-pln': 'instansi_vertikal',
  'lain-lain': 'lainnya',
};

interface RecordSketch {
  channel: AggregateRecord['channel'];
  category: string;
  district: string | null;
  agency: string | null;
  status: Status;
  received: string;
  resolved?: string;
  confidential?: boolean;
  duplicate?: boolean;
}

function record(sketch: RecordSketch): AggregateRecord {
  return {
    channel: sketch.channel,
    category_slug: sketch.category,
    category_group: GROUP_OF[sketch.category]!,
    district_code: sketch.district,
    agency_slug: sketch.agency,
    status: sketch.status,
    verification: verificationOf(sketch.status),
    invalid_reason: sketch.status === 'invalid' ? 'spam' : null,
    outcome: sketch.status === 'resolved' ? 'fixed' : null,
    received_at: sketch.received,
    verified_at: null,
    forwarded_at: null,
    first_response_at: null,
    resolved_at: sketch.resolved ?? null,
    verification_days: null,
    first_response_days: null,
    resolution_days: null,
    verification_due_at: null,
    action_due_at: null,
    confidential: sketch.confidential ?? false,
    duplicate: sketch.duplicate ?? false,
  };
}

// Weeks in WIB: W0 starts Monday 27 February 2023, W1 6 March, W2 13 March, W3 20 March (empty),
// W4 27 March. Times in comments are WIB.
const RECORDS: AggregateRecord[] = [
  // r1: W1 Monday 09:00, resolved W2 Tuesday 10:00.
  record({ channel: 'whatsapp', category: 'jalan-rusak', district: '33.18.10', agency: 'dinas-pupr', status: 'resolved', received: '2023-03-06T02:00:00Z', resolved: '2023-03-14T03:00:00Z' }),
  // r2: W1 Tuesday 10:00.
  record({ channel: 'whatsapp', category: 'penerangan-jalan', district: '33.18.10', agency: 'pln-ulp-pati', status: 'in_progress', received: '2023-03-07T03:00:00Z' }),
  // r3: W1 Wednesday 11:00, confidential.
  record({ channel: 'instagram', category: 'adminduk', district: '33.18.11', agency: 'disdukcapil', status: 'forwarded', received: '2023-03-08T04:00:00Z', confidential: true }),
  // r4: W1 Thursday 12:00, no district.
  record({ channel: 'instagram', category: 'lain-lain', district: null, agency: null, status: 'invalid', received: '2023-03-09T05:00:00Z' }),
  // r5: W1 Sunday 23:30 (UTC: Sunday 16:30), resolved W2 Monday 09:00.
  record({ channel: 'whatsapp', category: 'listrik-pln', district: '33.18.11', agency: 'pln-ulp-pati', status: 'resolved', received: '2023-03-12T16:30:00Z', resolved: '2023-03-13T02:00:00Z' }),
  // r6: W2 Monday 00:15 (UTC: still Sunday 17:15), pending with an agency already picked.
  record({ channel: 'email', category: 'jalan-rusak', district: '33.18.10', agency: 'kecamatan-juwana', status: 'received', received: '2023-03-12T17:15:00Z' }),
  // r7: W2 Tuesday 08:00, confidential.
  record({ channel: 'whatsapp', category: 'adminduk', district: '33.18.10', agency: null, status: 'needs_info', received: '2023-03-14T01:00:00Z', confidential: true }),
  // r8: W4 Tuesday 09:00, invalid but with an agency.
  record({ channel: 'walk_in', category: 'jalan-rusak', district: '33.18.11', agency: 'disdukcapil', status: 'invalid', received: '2023-03-28T02:00:00Z' }),
  // r9: W0 Wednesday 09:00, no district, resolved W4 Thursday 12:00.
  record({ channel: 'whatsapp', category: 'penerangan-jalan', district: null, agency: 'pln-ulp-pati', status: 'resolved', received: '2023-03-01T02:00:00Z', resolved: '2023-03-30T05:00:00Z' }),
  // r10: W0 Thursday 10:00, resolved W0 Friday 10:00.
  record({ channel: 'whatsapp', category: 'jalan-rusak', district: '33.18.10', agency: 'dinas-pupr', status: 'resolved', received: '2023-03-02T03:00:00Z', resolved: '2023-03-03T03:00:00Z' }),
];

const zero = { received: 0, valid: 0, invalid: 0, pending: 0, resolved: 0 };

describe('computeStatistics fixture', () => {
  const statistics = computeStatistics(RECORDS, REFERENCE);

  it('reports the time zone', () => {
    expect(statistics.time_zone).toBe('Asia/Jakarta');
  });

  it('gives first and last dates', () => {
    expect(statistics.first_received_date).toBe('2023-03-01');
    expect(statistics.last_received_date).toBe('2023-03-28');
  });

  it('counts totals', () => {
    expect(statistics.totals).toEqual({ received: 10, valid: 6, invalid: 2, pending: 2, resolved: 4, confidential: 2, duplicates: 0 });
  });

  it('counts by channel', () => {
    expect(statistics.by_channel).toEqual([
      { channel: 'whatsapp', label: 'WhatsApp', received: 6, valid: 5, invalid: 0, pending: 1, resolved: 4 },
      { channel: 'instagram', label: 'Instagram', received: 2, valid: 1, invalid: 1, pending: 0, resolved: 0 },
      { channel: 'email', label: 'E-mail', received: 1, valid: 0, invalid: 0, pending: 1, resolved: 0 },
      { channel: 'walk_in', label: 'Datang langsung', received: 1, valid: 0, invalid: 1, pending: 0, resolved: 0 },
      { channel: 'web', label: 'Situs web', ...zero },
    ]);
  });

  it('counts by category group', () => {
    expect(statistics.by_category_group).toEqual([
      { group: 'infrastruktur', label: 'Infrastruktur', received: 6, valid: 4, invalid: 1, pending: 1, resolved: 3 },
      { group: 'pelayanan_publik', label: 'Pelayanan Publik', received: 2, valid: 1, invalid: 0, pending: 1, resolved: 0 },
      { group: 'instansi_vertikal', label: 'Instansi Vertikal', received: 1, valid: 1, invalid: 0, pending: 0, resolved: 1 },
      { group: 'lainnya', label: 'Lainnya', received: 1, valid: 0, invalid: 1, pending: 0, resolved: 0 },
    ]);
  });

  it('counts by category', () => {
    // Sorted by count, then by name: "Administrasi…" before "Penerangan…", "Lain-lain" before "Listrik…".
    expect(statistics.by_category).toEqual([
      { category: 'jalan-rusak', name: 'Jalan Rusak', group: 'infrastruktur', received: 4, valid: 2, invalid: 1, pending: 1, resolved: 2 },
      { category: 'adminduk', name: 'Administrasi Kependudukan', group: 'pelayanan_publik', received: 2, valid: 1, invalid: 0, pending: 1, resolved: 0 },
      { category: 'penerangan-jalan', name: 'Penerangan Jalan', group: 'infrastruktur', received: 2, valid: 2, invalid: 0, pending: 0, resolved: 1 },
      { category: 'lain-lain', name: 'Lain-lain', group: 'lainnya', received: 1, valid: 0, invalid: 1, pending: 0, resolved: 0 },
      { category: 'listrik-pln', name: 'Listrik PLN', group: 'instansi_vertikal', received: 1, valid: 1, invalid: 0, pending: 0, resolved: 1 },
    ]);
  });

  it('counts by status', () => {
    expect(statistics.by_status).toEqual([
      { status: 'received', label: 'Diterima', count: 1 },
      { status: 'needs_info', label: 'Menunggu Kelengkapan', count: 1 },
      { status: 'invalid', label: 'Tidak Valid', count: 2 },
      { status: 'forwarded', label: 'Diteruskan', count: 1 },
      { status: 'in_progress', label: 'Ditindaklanjuti', count: 1 },
      { status: 'resolved', label: 'Selesai', count: 4 },
    ]);
  });

  it('counts only valid complaints by agency', () => {
    // r8 (invalid, Disdukcapil) and r6 (pending, Kecamatan Juwana) are left out.
    const outcomes = (fixed: number) => ({ fixed, answered: 0, referred: 0, no_action: 0 });
    expect(statistics.by_agency).toEqual([
      {
        agency: 'pln-ulp-pati',
        name: 'PT PLN (Persero) ULP Pati',
        kind: 'vertical',
        assigned: 3,
        open: 1,
        resolved: 2,
        awaiting_action: 0,
        in_progress: 1,
        outcomes: outcomes(2),
        overdue_first_response: 0,
      },
      {
        agency: 'dinas-pupr',
        name: 'Dinas PUPR',
        kind: 'opd',
        assigned: 2,
        open: 0,
        resolved: 2,
        awaiting_action: 0,
        in_progress: 0,
        outcomes: outcomes(2),
        overdue_first_response: 0,
      },
      {
        agency: 'disdukcapil',
        name: 'Disdukcapil',
        kind: 'opd',
        assigned: 1,
        open: 1,
        resolved: 0,
        awaiting_action: 1,
        in_progress: 0,
        outcomes: outcomes(0),
        overdue_first_response: 0,
      },
    ]);
  });

  it('counts by district', () => {
    expect(statistics.by_district).toEqual([
      { district_code: '33.18.10', name: 'Pati', received: 5, valid: 3, invalid: 0, pending: 2, resolved: 2 },
      { district_code: '33.18.11', name: 'Juwana', received: 3, valid: 2, invalid: 1, pending: 0, resolved: 1 },
      { district_code: '33.18.12', name: 'Margorejo', ...zero },
      { district_code: null, name: 'Tidak diketahui', received: 2, valid: 1, invalid: 1, pending: 0, resolved: 1 },
    ]);
  });

  it('counts weekly with gaps filled', () => {
    expect(statistics.weekly).toEqual([
      { week_start: '2023-02-27', received: 2, valid: 2, invalid: 0, resolved: 1 },
      { week_start: '2023-03-06', received: 5, valid: 4, invalid: 1, resolved: 0 },
      { week_start: '2023-03-13', received: 2, valid: 0, invalid: 0, resolved: 2 },
      { week_start: '2023-03-20', received: 0, valid: 0, invalid: 0, resolved: 0 },
      { week_start: '2023-03-27', received: 1, valid: 0, invalid: 1, resolved: 1 },
    ]);
  });
});

describe('computeStatistics weeks', () => {
  it('puts Sunday 23:30 WIB in old week', () => {
    const statistics = computeStatistics(
      [record({ channel: 'web', category: 'lain-lain', district: null, agency: null, status: 'received', received: '2023-03-12T16:30:00Z' })],
      REFERENCE,
    );
    expect(statistics.weekly.map((row) => row.week_start)).toEqual(['2023-03-06']);
    expect(statistics.first_received_date).toBe('2023-03-12');
  });

  it('puts Monday 00:15 WIB in new week', () => {
    const statistics = computeStatistics(
      [record({ channel: 'web', category: 'lain-lain', district: null, agency: null, status: 'received', received: '2023-03-12T17:15:00Z' })],
      REFERENCE,
    );
    expect(statistics.weekly.map((row) => row.week_start)).toEqual(['2023-03-13']);
    expect(statistics.first_received_date).toBe('2023-03-13');
  });

  it('extends weeks to resolution', () => {
    // Received W1, resolved two weeks later: rows run to the week of resolution.
    const statistics = computeStatistics(
      [
        record({ channel: 'whatsapp', category: 'jalan-rusak', district: '33.18.10', agency: 'dinas-pupr', status: 'resolved', received: '2023-03-07T03:00:00Z', resolved: '2023-03-21T03:00:00Z' }),
      ],
      REFERENCE,
    );
    expect(statistics.weekly).toEqual([
      { week_start: '2023-03-06', received: 1, valid: 1, invalid: 0, resolved: 0 },
      { week_start: '2023-03-13', received: 0, valid: 0, invalid: 0, resolved: 0 },
      { week_start: '2023-03-20', received: 0, valid: 0, invalid: 0, resolved: 1 },
    ]);
  });

  it('crosses the year boundary', () => {
    // 31 December 2022 23:30 WIB is a Saturday (week of 26 December); 9 January 2023 10:00 a Monday.
    const statistics = computeStatistics(
      [
        record({ channel: 'web', category: 'lain-lain', district: null, agency: null, status: 'received', received: '2022-12-31T16:30:00Z' }),
        record({ channel: 'web', category: 'lain-lain', district: null, agency: null, status: 'received', received: '2023-01-09T03:00:00Z' }),
      ],
      REFERENCE,
    );
    expect(statistics.weekly.map((row) => [row.week_start, row.received])).toEqual([
      ['2022-12-26', 1],
      ['2023-01-02', 0],
      ['2023-01-09', 1],
    ]);
  });

  it('skips resolved without a date', () => {
    const statistics = computeStatistics(
      [record({ channel: 'web', category: 'lain-lain', district: null, agency: null, status: 'resolved', received: '2023-03-07T03:00:00Z' })],
      REFERENCE,
    );
    expect(statistics.totals.resolved).toBe(1);
    expect(statistics.weekly).toEqual([{ week_start: '2023-03-06', received: 1, valid: 1, invalid: 0, resolved: 0 }]);
  });
});

describe('computeStatistics empty', () => {
  const statistics = computeStatistics([], REFERENCE);

  it('has zero totals', () => {
    expect(statistics.totals).toEqual({ ...zero, confidential: 0, duplicates: 0 });
    expect(statistics.first_received_date).toBeNull();
    expect(statistics.last_received_date).toBeNull();
  });

  it('lists reference channels only', () => {
    expect(statistics.by_channel.map((row) => row.channel)).toEqual(['whatsapp', 'instagram', 'web']);
    expect(statistics.by_channel.every((row) => row.received === 0)).toBe(true);
  });

  it('lists all groups with zeros', () => {
    expect(statistics.by_category_group).toEqual([
      { group: 'infrastruktur', label: 'Infrastruktur', ...zero },
      { group: 'pelayanan_publik', label: 'Pelayanan Publik', ...zero },
      { group: 'instansi_vertikal', label: 'Instansi Vertikal', ...zero },
      { group: 'lainnya', label: 'Lainnya', ...zero },
    ]);
  });

  it('lists districts without unknown row', () => {
    expect(statistics.by_district).toEqual([
      { district_code: '33.18.10', name: 'Pati', ...zero },
      { district_code: '33.18.11', name: 'Juwana', ...zero },
      { district_code: '33.18.12', name: 'Margorejo', ...zero },
    ]);
  });

  it('lists all statuses with zero', () => {
    expect(statistics.by_status.map((row) => row.count)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('has empty lists elsewhere', () => {
    expect(statistics.by_category).toEqual([]);
    expect(statistics.by_agency).toEqual([]);
    expect(statistics.weekly).toEqual([]);
  });
});

describe('computeStatistics groups', () => {
  it('keeps zero groups listed', () => {
    const statistics = computeStatistics(
      [record({ channel: 'whatsapp', category: 'listrik-pln', district: '33.18.10', agency: null, status: 'received', received: '2023-03-07T03:00:00Z' })],
      REFERENCE,
    );
    expect(statistics.by_category_group).toEqual([
      { group: 'infrastruktur', label: 'Infrastruktur', ...zero },
      { group: 'pelayanan_publik', label: 'Pelayanan Publik', ...zero },
      { group: 'instansi_vertikal', label: 'Instansi Vertikal', received: 1, valid: 0, invalid: 0, pending: 1, resolved: 0 },
      { group: 'lainnya', label: 'Lainnya', ...zero },
    ]);
  });

  it('omits unknown row when all located', () => {
    const statistics = computeStatistics(
      [record({ channel: 'whatsapp', category: 'listrik-pln', district: '33.18.12', agency: null, status: 'received', received: '2023-03-07T03:00:00Z' })],
      REFERENCE,
    );
    expect(statistics.by_district.map((row) => row.name)).toEqual(['Pati', 'Juwana', 'Margorejo']);
    expect(statistics.by_district[2]?.received).toBe(1);
  });
});

describe('createStatisticsAccumulator', () => {
  it('streams records one by one', () => {
    const accumulator = createStatisticsAccumulator(REFERENCE);
    for (const item of RECORDS) {
      accumulator.add(item);
    }
    const statistics = accumulator.result();
    expect(statistics.totals.received).toBe(10);
    expect(statistics.totals.confidential).toBe(2);
    expect(statistics.weekly).toHaveLength(5);
  });

  it('counts in any order', () => {
    const statistics = computeStatistics([...RECORDS].reverse(), REFERENCE);
    expect(statistics.first_received_date).toBe('2023-03-01');
    expect(statistics.last_received_date).toBe('2023-03-28');
    expect(statistics.weekly.map((row) => row.received)).toEqual([2, 5, 2, 0, 1]);
    expect(statistics.weekly.map((row) => row.resolved)).toEqual([1, 0, 2, 0, 1]);
  });
});

describe('linked duplicates', () => {
  it('count the matter once', () => {
    const original = record({ channel: 'whatsapp', category: 'jalan', district: '33.18.10', agency: 'dpupr', status: 'forwarded', received: '2023-03-08T04:00:00Z' });
    const copy = record({ channel: 'facebook', category: 'jalan', district: '33.18.10', agency: null, status: 'invalid', received: '2023-03-08T05:00:00Z', duplicate: true });

    const statistics = computeStatistics([original, copy], REFERENCE);
    expect(statistics.totals.received).toBe(1);
    expect(statistics.totals.invalid).toBe(0);
    expect(statistics.totals.duplicates).toBe(1);
    expect(statistics.by_channel.find((row) => row.channel === 'facebook')?.received ?? 0).toBe(0);
  });
});
