import { describe, expect, it } from 'vitest';
import { boundingBoxOf, geometryContains, type AreaGeometry } from '../../src/domain/geo/point-in-polygon.ts';

// A 10 × 10 square with a 2 × 2 hole in its middle, [lng, lat].
const squareWithHole: AreaGeometry = {
  type: 'Polygon',
  coordinates: [
    [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]],
    [[4, 4], [6, 4], [6, 6], [4, 6], [4, 4]],
  ],
};

const twoIslands: AreaGeometry = {
  type: 'MultiPolygon',
  coordinates: [
    [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]],
    [[[5, 5], [6, 5], [6, 6], [5, 6], [5, 5]]],
  ],
};

describe('geometryContains', () => {
  it('contains a point inside', () => {
    expect(geometryContains(squareWithHole, 2, 2)).toBe(true);
  });

  it('excludes a point in a hole', () => {
    expect(geometryContains(squareWithHole, 5, 5)).toBe(false);
  });

  it('excludes a point outside', () => {
    expect(geometryContains(squareWithHole, 11, 5)).toBe(false);
  });

  it('reads coordinates as lng, lat', () => {
    const tall: AreaGeometry = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 5], [0, 5], [0, 0]]] };
    expect(geometryContains(tall, 0.5, 4)).toBe(true);
    expect(geometryContains(tall, 4, 0.5)).toBe(false);
  });

  it('finds either part of a multipolygon', () => {
    expect(geometryContains(twoIslands, 0.5, 0.5)).toBe(true);
    expect(geometryContains(twoIslands, 5.5, 5.5)).toBe(true);
    expect(geometryContains(twoIslands, 3, 3)).toBe(false);
  });

  it('handles a concave polygon', () => {
    // A "U": the notch between the arms is outside.
    const u: AreaGeometry = {
      type: 'Polygon',
      coordinates: [[[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]]],
    };
    expect(geometryContains(u, 1.5, 2)).toBe(false);
    expect(geometryContains(u, 0.5, 2)).toBe(true);
    expect(geometryContains(u, 2.5, 2)).toBe(true);
  });

  it('rejects a non-finite point', () => {
    expect(geometryContains(squareWithHole, Number.NaN, 2)).toBe(false);
  });
});

describe('boundingBoxOf', () => {
  it('spans all parts', () => {
    expect(boundingBoxOf(twoIslands)).toEqual({ minLng: 0, minLat: 0, maxLng: 6, maxLat: 6 });
  });
});
