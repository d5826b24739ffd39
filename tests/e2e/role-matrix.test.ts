/**
 * Who may open and do what in the staff section: every staff route, action and export, for
 * every role and for a visitor who is not signed in, over HTTP against a running portal.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal, type RunningPortal, type StaffKey } from '../support/e2e-global-setup.ts';

type Who = StaffKey | 'visitor';
const WHO: Who[] = ['visitor', 'admin', 'verifier', 'officer', 'otherOfficer', 'viewer'];

let portal: RunningPortal;
const cookies = new Map<Who, string>();
/** Complaints made for the test: one waiting for verification per role, and forwarded ones. */
const fixtures = { pln: 0, dpupr: 0, received: new Map<Who, number>(), plnForStart: new Map<Who, number>() };

beforeAll(async () => {
  portal = await startPortal();
  for (const who of WHO) {
    if (who !== 'visitor') {
      cookies.set(who, await signIn(who));
    }
  }
  fixtures.pln = await forwardedComplaint('pln');
  fixtures.dpupr = await forwardedComplaint('dpupr');
  for (const who of WHO) {
    fixtures.received.set(who, await loggedComplaint(`Diterima untuk ${who}`));
    fixtures.plnForStart.set(who, await forwardedComplaint('pln'));
  }
}, 240_000);

afterAll(async () => {
  await portal?.stop();
});

const url = (path: string) => new URL(path, portal.info.baseUrl).toString();

async function request(who: Who, path: string, form?: Record<string, string>): Promise<Response> {
  const headers: Record<string, string> = { Origin: portal.info.baseUrl };
  const cookie = cookies.get(who);
  if (cookie) {
    headers.Cookie = cookie;
  }
  if (!form) {
    return fetch(url(path), { headers, redirect: 'manual' });
  }
  headers['Content-Type'] = 'application/x-www-form-urlencoded';
  return fetch(url(path), { method: 'POST', headers, body: new URLSearchParams(form), redirect: 'manual' });
}

async function signIn(who: StaffKey): Promise<string> {
  const { username, password } = portal.info.staff[who];
  const response = await request('visitor', '/staf/masuk/', { username, password, kembali: '/staf/' });
  expect(response.status, `sign-in of ${who}`).toBe(303);
  return response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ');
}

/** Create a form token like the one a freshly rendered form carries. */
function token(): string {
  return crypto.randomUUID();
}

