import { describe, expect, it } from 'vitest';
import { parseAgencyForm } from '../../src/domain/forms/agency-form.ts';
import { parseAuditFilter } from '../../src/domain/forms/audit-filter-form.ts';
import { parseCategoryForm } from '../../src/domain/forms/category-form.ts';
import { parseNewStaffForm, parseStaffEditForm, staffOperationSchema } from '../../src/domain/forms/staff-account-form.ts';
import type { FormResult } from '../../src/domain/forms/fields.ts';
import { slugify } from '../../src/domain/slug.ts';

function errorsOf<T>(result: FormResult<T>): Record<string, string> {
  if (result.success) {
    throw new Error('expected the form to be rejected');
  }
  return result.errors;
}

function dataOf<T>(result: FormResult<T>): T {
  if (!result.success) {
    throw new Error(`expected the form to be accepted: ${JSON.stringify(result.errors)}`);
  }
  return result.data;
}

describe('slugify', () => {
  it.each([
    ['Dinsos P3AKB', 'dinsos-p3akb'],
    ['RSUD RAA Soewondo', 'rsud-raa-soewondo'],
    ['  Kantor Camat Pati!  ', 'kantor-camat-pati'],
    ['Dinas Pariwisata & Kebudayaan', 'dinas-pariwisata-kebudayaan'],
    ['Perumahan—Kawasan', 'perumahan-kawasan'],
    ['Café Désa', 'cafe-desa'],
    ['—', ''],
  ])('turns %j into %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('stops at 60 characters without a trailing hyphen', () => {
    const slug = slugify(`${'a'.repeat(59)} b`);
    expect(slug).toBe('a'.repeat(59));
  });
});

describe('new staff form', () => {
  it('parses a verifier', () => {
    const data = dataOf(
      parseNewStaffForm({ username: ' Siti.Aminah ', display_name: ' Siti Aminah ', role: 'verifier', agency_id: '' }),
    );
    expect(data).toEqual({ username: 'siti.aminah', display_name: 'Siti Aminah', role: 'verifier', agency_id: null });
  });

  it('parses an agency officer', () => {
    const data = dataOf(parseNewStaffForm({ username: 'budi', display_name: 'Budi', role: 'agency_officer', agency_id: '7' }));
    expect(data.agency_id).toBe(7);
  });

  it('requires an agency for officers', () => {
    const errors = errorsOf(parseNewStaffForm({ username: 'budi', display_name: 'Budi', role: 'agency_officer', agency_id: '' }));
    expect(errors.agency_id).toBe('Pilih instansi tempat petugas instansi ini bekerja.');
  });

  it('rejects an agency for other roles', () => {
    const errors = errorsOf(parseNewStaffForm({ username: 'budi', display_name: 'Budi', role: 'viewer', agency_id: '7' }));
    expect(errors.agency_id).toContain('Kosongkan pilihan instansi untuk peran Pemantau');
  });

  it('explains each invalid field', () => {
    const errors = errorsOf(parseNewStaffForm({ username: 'a b', display_name: ' ', role: 'root' }));
    expect(errors.username).toContain('Nama pengguna harus 3–40 karakter');
    expect(errors.display_name).toBe('Nama tampilan wajib diisi.');
    expect(errors.role).toBe('Pilih peran akun.');
  });

  it('asks for a missing username', () => {
    expect(errorsOf(parseNewStaffForm({ display_name: 'Budi', role: 'viewer' })).username).toBe('Nama pengguna wajib diisi.');
  });

  it('limits the display name', () => {
    const errors = errorsOf(parseNewStaffForm({ username: 'budi', display_name: 'x'.repeat(81), role: 'viewer' }));
    expect(errors.display_name).toBe('Nama tampilan terlalu panjang: 81 karakter, paling banyak 80.');
  });
});

describe('staff edit form', () => {
  it('parses a role change', () => {
    expect(dataOf(parseStaffEditForm({ display_name: 'Budi', role: 'admin', agency_id: '' }))).toEqual({
      display_name: 'Budi',
      role: 'admin',
      agency_id: null,
    });
  });

  it('rejects an agency id that is not a number', () => {
    const errors = errorsOf(parseStaffEditForm({ display_name: 'Budi', role: 'agency_officer', agency_id: '1; drop' }));
    expect(errors.agency_id).toBe('Instansi tidak valid; pilih salah satu dari daftar.');
  });

  it('knows the account operations', () => {
    expect(staffOperationSchema.safeParse({ operation: 'reset_password' }).success).toBe(true);
    expect(staffOperationSchema.safeParse({ operation: 'delete' }).success).toBe(false);
  });
});

