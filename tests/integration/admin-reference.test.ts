import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencies, auditLog, deploymentSettings } from '../../db/schema/index.ts';
import { createComplaint, loadReferenceIds, type ReferenceIds } from '../../db/seed/factories.ts';
import { NotFoundError, ValidationError } from '../../src/domain/errors.ts';
import { parseAgencyForm, type AgencyForm } from '../../src/domain/forms/agency-form.ts';
import { parseCategoryForm, type CategoryForm } from '../../src/domain/forms/category-form.ts';
import type { FormResult } from '../../src/domain/forms/fields.ts';
import { parseSettingsForm, settingsFormValues } from '../../src/domain/forms/settings-form.ts';
import { agencySaveWarnings, getAgency, listAgencies, saveAgency } from '../../src/server/admin/agencies.ts';
import { getCategory, listCategories, saveCategory } from '../../src/server/admin/categories.ts';
import { saveDeploymentSettings } from '../../src/server/admin/settings.ts';
import { isUniqueViolation } from '../../src/server/errors.ts';
import { createStaffAccount } from '../../src/server/auth/staff-accounts.ts';
import { loadDeploymentSettings } from '../../src/server/reference-data.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-database.ts';

let database: TestDatabase;
let ids: ReferenceIds;
let actor: { staffId: number; clientAddress: string };

beforeAll(async () => {
  database = await openTestDatabase();
  ids = await loadReferenceIds(database.db);
  const adminId = await createStaffAccount(database.db, {
    username: 'admin',
    displayName: 'Admin',
    role: 'admin',
    password: 'kata-sandi-admin-uji',
  });
  actor = { staffId: adminId, clientAddress: '10.0.0.8' };
});

afterAll(async () => {
  await database.close();
});

function parsed<T>(result: FormResult<T>): T {
  if (!result.success) {
    throw new Error(`expected the form to be accepted: ${JSON.stringify(result.errors)}`);
  }
  return result.data;
}

function agencyForm(values: Record<string, string>): AgencyForm {
  return parsed(parseAgencyForm({ kind: 'opd', active: 'on', ...values }));
}

function categoryForm(values: Record<string, string>): CategoryForm {
  return parsed(parseCategoryForm({ group: 'lainnya', active: 'on', ...values }));
}

async function lastAuditEntry(targetType: string, targetId: number | null) {
  const rows = await database.db.select().from(auditLog).where(eq(auditLog.targetType, targetType)).orderBy(auditLog.id);
  return rows.filter((row) => targetId === null || row.targetId === String(targetId)).at(-1);
}

