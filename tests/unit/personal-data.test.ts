import { describe, expect, it } from 'vitest';
import {
  containsPersonalData,
  describePersonalData,
  findPersonalData,
  PERSONAL_DATA_LABELS,
} from '../../src/domain/personal-data.ts';

const ADVICE = 'Hapus atau samarkan data tersebut, lalu simpan kembali.';

describe('findPersonalData phones', () => {
  // Each form is placed after "Hubungi " (8 characters), so it starts at offset 8.
  it.each([
    '0812-3456-7890',
    '0812 3456 7890',
    '081234567890',
    '0812.3456.7890',
    '0812-345-678',
    '+62 812 3456 7890',
    '+62 812-3456-7890',
    '+62-812-3456-7890',
    '+6281234567890',
    '+62 (812) 3456-7890',
    '62812-3456-7890',
    '6281234567890',
    '(0295) 381234',
    '0295-381234',
    '0295 381234',
    '021-5551234',
  ])('finds %s', (phone) => {
    const text = `Hubungi ${phone} segera.`;
    expect(findPersonalData(text)).toEqual([{ kind: 'phone', text: phone, start: 8, end: 8 + phone.length }]);
  });

  it('stops before a closing period', () => {
    expect(findPersonalData('Hubungi 081234567890.')).toEqual([
      { kind: 'phone', text: '081234567890', start: 8, end: 20 },
    ]);
  });

  it('finds a number at the start', () => {
    expect(findPersonalData('0812-3456-7890 pelapornya')).toEqual([
      { kind: 'phone', text: '0812-3456-7890', start: 0, end: 14 },
    ]);
  });

  it('finds a number after a colon', () => {
    expect(findPersonalData('WA:081234567890')).toEqual([{ kind: 'phone', text: '081234567890', start: 3, end: 15 }]);
  });

  it('finds a number in a wa.me link', () => {
    expect(findPersonalData('wa.me/6281234567890')).toEqual([
      { kind: 'phone', text: '6281234567890', start: 6, end: 19 },
    ]);
  });

  // NOTE: the phone pattern refuses a number right after a dot so that it skips the groups of
  // "1.500.000", and so it also skips "Telp.0812…", which people do write.
  it('finds a number after "Telp."', () => {
    expect(findPersonalData('Telp.081234567890')).toEqual([{ kind: 'phone', text: '081234567890', start: 5, end: 17 }]);
  });

  // NOTE: the phone pattern starts only at an ASCII 0, 62 or +62, so fullwidth digits slip through.
  it('finds fullwidth digits', () => {
    const phone = '\uFF10\uFF18\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18\uFF19\uFF10';
    expect(findPersonalData(`HP ${phone}`)).toEqual([{ kind: 'phone', text: phone, start: 3, end: 15 }]);
  });
});

describe('findPersonalData NIK', () => {
  it('finds sixteen digits', () => {
    expect(findPersonalData('NIK 3318012345670001 atas nama')).toEqual([
      { kind: 'nik', text: '3318012345670001', start: 4, end: 20 },
    ]);
  });

  it('finds digits grouped by spaces', () => {
    expect(findPersonalData('NIK 3318 0123 4567 0001.')).toEqual([
      { kind: 'nik', text: '3318 0123 4567 0001', start: 4, end: 23 },
    ]);
  });

  it('finds digits grouped by dots', () => {
    expect(findPersonalData('NIK: 3318.0123.4567.0001')).toEqual([
      { kind: 'nik', text: '3318.0123.4567.0001', start: 5, end: 24 },
    ]);
  });

  it('finds digits grouped by dashes', () => {
    expect(findPersonalData('3318-0123-4567-0001')).toEqual([
      { kind: 'nik', text: '3318-0123-4567-0001', start: 0, end: 19 },
    ]);
  });

  it('ignores fifteen digits', () => {
    expect(findPersonalData('nomor 331801234567000')).toEqual([]);
  });

  it('ignores seventeen digits', () => {
    expect(findPersonalData('nomor 33180123456700012')).toEqual([]);
  });
});

describe('findPersonalData e-mail', () => {
  it('finds a plain address', () => {
    expect(findPersonalData('Kirim ke budi.santoso@gmail.com hari ini')).toEqual([
      { kind: 'email', text: 'budi.santoso@gmail.com', start: 9, end: 31 },
    ]);
  });

  it('leaves out a closing period', () => {
    expect(findPersonalData('Email: warga_pati+aduan@mail.pati.go.id.')).toEqual([
      { kind: 'email', text: 'warga_pati+aduan@mail.pati.go.id', start: 7, end: 39 },
    ]);
  });

  it('does not count @domain as handle', () => {
    const matches = findPersonalData('budi@example.com');
    expect(matches).toHaveLength(1);
    expect(matches[0]?.kind).toBe('email');
  });

  it('claims digits in the local part', () => {
    expect(findPersonalData('ke 081234567890@gmail.com')).toEqual([
      { kind: 'email', text: '081234567890@gmail.com', start: 3, end: 25 },
    ]);
  });
});

