import { describe, expect, it } from 'vitest';
import { duplicateMatch, similarity, wordsOf } from '../../src/domain/duplicates.ts';

const base = {
  receivedAt: new Date('2022-09-05T03:00:00Z'),
  categoryId: 1,
  districtCode: '33.18.10',
  text: 'Jalan berlubang besar di depan SD Negeri Winong, sudah tiga minggu belum diperbaiki.',
};

describe('wordsOf', () => {
  it('drops stopwords and punctuation', () => {
    expect([...wordsOf('Mohon, pak: jalan RUSAK parah!!')]).toEqual(['rusak', 'parah']);
  });
});

describe('similarity', () => {
  it('is one for equal sets', () => {
    expect(similarity(new Set(['a1', 'b2']), new Set(['a1', 'b2']))).toBe(1);
  });

  it('is shared over union', () => {
    // {lubang, besar, parah} and {lubang, besar, dalam}: 2 shared of 4.
    expect(similarity(new Set(['lubang', 'besar', 'parah']), new Set(['lubang', 'besar', 'dalam']))).toBe(0.5);
  });

  it('is zero for an empty set', () => {
    expect(similarity(new Set(), new Set(['lubang']))).toBe(0);
  });
});

describe('duplicateMatch', () => {
  it('matches same place within days', () => {
    const match = duplicateMatch(base, { ...base, text: 'Lampu mati', receivedAt: new Date('2022-09-07T03:00:00Z') });
    expect(match!.reasons).toEqual(['kecamatan dan kategori sama, selisih 2 hari']);
  });

  it('ignores same place after days', () => {
    expect(duplicateMatch(base, { ...base, text: 'Lampu mati', receivedAt: new Date('2022-09-09T04:00:00Z') })).toBeNull();
  });

  it('matches similar text elsewhere', () => {
    const match = duplicateMatch(base, {
      ...base,
      districtCode: '33.18.08',
      text: 'Ada jalan berlubang besar di depan SD Negeri Winong, tiga minggu belum diperbaiki',
    });
    expect(match!.reasons).toHaveLength(1);
    expect(match!.reasons[0]).toMatch(/^isi aduan mirip \(\d+% kata sama\)$/);
  });

  it('needs a district for place', () => {
    const noDistrict = { ...base, districtCode: null };
    expect(duplicateMatch(noDistrict, { ...noDistrict, text: 'Lampu mati' })).toBeNull();
  });
});
