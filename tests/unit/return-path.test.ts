import { describe, expect, it } from 'vitest';
import { safeReturnPath } from '../../src/server/auth/guards.ts';

describe('safeReturnPath', () => {
  it.each([
    ['/staf/aduan/5/', '/staf/aduan/5/'],
    ['/staf/?status=received&halaman=2', '/staf/?status=received&halaman=2'],
    ['/staf', '/staf'],
    ['/staf/%2F%2Fevil.example', '/staf/%2F%2Fevil.example'],
    ['/staf/@evil.example', '/staf/@evil.example'],
  ])('keeps local staff path %s', (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });

  it.each([
    [null],
    [''],
    ['//evil.example'],
    ['https://evil.example/staf/'],
    ['/\\evil.example'],
    ['/staf/..//evil.example'],
    ['/staf/%2e%2e//evil.example'],
    ['/staf/../..//evil.example'],
    ['/staf/../lacak/'],
    ['/staf//evil.example'],
    ['/statistik/'],
    ['/staf/\u0000'],
    ['javascript:alert(1)'],
    ['\\\\evil'],
    ['/%2F%2Fevil.example'],
    ['/%5C%5Cevil.example'],
    ['https:evil.example'],
    ['HTTPS://evil.example'],
    ['\u2215\u2215evil.example'],
    ['/\t/evil.example'],
    ['/\n/evil.example'],
    ['/\r\n/evil.example'],
    ['\t//evil.example'],
    [' //evil.example'],
    ['/staf/\n//evil.example'],
    ['/staf/\r\nSet-Cookie: x=1'],
    [undefined],
  ])('falls back for %s', (input) => {
    expect(safeReturnPath(input)).toBe('/staf/');
  });
});
