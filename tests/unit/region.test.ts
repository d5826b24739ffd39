import { describe, expect, it } from 'vitest';
import { boundsAround, locationProblem } from '../../src/domain/region.ts';

const bounds = boundsAround([
  { lat: -6.981, lng: 110.823 },
  { lat: -6.433, lng: 111.253 },
])!;

describe('locationProblem', () => {
  it('accepts a point inside', () => {
    expect(locationProblem(bounds, -6.75, 111.04, 'Kabupaten Pati')).toBeNull();
  });

  it('accepts a point within the margin', () => {
    expect(locationProblem(bounds, -7.02, 110.8, 'Kabupaten Pati')).toBeNull();
  });

  it('spots swapped coordinates', () => {
    expect(locationProblem(bounds, 111.04, -6.75, 'Kabupaten Pati')).toContain('tertukar');
  });

  it('flags a point elsewhere', () => {
    expect(locationProblem(bounds, 0, 0, 'Kabupaten Pati')).toContain('di luar wilayah Kabupaten Pati');
  });

  it('has no bounds without points', () => {
    expect(boundsAround([])).toBeNull();
  });
});
