import { describe, expect, it } from 'vitest';
import {
  categoryGroupLabel,
  publicStatusLabel,
  toAggregateRecord,
  toPublicClocks,
  toPublicComplaint,
  toPublicTimeline,
  type PublicSource,
  type PublicSourceEvent,
} from '../../src/domain/public-view.ts';
import type { ClockSettings } from '../../src/domain/working-days.ts';

const WIB = 'Asia/Jakarta';
const CLOCK_SETTINGS: ClockSettings = {
  calendar: { timeZone: WIB, holidays: new Set(['2022-10-08']) },
  targets: { verificationDays: 3, actionDays: 5 },
};

const PUBLISHED_KEYS = [
  'ticket',
  'received_at',
  'received_date',
  'channel',
  'category',
  'category_slug',
  'category_group',
  'district_code',
  'district_name',
  'village_code',
  'village_name',
  'agency',
  'agency_slug',
  'agency_kind',
  'status',
  'invalid_reason',
  'outcome',
  'verified_at',
  'forwarded_at',
  'first_response_at',
  'resolved_at',
  'resolved_date',
  'verification_days',
  'first_response_days',
  'resolution_days',
  'summary',
  'lat',
  'lng',
  'duplicate_of',
];

const AGGREGATE_KEYS = [
  'channel',
  'category_slug',
  'category_group',
  'district_code',
  'agency_slug',
  'status',
  'verification',
  'invalid_reason',
  'outcome',
  'received_at',
  'verified_at',
  'forwarded_at',
  'first_response_at',
  'resolved_at',
  'verification_days',
  'first_response_days',
  'resolution_days',
  'verification_due_at',
  'action_due_at',
  'confidential',
  'duplicate',
];

/** Build a resolved infrastructure complaint about a street light in Kecamatan Pati. */
function source(overrides: Partial<PublicSource> = {}): PublicSource {
  return {
    ticket: 'LBP-7K3M2-Q9XW2',
    channel: 'whatsapp',
    receivedAt: new Date('2022-09-22T07:05:00Z'),
    status: 'resolved',
    invalidReason: null,
    outcome: 'fixed',
    confidential: false,
    summary: 'Lampu jalan padam di depan balai desa.',
    category: { slug: 'penerangan-jalan', name: 'Penerangan Jalan', group: 'infrastruktur' },
    district: { code: '33.18.10', name: 'Pati' },
    village: { code: '33.18.10.1001', name: 'Pati Wetan' },
    agency: { slug: 'pln-ulp-pati', name: 'PT PLN (Persero) ULP Pati', kind: 'vertical' },
    lat: -6.7559,
    lng: 111.0381,
    verifiedAt: new Date('2022-09-22T08:00:00Z'),
    forwardedAt: new Date('2022-09-22T09:00:00Z'),
    duplicateOfTicket: null,
    firstResponseAt: new Date('2022-09-23T02:00:00Z'),
    resolvedAt: new Date('2022-09-25T03:30:00Z'),
    // Decided and forwarded on Thursday 22, followed up on Friday 23, resolved on Sunday 25.
    verificationDays: 0,
    firstResponseDays: 1,
    resolutionDays: 1,
    verificationDueAt: null,
    actionDueAt: null,
    ...overrides,
  };
}

function event(overrides: Partial<PublicSourceEvent>): PublicSourceEvent {
  return {
    kind: 'note',
    toStatus: null,
    detail: null,
    agencyName: null,
    publicNote: null,
    occurredAt: new Date('2022-09-22T07:05:00Z'),
    ...overrides,
  };
}

