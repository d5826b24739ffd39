import { describe, expect, it } from 'vitest';
import {
  MIN_PASSWORD_LENGTH,
  generatePassword,
  hashPassword,
  passwordProblem,
  verifyPassword,
} from '../../src/server/auth/password.ts';

describe('hashPassword', () => {
  it('uses argon2id with OWASP minimum cost', async () => {
    const hash = await hashPassword('kuda-laut-berlari-pagi');

    expect(hash).toMatch(/^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/);
    const [, memory, iterations, lanes] = /m=(\d+),t=(\d+),p=(\d+)/.exec(hash)!.map(Number);
    expect(memory).toBeGreaterThanOrEqual(19_456);
    expect(iterations).toBeGreaterThanOrEqual(2);
    expect(lanes).toBeGreaterThanOrEqual(1);
  });

  it('verifies only the hashed password', async () => {
    const hash = await hashPassword('kuda-laut-berlari-pagi');

    expect(await verifyPassword(hash, 'kuda-laut-berlari-pagi')).toBe(true);
    expect(await verifyPassword(hash, 'kuda-laut-berlari-sore')).toBe(false);
    expect(await verifyPassword('!locked', 'kuda-laut-berlari-pagi')).toBe(false);
  });
});

describe('passwordProblem', () => {
  it('requires twelve characters', () => {
    expect(MIN_PASSWORD_LENGTH).toBe(12);
    expect(passwordProblem('Zq7#mB2$xK9')).toContain('minimal 12 karakter');
  });

  it.each(['password1234', 'qwertyuiop12', 'bismillah123', 'P@ssw0rd12345', '123456789012', 'aaaaaaaaaaaa'])(
    'rejects common password %s',
    (password) => {
      const problem = passwordProblem(password);

      expect(problem).toMatch(/^Kata sandi terlalu mudah ditebak\./);
      expect(problem).toContain('tiga atau empat kata');
    },
  );

  it('counts username and name as guesses', () => {
    const password = 'siti.aminah.pati';

    expect(passwordProblem(password, ['siti.aminah', 'Siti Aminah'])).toMatch(/^Kata sandi terlalu mudah ditebak\./);
  });

  it.each(['kuda-laut-berlari-pagi', 'genteng biru 47 meja rapat', 'Tq8!vLm3#rWz'])('accepts strong password %s', (password) => {
    expect(passwordProblem(password, ['siti.aminah', 'Siti Aminah'])).toBeNull();
  });

  // The estimator takes a few hundred milliseconds per generated password on a busy machine.
  it('accepts generated passwords', { timeout: 30_000 }, () => {
    for (let i = 0; i < 5; i += 1) {
      const password = generatePassword();
      expect(passwordProblem(password), password).toBeNull();
    }
  });
});
