/** Description of every published field, shown on /data. Field names are those of the files. */

export const COMPLAINT_FIELDS: Array<{ name: string; type: string; description: string }> = [
  { name: 'ticket', type: 'teks', description: 'Nomor tiket aduan, dapat dibuka di /lacak/<nomor tiket>.' },
  { name: 'received_date', type: 'tanggal', description: 'Tanggal aduan diterima, dalam zona waktu kanal (YYYY-MM-DD).' },
  { name: 'received_at', type: 'waktu', description: 'Waktu aduan diterima dalam UTC (ISO 8601).' },
  { name: 'channel', type: 'kode', description: 'Kanal: whatsapp, instagram, facebook, twitter, email, walk_in, web.' },
  { name: 'category', type: 'teks', description: 'Nama kategori aduan.' },
  { name: 'category_slug', type: 'kode', description: 'Kode kategori (hanya di JSON).' },
  {
    name: 'category_group',
    type: 'kode',
    description: 'Kelompok kategori: infrastruktur, pelayanan_publik, instansi_vertikal, lainnya.',
  },
  { name: 'district_code', type: 'kode', description: 'Kode kecamatan Kemendagri (33.18.xx); kosong bila tidak diketahui.' },
  { name: 'district_name', type: 'teks', description: 'Nama kecamatan.' },
  { name: 'village_name', type: 'teks', description: 'Nama desa atau kelurahan, bila dicatat.' },
  { name: 'agency', type: 'teks', description: 'Instansi yang menangani; kosong bila belum diteruskan.' },
  {
    name: 'status',
    type: 'kode',
    description: 'Status: received, needs_info, invalid, forwarded, in_progress, resolved.',
  },
  {
    name: 'invalid_reason',
    type: 'kode',
    description: 'Alasan tidak valid: not_factual, unclear, out_of_authority, duplicate, spam.',
  },
  {
    name: 'outcome',
    type: 'kode',
    description: 'Hasil aduan selesai: fixed (ditangani di lapangan), answered (dijawab), referred (dirujuk), no_action (tidak ada tindakan).',
  },
  {
    name: 'verified_at',
    type: 'waktu',
    description: 'Waktu keputusan verifikasi (valid atau tidak valid) dalam UTC; kosong bila belum diputuskan.',
  },
  { name: 'forwarded_at', type: 'waktu', description: 'Waktu aduan diteruskan ke instansi dalam UTC.' },
  {
    name: 'first_response_at',
    type: 'waktu',
    description: 'Waktu instansi pertama kali menindaklanjuti aduan dalam UTC.',
  },
  { name: 'resolved_at', type: 'waktu', description: 'Waktu aduan selesai dalam UTC (hanya di JSON).' },
  { name: 'resolved_date', type: 'tanggal', description: 'Tanggal selesai, dalam zona waktu kanal.' },
  {
    name: 'verification_days',
    type: 'angka',
    description:
      'Lama verifikasi dalam hari kerja, dari aduan diterima (atau diverifikasi ulang) sampai keputusan; hari menunggu kelengkapan data dari pelapor tidak dihitung. Kosong bila belum diputuskan.',
  },
  {
    name: 'first_response_days',
    type: 'angka',
    description: 'Hari kerja dari aduan diteruskan sampai tindak lanjut pertama instansi. Kosong bila belum ditindaklanjuti.',
  },
  {
    name: 'resolution_days',
    type: 'angka',
    description:
      'Hari kerja dari aduan diterima sampai selesai; hari menunggu kelengkapan data dari pelapor tidak dihitung. Kosong bila belum selesai.',
  },
  { name: 'summary', type: 'teks', description: 'Ringkasan aduan yang ditulis petugas untuk publik, tanpa data pribadi.' },
  { name: 'lat, lng', type: 'angka', description: 'Lokasi (WGS 84), hanya untuk aduan infrastruktur; kosong untuk kategori lain.' },
  {
    name: 'duplicate_of',
    type: 'teks',
    description: 'Nomor tiket aduan asal bila aduan ini duplikatnya. Statistik menghitung masalah yang sama sekali saja, pada aduan asal.',
  },
];
