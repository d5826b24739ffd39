import { describe, expect, it } from 'vitest';
import { filterQuery, parseListFilter } from '../../src/server/complaints/list-filter.ts';

const parse = (query: string) => parseListFilter(new URLSearchParams(query), 'Asia/Jakarta', 'LBP');

describe('parseListFilter', () => {
  it('reads every parameter', () => {
    const { filter, values } = parse(
      'status=forwarded&kanal=whatsapp&kategori=3&instansi=7&kecamatan=33.18.08&dari=2022-09-01&sampai=2022-09-30&terlambat=1&cari=jalan+rusak&urut=urgent&halaman=2',
    );

    expect(filter).toEqual({
      status: 'forwarded',
      channel: 'whatsapp',
      categoryId: 3,
      agencyId: 7,
      districtCode: '33.18.08',
      // Midnight WIB is 17:00 UTC the day before.
      receivedFrom: new Date('2022-08-31T17:00:00Z'),
      receivedUntil: new Date('2022-09-30T17:00:00Z'),
      overdue: true,
      search: 'jalan rusak',
      ticket: null,
      sort: 'urgent',
      page: 2,
    });
    expect(values.cari).toBe('jalan rusak');
  });

  it('ignores malformed values', () => {
    const { filter, values } = parse('status=selesai&kanal=telegram&kategori=abc&dari=2022-02-30&halaman=0&urut=random');

    expect(filter.status).toBeNull();
    expect(filter.channel).toBeNull();
    expect(filter.categoryId).toBeNull();
    expect(filter.receivedFrom).toBeNull();
    expect(filter.page).toBe(1);
    expect(filter.sort).toBe('newest');
    expect(values).toEqual({});
  });

  it('recognises a typed ticket', () => {
    expect(parse('cari=lbp 7k3m2 q9xw2').filter.ticket).toBe('LBP-7K3M2-Q9XW2');
  });
});

describe('filterQuery', () => {
  it('replaces and removes values', () => {
    expect(filterQuery({ status: 'received', halaman: '3' }, { halaman: '4' })).toBe('?status=received&halaman=4');
    expect(filterQuery({ status: 'received', halaman: '3' }, { halaman: null })).toBe('?status=received');
    expect(filterQuery({}, {})).toBe('');
  });
});
