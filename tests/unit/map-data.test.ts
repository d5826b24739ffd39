import { describe, expect, it } from 'vitest';
import { createMapRowEncoder, decodeMapRow, isMapListed, newestFirst } from '../../src/domain/map-data.ts';
import type { PublicComplaint } from '../../src/domain/public-view.ts';
import { shadeClasses } from '../../src/scripts/map/shade-classes.ts';
import { resolvedComplaint } from '../support/public-complaint.ts';

/** An infrastructure complaint forwarded but not yet resolved, with `overrides` applied. */
function publicRow(overrides: Partial<PublicComplaint>): PublicComplaint {
  return resolvedComplaint({
    ticket: 'LBP-AAAAA-AAAAA',
    received_at: '2022-09-10T03:00:00.000Z',
    received_date: '2022-09-10',
    agency: null,
    agency_slug: null,
    agency_kind: null,
    status: 'forwarded',
    outcome: null,
    resolved_at: null,
    resolved_date: null,
    summary: 'Jalan berlubang.',
    verified_at: null,
    forwarded_at: null,
    first_response_at: null,
    verification_days: null,
    first_response_days: null,
    resolution_days: null,
    ...overrides,
  });
}

const reference = {
  categories: [{ slug: 'jalan-rusak', name: 'Jalan rusak', group: 'infrastruktur' as const }],
  districts: [{ code: '33.18.10', name: 'Pati' }],
};

describe('map rows', () => {
  it('round-trips a located complaint', () => {
    const encoder = createMapRowEncoder(reference);
    const row = encoder.encode(publicRow({}));
    expect(row).toEqual(['LBP-AAAAA-AAAAA', '2022-09-10', 0, 3, 0, -6.75, 111.04]);
    expect(decodeMapRow(encoder.header(), row)).toEqual({
      ticket: 'LBP-AAAAA-AAAAA',
      receivedDate: '2022-09-10',
      categoryIndex: 0,
      status: 'forwarded',
      districtIndex: 0,
      lat: -6.75,
      lng: 111.04,
    });
  });

  it('keeps latitude zero', () => {
    const encoder = createMapRowEncoder(reference);
    const complaint = decodeMapRow(encoder.header(), encoder.encode(publicRow({ lat: 0, lng: 111.04 })));
    expect(complaint?.lat).toBe(0);
  });

  it('keeps a missing location null', () => {
    const encoder = createMapRowEncoder(reference);
    const complaint = decodeMapRow(encoder.header(), encoder.encode(publicRow({ lat: null, lng: null })));
    expect(complaint?.lat).toBeNull();
    expect(complaint?.lng).toBeNull();
  });

  it('marks an unknown district -1', () => {
    const encoder = createMapRowEncoder(reference);
    expect(encoder.encode(publicRow({ district_code: null, district_name: null }))[4]).toBe(-1);
  });

  it('adds categories missing from the reference', () => {
    const encoder = createMapRowEncoder(reference);
    const row = encoder.encode(publicRow({ category_slug: 'bantuan-sosial', category: 'Bantuan sosial', category_group: 'pelayanan_publik', lat: null, lng: null }));
    const header = encoder.header();
    expect(header.categories[row[2]]).toEqual({ slug: 'bantuan-sosial', name: 'Bantuan sosial', group: 'pelayanan_publik' });
    expect(isMapListed(header, decodeMapRow(header, row)!)).toBe(false);
  });

  it('drops a row with an unknown status', () => {
    const encoder = createMapRowEncoder(reference);
    expect(decodeMapRow(encoder.header(), ['LBP-AAAAA-AAAAA', '2022-09-10', 0, 99, 0, null, null])).toBeNull();
  });

  it('drops points that are not numbers', () => {
    const encoder = createMapRowEncoder(reference);
    const row = ['LBP-AAAAA-AAAAA', '2022-09-10', 0, 0, 0, '1', 2] as unknown as Parameters<typeof decodeMapRow>[1];
    expect(decodeMapRow(encoder.header(), row)?.lat).toBeNull();
  });
});

describe('newestFirst', () => {
  it('keeps the newest', () => {
    const items = ['2022-09-01', '2022-09-03', '2022-09-02'].map((receivedDate) => ({ receivedDate }));
    expect(newestFirst(items, 2).map((item) => item.receivedDate)).toEqual(['2022-09-03', '2022-09-02']);
  });

  it('caps a long list', () => {
    const items = Array.from({ length: 250 }, (_, index) => ({ receivedDate: `2022-09-${String((index % 28) + 1).padStart(2, '0')}` }));
    expect(newestFirst(items, 100)).toHaveLength(100);
  });
});

describe('shadeClasses', () => {
  it('has one class without complaints', () => {
    expect(shadeClasses(0)).toEqual([{ min: 0, max: 0, colour: '#f7fbff' }]);
  });

  it('covers every count once', () => {
    for (const max of [1, 3, 4, 7, 21, 1000]) {
      const classes = shadeClasses(max);
      for (let count = 0; count <= max; count += 1) {
        expect(classes.filter((item) => count >= item.min && count <= item.max), `${count} of ${max}`).toHaveLength(1);
      }
      expect(classes.length).toBeLessThanOrEqual(5);
    }
  });
});

describe('newestFirst order', () => {
  it('matches a full sort', () => {
    const dates = Array.from({ length: 500 }, (_, index) => `2022-${String((index * 7) % 12 + 1).padStart(2, '0')}-${String((index * 13) % 28 + 1).padStart(2, '0')}`);
    const items = dates.map((receivedDate, position) => ({ receivedDate, position }));
    const sorted = [...items].sort((a, b) => b.receivedDate.localeCompare(a.receivedDate) || a.position - b.position);
    expect(newestFirst(items, 100)).toEqual(sorted.slice(0, 100));
  });

  it('returns nothing for zero', () => {
    expect(newestFirst([{ receivedDate: '2022-09-01' }], 0)).toEqual([]);
  });
});