describe('findPersonalData handles', () => {
  it('finds a handle with a dot', () => {
    expect(findPersonalData('Lihat unggahan @laporbup.pati kemarin')).toEqual([
      { kind: 'handle', text: '@laporbup.pati', start: 15, end: 29 },
    ]);
  });

  it('leaves out a closing period', () => {
    expect(findPersonalData('cc @budi_s.')).toEqual([{ kind: 'handle', text: '@budi_s', start: 3, end: 10 }]);
  });

  it('finds a handle at the start', () => {
    expect(findPersonalData('@pati_kab ramai')).toEqual([{ kind: 'handle', text: '@pati_kab', start: 0, end: 9 }]);
  });

  it('ignores a lone at sign', () => {
    expect(findPersonalData('rapat @ balai desa')).toEqual([]);
  });
});

describe('findPersonalData order', () => {
  it('sorts matches by position', () => {
    expect(findPersonalData('WA 081234567890 atau budi@example.com')).toEqual([
      { kind: 'phone', text: '081234567890', start: 3, end: 15 },
      { kind: 'email', text: 'budi@example.com', start: 21, end: 37 },
    ]);
  });

  it('finds every kind in one text', () => {
    const text = '@warga NIK 3318012345670001 HP 0812-3456-7890 mail a@b.id';
    expect(findPersonalData(text).map((match) => match.kind)).toEqual(['handle', 'nik', 'phone', 'email']);
  });

  it('matches ASCII text like other text', () => {
    // The trailing "é" takes the text off the ASCII shortcut, and changes no offset before it.
    const text = 'Lapor: WA 0812-3456-7890, NIK 3318012345670001, mail budi@example.com, akun @warga_pati.';
    const matches = findPersonalData(text);
    expect(matches.map((match) => match.kind)).toEqual(['phone', 'nik', 'email', 'handle']);
    expect(findPersonalData(`${text} é`)).toEqual(matches);
  });

  it('counts offsets in UTF-16 units', () => {
    // '😀' is two UTF-16 code units, so the number starts at 2 + 1 + 8 = 11.
    expect(findPersonalData('😀 Hubungi 081234567890')).toEqual([
      { kind: 'phone', text: '081234567890', start: 11, end: 23 },
    ]);
  });
});

describe('findPersonalData false positives', () => {
  it.each([
    ['date with dashes', 'Kejadian tanggal 29-08-2022 pukul 14.05.'],
    ['ISO date', 'Sejak 2022-08-29 lampu mati.'],
    ['date with slashes', 'Tanggal 29/08/2022 dilaporkan.'],
    ['date with dots', 'Tanggal 29.08.2022 dilaporkan.'],
    ['date range', 'Dari 29-08-2022 s.d. 30-08-2022.'],
    ['RT and RW', 'Warga RT 02 RW 05 Desa Sukoharjo.'],
    ['RT/RW with slash', 'RT 002/RW 005 Kelurahan Pati Wetan'],
    ['money with space', 'Biaya Rp 1.500.000 per bulan.'],
    ['money without space', 'Anggaran Rp62.500.000 untuk jalan.'],
    ['money 62 million', 'Anggaran Rp 62.500.000 untuk jalan.'],
    ['money with comma cents', 'Tagihan Rp 1.250.000,00 bulan ini.'],
    ['invalid ticket number', 'Tiket LBP-7K3M2-Q9XW4 belum dibalas.'],
    ['valid ticket number', 'Tiket LBP-7K3M2-Q9XW2 belum dibalas.'],
    ['kilometre post', 'Jalan rusak di km 12+300 arah Kudus.'],
    ['kilometre decimal', 'Lubang di KM 0,5 dari alun-alun.'],
    ['kilometre abbreviation', 'Jembatan Km. 115 retak.'],
    ['short numbers', 'Rumah nomor 12, 3 orang, 2 motor, 45 menit.'],
    ['postal code', 'Kode pos 59111.'],
    ['opening hours', 'Buka pukul 08.00-16.00 setiap hari.'],
    ['leading-zero count', 'Antrean nomor 012 sampai 0450.'],
    ['year range', 'Tahun 2020-2023 tidak ada perbaikan.'],
    ['plain text', 'Lampu jalan di depan balai desa mati.'],
    ['empty text', ''],
  ])('ignores %s', (_case, text) => {
    expect(findPersonalData(text)).toEqual([]);
  });

  // NOTE: 625.000.000 starts with 62 and has 9 digits, so it passes for a phone number.
  it('ignores Rp 625.000.000', () => {
    expect(findPersonalData('Anggaran Rp 625.000.000 untuk jalan.')).toEqual([]);
  });
});