describe('toPublicComplaint', () => {
  it('maps every published field', () => {
    expect(toPublicComplaint(source(), WIB)).toEqual({
      ticket: 'LBP-7K3M2-Q9XW2',
      received_at: '2022-09-22T07:05:00.000Z',
      received_date: '2022-09-22',
      channel: 'whatsapp',
      category: 'Penerangan Jalan',
      category_slug: 'penerangan-jalan',
      category_group: 'infrastruktur',
      district_code: '33.18.10',
      district_name: 'Pati',
      village_code: '33.18.10.1001',
      village_name: 'Pati Wetan',
      agency: 'PT PLN (Persero) ULP Pati',
      agency_slug: 'pln-ulp-pati',
      agency_kind: 'vertical',
      status: 'resolved',
      invalid_reason: null,
      outcome: 'fixed',
      verified_at: '2022-09-22T08:00:00.000Z',
      forwarded_at: '2022-09-22T09:00:00.000Z',
      first_response_at: '2022-09-23T02:00:00.000Z',
      resolved_at: '2022-09-25T03:30:00.000Z',
      resolved_date: '2022-09-25',
      verification_days: 0,
      first_response_days: 1,
      resolution_days: 1,
      summary: 'Lampu jalan padam di depan balai desa.',
      lat: -6.7559,
      lng: 111.0381,
      duplicate_of: null,
    });
  });

  it('returns null when confidential', () => {
    expect(toPublicComplaint(source({ confidential: true }), WIB)).toBeNull();
  });

  it('has only published keys', () => {
    const complaint = toPublicComplaint(source(), WIB);
    expect(Object.keys(complaint ?? {}).sort()).toEqual([...PUBLISHED_KEYS].sort());
  });

  it('drops smuggled private fields', () => {
    // A caller that ignores the types and hands over a whole database row.
    const row = {
      ...source(),
      reporterName: 'Budi Santoso',
      reporter_contact: '0812-3456-7890',
      originalText: 'Saya Budi, NIK 3318012345670001',
      internal_note: 'Pelapor sering menelepon',
      staffName: 'Petugas Siti',
    } as PublicSource;
    const complaint = toPublicComplaint(row, WIB);
    const keys = Object.keys(complaint ?? {});
    for (const key of keys) {
      expect(key).not.toMatch(/reporter|contact|original|internal|staff|nik|phone|email/i);
    }
    const json = JSON.stringify(complaint);
    expect(json).not.toContain('Budi');
    expect(json).not.toContain('0812');
    expect(json).not.toContain('3318012345670001');
    expect(json).not.toContain('Siti');
  });

  it('handles missing district, village and agency', () => {
    const complaint = toPublicComplaint(source({ district: null, village: null, agency: null }), WIB);
    expect(complaint?.district_code).toBeNull();
    expect(complaint?.district_name).toBeNull();
    expect(complaint?.village_code).toBeNull();
    expect(complaint?.village_name).toBeNull();
    expect(complaint?.agency).toBeNull();
    expect(complaint?.agency_slug).toBeNull();
    expect(complaint?.agency_kind).toBeNull();
  });

  it('leaves unresolved dates null', () => {
    const complaint = toPublicComplaint(source({ status: 'in_progress', outcome: null, resolvedAt: null }), WIB);
    expect(complaint?.resolved_at).toBeNull();
    expect(complaint?.resolved_date).toBeNull();
  });
});

describe('toPublicComplaint summary', () => {
  it('keeps a clean summary', () => {
    expect(toPublicComplaint(source({ summary: 'Jalan berlubang di RT 02 RW 05.' }), WIB)?.summary).toBe(
      'Jalan berlubang di RT 02 RW 05.',
    );
  });

  it('trims the summary', () => {
    expect(toPublicComplaint(source({ summary: '  Jalan berlubang.  \n' }), WIB)?.summary).toBe('Jalan berlubang.');
  });

  it.each([
    ['phone number', 'Hubungi pelapor di 0812-3456-7890.'],
    ['NIK', 'Pelapor NIK 3318012345670001.'],
    ['e-mail address', 'Balasan dikirim ke budi@example.com.'],
    ['handle', 'Dilaporkan oleh @budi_pati.'],
  ])('drops a summary with %s', (_case, summary) => {
    expect(toPublicComplaint(source({ summary }), WIB)?.summary).toBeNull();
  });

  it('turns blank summary into null', () => {
    expect(toPublicComplaint(source({ summary: '   ' }), WIB)?.summary).toBeNull();
    expect(toPublicComplaint(source({ summary: null }), WIB)?.summary).toBeNull();
  });
});

describe('toPublicComplaint location', () => {
  it('shows infrastructure exactly', () => {
    const complaint = toPublicComplaint(source(), WIB);
    expect(complaint?.lat).toBe(-6.7559);
    expect(complaint?.lng).toBe(111.0381);
  });

  it.each(['pelayanan_publik', 'instansi_vertikal', 'lainnya'] as const)('hides coordinates for %s', (group) => {
    const complaint = toPublicComplaint(
      source({ category: { slug: 'lain', name: 'Lain-lain', group } }),
      WIB,
    );
    expect(complaint?.lat).toBeNull();
    expect(complaint?.lng).toBeNull();
  });

  it('keeps latitude 0', () => {
    const complaint = toPublicComplaint(source({ lat: 0, lng: 111.0381 }), WIB);
    expect(complaint?.lat).toBe(0);
    expect(complaint?.lng).toBe(111.0381);
  });

  it('keeps longitude 0', () => {
    const complaint = toPublicComplaint(source({ lat: -6.7559, lng: 0 }), WIB);
    expect(complaint?.lat).toBe(-6.7559);
    expect(complaint?.lng).toBe(0);
  });

  it('hides a half coordinate', () => {
    const complaint = toPublicComplaint(source({ lat: -6.7559, lng: null }), WIB);
    expect(complaint?.lat).toBeNull();
    expect(complaint?.lng).toBeNull();
  });
});