describe('agency form', () => {
  const AGENCY = { name: 'Dinas Pariwisata', short_name: 'Dinpar', slug: '', kind: 'opd', district_code: '', active: 'on' };

  it('derives the slug from the short name', () => {
    const data = dataOf(parseAgencyForm(AGENCY));
    expect(data.slug).toBe('dinpar');
    expect(data.active).toBe(true);
    expect(data.district_code).toBeNull();
  });

  it('keeps a typed slug', () => {
    expect(dataOf(parseAgencyForm({ ...AGENCY, slug: 'dinas-pariwisata' })).slug).toBe('dinas-pariwisata');
  });

  it.each(['Dinpar', 'dinas_pariwisata', 'dinas pariwisata', 'dinas/pariwisata'])('rejects the slug %j', (slug) => {
    expect(errorsOf(parseAgencyForm({ ...AGENCY, slug })).slug).toContain('Slug hanya boleh berisi huruf kecil');
  });

  it('asks for a slug when none can be derived', () => {
    expect(errorsOf(parseAgencyForm({ ...AGENCY, short_name: '—' })).slug).toContain('Isi slug');
  });

  it('requires a district for kecamatan offices', () => {
    const errors = errorsOf(parseAgencyForm({ ...AGENCY, kind: 'district_office' }));
    expect(errors.district_code).toBe('Pilih kecamatan untuk kantor kecamatan.');
  });

  it('rejects a district for other kinds', () => {
    const errors = errorsOf(parseAgencyForm({ ...AGENCY, district_code: '33.18.01' }));
    expect(errors.district_code).toContain('Kecamatan hanya diisi untuk kantor kecamatan');
  });

  it('reads an unticked checkbox as inactive', () => {
    const { active: _, ...withoutActive } = AGENCY;
    expect(dataOf(parseAgencyForm(withoutActive)).active).toBe(false);
  });

  it('limits the name', () => {
    expect(errorsOf(parseAgencyForm({ ...AGENCY, name: 'x'.repeat(151) })).name).toContain('paling banyak 150');
  });

  it('carries the confirmations', () => {
    const data = dataOf(parseAgencyForm({ ...AGENCY, confirmed_slug: 'dinpar', confirmed_deactivation: 'on' }));
    expect(data.confirmed_slug).toBe('dinpar');
    expect(data.confirmed_deactivation).toBe(true);
  });
});

describe('category form', () => {
  const CATEGORY = {
    name: 'Taman kota',
    slug: '',
    group: 'infrastruktur',
    default_agency_id: '3',
    sort_order: '12',
    active: 'on',
  };

  it('parses a category', () => {
    expect(dataOf(parseCategoryForm(CATEGORY))).toEqual({
      name: 'Taman kota',
      slug: 'taman-kota',
      group: 'infrastruktur',
      default_agency_id: 3,
      sort_order: 12,
      active: true,
    });
  });

  it('reads an empty sort order as 0', () => {
    expect(dataOf(parseCategoryForm({ ...CATEGORY, sort_order: '' })).sort_order).toBe(0);
  });

  it.each(['-1', '10000', '1.5', 'satu'])('rejects the sort order %j', (sortOrder) => {
    expect(errorsOf(parseCategoryForm({ ...CATEGORY, sort_order: sortOrder })).sort_order).toBe(
      'Urutan harus bilangan bulat 0–9999.',
    );
  });

  it('rejects an unknown group', () => {
    expect(errorsOf(parseCategoryForm({ ...CATEGORY, group: 'jalan' })).group).toBe('Pilih kelompok kategori.');
  });
});

describe('audit filter', () => {
  it('reads staff, action and page', () => {
    expect(parseAuditFilter(new URLSearchParams('petugas=4&tindakan=sign_in_failed&halaman=3'))).toEqual({
      petugas: 4,
      tindakan: 'sign_in_failed',
      halaman: 3,
    });
  });

  it('drops values that cannot be right', () => {
    expect(parseAuditFilter(new URLSearchParams('petugas=abc&tindakan=drop_table&halaman=-2'))).toEqual({
      petugas: null,
      tindakan: null,
      halaman: 1,
    });
  });
});
