import { z } from 'zod';
import { ROLE_LABELS, STAFF_ROLES } from '../roles.ts';
import { optionalId, parseForm, requiredText } from './fields.ts';

export const STAFF_LIMITS = {
  username: 40,
  displayName: 80,
} as const;

/** Sign-in names: 3 to 40 characters, lower case letters, digits, dot, underscore and hyphen. */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,39}$/;
export const USERNAME_RULE = 'Nama pengguna harus 3–40 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung.';

const displayName = requiredText('Nama tampilan', STAFF_LIMITS.displayName).refine(
  (value) => value.length >= 2,
  'Nama tampilan minimal 2 karakter.',
);

const role = z.enum(STAFF_ROLES, { message: 'Pilih peran akun.' });

/** Require an agency for agency officers and reject one for every other role. */
function checkAgency(form: { role: (typeof STAFF_ROLES)[number]; agency_id: number | null }, context: z.RefinementCtx) {
  if (form.role === 'agency_officer' && form.agency_id === null) {
    context.addIssue({ code: 'custom', path: ['agency_id'], message: 'Pilih instansi tempat petugas instansi ini bekerja.' });
  }
  if (form.role !== 'agency_officer' && form.agency_id !== null) {
    context.addIssue({
      code: 'custom',
      path: ['agency_id'],
      message: `Hanya petugas instansi yang terhubung ke instansi. Kosongkan pilihan instansi untuk peran ${ROLE_LABELS[form.role]}.`,
    });
  }
}

/** The "akun petugas baru" form; the password is generated, not typed. */
export const newStaffFormSchema = z
  .object({
    username: z
      .string({ message: 'Nama pengguna wajib diisi.' })
      .transform((value) => value.trim().toLowerCase())
      .refine((value) => value.length > 0, 'Nama pengguna wajib diisi.')
      .refine((value) => value.length === 0 || USERNAME_PATTERN.test(value), USERNAME_RULE),
    display_name: displayName,
    role,
    agency_id: optionalId('Instansi'),
  })
  .superRefine(checkAgency);

export type NewStaffForm = z.output<typeof newStaffFormSchema>;

/** The form on an account's page that changes its name, role and agency. */
export const staffEditFormSchema = z
  .object({
    display_name: displayName,
    role,
    agency_id: optionalId('Instansi'),
  })
  .superRefine(checkAgency);

export type StaffEditForm = z.output<typeof staffEditFormSchema>;

/** The buttons on an account's page, each a form of its own with this one field. */
export const STAFF_OPERATIONS = ['update', 'reset_password', 'deactivate', 'reactivate'] as const;
export const staffOperationSchema = z.object({
  operation: z.enum(STAFF_OPERATIONS, { message: 'Tindakan tidak dikenal. Muat ulang halaman, lalu coba lagi.' }),
});

export const parseNewStaffForm = (values: Record<string, string | undefined>) => parseForm(newStaffFormSchema, values);
export const parseStaffEditForm = (values: Record<string, string | undefined>) => parseForm(staffEditFormSchema, values);
