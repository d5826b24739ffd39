/**
 * Public pages that quote the joint decrees (SKB) on national holidays and collective leave,
 * shown on /metodologi. Same list as `db/seed/holidays/README.md`; keep the two in step when a
 * year's decree is added.
 */

export interface HolidaySource {
  year: number;
  title: string;
  url: string;
}

export const HOLIDAY_SOURCES: HolidaySource[] = [
  {
    year: 2022,
    title: 'DDTCNews: daftar lengkap setelah perubahan April 2022',
    url: 'https://news.ddtc.co.id/jadwal-libur-nasional-dan-cuti-bersama-sepanjang-2022-cek-skb-ini-38295',
  },
  {
    year: 2022,
    title: 'Kompas: SKB 375/2022',
    url: 'https://nasional.kompas.com/read/2022/04/07/15165161/terbitkan-skb-3-menteri-pemerintah-tegaskan-4-hari-cuti-bersama-idul-fitri',
  },
  {
    year: 2022,
    title: 'Okezone: SKB 678/2022 (Iduladha menjadi 10 Juli)',
    url: 'https://nasional.okezone.com/read/2022/07/08/337/2626362/libur-nasional-idul-adha-1443-h-digeser-dari-tanggal-9-jadi-10-juli-2022',
  },
  {
    year: 2023,
    title: 'Kontan: SKB Oktober 2022',
    url: 'https://caritahu.kontan.co.id/news/23-januari-cuti-bersama-imlek-cek-jadwal-terbaru-libur-nasional-cuti-bersama-2023',
  },
  {
    year: 2023,
    title: 'Daulat Rakyat (mengutip setkab.go.id): SKB 327/2023',
    url: 'https://daulatrakyat.id/pemerintah-ri-secara-resmi-tetapkan-perubahan-hari-libur-nasional-dan-cuti-bersama-idulfitri-1444-h-2023-masehi',
  },
  {
    year: 2023,
    title: 'Spekta: SKB 624/2023',
    url: 'https://www.spekta.news/2023/06/23/pemerintah-tambah-libur-hari-raya-idul-adha-1444-hijriah-menjadi-tiga-hari/',
  },
  {
    year: 2024,
    title: 'JPNN: SKB 855/2023',
    url: 'https://m.jpnn.com/news/simak-tanggal-dan-bulan-libur-nasional-serta-cuti-bersama-di-2024',
  },
  {
    year: 2024,
    title: 'Tribun Medan: SKB 236/2024',
    url: 'https://tribunmedan.cfd/2024/03/26/kapan-libur-lebaran-2024-berikut-ini-jadwal-libur-lebaran-2024-atau-idul-fitri-1445-h',
  },
  {
    year: 2024,
    title: 'Okezone: Keppres 10/2024 (hari pemungutan suara)',
    url: 'https://news.okezone.com:443/read/2024/02/06/337/2966621/jokowi-tetapkan-hari-pemungutan-suara-14-februari-jadi-libur-nasional',
  },
  {
    year: 2024,
    title: 'Dutakabar: Keppres 33/2024 (pilkada)',
    url: 'https://dutakabar.com/27-november-2024-hari-libur-nasional-ini-keppresnya',
  },
  {
    year: 2025,
    title: 'Rasika Pekalongan (mengutip setkab.go.id): SKB 1017/2024',
    url: 'https://rasikapekalongan.com/cek-libur-nasional-dan-cuti-bersama-tahun-2025',
  },
  {
    year: 2025,
    title: 'CNN Indonesia: SKB 933/2025',
    url: 'https://cnnindonesia.com/edukasi/20250811164642-561-1261250/18-agustus-2025-cuti-bersama-atau-libur-nasional',
  },
  {
    year: 2026,
    title: 'Okezone: SKB 1497/2025',
    url: 'https://edukasi.okezone.com/read/2026/01/12/624/3194932/isra-mi-raj-2026-apakah-siswa-sekolah-libur-ini-jadwal-lengkapnya',
  },
  {
    year: 2026,
    title: 'Dinas Pendidikan Kota Semarang',
    url: 'https://disdiksmg.semarangkota.go.id/post-detail/resmi-daftar-hari-libur-nasional-dan-cuti-bersama-tahun-2026-berdasarkan-skb-3-menteri',
  },
  {
    year: 2027,
    title: 'Okezone: Keppres 8/2024 (hari libur bertanggal tetap)',
    url: 'https://news.okezone.com:443/read/2024/01/30/337/2962774/jokowi-teken-keppres-ubah-nomenklatur-isa-al-masih-jadi-yesus-kristus-pada-hari-libur-nasional',
  },
];
