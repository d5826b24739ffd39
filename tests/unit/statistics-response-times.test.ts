import { describe, expect, it } from 'vitest';
import type { AggregateRecord } from '../../src/domain/public-view.ts';
import { createStatisticsAccumulator, type Statistics } from '../../src/domain/statistics.ts';
import { periodOf } from '../../src/domain/statistics/periods.ts';
import { aggregateRecord, forwardedRecord, REFERENCE } from '../support/statistics-fixtures.ts';

// Snapshot time: Monday 3 April 2023 10:00 WIB. Targets: verification 3, first follow-up 5 working days.
const AS_OF = REFERENCE.asOf.toISOString();

const RECORDS: AggregateRecord[] = [
  // Dinas PUPR, five complaints in March.
  forwardedRecord('2023-03-01T02:00:00Z', 'dpupr', { verification: 0, firstResponse: 2, resolution: 4, resolvedAt: '2023-03-08T02:00:00Z' }),
  forwardedRecord('2023-03-02T02:00:00Z', 'dpupr', { verification: 1, firstResponse: 5, resolution: 9, resolvedAt: '2023-03-16T02:00:00Z' }),
  forwardedRecord('2023-03-03T02:00:00Z', 'dpupr', { verification: 3, firstResponse: 7 }),
  // Follow-up due at exactly the snapshot time: overdue.
  forwardedRecord('2023-03-06T02:00:00Z', 'dpupr', { verification: 4 }, { action_due_at: AS_OF }),
  forwardedRecord('2023-03-07T02:00:00Z', 'dpupr', { verification: 6 }, { action_due_at: '2023-04-05T17:00:00Z' }),
  // PLN, four complaints by Instagram: two in March, two in April.
  forwardedRecord('2023-03-08T02:00:00Z', 'pln', { verification: 1 }, { channel: 'instagram', category_slug: 'listrik', category_group: 'instansi_vertikal' }),
  forwardedRecord('2023-03-09T02:00:00Z', 'pln', { verification: 1 }, { channel: 'instagram', category_slug: 'listrik', category_group: 'instansi_vertikal' }),
  forwardedRecord('2023-04-02T02:00:00Z', 'pln', { verification: 2 }, { channel: 'instagram', category_slug: 'listrik', category_group: 'instansi_vertikal' }),
  forwardedRecord('2023-04-02T03:00:00Z', 'pln', { verification: 2 }, { channel: 'instagram', category_slug: 'listrik', category_group: 'instansi_vertikal' }),
  // Rejected as spam after two working days.
  aggregateRecord({ received_at: '2023-03-10T02:00:00Z', status: 'invalid', invalid_reason: 'spam', verification_days: 2 }),
  // Still in verification: one past its deadline, one waiting for the reporter.
  aggregateRecord({ received_at: '2023-03-27T02:00:00Z', verification_due_at: '2023-03-31T17:00:00Z' }),
  aggregateRecord({ received_at: '2023-03-28T02:00:00Z', status: 'needs_info', category_slug: 'adminduk', category_group: 'pelayanan_publik' }),
  // A linked duplicate: left out of every count and time.
  aggregateRecord({ received_at: '2023-03-11T02:00:00Z', status: 'invalid', invalid_reason: 'duplicate', verification_days: 0, duplicate: true }),
];

const accumulator = createStatisticsAccumulator(REFERENCE);
for (const record of RECORDS) {
  accumulator.add(record);
}
const allTime: Statistics = accumulator.result();

describe('response times overall', () => {
  const overall = allTime.response_times.overall;

  it('summarises verification', () => {
    // Sorted: 0 1 1 1 2 2 2 3 4 6. Median: mean of ranks 5 and 6; p90: rank 9.
    expect(overall.verification).toEqual({ count: 10, median: 2, p90: 4, target_days: 3, on_time: 8, late: 2 });
  });

  it('summarises first follow-up', () => {
    // Sorted: 2 5 7; p90 rank ceil(2.7) = 3.
    expect(overall.first_response).toEqual({ count: 3, median: 5, p90: 7, target_days: 5, on_time: 2, late: 1 });
  });

  it('summarises resolution', () => {
    expect(overall.resolution).toEqual({ count: 2, median: 6.5, p90: 9 });
  });

  it('counts overdue clocks at the snapshot time', () => {
    expect(overall.overdue_verification).toBe(1);
    expect(overall.overdue_first_response).toBe(1);
  });

  it('publishes the distributions', () => {
    expect(overall.distribution).toEqual({
      verification: [1, 3, 3, 1, 1, 0, 1],
      first_response: [0, 0, 1, 0, 0, 1, 0, 1],
      resolution: [0, 0, 0, 0, 1, 0, 0, 0, 0, 1],
    });
  });

  it('states the definitions used', () => {
    expect(allTime.response_times.minimum_cases).toBe(5);
    expect(allTime.response_times.percentile).toBe(90);
  });
});