describe('toPublicComplaint dates', () => {
  it('dates 23:30 WIB same day', () => {
    const complaint = toPublicComplaint(source({ receivedAt: new Date('2023-03-09T16:30:00Z') }), WIB);
    expect(complaint?.received_date).toBe('2023-03-09');
    expect(complaint?.received_at).toBe('2023-03-09T16:30:00.000Z');
  });

  it('dates 00:15 WIB next day', () => {
    const complaint = toPublicComplaint(source({ receivedAt: new Date('2023-03-09T17:15:00Z') }), WIB);
    expect(complaint?.received_date).toBe('2023-03-10');
    expect(complaint?.received_at).toBe('2023-03-09T17:15:00.000Z');
  });

  it('dates resolution in WIB', () => {
    const complaint = toPublicComplaint(source({ resolvedAt: new Date('2023-03-09T17:15:00Z') }), WIB);
    expect(complaint?.resolved_date).toBe('2023-03-10');
  });

  it('uses the given zone', () => {
    // 16:30 UTC is 00:30 WITA on 10 March.
    const complaint = toPublicComplaint(source({ receivedAt: new Date('2023-03-09T16:30:00Z') }), 'Asia/Makassar');
    expect(complaint?.received_date).toBe('2023-03-10');
  });
});

describe('toAggregateRecord', () => {
  it('maps every aggregate field', () => {
    expect(toAggregateRecord(source())).toEqual({
      channel: 'whatsapp',
      category_slug: 'penerangan-jalan',
      category_group: 'infrastruktur',
      district_code: '33.18.10',
      agency_slug: 'pln-ulp-pati',
      status: 'resolved',
      verification: 'valid',
      invalid_reason: null,
      outcome: 'fixed',
      received_at: '2022-09-22T07:05:00.000Z',
      verified_at: '2022-09-22T08:00:00.000Z',
      forwarded_at: '2022-09-22T09:00:00.000Z',
      first_response_at: '2022-09-23T02:00:00.000Z',
      resolved_at: '2022-09-25T03:30:00.000Z',
      verification_days: 0,
      first_response_days: 1,
      resolution_days: 1,
      verification_due_at: null,
      action_due_at: null,
      confidential: false,
      duplicate: false,
    });
  });

  it('marks a linked duplicate', () => {
    const source_ = source({ duplicateOfTicket: 'LBP-01234-56788' });
    expect(toAggregateRecord(source_).duplicate).toBe(true);
    expect(toPublicComplaint(source_, 'Asia/Jakarta')!.duplicate_of).toBe('LBP-01234-56788');
  });

  it('keeps confidential complaints', () => {
    const record = toAggregateRecord(source({ confidential: true }));
    expect(record.confidential).toBe(true);
    expect(record.status).toBe('resolved');
  });

  it('has no ticket, text or location', () => {
    expect(Object.keys(toAggregateRecord(source())).sort()).toEqual([...AGGREGATE_KEYS].sort());
  });

  it('derives verification from status', () => {
    expect(toAggregateRecord(source({ status: 'needs_info' })).verification).toBe('pending');
    expect(toAggregateRecord(source({ status: 'invalid', invalidReason: 'spam' })).verification).toBe('invalid');
    expect(toAggregateRecord(source({ status: 'forwarded' })).verification).toBe('valid');
  });

  it('carries due dates of running clocks', () => {
    const record = toAggregateRecord(
      source({ status: 'forwarded', actionDueAt: new Date('2022-09-29T17:00:00Z'), firstResponseDays: null }),
    );
    expect(record.action_due_at).toBe('2022-09-29T17:00:00.000Z');
    expect(record.verification_due_at).toBeNull();
    expect(record.first_response_days).toBeNull();
  });

  it('writes missing dates as null', () => {
    const record = toAggregateRecord(
      source({ district: null, agency: null, verifiedAt: null, forwardedAt: null, firstResponseAt: null, resolvedAt: null }),
    );
    expect(record.district_code).toBeNull();
    expect(record.agency_slug).toBeNull();
    expect(record.verified_at).toBeNull();
    expect(record.forwarded_at).toBeNull();
    expect(record.first_response_at).toBeNull();
    expect(record.resolved_at).toBeNull();
  });
});

