/** URL slugs of agencies and categories, e.g. `/instansi/dinkes/`. */

export const SLUG_PATTERN = /^[a-z0-9-]+$/;
export const MAX_SLUG_LENGTH = 60;

/**
 * Derive a slug from a name: lower case, accents dropped, every run of other characters turned
 * into one hyphen, no hyphen at either end. "Dinsos P3AKB" becomes "dinsos-p3akb". Returns an
 * empty string when the name has no letter or digit.
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, '');
}