describe('response times by agency', () => {
  const byAgency = Object.fromEntries(allTime.response_times.by_agency.map((row) => [row.agency, row]));

  it('compares agencies with five cases', () => {
    expect(byAgency.dpupr?.cases).toBe(5);
    expect(byAgency.dpupr?.compared).toBe(true);
  });

  it('does not compare agencies with four', () => {
    expect(byAgency.pln?.cases).toBe(4);
    expect(byAgency.pln?.compared).toBe(false);
  });

  it('summarises one agency', () => {
    // Verification sorted 0 1 3 4 6: median 3, p90 rank 5.
    expect(byAgency.dpupr?.verification).toEqual({ count: 5, median: 3, p90: 6, target_days: 3, on_time: 3, late: 2 });
    expect(byAgency.dpupr?.overdue_first_response).toBe(1);
  });

  it('applies the minimum to the period', () => {
    // In March PLN had only two complaints.
    const march = accumulator.statisticsOf(periodOf('2023-03'));
    expect(march.response_times.by_agency.find((row) => row.agency === 'pln')).toMatchObject({ cases: 2, compared: false });
  });

  it('lists agencies without a valid complaint nowhere', () => {
    expect(byAgency.disdukcapil).toBeUndefined();
  });
});

describe('response times by group and district', () => {
  it('splits by category group', () => {
    const byGroup = Object.fromEntries(allTime.response_times.by_category_group.map((row) => [row.group, row]));
    expect(byGroup.infrastruktur?.cases).toBe(7);
    expect(byGroup.infrastruktur?.verification.median).toBe(2.5);
    expect(byGroup.instansi_vertikal?.verification).toMatchObject({ count: 4, median: 1.5, p90: 2 });
    expect(byGroup.pelayanan_publik?.verification.count).toBe(0);
    expect(byGroup.pelayanan_publik?.verification.median).toBeNull();
    expect(byGroup.lainnya?.cases).toBe(0);
  });

  it('lists districts with complaints', () => {
    expect(allTime.response_times.by_district.map((row) => [row.district_code, row.cases])).toEqual([['33.18.10', 12]]);
  });
});

describe('months merged into a year', () => {
  it('give the times of all records', () => {
    const year = accumulator.statisticsOf(periodOf('2023'));
    expect(year.response_times.overall).toEqual(allTime.response_times.overall);
  });

  it('split the times by month', () => {
    const april = accumulator.statisticsOf(periodOf('2023-04'));
    expect(april.response_times.overall.verification).toMatchObject({ count: 2, median: 2, p90: 2 });
    const march = accumulator.statisticsOf(periodOf('2023-03'));
    expect(march.response_times.overall.verification.count).toBe(8);
  });
});

describe('funnel', () => {
  const funnel = allTime.funnel.overall;

  it('follows complaints from receipt to outcome', () => {
    expect(funnel).toMatchObject({
      received: 12,
      pending: 2,
      needs_info: 1,
      invalid: 1,
      valid: 9,
      forwarded: 9,
      awaiting_action: 6,
      in_progress: 1,
      resolved: 2,
    });
  });

  it('adds up at every step', () => {
    expect(funnel.pending + funnel.invalid + funnel.valid).toBe(funnel.received);
    expect(funnel.invalid_reasons.reduce((sum, row) => sum + row.count, 0)).toBe(funnel.invalid);
    expect(funnel.awaiting_action + funnel.in_progress + funnel.resolved).toBe(funnel.forwarded);
    expect(funnel.outcomes.reduce((sum, row) => sum + row.count, 0)).toBe(funnel.resolved);
  });

  it('names reasons and outcomes', () => {
    expect(funnel.invalid_reasons.find((row) => row.reason === 'spam')).toEqual({ reason: 'spam', label: 'Spam', count: 1 });
    expect(funnel.outcomes.find((row) => row.outcome === 'answered')).toEqual({
      outcome: 'answered',
      label: 'Dijawab dengan penjelasan',
      count: 2,
    });
  });

  it('splits by channel', () => {
    const instagram = allTime.funnel.by_channel.find((row) => row.channel === 'instagram');
    expect(instagram).toMatchObject({ label: 'Instagram', received: 4, valid: 4, awaiting_action: 4, resolved: 0 });
    const whatsapp = allTime.funnel.by_channel.find((row) => row.channel === 'whatsapp');
    expect(whatsapp).toMatchObject({ received: 8, valid: 5, invalid: 1, pending: 2 });
  });
});

describe('linked duplicates', () => {
  it('are counted once, apart', () => {
    expect(allTime.totals.duplicates).toBe(1);
    expect(allTime.totals.received).toBe(12);
    expect(allTime.funnel.overall.invalid_reasons.find((row) => row.reason === 'duplicate')?.count).toBe(0);
  });

  it('count in the period they were received', () => {
    expect(accumulator.statisticsOf(periodOf('2023-03')).totals.duplicates).toBe(1);
    expect(accumulator.statisticsOf(periodOf('2023-04')).totals.duplicates).toBe(0);
  });

  it('keep a period with data', () => {
    const onlyCopy = createStatisticsAccumulator(REFERENCE);
    onlyCopy.add(aggregateRecord({ received_at: '2023-05-02T02:00:00Z', status: 'invalid', invalid_reason: 'duplicate', duplicate: true }));
    expect(onlyCopy.periods().map((period) => period.key)).toEqual(['2023', '2023-05']);
    expect(onlyCopy.result().totals).toMatchObject({ received: 0, duplicates: 1 });
  });
});
