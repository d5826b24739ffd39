import { describe, expect, it } from 'vitest';
import type { MapComplaint, MapDataHeader } from '../../src/domain/map-data.ts';
import { EMPTY_FILTER, filterPredicate, readFilter, writeFilter } from '../../src/domain/map-filter.ts';
import { STATUSES } from '../../src/domain/status.ts';

const header: MapDataHeader = {
  format: 1,
  statuses: [...STATUSES],
  categories: [
    { slug: 'jalan-rusak', name: 'Jalan rusak', group: 'infrastruktur' },
    { slug: 'bantuan-sosial', name: 'Bantuan sosial', group: 'pelayanan_publik' },
  ],
  districts: [
    { code: '33.18.10', name: 'Pati' },
    { code: '33.18.11', name: 'Juwana' },
  ],
};

function complaint(overrides: Partial<MapComplaint>): MapComplaint {
  return {
    ticket: 'LBP-AAAAA-AAAAA',
    receivedDate: '2022-09-10',
    categoryIndex: 0,
    status: 'received',
    districtIndex: 0,
    lat: -6.75,
    lng: 111.04,
    ...overrides,
  };
}

describe('readFilter', () => {
  it('reads every field', () => {
    const search = new URLSearchParams(
      'kelompok=infrastruktur&kategori=jalan-rusak&status=resolved&dari=2022-09-01&sampai=2022-09-30&kecamatan=33.18.11',
    );
    expect(readFilter(search, header)).toEqual({
      group: 'infrastruktur',
      category: 'jalan-rusak',
      status: 'resolved',
      from: '2022-09-01',
      to: '2022-09-30',
      district: '33.18.11',
    });
  });

  it('ignores unknown values', () => {
    const search = new URLSearchParams('kelompok=x&kategori=tidak-ada&status=open&dari=kemarin&kecamatan=33.18.99');
    expect(readFilter(search, header)).toEqual(EMPTY_FILTER);
  });

  it('round-trips through the address', () => {
    const filter = { ...EMPTY_FILTER, status: 'forwarded' as const, district: '33.18.10' };
    expect(readFilter(writeFilter(filter), header)).toEqual(filter);
    expect(writeFilter(filter).toString()).toBe('status=forwarded&kecamatan=33.18.10');
  });
});

describe('filterPredicate', () => {
  it('passes everything without a filter', () => {
    expect(filterPredicate(EMPTY_FILTER, header)(complaint({}))).toBe(true);
  });

  it('filters by group and category', () => {
    const welfare = complaint({ categoryIndex: 1 });
    expect(filterPredicate({ ...EMPTY_FILTER, group: 'infrastruktur' }, header)(welfare)).toBe(false);
    expect(filterPredicate({ ...EMPTY_FILTER, category: 'bantuan-sosial' }, header)(welfare)).toBe(true);
  });

  it('includes both ends of the period', () => {
    const passes = filterPredicate({ ...EMPTY_FILTER, from: '2022-09-10', to: '2022-09-12' }, header);
    expect(passes(complaint({ receivedDate: '2022-09-10' }))).toBe(true);
    expect(passes(complaint({ receivedDate: '2022-09-12' }))).toBe(true);
    expect(passes(complaint({ receivedDate: '2022-09-09' }))).toBe(false);
    expect(passes(complaint({ receivedDate: '2022-09-13' }))).toBe(false);
  });

  it('filters by status', () => {
    const passes = filterPredicate({ ...EMPTY_FILTER, status: 'resolved' }, header);
    expect(passes(complaint({ status: 'resolved' }))).toBe(true);
    expect(passes(complaint({ status: 'forwarded' }))).toBe(false);
  });

  it('ignores the district on request', () => {
    const filter = { ...EMPTY_FILTER, district: '33.18.11' };
    const inPati = complaint({ districtIndex: 0 });
    expect(filterPredicate(filter, header)(inPati)).toBe(false);
    expect(filterPredicate(filter, header, { ignoreDistrict: true })(inPati)).toBe(true);
  });
});
