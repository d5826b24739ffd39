import { beforeAll, describe, expect, it } from 'vitest';
import { locationProblem, placeOf, type RegionBoundaries } from '../../src/domain/region.ts';
import { readRegionBoundaries } from '../../src/server/boundaries.ts';

let pati: RegionBoundaries;
beforeAll(() => {
  pati = readRegionBoundaries('db/seed/deployments/pati');
});

describe('placeOf', () => {
  it('finds the village of a centroid', () => {
    // Centroid of Prawoto, Kecamatan Sukolilo, from desa.csv.
    expect(placeOf(pati, -6.967179, 110.822949)).toEqual({
      kind: 'inside',
      village: { code: '33.18.01.2001', name: 'Prawoto' },
      district: { code: '33.18.01', name: 'Sukolilo' },
    });
  });

  it('takes the district from the village', () => {
    // Centroid of Pati Kidul, a kelurahan of Kecamatan Pati.
    const place = placeOf(pati, -6.7612, 111.0401);
    expect(place.kind).toBe('inside');
    if (place.kind === 'inside') {
      expect(place.village?.code.startsWith(`${place.district?.code}.`)).toBe(true);
    }
  });

  it('spots swapped coordinates', () => {
    expect(placeOf(pati, 111.04, -6.75)).toEqual({ kind: 'swapped' });
  });

  it('puts Semarang outside', () => {
    expect(placeOf(pati, -6.9932, 110.4203)).toEqual({ kind: 'outside' });
  });

  it('puts the equator outside', () => {
    expect(placeOf(pati, 0, 111.04)).toEqual({ kind: 'outside' });
  });

  it('puts null island outside', () => {
    expect(placeOf(pati, 0, 0)).toEqual({ kind: 'outside' });
  });

  it('places village centroids in their villages', async () => {
    const { readFileSync } = await import('node:fs');
    const rows = readFileSync('db/seed/deployments/pati/desa.csv', 'utf8').trim().split('\n').slice(1);
    let inOwnVillage = 0;
    let inOwnDistrict = 0;
    for (const row of rows) {
      const [code, , , districtCode, , lat, lng] = row.split(',');
      const place = placeOf(pati, Number(lat), Number(lng));
      expect(place.kind, code).toBe('inside');
      if (place.kind === 'inside') {
        expect(place.village, code).not.toBeNull();
        inOwnVillage += place.village?.code === code ? 1 : 0;
        inOwnDistrict += place.district?.code === districtCode ? 1 : 0;
      }
    }
    // A published centroid of an oddly shaped village can lie in its neighbour, even across a
    // district line; nearly all lie in their own village.
    expect(inOwnVillage / rows.length).toBeGreaterThan(0.95);
    expect(inOwnDistrict / rows.length).toBeGreaterThan(0.98);
  });
});

describe('locationProblem', () => {
  it('accepts a point inside', () => {
    expect(locationProblem(placeOf(pati, -6.75, 111.04), 'Kabupaten Pati')).toBeNull();
  });

  it('names swapped coordinates', () => {
    expect(locationProblem({ kind: 'swapped' }, 'Kabupaten Pati')).toContain('tertukar');
  });

  it('names the region for a point elsewhere', () => {
    expect(locationProblem({ kind: 'outside' }, 'Kabupaten Pati')).toContain('di luar wilayah Kabupaten Pati');
  });
});
