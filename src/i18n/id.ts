/** Indonesian strings used on more than one page. Page-specific text stays in its page. */

export const NAVIGATION = [
  { href: '/', label: 'Beranda' },
  { href: '/lacak/', label: 'Lacak Aduan' },
  { href: '/statistik/', label: 'Statistik' },
  { href: '/peta/', label: 'Peta' },
  { href: '/data/', label: 'Data Terbuka' },
] as const;

export const STAFF_NAVIGATION = [
  { href: '/staf/', label: 'Daftar Aduan', need: null },
  { href: '/staf/aduan/baru/', label: 'Catat Aduan', need: 'log' },
  { href: '/staf/terbitkan/', label: 'Terbitkan', need: 'publish' },
  { href: '/staf/admin/impor/', label: 'Impor', need: 'log' },
  { href: '/staf/admin/', label: 'Admin', need: 'admin' },
] as const;

export const TEXT = {
  skipToContent: 'Langsung ke konten utama',
  dataAsOf: 'Data per',
  noData: 'Belum ada data untuk periode ini.',
  ticketLabel: 'Nomor tiket',
  ticketHint: 'Contoh: LBP-7K3M2-Q9XW2. Huruf besar atau kecil, spasi dan tanda hubung boleh diabaikan.',
  track: 'Lacak',
} as const;
