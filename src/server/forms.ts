/**
 * Read a submitted form as plain strings; files and repeated fields are not used by these forms.
 * Returns null when the body is not a readable form (another content type, a broken upload).
 */
export async function formValues(request: Request): Promise<Record<string, string> | null> {
  let data: FormData;
  try {
    data = await request.formData();
  } catch {
    return null;
  }
  const values: Record<string, string> = {};
  for (const [key, value] of data.entries()) {
    if (typeof value === 'string' && !(key in values)) {
      values[key] = value;
    }
  }
  return values;
}

/** Message for a body that `formValues` could not read. */
export const UNREADABLE_FORM = 'Formulir tidak dapat dibaca. Muat ulang halaman, lalu isi dan kirim kembali.';

/** Attributes that connect an input with its error message, for screen readers. */
export function fieldState(errors: Record<string, string>, name: string) {
  return errors[name]
    ? { 'aria-invalid': 'true' as const, 'aria-describedby': `${name}-galat` }
    : { 'aria-invalid': undefined, 'aria-describedby': undefined };
}

/** Return the record id in a route such as /staf/admin/petugas/[id]/, or null when it cannot be one. */
export function routeId(value: string | undefined): number | null {
  return value !== undefined && /^[1-9]\d{0,8}$/.test(value) ? Number(value) : null;
}