describe('saveAgency', () => {
  it('creates an agency with a derived slug', async () => {
    const id = await saveAgency(database.db, null, agencyForm({ name: 'Dinas Pariwisata', short_name: 'Dinpar' }), actor);

    expect(await getAgency(database.db, id)).toMatchObject({
      slug: 'dinpar',
      name: 'Dinas Pariwisata',
      kind: 'opd',
      active: true,
    });
    expect(await lastAuditEntry('agency', id)).toMatchObject({
      action: 'agency_saved',
      staffId: actor.staffId,
      clientAddress: '10.0.0.8',
      detail: {
        created: { name: 'Dinas Pariwisata', shortName: 'Dinpar', slug: 'dinpar', kind: 'opd', districtCode: null, active: true },
      },
    });
  });

  it('creates a kecamatan office', async () => {
    const form = agencyForm({
      name: 'Kantor Kecamatan Uji',
      short_name: 'Kec. Uji',
      kind: 'district_office',
      district_code: '33.18.01',
    });

    const id = await saveAgency(database.db, null, form, actor);

    expect((await getAgency(database.db, id))!.districtCode).toBe('33.18.01');
    expect((await listAgencies(database.db)).find((row) => row.id === id)!.districtName).toBeTruthy();
  });

  it('rejects a slug in use', async () => {
    const attempt = saveAgency(database.db, null, agencyForm({ name: 'Dinas Kesehatan Baru', short_name: 'Dinkes' }), actor);

    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toMatchObject({
      fieldErrors: { slug: 'Slug "dinkes" sudah dipakai instansi Dinas Kesehatan; pilih slug lain.' },
    });
  });

  it('rejects an unknown district', async () => {
    const form = agencyForm({
      name: 'Kecamatan Fiktif',
      short_name: 'Fiktif',
      kind: 'district_office',
      district_code: '33.18.99',
    });

    await expect(saveAgency(database.db, null, form, actor)).rejects.toMatchObject({
      fieldErrors: { district_code: 'Kecamatan tidak ditemukan; pilih dari daftar.' },
    });
  });

  it('records old and new values of a change', async () => {
    const id = await saveAgency(database.db, null, agencyForm({ name: 'Dinas Perpustakaan', short_name: 'Dispusip' }), actor);

    await saveAgency(
      database.db,
      id,
      agencyForm({ name: 'Dinas Kearsipan dan Perpustakaan', short_name: 'Dispusip', slug: 'dispusip-pati' }),
      actor,
    );

    expect((await lastAuditEntry('agency', id))!.detail).toEqual({
      slug: 'dispusip-pati',
      changes: {
        name: { from: 'Dinas Perpustakaan', to: 'Dinas Kearsipan dan Perpustakaan' },
        slug: { from: 'dispusip', to: 'dispusip-pati' },
      },
    });
  });

  it('raises NotFoundError for an unknown id', async () => {
    await expect(saveAgency(database.db, 999_999, agencyForm({ name: 'X Y', short_name: 'XY' }), actor)).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});

describe('agencySaveWarnings', () => {
  it('warns about a slug change until confirmed', async () => {
    const agency = (await getAgency(database.db, ids.agency('dlh')))!;
    const values = { name: agency.name, short_name: agency.shortName, slug: 'dinas-lh' };

    expect(await agencySaveWarnings(database.db, agency, agencyForm(values))).toEqual({
      slugChange: { from: 'dlh', to: 'dinas-lh' },
      deactivation: null,
    });
    expect(await agencySaveWarnings(database.db, agency, agencyForm({ ...values, confirmed_slug: 'dinas-lh' }))).toBeNull();
    // A confirmation of another slug does not count.
    expect(await agencySaveWarnings(database.db, agency, agencyForm({ ...values, confirmed_slug: 'dlh-pati' }))).not.toBeNull();
  });

  it('lists what refers to an agency being deactivated', async () => {
    const forwarded = await createComplaint(
      database.db,
      ids,
      {
        channel: 'whatsapp',
        receivedAt: new Date('2022-09-05T03:00:00Z'),
        reporterName: 'Pelapor Uji',
        reporterContact: '0812-0000-4444',
        originalText: 'Lampu jalan mati di depan pasar.',
        category: 'penerangan-jalan',
        steps: [{ action: 'forward', at: new Date('2022-09-05T05:00:00Z'), agency: 'dishub' }],
      },
      { prefix: 'LBP' },
    );
    const officerId = await createStaffAccount(database.db, {
      username: 'petugas.dishub',
      displayName: 'Petugas Dishub',
      role: 'agency_officer',
      password: 'kata-sandi-petugas-dishub',
      agencySlug: 'dishub',
    });
    const agency = (await getAgency(database.db, ids.agency('dishub')))!;
    const values = { name: agency.name, short_name: agency.shortName, slug: agency.slug, active: '' };

    const warnings = await agencySaveWarnings(database.db, agency, agencyForm(values));

    expect(warnings!.slugChange).toBeNull();
    expect(warnings!.deactivation!.categories.map((category) => category.name)).toEqual(
      expect.arrayContaining(['Penerangan jalan umum', 'Rambu dan lampu lalu lintas']),
    );
    expect(warnings!.deactivation!.openComplaints).toEqual([{ id: forwarded.id, ticket: forwarded.ticket, status: 'forwarded' }]);
    expect(warnings!.deactivation!.openComplaintCount).toBe(1);
    expect(warnings!.deactivation!.officers).toEqual([
      { id: officerId, displayName: 'Petugas Dishub', username: 'petugas.dishub' },
    ]);
    expect(await agencySaveWarnings(database.db, agency, agencyForm({ ...values, confirmed_deactivation: 'on' }))).toBeNull();
  });

  it('does not warn about deactivating an unused agency', async () => {
    const id = await saveAgency(database.db, null, agencyForm({ name: 'Badan Uji Coba', short_name: 'BUC' }), actor);
    const agency = (await getAgency(database.db, id))!;

    expect(
      await agencySaveWarnings(
        database.db,
        agency,
        agencyForm({ name: 'Badan Uji Coba', short_name: 'BUC', slug: 'buc', active: '' }),
      ),
    ).toBeNull();
  });
});

describe('saveCategory', () => {
  it('creates a category with its default agency', async () => {
    const id = await saveCategory(
      database.db,
      null,
      categoryForm({
        name: 'Taman kota',
        group: 'infrastruktur',
        default_agency_id: String(ids.agency('dlh')),
        sort_order: '40',
      }),
      actor,
    );

    expect(await getCategory(database.db, id)).toMatchObject({
      slug: 'taman-kota',
      defaultAgencyId: ids.agency('dlh'),
      sortOrder: 40,
    });
    expect((await lastAuditEntry('category', id))!.detail).toEqual({
      created: {
        name: 'Taman kota',
        slug: 'taman-kota',
        group: 'infrastruktur',
        defaultAgency: 'dlh',
        sortOrder: 40,
        active: true,
      },
    });
  });

  it('rejects a slug in use', async () => {
    await expect(saveCategory(database.db, null, categoryForm({ name: 'Jalan rusak' }), actor)).rejects.toMatchObject({
      fieldErrors: { slug: 'Slug "jalan-rusak" sudah dipakai kategori Jalan rusak; pilih slug lain.' },
    });
  });

  it('rejects an inactive default agency', async () => {
    const inactiveId = await saveAgency(
      database.db,
      null,
      agencyForm({ name: 'Badan Lama', short_name: 'Balam', active: '' }),
      actor,
    );

    const attempt = saveCategory(
      database.db,
      null,
      categoryForm({ name: 'Kategori baru', default_agency_id: String(inactiveId) }),
      actor,
    );

    await expect(attempt).rejects.toMatchObject({
      fieldErrors: { default_agency_id: 'Instansi yang dipilih sudah nonaktif; pilih instansi yang aktif.' },
    });
  });

  it('keeps an inactive default agency that is already set', async () => {
    const agencyId = await saveAgency(database.db, null, agencyForm({ name: 'Badan Akan Tutup', short_name: 'BAT' }), actor);
    const id = await saveCategory(
      database.db,
      null,
      categoryForm({ name: 'Kategori BAT', default_agency_id: String(agencyId) }),
      actor,
    );
    await saveAgency(database.db, agencyId, agencyForm({ name: 'Badan Akan Tutup', short_name: 'BAT', active: '' }), actor);

    await saveCategory(
      database.db,
      id,
      categoryForm({ name: 'Kategori BAT', slug: 'kategori-bat', default_agency_id: String(agencyId), sort_order: '5' }),
      actor,
    );

    expect((await getCategory(database.db, id))!.sortOrder).toBe(5);
  });

  it('records old and new values of a change', async () => {
    const id = ids.category('jembatan');

    await saveCategory(
      database.db,
      id,
      categoryForm({
        name: 'Jembatan',
        slug: 'jembatan',
        group: 'infrastruktur',
        default_agency_id: String(ids.agency('disperkim')),
        sort_order: '1',
        active: '',
      }),
      actor,
    );

    expect((await lastAuditEntry('category', id))!.detail).toEqual({
      slug: 'jembatan',
      changes: { defaultAgency: { from: 'dpupr', to: 'disperkim' }, active: { from: true, to: false } },
    });
    expect((await listCategories(database.db)).find((row) => row.id === id)).toMatchObject({
      active: false,
      defaultAgencyName: 'Disperkim',
    });
  });
});

describe('saveDeploymentSettings', () => {
  it('stores settings and records each change', async () => {
    const current = await loadDeploymentSettings(database.db);
    const values = { ...settingsFormValues(current), ticket_prefix: 'ADU', map_zoom: '12', verification_target_days: '4' };

    const changes = await saveDeploymentSettings(database.db, parsed(parseSettingsForm(values)), actor);

    expect(changes).toEqual({
      ticketPrefix: { from: 'LBP', to: 'ADU' },
      'map.zoom': { from: 11, to: 12 },
      'clocks.verificationTargetDays': { from: 3, to: 4 },
    });
    const stored = await loadDeploymentSettings(database.db);
    expect(stored.ticketPrefix).toBe('ADU');
    expect(stored.clocks).toEqual({ verificationTargetDays: 4, actionTargetDays: 5 });
    expect(await lastAuditEntry('settings', null)).toMatchObject({ action: 'settings_saved', detail: { changes } });
  });

  it('writes nothing without a change', async () => {
    const current = await loadDeploymentSettings(database.db);
    const [before] = await database.db.select({ updatedAt: deploymentSettings.updatedAt }).from(deploymentSettings);
    const entriesBefore = await database.db.select().from(auditLog).where(eq(auditLog.action, 'settings_saved'));

    expect(await saveDeploymentSettings(database.db, current, actor)).toEqual({});

    const [after] = await database.db.select({ updatedAt: deploymentSettings.updatedAt }).from(deploymentSettings);
    expect(after!.updatedAt).toEqual(before!.updatedAt);
    expect(await database.db.select().from(auditLog).where(eq(auditLog.action, 'settings_saved'))).toHaveLength(
      entriesBefore.length,
    );
  });
});

describe('isUniqueViolation', () => {
  it('recognises the error of both engines', async () => {
    const error = await database.db
      .insert(agencies)
      .values({ slug: 'pln', name: 'X', shortName: 'X', kind: 'opd' })
      .then(() => null)
      .catch((caught: unknown) => caught);

    expect(isUniqueViolation(error)).toBe(true);
    expect(isUniqueViolation(error, 'agencies_slug_unique')).toBe(true);
    expect(isUniqueViolation(error, 'categories_slug_unique')).toBe(false);
    expect(isUniqueViolation(new Error('other'))).toBe(false);
  });
});
