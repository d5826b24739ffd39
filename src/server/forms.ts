/** Read a submitted form as plain strings; files and repeated fields are not used by these forms. */
export async function formValues(request: Request): Promise<Record<string, string>> {
  const data = await request.formData();
  const values: Record<string, string> = {};
  for (const [key, value] of data.entries()) {
    if (typeof value === 'string' && !(key in values)) {
      values[key] = value;
    }
  }
  return values;
}

/** Attributes that connect an input with its error message, for screen readers. */
export function fieldState(errors: Record<string, string>, name: string) {
  return errors[name]
    ? { 'aria-invalid': 'true' as const, 'aria-describedby': `${name}-galat` }
    : { 'aria-invalid': undefined, 'aria-describedby': undefined };
}
