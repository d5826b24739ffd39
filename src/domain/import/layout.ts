/**
 * Column layout of the spreadsheet Diskominfo keeps of complaints, as the import reads it.
 * Header names are matched case-insensitively with spaces and punctuation ignored, and each
 * column accepts a few names seen in real spreadsheets ("Tgl", "No HP", "OPD").
 */

export const IMPORT_COLUMN_KEYS = [
  'number',
  'receivedDate',
  'receivedTime',
  'channel',
  'reporterName',
  'reporterContact',
  'originalText',
  'category',
  'district',
  'village',
  'lat',
  'lng',
  'summary',
  'status',
  'invalidReason',
  'agency',
  'agencyReference',
  'forwardedDate',
  'resolvedDate',
  'outcome',
  'confidential',
] as const;
export type ImportColumnKey = (typeof IMPORT_COLUMN_KEYS)[number];

export interface ImportColumn {
  /** Header as the documented layout writes it. */
  header: string;
  required: boolean;
  /** Other header names accepted for this column, written as people write them. */
  aliases: readonly string[];
}

export const IMPORT_COLUMNS: Record<ImportColumnKey, ImportColumn> = {
  number: { header: 'No', required: false, aliases: ['Nomor', 'No Urut', 'Nomor Urut'] },
  receivedDate: {
    header: 'Tanggal Diterima',
    required: true,
    aliases: ['Tanggal', 'Tgl', 'Tgl Diterima', 'Tanggal Masuk', 'Tanggal Aduan', 'Waktu Diterima', 'Diterima'],
  },
  receivedTime: { header: 'Jam', required: false, aliases: ['Jam Diterima', 'Pukul', 'Jam Masuk'] },
  channel: { header: 'Kanal', required: true, aliases: ['Saluran', 'Media', 'Sumber', 'Sumber Aduan', 'Kanal Aduan'] },
  reporterName: { header: 'Nama Pelapor', required: true, aliases: ['Nama', 'Pelapor', 'Nama Pengadu', 'Pengadu'] },
  reporterContact: {
    header: 'Kontak',
    required: true,
    aliases: ['Kontak Pelapor', 'No HP', 'Nomor HP', 'No Telp', 'Nomor Telepon', 'Telepon', 'No WA', 'Akun'],
  },
  originalText: {
    header: 'Isi Aduan',
    required: true,
    aliases: ['Isi', 'Aduan', 'Pesan', 'Pesan Asli', 'Isi Laporan', 'Uraian', 'Uraian Aduan', 'Laporan'],
  },
  category: { header: 'Kategori', required: true, aliases: ['Kategori Aduan', 'Jenis Aduan', 'Klasifikasi'] },
  district: { header: 'Kecamatan', required: false, aliases: ['Kec'] },
  village: { header: 'Desa', required: false, aliases: ['Kelurahan', 'Desa/Kelurahan', 'Desa/Kel'] },
  lat: { header: 'Lintang', required: false, aliases: ['Garis Lintang', 'Latitude', 'Lat'] },
  lng: { header: 'Bujur', required: false, aliases: ['Garis Bujur', 'Longitude', 'Lng', 'Lon'] },
  summary: { header: 'Ringkasan Publik', required: false, aliases: ['Ringkasan', 'Ringkasan Aduan'] },
  status: { header: 'Status', required: false, aliases: ['Status Aduan'] },
  invalidReason: { header: 'Alasan Tidak Valid', required: false, aliases: ['Alasan', 'Alasan Penolakan'] },
  agency: {
    header: 'Instansi',
    required: false,
    aliases: ['Instansi Tujuan', 'OPD', 'Dinas', 'Perangkat Daerah', 'Diteruskan Ke'],
  },
  agencyReference: {
    header: 'Nomor Referensi Instansi',
    required: false,
    aliases: ['Referensi Instansi', 'No Referensi'],
  },
  forwardedDate: { header: 'Tanggal Diteruskan', required: false, aliases: ['Tgl Diteruskan'] },
  resolvedDate: { header: 'Tanggal Selesai', required: false, aliases: ['Tgl Selesai', 'Selesai Pada'] },
  outcome: { header: 'Hasil', required: false, aliases: ['Hasil Penyelesaian', 'Hasil Tindak Lanjut'] },
  confidential: { header: 'Rahasia', required: false, aliases: ['Dirahasiakan', 'Aduan Rahasia'] },
};

/** Header text reduced to lower-case letters and digits: "Tgl. Diterima" → "tglditerima". */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const COLUMN_BY_HEADER = new Map<string, ImportColumnKey>(
  IMPORT_COLUMN_KEYS.flatMap((key) =>
    [IMPORT_COLUMNS[key].header, ...IMPORT_COLUMNS[key].aliases].map((name) => [normalizeHeader(name), key] as const),
  ),
);

/** Return the column a header names, or null for a header the import does not read. */
export function columnForHeader(text: string): ImportColumnKey | null {
  return COLUMN_BY_HEADER.get(normalizeHeader(text)) ?? null;
}

export interface HeaderMatch {
  /** Index of each recognised column in the row. */
  indexes: Partial<Record<ImportColumnKey, number>>;
  /** Header of each recognised column as the file writes it, for messages. */
  written: Partial<Record<ImportColumnKey, string>>;
  /** Required columns the header row lacks. */
  missing: ImportColumnKey[];
  /** Columns named twice, with both headers as written. */
  duplicates: Array<{ key: ImportColumnKey; first: string; second: string }>;
  /** Headers the import does not read, as written. */
  ignored: string[];
}

/** Match a header row against the layout. */
export function matchHeaders(cells: readonly string[]): HeaderMatch {
  const match: HeaderMatch = { indexes: {}, written: {}, missing: [], duplicates: [], ignored: [] };
  cells.forEach((cell, index) => {
    const text = cell.trim();
    if (text === '') {
      return;
    }
    const key = columnForHeader(text);
    if (key === null) {
      match.ignored.push(text);
    } else if (match.indexes[key] !== undefined) {
      match.duplicates.push({ key, first: match.written[key]!, second: text });
    } else {
      match.indexes[key] = index;
      match.written[key] = text;
    }
  });
  match.missing = IMPORT_COLUMN_KEYS.filter((key) => IMPORT_COLUMNS[key].required && match.indexes[key] === undefined);
  return match;
}

/** Number of layout columns a row names; the header row is the first that names at least three. */
export function recognisedColumnCount(cells: readonly string[]): number {
  return new Set(cells.map(columnForHeader).filter((key) => key !== null)).size;
}
