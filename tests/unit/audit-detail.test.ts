import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_ACTION_LABELS, describeAuditDetail } from '../../src/domain/audit.ts';

describe('describeAuditDetail', () => {
  it('describes changes with labels', () => {
    expect(
      describeAuditDetail({
        username: 'siti',
        changes: { role: { from: 'verifier', to: 'admin' }, agency: { from: 'pln', to: null } },
        sessionsEnded: 2,
      }),
    ).toEqual(['Nama pengguna: siti', 'Peran: Verifikator → Admin', 'Instansi: pln → (kosong)', 'Sesi yang diakhiri: 2']);
  });

  it('describes a new record', () => {
    expect(describeAuditDetail({ created: { name: 'Dinas Pariwisata', kind: 'opd', active: true } })).toEqual([
      'Nama: Dinas Pariwisata',
      'Jenis: Perangkat Daerah',
      'Status: aktif',
    ]);
  });

  it('describes settings paths and lists', () => {
    expect(
      describeAuditDetail({
        changes: {
          'map.zoom': { from: 11, to: 12 },
          contacts: { from: [{ channel: 'web', value: 'a' }], to: [] },
        },
      }),
    ).toEqual(['Zoom awal peta: 11 → 12', 'Kontak pengaduan: [{"channel":"web","value":"a"}] → []']);
  });

  it('orders lines however jsonb stored the keys', () => {
    expect(
      describeAuditDetail({
        sessionsEnded: 0,
        created: { role: 'viewer', agency: null, username: 'budi', displayName: 'Budi' },
      }),
    ).toEqual(['Nama pengguna: budi', 'Nama tampilan: Budi', 'Peran: Pemantau', 'Instansi: (kosong)', 'Sesi yang diakhiri: 0']);
  });

  it('describes a failed sign-in', () => {
    expect(describeAuditDetail({ reason: 'wrong_password' })).toEqual(['Sebab: kata sandi salah']);
  });

  it('keeps unknown keys as stored', () => {
    expect(describeAuditDetail({ rows: 12, file: 'maret.xlsx' })).toEqual(['rows: 12', 'file: maret.xlsx']);
  });

  it('returns nothing for no detail', () => {
    expect(describeAuditDetail(null)).toEqual([]);
  });

  it('labels every action', () => {
    for (const action of AUDIT_ACTIONS) {
      expect(AUDIT_ACTION_LABELS[action], action).toMatch(/^\p{Lu}/u);
    }
  });
});