describe('containsPersonalData', () => {
  it('is true for a phone', () => {
    expect(containsPersonalData('Hubungi 0812-3456-7890')).toBe(true);
  });

  it('is false for clean text', () => {
    expect(containsPersonalData('Jalan berlubang di Desa Sukoharjo RT 02 RW 05.')).toBe(false);
  });
});

describe('describePersonalData', () => {
  it('names kind, text and position', () => {
    const text = 'Hubungi 0812-3456-7890 segera';
    expect(describePersonalData(findPersonalData(text), text)).toBe(
      `Teks publik memuat data pribadi: nomor telepon "0812-3456-7890" (mulai karakter ke-9). ${ADVICE}`,
    );
  });

  it('lists several matches in order', () => {
    const text = 'NIK 3318012345670001, e-mail budi@example.com';
    expect(describePersonalData(findPersonalData(text), text)).toBe(
      'Teks publik memuat data pribadi: NIK "3318012345670001" (mulai karakter ke-5); ' +
        `alamat e-mail "budi@example.com" (mulai karakter ke-30). ${ADVICE}`,
    );
  });

  it('labels a handle', () => {
    const text = 'Akun @laporbup.pati';
    expect(describePersonalData(findPersonalData(text), text)).toBe(
      `Teks publik memuat data pribadi: akun media sosial "@laporbup.pati" (mulai karakter ke-6). ${ADVICE}`,
    );
  });

  it('counts a simple emoji once', () => {
    const text = '😀 Hubungi 081234567890';
    expect(describePersonalData(findPersonalData(text), text)).toContain('(mulai karakter ke-11)');
  });

  it('counts a ZWJ family emoji once', () => {
    const text = '👨‍👩‍👧 Hubungi 081234567890';
    expect(describePersonalData(findPersonalData(text), text)).toContain('(mulai karakter ke-11)');
  });

  it('counts a flag emoji once', () => {
    const text = '🇮🇩 Hubungi 081234567890';
    expect(describePersonalData(findPersonalData(text), text)).toContain('(mulai karakter ke-11)');
  });

  it('counts a decomposed letter once', () => {
    const text = 'Caf\u0065\u0301 081234567890';
    expect(describePersonalData(findPersonalData(text), text)).toContain('(mulai karakter ke-6)');
  });
});

describe('PERSONAL_DATA_LABELS', () => {
  it('has Indonesian labels', () => {
    expect(PERSONAL_DATA_LABELS).toEqual({
      phone: 'nomor telepon',
      nik: 'NIK',
      email: 'alamat e-mail',
      handle: 'akun media sosial',
    });
  });
});

describe('findPersonalData obfuscation', () => {
  it.each([
    ['bidi override', 'Hubungi \u202E4321-0000-2180\u202C', 'phone'],
    ['zero-width spaces', 'HP 0812\u200B-0000\u200B-1234', 'phone'],
    ['soft hyphens', 'HP 0812\u00AD0000\u00AD1234', 'phone'],
    ['non-breaking hyphens', 'HP 0812\u20110000\u20111234', 'phone'],
    ['en dashes', 'HP 0812\u20130000\u20131234', 'phone'],
    ['left-to-right marks', 'HP 0812\u200E0000\u200E1234', 'phone'],
    ['slashes', 'HP 0812/0000/1234', 'phone'],
    ['underscores', 'HP 0812_0000_1234', 'phone'],
    ['letters before', 'Hp081200001234', 'phone'],
    ['bracketed at', 'tulis ke budi [at] gmail.com', 'email'],
    ['spelled out dot', 'tulis ke budi (at) gmail dot com', 'email'],
    ['fullwidth at', 'tulis ke budi\uFF20gmail.com', 'email'],
    ['fullwidth handle', 'ikuti \uFF20budi_santoso', 'handle'],
    ['profile link', 'lihat instagram.com/budi_santoso', 'handle'],
    ['NIK with slashes', 'NIK 3318/0101/0101/0001', 'nik'],
  ])('finds %s', (_name, text, kind) => {
    const matches = findPersonalData(text);
    expect(matches.map((match) => match.kind)).toEqual([kind]);
  });

  it('reports original positions', () => {
    const text = 'HP 0812\u200B-0000-1234.';
    const [match] = findPersonalData(text);
    expect(match!.start).toBe(3);
    expect(match!.end).toBe(text.length - 1);
    expect(match!.text).toBe('0812\u200B-0000-1234');
  });
});