async function loggedComplaint(text: string): Promise<number> {
  const response = await request('verifier', '/staf/aduan/baru/', {
    form_token: token(),
    channel: 'whatsapp',
    received_at: '2022-09-20T09:00',
    reporter_name: 'Warga Matriks',
    reporter_contact: `0812-0000-${String(Math.floor(Math.random() * 9000) + 1000)}`,
    original_text: text,
    category_id: '1',
    district_code: '33.18.10',
  });
  expect(response.status, `logging "${text}"`).toBe(303);
  return Number(/\/staf\/aduan\/(\d+)\//.exec(response.headers.get('location')!)![1]);
}

async function forwardedComplaint(agency: 'pln' | 'dpupr'): Promise<number> {
  const id = await loggedComplaint(`Untuk diteruskan ke ${agency}`);
  const page = await (await request('verifier', `/staf/aduan/${id}/`)).text();
  const option = new RegExp(`<option value="(\\d+)"[^>]*>${agency === 'pln' ? 'PT PLN \\(Persero\\) ULP Pati' : 'Dinas Pekerjaan Umum dan Penataan Ruang'}</option>`).exec(page);
  const response = await request('verifier', `/staf/aduan/${id}/`, {
    form_token: token(),
    action: 'forward',
    version: '1',
    agency_id: option![1]!,
  });
  expect(response.status, `forwarding ${id} to ${agency}`).toBe(303);
  return id;
}

/** Expected status per visitor and role, in WHO order: visitor, admin, verifier, officer, other officer, viewer. */
type Row = [label: string, path: () => string, expected: [number, number, number, number, number, number]];

const SIGN_IN = 303;
const ADMIN_ONLY: Row[2] = [SIGN_IN, 200, 403, 403, 403, 403];
const at = (path: string) => () => path;

const PAGES: Row[] = [
  ['/staf/', at('/staf/'), [SIGN_IN, 200, 200, 200, 200, 200]],
  ['/staf/akun/', at('/staf/akun/'), [SIGN_IN, 200, 200, 200, 200, 200]],
  ['/staf/aduan/baru/', at('/staf/aduan/baru/'), [SIGN_IN, 200, 200, 403, 403, 403]],
  ['complaint forwarded to PLN', () => `/staf/aduan/${fixtures.pln}/`, [SIGN_IN, 200, 200, 200, 404, 200]],
  ['complaint forwarded to DPUPR', () => `/staf/aduan/${fixtures.dpupr}/`, [SIGN_IN, 200, 200, 404, 200, 200]],
  ['/staf/terbitkan/', at('/staf/terbitkan/'), [SIGN_IN, 200, 200, 200, 200, 200]],
  ['/staf/ekspor.csv', at('/staf/ekspor.csv'), [SIGN_IN, 200, 200, 200, 200, 200]],
  ['/staf/admin/', at('/staf/admin/'), ADMIN_ONLY],
  ['/staf/admin/petugas/', at('/staf/admin/petugas/'), ADMIN_ONLY],
  ['/staf/admin/petugas/baru/', at('/staf/admin/petugas/baru/'), ADMIN_ONLY],
  ['/staf/admin/instansi/', at('/staf/admin/instansi/'), ADMIN_ONLY],
  ['/staf/admin/instansi/baru/', at('/staf/admin/instansi/baru/'), ADMIN_ONLY],
  ['/staf/admin/kategori/', at('/staf/admin/kategori/'), ADMIN_ONLY],
  ['/staf/admin/kategori/baru/', at('/staf/admin/kategori/baru/'), ADMIN_ONLY],
  ['/staf/admin/pengaturan/', at('/staf/admin/pengaturan/'), ADMIN_ONLY],
  ['/staf/admin/hari-libur/', at('/staf/admin/hari-libur/'), ADMIN_ONLY],
  ['/staf/admin/audit/', at('/staf/admin/audit/'), ADMIN_ONLY],
  ['/staf/admin/impor/', at('/staf/admin/impor/'), [SIGN_IN, 200, 200, 403, 403, 403]],
];

describe('staff pages', () => {
  for (const [label, path, expected] of PAGES) {
    it(`${label} by role`, async () => {
      const target = path();
      const statuses = await Promise.all(WHO.map(async (who) => (await request(who, target)).status));
      expect(Object.fromEntries(WHO.map((who, index) => [who, statuses[index]]))).toEqual(
        Object.fromEntries(WHO.map((who, index) => [who, expected[index]])),
      );
    });
  }
});

describe('complaint actions', () => {
  it('forward by role', async () => {
    const results: Record<string, number> = {};
    for (const who of WHO) {
      const id = fixtures.received.get(who)!;
      const response = await request(who, `/staf/aduan/${id}/`, {
        form_token: token(),
        action: 'forward',
        version: '1',
        agency_id: '1',
      });
      results[who] = response.status;
    }
    // Officers see only complaints forwarded to their agency, so this one does not exist for them.
    expect(results).toEqual({ visitor: SIGN_IN, admin: 303, verifier: 303, officer: 404, otherOfficer: 404, viewer: 403 });
  });

  it('start of follow-up by role', async () => {
    const results: Record<string, number> = {};
    for (const who of WHO) {
      const id = fixtures.plnForStart.get(who)!;
      const response = await request(who, `/staf/aduan/${id}/`, { form_token: token(), action: 'start_action', version: '2' });
      results[who] = response.status;
    }
    expect(results).toEqual({ visitor: SIGN_IN, admin: 303, verifier: 403, officer: 303, otherOfficer: 404, viewer: 403 });
  });

  it('logging by role', async () => {
    const results: Record<string, number> = {};
    for (const who of WHO) {
      const response = await request(who, '/staf/aduan/baru/', {
        form_token: token(),
        channel: 'email',
        received_at: '2022-09-20T10:00',
        reporter_name: 'Warga Matriks',
        reporter_contact: 'warga.matriks@example.com',
        original_text: `Dicatat oleh ${who}`,
        category_id: '1',
      });
      results[who] = response.status;
    }
    expect(results).toEqual({ visitor: SIGN_IN, admin: 303, verifier: 303, officer: 403, otherOfficer: 403, viewer: 403 });
  });

  it('publish by role', async () => {
    const results: Record<string, number> = {};
    for (const who of ['visitor', 'officer', 'otherOfficer', 'viewer'] as Who[]) {
      results[who] = (await request(who, '/staf/terbitkan/', {})).status;
    }
    expect(results).toEqual({ visitor: SIGN_IN, officer: 403, otherOfficer: 403, viewer: 403 });
  });

  it('admin changes by role', async () => {
    const results: Record<string, number> = {};
    for (const who of WHO.filter((who) => who !== 'admin')) {
      const response = await request(who, '/staf/admin/petugas/baru/', {
        username: `dibuat.${who.toLowerCase()}`,
        display_name: 'Tidak Boleh',
        role: 'admin',
      });
      results[who] = response.status;
    }
    expect(results).toEqual({ visitor: SIGN_IN, verifier: 403, officer: 403, otherOfficer: 403, viewer: 403 });
  });
});

describe('staff export', () => {
  async function header(who: StaffKey): Promise<string> {
    const text = await (await request(who, '/staf/ekspor.csv')).text();
    return text.replace(/^\uFEFF/, '').split('\r\n')[0]!;
  }

  it('gives reporter fields to staff who may see them', async () => {
    for (const who of ['admin', 'verifier', 'officer'] as StaffKey[]) {
      expect(await header(who), who).toContain('Nama Pelapor');
    }
  });

  it('gives the viewer no reporter fields', async () => {
    const columns = await header('viewer');
    expect(columns).not.toContain('Nama Pelapor');
    expect(columns).not.toContain('Kontak');
    expect(columns).not.toContain('Isi Aduan');
  });

  it('limits officers to their agency', async () => {
    const text = await (await request('officer', '/staf/ekspor.csv')).text();
    const rows = text.split('\r\n').slice(1).filter(Boolean);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.includes('PT PLN (Persero) ULP Pati'))).toBe(true);
  });
});