describe('toPublicTimeline labels', () => {
  it.each([
    ['logged', {}, 'Aduan diterima melalui WhatsApp'],
    ['request_info', {}, 'Menunggu kelengkapan data dari pelapor'],
    ['receive_info', {}, 'Kelengkapan data diterima'],
    ['reject', { detail: 'duplicate' }, 'Dinyatakan tidak valid: duplikat aduan lain'],
    ['reject', { detail: 'out_of_authority' }, 'Dinyatakan tidak valid: bukan kewenangan pemerintah kabupaten'],
    ['reject', { detail: null }, 'Dinyatakan tidak valid: alasan tidak dicatat'],
    ['reject', { detail: 'unknown_reason' }, 'Dinyatakan tidak valid: alasan tidak dicatat'],
    ['reverify', {}, 'Diverifikasi ulang'],
    ['forward', { agencyName: 'PT PLN (Persero) ULP Pati' }, 'Diteruskan ke PT PLN (Persero) ULP Pati'],
    ['forward', {}, 'Diteruskan ke instansi terkait'],
    ['start_action', { agencyName: 'Dinas PUPR' }, 'Ditindaklanjuti oleh Dinas PUPR'],
    ['start_action', {}, 'Ditindaklanjuti'],
    ['resolve', { detail: 'fixed' }, 'Selesai: masalah ditangani di lapangan'],
    ['resolve', { detail: 'referred' }, 'Selesai: dirujuk ke pihak yang berwenang'],
    ['resolve', { detail: null }, 'Selesai'],
    ['reopen', {}, 'Dibuka kembali untuk ditindaklanjuti'],
  ] as const)('labels %s %j', (kind, overrides, label) => {
    const [entry] = toPublicTimeline('whatsapp', [event({ kind, ...overrides })]);
    expect(entry?.label).toBe(label);
  });

  it('names the channel', () => {
    expect(toPublicTimeline('walk_in', [event({ kind: 'logged' })])[0]?.label).toBe(
      'Aduan diterima melalui Datang langsung',
    );
    expect(toPublicTimeline('twitter', [event({ kind: 'logged' })])[0]?.label).toBe(
      'Aduan diterima melalui X (Twitter)',
    );
  });
});

describe('toPublicTimeline notes', () => {
  it('keeps a note event with text', () => {
    expect(
      toPublicTimeline('whatsapp', [
        event({ kind: 'note', publicNote: ' Petugas sudah meninjau lokasi. ', occurredAt: new Date('2022-09-23T02:00:00Z') }),
      ]),
    ).toEqual([
      {
        kind: 'note',
        label: 'Perkembangan tindak lanjut',
        occurred_at: '2022-09-23T02:00:00.000Z',
        note: 'Petugas sudah meninjau lokasi.',
      },
    ]);
  });

  it('skips a note event without text', () => {
    expect(toPublicTimeline('whatsapp', [event({ kind: 'note', publicNote: null })])).toEqual([]);
    expect(toPublicTimeline('whatsapp', [event({ kind: 'note', publicNote: '  ' })])).toEqual([]);
  });

  it('skips a note with personal data', () => {
    expect(toPublicTimeline('whatsapp', [event({ kind: 'note', publicNote: 'Hubungi 0812-3456-7890' })])).toEqual([]);
  });

  it('keeps an action but drops its note', () => {
    const timeline = toPublicTimeline('whatsapp', [
      event({ kind: 'forward', agencyName: 'Dinas PUPR', publicNote: 'Kontak petugas: budi@example.com' }),
    ]);
    expect(timeline).toHaveLength(1);
    expect(timeline[0]?.label).toBe('Diteruskan ke Dinas PUPR');
    expect(timeline[0]?.note).toBeNull();
  });

  it('keeps events in order', () => {
    const timeline = toPublicTimeline('whatsapp', [
      event({ kind: 'logged', occurredAt: new Date('2022-09-22T07:05:00Z') }),
      event({ kind: 'note', publicNote: null, occurredAt: new Date('2022-09-22T07:30:00Z') }),
      event({ kind: 'forward', agencyName: 'Dinas PUPR', occurredAt: new Date('2022-09-22T09:00:00Z') }),
      event({ kind: 'start_action', agencyName: 'Dinas PUPR', occurredAt: new Date('2022-09-23T02:00:00Z') }),
    ]);
    expect(timeline.map((entry) => entry.kind)).toEqual(['logged', 'forward', 'start_action']);
    expect(timeline.map((entry) => entry.occurred_at)).toEqual([
      '2022-09-22T07:05:00.000Z',
      '2022-09-22T09:00:00.000Z',
      '2022-09-23T02:00:00.000Z',
    ]);
  });

  it('has only public keys', () => {
    const [entry] = toPublicTimeline('whatsapp', [event({ kind: 'logged' })]);
    expect(Object.keys(entry ?? {}).sort()).toEqual(['kind', 'label', 'note', 'occurred_at']);
  });
});

