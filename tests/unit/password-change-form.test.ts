import { describe, expect, it } from 'vitest';
import { passwordChangeFormSchema } from '../../src/domain/forms/password-change-form.ts';

const NEW_PASSWORD = 'genteng biru 47 meja rapat';

describe('passwordChangeFormSchema', () => {
  it('accepts a valid change', () => {
    const result = passwordChangeFormSchema.safeParse({ current_password: ' lama ', new_password: NEW_PASSWORD, confirm_password: NEW_PASSWORD });

    expect(result.data).toEqual({ current_password: ' lama ', new_password: NEW_PASSWORD, confirm_password: NEW_PASSWORD });
  });

  it('requires matching new passwords', () => {
    const result = passwordChangeFormSchema.safeParse({ current_password: 'a', new_password: NEW_PASSWORD, confirm_password: 'lain' });

    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['confirm_password']);
  });

  it('rejects an unchanged password', () => {
    const result = passwordChangeFormSchema.safeParse({ current_password: NEW_PASSWORD, new_password: NEW_PASSWORD, confirm_password: NEW_PASSWORD });

    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['new_password']);
  });

  it('rejects overlong passwords', () => {
    const long = 'a'.repeat(257);
    const result = passwordChangeFormSchema.safeParse({ current_password: 'lama', new_password: long, confirm_password: long });

    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['Kata sandi paling panjang 256 karakter.']);
  });

  it('requires every field', () => {
    const result = passwordChangeFormSchema.safeParse({});

    expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['confirm_password', 'current_password', 'new_password']);
  });
});
