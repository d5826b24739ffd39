import { z } from 'zod';

/** Maximum password length in characters, so that Argon2 and the strength check stay fast. */
export const MAX_PASSWORD_LENGTH = 256;

const password = (missing: string) =>
  z
    .string({ message: missing })
    .refine((value) => value.length > 0, missing)
    .refine((value) => value.length <= MAX_PASSWORD_LENGTH, `Kata sandi paling panjang ${MAX_PASSWORD_LENGTH} karakter.`);

/**
 * The form on which a signed-in staff member changes their own password. Passwords are kept
 * as typed, spaces included, because a passphrase may start or end with one.
 */
export const passwordChangeFormSchema = z
  .object({
    current_password: password('Isi kata sandi yang Anda pakai sekarang.'),
    new_password: password('Isi kata sandi baru.'),
    confirm_password: z.string({ message: 'Ulangi kata sandi baru.' }),
  })
  .superRefine((form, context) => {
    if (form.confirm_password !== form.new_password) {
      context.addIssue({
        code: 'custom',
        path: ['confirm_password'],
        message: 'Ulangan kata sandi baru tidak sama. Ketik kata sandi baru yang sama di kedua kolom.',
      });
    }
    if (form.new_password.length > 0 && form.new_password === form.current_password) {
      context.addIssue({
        code: 'custom',
        path: ['new_password'],
        message: 'Kata sandi baru sama dengan kata sandi sekarang. Pilih kata sandi yang berbeda.',
      });
    }
  });

export type PasswordChangeForm = z.output<typeof passwordChangeFormSchema>;