describe('publicStatusLabel', () => {
  it('names the agency when forwarded', () => {
    expect(publicStatusLabel('forwarded', 'PT PLN (Persero) ULP Pati')).toBe('Diteruskan ke PT PLN (Persero) ULP Pati');
  });

  it('omits a missing agency', () => {
    expect(publicStatusLabel('forwarded', null)).toBe('Diteruskan');
  });

  it('ignores agency for other statuses', () => {
    expect(publicStatusLabel('resolved', 'Dinas PUPR')).toBe('Selesai');
    expect(publicStatusLabel('in_progress', 'Dinas PUPR')).toBe('Ditindaklanjuti');
  });
});

describe('categoryGroupLabel', () => {
  it.each([
    ['infrastruktur', 'Infrastruktur'],
    ['pelayanan_publik', 'Pelayanan Publik'],
    ['instansi_vertikal', 'Instansi Vertikal'],
    ['lainnya', 'Lainnya'],
  ] as const)('labels %s', (group, label) => {
    expect(categoryGroupLabel(group)).toBe(label);
  });
});

describe('toPublicClocks', () => {
  // Received Thursday 22 September 2022 at 14.05 WIB and forwarded at 16.00 the same day.
  const timeline = [
    event({ kind: 'logged', toStatus: 'received', occurredAt: new Date('2022-09-22T07:05:00Z') }),
    event({ kind: 'forward', toStatus: 'forwarded', agencyName: 'PLN', occurredAt: new Date('2022-09-22T09:00:00Z') }),
  ];

  it('measures both clocks from kinds and times', () => {
    const clocks = toPublicClocks(source().receivedAt, timeline, CLOCK_SETTINGS, new Date('2022-09-26T03:00:00Z'));

    expect(clocks.verification).toEqual({
      state: 'met',
      target_days: 3,
      elapsed_days: 0,
      overdue_days: 0,
      due_date: '2022-09-27',
      text: 'Selesai dalam kurang dari 1 hari kerja (target 3)',
    });
    // Friday 23 and Monday 26 September.
    expect(clocks.action).toEqual({
      state: 'running',
      target_days: 5,
      elapsed_days: 2,
      overdue_days: 0,
      due_date: '2022-09-29',
      text: 'Hari kerja ke-2 dari 5',
    });
  });

  it('stops the action clock at the first follow-up', () => {
    const events = [...timeline, event({ kind: 'start_action', occurredAt: new Date('2022-09-23T02:00:00Z') })];
    const clocks = toPublicClocks(source().receivedAt, events, CLOCK_SETTINGS, new Date('2022-10-03T03:00:00Z'));

    expect(clocks.action.state).toBe('met');
    expect(clocks.action.text).toBe('Selesai dalam 1 hari kerja (target 5)');
  });

  it('ignores notes and other fields', () => {
    const noisy = timeline.map((entry) => ({ ...entry, publicNote: 'Petugas Siti, 0812-3456-7890', internalNote: 'rahasia' }));
    const now = new Date('2022-09-26T03:00:00Z');

    expect(toPublicClocks(source().receivedAt, noisy, CLOCK_SETTINGS, now)).toEqual(
      toPublicClocks(source().receivedAt, timeline, CLOCK_SETTINGS, now),
    );
  });

  it('skips a holiday in the target', () => {
    // Forwarded Tuesday 4 October; Saturday 8 October (Maulid) is listed but changes nothing.
    const events = [event({ kind: 'forward', occurredAt: new Date('2022-10-04T03:00:00Z') })];
    const clocks = toPublicClocks(new Date('2022-10-03T03:00:00Z'), events, CLOCK_SETTINGS, new Date('2022-10-04T05:00:00Z'));

    expect(clocks.action.due_date).toBe('2022-10-11');
  });
});
