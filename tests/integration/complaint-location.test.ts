import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaints } from '../../db/schema/index.ts';
import { loadReferenceIds, type ReferenceIds } from '../../db/seed/factories.ts';
import { readDeploymentFiles } from '../../db/seed/deployment-files.ts';
import { createStaffAccount } from '../../src/server/auth/staff-accounts.ts';
import type { SessionUser } from '../../src/server/auth/session.ts';
import { submitComplaint } from '../../src/server/complaints/log-submission.ts';
import { newFormToken } from '../../src/server/idempotency.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-database.ts';

let database: TestDatabase;
let ids: ReferenceIds;
let verifier: SessionUser;
const settings = readDeploymentFiles('db/seed/deployments/pati').settings;

// Centroid of Desa Prawoto, Kecamatan Sukolilo (desa.csv).
const PRAWOTO = { lat: '-6.967179', lng: '110.822949' };

function logForm(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    form_token: newFormToken(),
    channel: 'whatsapp',
    received_at: '2022-09-05T10:15',
    reporter_name: 'Warga Uji',
    reporter_contact: '0812-0000-7777',
    original_text: 'Jalan desa berlubang di depan balai desa.',
    category_id: String(ids.category('jalan-rusak')),
    summary: 'Jalan desa berlubang di depan balai desa.',
    ...overrides,
  };
}

async function savedPlace(path: string) {
  const id = Number(/\/staf\/aduan\/(\d+)\//.exec(path)![1]);
  const [row] = await database.db
    .select({ districtCode: complaints.districtCode, villageCode: complaints.villageCode, lat: complaints.lat, lng: complaints.lng })
    .from(complaints)
    .where(eq(complaints.id, id));
  return row!;
}

beforeAll(async () => {
  database = await openTestDatabase();
  ids = await loadReferenceIds(database.db);
  const id = await createStaffAccount(database.db, {
    username: 'verifikator.lokasi',
    displayName: 'Verifikator Lokasi',
    role: 'verifier',
    password: 'kata-sandi-cukup-panjang',
  });
  verifier = { id, username: 'verifikator.lokasi', displayName: 'Verifikator Lokasi', role: 'verifier', agencyId: null, sessionId: 'test' };
});

afterAll(async () => {
  await database.close();
});

describe('complaint location on the server', () => {
  it('fills district and village from the point', async () => {
    const outcome = await submitComplaint(database.db, verifier, logForm(PRAWOTO), settings, null);

    expect(outcome.kind).toBe('done');
    const saved = await savedPlace((outcome as { path: string }).path);
    expect(saved).toEqual({ districtCode: '33.18.01', villageCode: '33.18.01.2001', lat: -6.967179, lng: 110.822949 });
  });

  it('keeps a district chosen elsewhere', async () => {
    const outcome = await submitComplaint(database.db, verifier, logForm({ ...PRAWOTO, district_code: '33.18.10' }), settings, null);

    const saved = await savedPlace((outcome as { path: string }).path);
    expect(saved.districtCode).toBe('33.18.10');
    expect(saved.villageCode).toBeNull();
  });

  it('rejects swapped coordinates', async () => {
    const outcome = await submitComplaint(database.db, verifier, logForm({ lat: '110.822949', lng: '-6.967179' }), settings, null);

    expect(outcome.kind).toBe('rejected');
    expect((outcome as { errors: Record<string, string> }).errors.lat).toContain('tertukar');
  });

  it('rejects swapped coordinates even when confirmed', async () => {
    const form = logForm({ lat: '110.822949', lng: '-6.967179', confirm_outside: 'on' });
    const outcome = await submitComplaint(database.db, verifier, form, settings, null);

    expect(outcome.kind).toBe('rejected');
  });

  it('asks to confirm a point outside', async () => {
    // Semarang, outside Kabupaten Pati.
    const outcome = await submitComplaint(database.db, verifier, logForm({ lat: '-6.9932', lng: '110.4203' }), settings, null);

    expect(outcome.kind).toBe('rejected');
    expect((outcome as { errors: Record<string, string> }).errors.lat).toContain('di luar wilayah Kabupaten Pati');
  });

  it('saves a confirmed point outside', async () => {
    const form = logForm({ lat: '-6.9932', lng: '110.4203', confirm_outside: 'on' });
    const outcome = await submitComplaint(database.db, verifier, form, settings, null);

    expect(outcome.kind).toBe('done');
    const saved = await savedPlace((outcome as { path: string }).path);
    expect(saved).toEqual({ districtCode: null, villageCode: null, lat: -6.9932, lng: 110.4203 });
  });

  it('saves a confirmed point on the equator', async () => {
    const form = logForm({ lat: '0', lng: '111.04', confirm_outside: 'on' });
    const outcome = await submitComplaint(database.db, verifier, form, settings, null);

    expect(outcome.kind).toBe('done');
    const saved = await savedPlace((outcome as { path: string }).path);
    expect(saved.lat).toBe(0);
  });

  it('asks to confirm the equator', async () => {
    const outcome = await submitComplaint(database.db, verifier, logForm({ lat: '0', lng: '111.04' }), settings, null);

    expect(outcome.kind).toBe('rejected');
  });
});
