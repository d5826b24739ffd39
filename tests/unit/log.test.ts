import { describe, expect, it } from 'vitest';
import { serializeError } from '../../src/server/log.ts';

describe('serializeError', () => {
  it('drops query parameters', () => {
    const error = new Error('Failed query: insert into "complaints" values ($1, $2)\nparams: Siti Rahayu,0812-0000-5555');
    const serialized = serializeError(error);

    expect(serialized.message).toBe('Failed query: insert into "complaints" values ($1, $2)\nparams: [disembunyikan]');
    expect(serialized.stack).not.toContain('Siti Rahayu');
  });

  it('drops row values of constraint errors', () => {
    const cause = Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' });
    const error = new Error('Failed query', { cause });
    (cause as Error & { message: string }).message = 'Key (phone_e164)=(+6281200005555) already exists.';

    const serialized = serializeError(error);
    expect(serialized.cause!.message).toBe('Key (…)=(…) already exists.');
    expect(serialized.cause!.code).toBe('23505');
  });

  it('handles values that are not errors', () => {
    expect(serializeError('plain text')).toEqual({ type: 'string', message: 'plain text' });
  });
});
