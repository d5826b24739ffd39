/**
 * Indonesian texts for the demo data generator that recreates the launch month of LaporBupPati
 * (Kabupaten Pati, 29 August – 21 September 2022). All reporters, places inside villages and
 * incidents are invented. No text contains a phone number, NIK, e-mail address or social media handle.
 *
 * Placeholders that the generator fills: {desa}, {kecamatan}, {dukuh}, {rt}, {rw}, {jalan}, {hari}.
 * {dukuh} takes a HAMLETS entry and {jalan} a STREETS entry. Both entries already start with
 * "Dukuh" or "Jalan", so the texts write "{dukuh}" and "{jalan}" without that word in front.
 * {hari} is a spelled-out duration such as "tiga hari".
 */

import type { InvalidReason, Outcome } from '../../../src/domain/status.ts';

export interface ValidTemplate {
  /** Variants of the citizen's original message, in informal Indonesian as written on WhatsApp or Instagram. */
  messages: string[];
  /** Public summary written by staff: formal, at most about 160 characters, without personal data. */
  summary: string;
  /** Public note when the agency starts acting. */
  followUp: string;
  /** Public note when the complaint is resolved, matching `outcome`. */
  resolution: string;
  /** Usual outcome when this kind of complaint is closed. */
  outcome: Outcome;
}

/**
 * Templates of valid complaints, keyed by category slug from categories.json. Every slug has at least
 * two templates, and jalan-rusak, drainase, penerangan-jalan, bantuan-sosial, administrasi-kependudukan
 * and listrik have at least four. The PLN meter story is kept apart in PLN_METER_STORY.
 */
export const VALID_TEMPLATES: Record<string, ValidTemplate[]> = {
  // ---------------------------------------------------------------- infrastruktur
  // The notes name no agency because the generator forwards some road complaints to a district office.
  'jalan-rusak': [
    {
      messages: [
        'Selamat pagi Pak/Bu admin, mohon izin melaporkan. Jalan di {dukuh} Desa {desa} Kec. {kecamatan} rusak parah, banyak lubang besar dan dalam. Sdh beberapa kali ada pengendara motor yg jatuh, apalagi kalau malam krn gelap. Mohon segera ditindaklanjuti. Terima kasih.',
        'min, {jalan} yg masuk ds {desa} itu lubangnya makin lebar. kemarin ada ibu2 bonceng anak jatuh di situ. tolong segera ditambal sblm ada korban lagi 🙏',
        'Assalamualaikum. Izin lapor Pak, jalan di Desa {desa} Kecamatan {kecamatan} berlubang di bbrp titik. Habis hujan lubangnya ketutup air jadi tdk kelihatan. Mohon diperbaiki nggih, matur nuwun.',
      ],
      summary: 'Jalan berlubang di Desa {desa}, Kecamatan {kecamatan}, membahayakan pengendara, terutama pada malam hari.',
      followUp:
        'Tim pemeliharaan jalan dijadwalkan meninjau lokasi dan mengukur luas kerusakan.',
      resolution:
        'Tim pemeliharaan jalan telah menambal lubang jalan di Desa {desa}. Jalan kembali dapat dilalui dengan aman.',
      outcome: 'fixed',
    },
    {
      messages: [
        'Mohon maaf Pak/Bu, mau tanya jalan penghubung Desa {desa} ke desa sebelah kapan diperbaiki ya? Aspalnya sudah habis tinggal batu. Kemarau debunya luar biasa, kalau hujan becek. Sudah bertahun-tahun begini, padahal anak sekolah lewat situ tiap hari.',
        'Yth. admin, kami warga {dukuh} Ds. {desa} Kec. {kecamatan} mengeluhkan kondisi {jalan} yg rusak sepanjang kurang lebih dua kilo. Sdh pernah diusulkan lewat musrenbang desa tp blm ada realisasi. Mohon perhatiannya.',
      ],
      summary:
        'Ruas jalan penghubung di Desa {desa}, Kecamatan {kecamatan}, rusak berat dengan aspal mengelupas dan belum diperbaiki.',
      followUp: 'Petugas telah menyurvei ruas jalan untuk mendata kondisi dan kebutuhan penanganannya.',
      resolution:
        'Ruas jalan tersebut telah masuk daftar usulan peningkatan jalan tahun anggaran 2023. Sambil menunggu, lubang yang membahayakan ditangani melalui pemeliharaan rutin.',
      outcome: 'answered',
    },
    {
      messages: [
        'Pak, bahu jalan di {jalan} dekat jembatan kecil Desa {desa} ambles, sudah retak memanjang. Truk pasir tiap hari lewat situ, takut ambrol. Tolong dicek secepatnya.',
        'Lapor min, tepi jalan di {dukuh} {desa} longsor ke sungai, sisa jalannya tinggal separuh. Motor masih bisa lewat tp mobil sudah ngeri. Mhn ditindaklanjuti 🙏',
      ],
      summary:
        'Bahu jalan ambles dan retak di Desa {desa}, Kecamatan {kecamatan}, sehingga badan jalan menyempit dan rawan longsor.',
      followUp: 'Petugas telah meninjau lokasi serta memasang rambu peringatan dan garis pengaman di sekitar titik amblesan.',
      resolution:
        'Bronjong telah dipasang dan bahu jalan yang ambles telah ditimbun kembali. Badan jalan kembali dapat dilalui dua arah.',
      outcome: 'fixed',
    },
    {
      messages: [
        'Selamat siang. Bekas galian pipa di pinggir {jalan} Kec. {kecamatan} sudah {hari} tdk diurug lagi, cuma ditutup tanah gembur. Malam hari tdk ada tanda apa-apa, bahaya.',
        'Min, ini galian kabel di depan pasar Desa {desa} kok ditinggal begitu aja ya? Jalan jadi sempit & licin. Siapa yg tanggung jawab?',
      ],
      summary:
        'Bekas galian utilitas di tepi jalan di Desa {desa}, Kecamatan {kecamatan}, belum ditutup kembali dan tidak diberi tanda pengaman.',
      followUp:
        'Pelaksana pekerjaan galian telah diminta segera memasang rambu pengaman dan mengembalikan kondisi jalan.',
      resolution:
        'Pelaksana pekerjaan telah menutup dan memadatkan kembali bekas galian. Kondisi jalan telah dipulihkan.',
      outcome: 'fixed',
    },
    {
      messages: [
        'Pak admin, jalan raya besar yg lewat Kec. {kecamatan} banyak lubang, sdh makan korban. Itu jalan siapa sih kok tdk pernah diperbaiki?',
        'Mohon izin melaporkan jalan berlubang di jalan raya sekitar Desa {desa}. Lubangnya di tengah jalur, kendaraan sering mendadak banting setir. Mohon segera ditangani sebelum terjadi kecelakaan.',
      ],
      summary: 'Jalan berlubang di ruas jalan provinsi di Desa {desa}, Kecamatan {kecamatan}, membahayakan pengguna jalan.',
      followUp:
        'Hasil pengecekan menunjukkan bahwa ruas tersebut berstatus jalan provinsi, sehingga aduan disampaikan kepada pengelolanya.',
      resolution:
        'Aduan telah dirujuk ke Dinas Pekerjaan Umum Bina Marga dan Cipta Karya Provinsi Jawa Tengah selaku pengelola ruas jalan provinsi. Penanganan selanjutnya menjadi kewenangan Pemerintah Provinsi.',
      outcome: 'referred',
    },
  ],

  jembatan: [
    {
      messages: [
        'Selamat sore Pak/Bu, mohon izin melapor. Jembatan kayu penghubung {dukuh} dgn jalan desa di Desa {desa} papannya banyak yg lapuk dan bolong. Tiap hari dilewati anak sekolah naik sepeda. Mohon segera diperbaiki sblm ada yg jatuh ke sungai.',
        'admin tolong jembatan di {dukuh} ds {desa} kec {kecamatan} itu papannya sdh pada patah, motor lewat harus dituntun. ngeri bgt',
      ],
      summary:
        'Lantai papan jembatan kayu di Desa {desa}, Kecamatan {kecamatan}, lapuk dan berlubang sehingga berbahaya bagi pejalan kaki dan pesepeda.',
      followUp: 'DPUPR telah meninjau jembatan dan berkoordinasi dengan Pemerintah Desa {desa} untuk penanganan sementara.',
      resolution:
        'Papan lantai jembatan yang lapuk telah diganti dan pagar pengaman sementara telah dipasang. Jembatan kembali aman dilalui.',
      outcome: 'fixed',
    },
    {
      messages: [
        'Pagar pengaman jembatan di {jalan} Desa {desa} sebelah kiri sdh hilang separuh, katanya ketabrak truk bbrp minggu lalu. Malam hari gelap, takut ada yg kecemplung. Mohon dipasang lagi.',
        'Lapor Pak, railing besi jembatan dekat balai desa {desa} patah dan dibiarkan saja. Anak-anak sering main di situ.',
      ],
      summary:
        'Pagar pengaman jembatan di Desa {desa}, Kecamatan {kecamatan}, rusak dan sebagian hilang sehingga membahayakan pengguna jalan.',
      followUp: 'DPUPR telah memeriksa kondisi jembatan dan memasang pembatas sementara di sisi pagar yang rusak.',
      resolution:
        'Pagar pengaman jembatan telah diperbaiki dan dicat ulang oleh DPUPR. Struktur utama jembatan dinyatakan masih dalam kondisi baik.',
      outcome: 'fixed',
    },
    {
      messages: [
        'Permisi min, oprit jembatan yg di Desa {desa} turun kira2 sejengkal dari lantai jembatan. Motor lewat agak kencang pasti njeglek, sudah ada yg jatuh. Mhn dicek.',
        'Mohon perhatian, sambungan antara jalan dan jembatan di {dukuh} Desa {desa} Kecamatan {kecamatan} ambles dan retak-retak. Kendaraan bermuatan berat masih lewat setiap hari.',
      ],
      summary:
        'Oprit jembatan di Desa {desa}, Kecamatan {kecamatan}, ambles sehingga permukaannya lebih rendah dari lantai jembatan.',
      followUp: 'Tim DPUPR telah meninjau lokasi dan mengukur penurunan oprit di kedua sisi jembatan.',
      resolution:
        'DPUPR menjelaskan bahwa perbaikan oprit telah masuk rencana pemeliharaan berkala tahun 2023. Sementara itu, rambu peringatan dan batas kecepatan telah dipasang di kedua sisi jembatan.',
      outcome: 'answered',
    },
  ],

  drainase: [
    {
      messages: [
        'Selamat pagi admin, mohon izin melaporkan saluran air di samping {jalan} Desa {desa} tersumbat sampah dan lumpur. Airnya tdk mengalir, bau dan banyak nyamuk. Hujan sebentar saja langsung meluap ke jalan. Mohon dinormalisasi.',
        'min got di {dukuh} rt {rt} rw {rw} ds {desa} mampet total, sudah {hari} bau busuk. warga sdh kerja bakti tp lumpurnya terlalu dalam, butuh alat.',
        'Pak/Bu, drainase depan SD di Desa {desa} Kec. {kecamatan} penuh endapan, air hujan menggenang di halaman sekolah. Mohon dibantu pengerukan.',
      ],
      summary:
        'Saluran drainase di Desa {desa}, Kecamatan {kecamatan}, tersumbat sampah dan endapan lumpur sehingga air meluap ke jalan.',
      followUp: 'DPUPR telah menjadwalkan normalisasi saluran dengan alat berat bersama Pemerintah Desa {desa}.',
      resolution:
        'Normalisasi saluran telah dilaksanakan bersama warga. Sampah dan endapan lumpur telah diangkat sehingga air kembali mengalir lancar.',
      outcome: 'fixed',
    },
    {
      messages: [
        'Lapor Pak, tutup got beton di trotoar {jalan} ada yg pecah, lubangnya kira2 setengah meter. Malam hari tdk kelihatan, kemarin ada pejalan kaki yg kakinya terperosok.',
        'Mohon izin, penutup saluran di depan pertokoan {jalan} Kec. {kecamatan} jebol. Sudah dikasih ranting pohon sama warga sebagai tanda, tp tetap bahaya.',
      ],
      summary:
        'Penutup saluran drainase di trotoar {jalan}, Kecamatan {kecamatan}, pecah dan berlubang sehingga membahayakan pejalan kaki.',
      followUp: 'DPUPR telah memasang tanda pengaman di lokasi dan menyiapkan penutup saluran pengganti.',
      resolution: 'Penutup saluran yang pecah telah diganti dengan pelat beton baru. Trotoar kembali aman bagi pejalan kaki.',
      outcome: 'fixed',
    },
    {
      messages: [
        'Yth. Admin, setiap hujan deras permukiman kami di {dukuh} Desa {desa} tergenang sampai semata kaki krn tdk ada saluran pembuangan yg memadai. Kemarin hujan sebentar saja air sdh masuk ke rumah warga. Mohon dibuatkan saluran.',
        'Pak, tolong diperhatikan jalan di RT {rt} RW {rw} Desa {desa}. Tiap hujan jadi kolam, surutnya bisa sampai {hari}.',
      ],
      summary:
        'Permukiman di Desa {desa}, Kecamatan {kecamatan}, tergenang setiap hujan deras karena belum ada saluran pembuangan yang memadai.',
      followUp: 'DPUPR telah melakukan survei lokasi untuk mengukur elevasi dan menentukan arah aliran saluran yang dibutuhkan.',
      resolution:
        'DPUPR menjelaskan bahwa pembangunan saluran baru telah diusulkan dalam rencana kegiatan tahun 2023. Pemerintah desa juga dapat mengusulkan saluran lingkungan melalui Dana Desa.',
      outcome: 'answered',
    },
    {
      messages: [
        'Pak admin, gorong2 di bawah jalan masuk {dukuh} Desa {desa} buntu. Air dari sawah tdk bisa lewat dan menggenangi jalan. Mhn segera dicek.',
        'Izin lapor, ada gorong-gorong mampet di {jalan} Kec. {kecamatan}, sebelahnya jadi genangan dan bau.',
      ],
      summary: 'Gorong-gorong di Desa {desa}, Kecamatan {kecamatan}, tersumbat sehingga air menggenang di badan jalan.',
      followUp: 'Petugas DPUPR dijadwalkan memeriksa gorong-gorong bersama perangkat Desa {desa}.',
      resolution:
        'Saat pengecekan lapangan, gorong-gorong telah dibersihkan warga melalui kerja bakti dan air sudah mengalir normal. Tidak diperlukan tindakan lanjutan dari DPUPR.',
      outcome: 'no_action',
    },
    {
      messages: [
        'Selamat siang, dinding saluran di pinggir {jalan} Desa {desa} ambrol sepanjang kurang lebih lima meter. Tanahnya ikut longsor ke saluran, air jadi tertahan. Mohon ditindaklanjuti.',
        'min talud saluran dekat musala {dukuh} jebol, sdh {hari} blm ada yg benerin. pinggir jalan ikut gerowong.',
      ],
      summary:
        'Dinding saluran drainase di Desa {desa}, Kecamatan {kecamatan}, ambrol sehingga aliran air terhambat dan tepi jalan tergerus.',
      followUp: 'DPUPR telah meninjau lokasi dan menjadwalkan perbaikan dinding saluran melalui pemeliharaan rutin.',
      resolution:
        'Dinding saluran yang ambrol telah dibangun kembali dengan pasangan batu. Air mengalir lancar dan tepi jalan tidak lagi tergerus.',
      outcome: 'fixed',
    },
  ],

  irigasi: [
    {
      messages: [
        'Selamat pagi Pak/Bu. Saya petani di Desa {desa} Kec. {kecamatan}. Saluran irigasi tersier di sini penuh lumpur dan rumput, air dari bendung tdk sampai ke sawah bagian bawah. Padahal sdh mau tanam. Mohon dibantu pengerukan.',
        'Min, irigasi di blok sawah {dukuh} desa {desa} kering terus, salurannya dangkal ketutup eceng gondok. Tolong diperhatikan petani kecil pak.',
      ],
      summary:
        'Saluran irigasi di Desa {desa}, Kecamatan {kecamatan}, dangkal dan tertutup tumbuhan air sehingga air tidak sampai ke sawah.',
      followUp:
        'Petugas sumber daya air DPUPR telah meninjau saluran dan berkoordinasi dengan Perkumpulan Petani Pemakai Air (P3A) setempat.',
      resolution:
        'Pengerukan sedimen dan pembersihan tumbuhan air telah dilakukan bersama P3A. Air irigasi kembali mengalir hingga petak sawah di bagian hilir.',
      outcome: 'fixed',
    },
    {
      messages: [
        'Lapor admin, pintu air irigasi di Desa {desa} sudah rusak, tdk bisa ditutup rapat. Air bocor ke sungai terus, sawah di bawahnya kekurangan air.',
        'Mohon izin melaporkan, pintu air di saluran sekunder dekat {dukuh} Desa {desa} macet dan besinya berkarat. Petani sdh coba bongkar sendiri tp tdk bisa.',
      ],
      summary:
        'Pintu air saluran irigasi di Desa {desa}, Kecamatan {kecamatan}, rusak sehingga pembagian air ke sawah tidak dapat diatur.',
      followUp: 'Petugas DPUPR telah memeriksa pintu air dan mendata komponen yang perlu diganti.',
      resolution:
        'Daun pintu air dan batang ulirnya telah diganti oleh DPUPR. Pembagian air irigasi kembali dapat diatur oleh petugas pintu air.',
      outcome: 'fixed',
    },
    {
      messages: [
        'Pak, tanggul saluran irigasi besar di wilayah Kec. {kecamatan} jebol, airnya meluber ke jalan dan sawah yg mau panen. Mohon segera ditangani.',
        'Min tanggul irigasi dekat Desa {desa} bocor makin besar, petani sdh nutup pakai karung pasir tp tdk kuat.',
      ],
      summary:
        'Tanggul saluran irigasi di Desa {desa}, Kecamatan {kecamatan}, bocor sehingga air meluap ke jalan dan sawah.',
      followUp:
        'DPUPR telah meninjau lokasi dan memastikan bahwa saluran tersebut termasuk daerah irigasi kewenangan pemerintah pusat.',
      resolution:
        'Aduan telah dirujuk ke Balai Besar Wilayah Sungai Pemali Juana selaku pengelola daerah irigasi tersebut. Penanganan darurat dengan karung pasir telah dilakukan bersama petani.',
      outcome: 'referred',
    },
  ],

  'penerangan-jalan': [
    {
      messages: [
        'Selamat malam Pak/Bu admin, mohon izin melaporkan lampu PJU di {jalan} Desa {desa} mati sudah {hari}. Jalannya jadi gelap gulita, rawan kecelakaan dan kejahatan. Mohon segera diperbaiki.',
        'min lampu jalan di sepanjang {jalan} kec {kecamatan} mati semua dr perempatan sampai jembatan. tolong dong, gelap bgt kalau malem',
        'Lapor, PJU depan masjid {dukuh} Ds {desa} padam. Jamaah subuh pada bawa senter.',
      ],
      summary:
        'Beberapa titik lampu penerangan jalan umum di Desa {desa}, Kecamatan {kecamatan}, padam sehingga jalan gelap pada malam hari.',
      followUp: 'Dishub telah menjadwalkan pemeriksaan lampu dan jaringan PJU di lokasi oleh tim pemeliharaan.',
      resolution: 'Tim pemeliharaan PJU Dishub telah mengganti lampu yang rusak. Seluruh titik PJU di lokasi kembali menyala.',
      outcome: 'fixed',
    },
    {
      messages: [
        'Pak admin, mohon dipasang lampu penerangan di jalan antara {dukuh} dan balai Desa {desa}. Jalan itu sepi, kanan kiri sawah, malam hari gelap sekali. Warga yg pulang kerja shift malam takut lewat.',
        'Usul min, jalan tembus ke {jalan} blm ada lampunya sama sekali. Apa bisa dipasang PJU?',
      ],
      summary:
        'Permohonan pemasangan lampu penerangan jalan umum pada ruas jalan yang belum berpenerangan di Desa {desa}, Kecamatan {kecamatan}.',
      followUp: 'Dishub telah mencatat lokasi dan melakukan survei titik usulan pemasangan PJU.',
      resolution:
        'Dishub menjelaskan bahwa lokasi tersebut telah dicatat dalam daftar usulan pemasangan PJU baru tahun 2023. Pemerintah desa dapat memperkuat usulan melalui musrenbang kecamatan.',
      outcome: 'answered',
    },
    {
      messages: [
        'Izin lapor Pak, lampu PJU di {jalan} Kec. {kecamatan} menyala terus siang hari. Sayang listriknya, mungkin sensornya rusak.',
        'min lampu jalan di depan kantor kecamatan {kecamatan} nyala siang bolong dr kemarin. boros listrik.',
      ],
      summary:
        'Lampu penerangan jalan umum di Kecamatan {kecamatan} tetap menyala pada siang hari, diduga karena sensor cahaya rusak.',
      followUp: 'Petugas Dishub telah memeriksa panel PJU di lokasi untuk mengecek sensor cahaya dan pengatur waktunya.',
      resolution: 'Sensor cahaya pada panel PJU telah diganti. Lampu kembali menyala dan padam sesuai jadwal.',
      outcome: 'fixed',
    },
    {
      messages: [
        'Pak, tiang lampu jalan di pinggir {jalan} miring hampir roboh ke jalan setelah angin kencang kemarin. Mohon segera ditangani sblm menimpa kendaraan.',
        'Lapor min, tiang PJU depan {dukuh} Desa {desa} doyong, kabelnya sampai kelihatan. Bahaya buat anak-anak.',
      ],
      summary:
        'Tiang lampu penerangan jalan umum di Desa {desa}, Kecamatan {kecamatan}, miring dan berisiko roboh ke badan jalan.',
      followUp: 'Dishub telah mengamankan lokasi dan memutus aliran listrik pada tiang PJU yang miring.',
      resolution: 'Tiang PJU telah ditegakkan kembali dengan fondasi baru dan kabel yang terbuka telah dirapikan.',
      outcome: 'fixed',
    },
    {
      messages: [
        'Min lampu jalan sepanjang {jalan} semalam mati semua, padahal biasanya nyala. Tolong dicek.',
        'Selamat pagi, tadi malam PJU di Desa {desa} Kec. {kecamatan} padam total. Mohon info apakah ada perbaikan.',
      ],
      summary: 'Lampu penerangan jalan umum di Desa {desa}, Kecamatan {kecamatan}, dilaporkan padam pada malam hari.',
      followUp: 'Petugas Dishub telah memeriksa jaringan PJU di lokasi.',
      resolution:
        'Hasil pemeriksaan menunjukkan PJU padam karena pemadaman listrik oleh PLN pada malam tersebut. Setelah aliran listrik pulih, seluruh PJU menyala normal sehingga tidak diperlukan perbaikan.',
      outcome: 'no_action',
    },
  ],

  'rambu-lalu-lintas': [
    {
      messages: [
        'Lapor Pak, lampu bangjo di perempatan {jalan} mati sejak pagi. Kendaraan saling serobot, tadi hampir tabrakan. Mohon segera diperbaiki.',
        'min traffic light di simpang empat kec {kecamatan} cuma nyala kuning kedip2 terus sdh {hari}. jam berangkat sekolah jadi semrawut.',
      ],
      summary:
        'Lampu pengatur lalu lintas di persimpangan di Kecamatan {kecamatan} tidak berfungsi sehingga arus kendaraan semrawut.',
      followUp: 'Dishub telah menempatkan petugas pengatur lalu lintas di persimpangan dan memeriksa kontroler lampu.',
      resolution: 'Kontroler lampu pengatur lalu lintas yang rusak telah diganti. Lampu kembali berfungsi normal.',
      outcome: 'fixed',
    },
    {
      messages: [
        'Mohon izin, rambu tikungan tajam di {jalan} dekat Desa {desa} tertutup dahan pohon, dari jauh tdk kelihatan. Pengendara dari luar kota sering kaget.',
        'Pak admin, rambu hati-hati ada sekolah di {jalan} sdh pudar dan ketutup daun. Kendaraan tetap ngebut.',
      ],
      summary:
        'Rambu peringatan di {jalan}, Desa {desa}, tertutup dahan pohon dan pudar sehingga tidak terlihat oleh pengendara.',
      followUp: 'Dishub telah meninjau lokasi dan berkoordinasi dengan DLH untuk pemangkasan dahan pohon.',
      resolution:
        'Dahan pohon yang menutupi rambu telah dipangkas dan daun rambu yang pudar telah diganti. Rambu kini terlihat jelas dari kejauhan.',
      outcome: 'fixed',
    },
    {
      messages: [
        'Selamat pagi, kami wali murid SD di Desa {desa} memohon dibuatkan zebra cross dan rambu hati-hati di depan sekolah. Kendaraan di {jalan} kencang-kencang, anak-anak susah menyeberang.',
        'Min, bisa tdk dipasang polisi tidur di jalan depan SMP Kec. {kecamatan}? Sering ada yg kebut2an pas jam pulang sekolah.',
      ],
      summary:
        'Permohonan marka penyeberangan dan rambu peringatan di depan sekolah di Desa {desa}, Kecamatan {kecamatan}.',
      followUp: 'Dishub telah melakukan survei lalu lintas di depan sekolah pada jam masuk dan pulang siswa.',
      resolution:
        'Dishub telah mengecat marka penyeberangan dan memasang rambu kawasan sekolah. Polisi tidur tidak dipasang karena tidak sesuai ketentuan untuk jalan kabupaten, dan sebagai gantinya dipasang pita penggaduh.',
      outcome: 'fixed',
    },
  ],

  'fasilitas-umum': [
    {
      messages: [
        'Selamat sore Pak/Bu. Ayunan dan perosotan di taman kota sudah rusak, besinya tajam dan berkarat. Anak saya kemarin tangannya tergores. Mohon diperbaiki atau ditutup dulu.',
        'min wahana main anak di alun2 banyak yg patah, bahaya buat balita. kapan dibenerin?',
      ],
      summary: 'Sejumlah alat permainan anak di taman kota rusak dan berkarat sehingga membahayakan anak-anak.',
      followUp: 'Disperkim telah memasang garis pembatas pada alat permainan yang rusak dan mendata kebutuhan perbaikan.',
      resolution:
        'Alat permainan yang rusak telah diperbaiki dan dicat ulang. Ayunan yang tidak layak pakai telah dibongkar dan diganti.',
      outcome: 'fixed',
    },
    {
      messages: [
        'Izin menyampaikan, toilet umum di sisi selatan alun-alun kotor sekali, air tdk keluar dan pintunya rusak. Pengunjung akhirnya buang air sembarangan.',
        'Pak admin, tiap Minggu pagi ramai orang olahraga di alun-alun tp toiletnya dikunci terus. Mohon dibuka dan dibersihkan.',
      ],
      summary: 'Toilet umum di kawasan alun-alun kotor, tidak berair, dan sering terkunci pada jam ramai pengunjung.',
      followUp: 'Disperkim telah memeriksa pompa air toilet dan meminta petugas kebersihan memperbaiki jadwal piket.',
      resolution:
        'Pompa air toilet telah diperbaiki dan pintu yang rusak telah diganti. Toilet kini dibuka dan dibersihkan setiap hari, termasuk pada akhir pekan.',
      outcome: 'fixed',
    },
  ],

  'rumah-tidak-layak-huni': [
    {
      messages: [
        'Selamat pagi Pak/Bu. Mohon izin menyampaikan, ada tetangga saya seorang nenek yg tinggal sendirian di {dukuh} Desa {desa}. Rumahnya dari bambu, atapnya bocor dan dindingnya sudah miring. Mohon bisa dibantu program bedah rumah.',
        'min, di RT {rt} RW {rw} Ds {desa} Kec {kecamatan} ada rumah warga kurang mampu yg hampir roboh, lantai masih tanah. sdh pernah didata desa tp blm pernah dapat bantuan. mohon perhatiannya 🙏',
      ],
      summary:
        'Permohonan bantuan perbaikan rumah tidak layak huni milik warga kurang mampu di Desa {desa}, Kecamatan {kecamatan}.',
      followUp: 'Disperkim bersama Pemerintah Desa {desa} telah melakukan verifikasi lapangan terhadap kondisi rumah.',
      resolution:
        'Hasil verifikasi menyatakan rumah tersebut memenuhi kriteria rumah tidak layak huni. Disperkim telah memasukkannya dalam daftar calon penerima bantuan stimulan perumahan swadaya tahun 2023.',
      outcome: 'answered',
    },
    {
      messages: [
        'Pak admin, rumah warga di Desa {desa} sebagian ambruk kemarin sore, atap dapurnya jatuh. Penghuninya lansia, sekarang numpang di rumah saudara. Apa ada bantuan?',
        'Mohon bantuan, rumah mbah di {dukuh} {desa} kayunya sdh dimakan rayap, kemarin usuknya patah. Warga sdh gotong royong nopang pakai bambu.',
      ],
      summary:
        'Rumah warga lanjut usia di Desa {desa}, Kecamatan {kecamatan}, rusak sebagian dan tidak aman untuk dihuni.',
      followUp: 'Disperkim telah meninjau rumah bersama perangkat desa dan mendokumentasikan tingkat kerusakannya.',
      resolution:
        'Karena membutuhkan penanganan segera, aduan telah dirujuk ke Baznas Kabupaten Pati untuk program bantuan rehabilitasi rumah. Disperkim tetap mencatat rumah tersebut dalam basis data rumah tidak layak huni.',
      outcome: 'referred',
    },
  ],

  // ---------------------------------------------------------------- pelayanan_publik
  'administrasi-kependudukan': [
    {
      messages: [
        'Selamat siang Pak/Bu admin. Mohon izin bertanya, saya sudah rekam KTP elektronik di Kecamatan {kecamatan} dari bulan Juni tp sampai skrg blm jadi. Tiap ke kecamatan katanya blangko habis. Mohon kejelasannya.',
        'min ktp anak sy sdh rekam lama blm jadi2, pdhl mau dipakai daftar kerja. gmn ini?',
        'Yth. Admin, mohon dibantu. KTP-el saya hilang, sudah urus surat kehilangan, tp cetak ulangnya belum juga selesai sdh {hari}.',
      ],
      summary:
        'Warga Kecamatan {kecamatan} menanyakan KTP elektronik yang belum tercetak meskipun perekaman telah dilakukan.',
      followUp: 'Disdukcapil telah memeriksa status perekaman dan antrean pencetakan KTP elektronik yang bersangkutan.',
      resolution:
        'Disdukcapil telah mencetak KTP elektronik tersebut dan mengirimkannya ke kantor Kecamatan {kecamatan}. Pemohon dapat mengambilnya dengan menunjukkan bukti perekaman.',
      outcome: 'fixed',
    },
    {
      messages: [
        'Assalamualaikum, saya mau daftar BPJS tapi ditolak katanya NIK tidak padan. Padahal KK dan KTP asli. Saya warga Desa {desa} Kec {kecamatan}. Mohon bantuannya.',
        'Pak, nama ibu saya di KK beda ejaan dgn yg di KTP, jadi pencairan bantuan ditolak. Kemana harus mengurus dan apa bisa cepat?',
      ],
      summary:
        'Warga Desa {desa}, Kecamatan {kecamatan}, mengalami kendala data kependudukan yang tidak padan saat mengakses layanan.',
      followUp: 'Disdukcapil telah memeriksa basis data kependudukan dan menemukan perbedaan penulisan data.',
      resolution:
        'Disdukcapil telah memperbaiki dan memadankan data kependudukan yang bersangkutan. NIK kini dapat digunakan untuk mengakses layanan.',
      outcome: 'fixed',
    },
    {
      messages: [
        'Mohon izin bertanya Pak/Bu, anak saya sdh umur 6 th tp blm punya akta kelahiran. Kata perangkat desa harus lewat pengadilan dulu, apa benar? Biayanya berapa? Kami warga Desa {desa} Kec. {kecamatan}.',
        'min mau tanya, bikin akta lahir utk anak yg lahirnya sdh lewat setahun itu ribet ga? harus sidang?',
      ],
      summary:
        'Warga menanyakan persyaratan akta kelahiran bagi anak yang pencatatan kelahirannya terlambat lebih dari satu tahun.',
      followUp: 'Disdukcapil telah menghubungi pelapor untuk menjelaskan persyaratan dan tata cara pengajuan.',
      resolution:
        'Disdukcapil menjelaskan bahwa pencatatan kelahiran yang terlambat lebih dari satu tahun tidak memerlukan penetapan pengadilan. Pemohon cukup melampirkan KK dan surat keterangan lahir atau SPTJM, dan layanan ini tidak dipungut biaya.',
      outcome: 'answered',
    },
    {
      messages: [
        'Pak/Bu, saya mau sampaikan antrean di kantor Dukcapil pagi ini luar biasa panjang, nomor antrean habis jam 8 pagi. Saya dari Kec. {kecamatan} jauh-jauh datang harus pulang lagi. Mohon sistem antreannya diperbaiki.',
        'min, knp ya kuota antrean online dukcapil selalu penuh? sy coba dr jam 12 malam tetap tdk dapat. sdh {hari} begini.',
      ],
      summary:
        'Warga mengeluhkan kuota antrean layanan Disdukcapil yang cepat habis sehingga pemohon dari kecamatan jauh tidak terlayani.',
      followUp: 'Disdukcapil telah mengevaluasi pembagian kuota antrean daring dan luring.',
      resolution:
        'Disdukcapil telah menambah kuota antrean harian dan membuka layanan jemput bola di kantor kecamatan secara bergiliran. Jadwalnya diumumkan melalui media sosial resmi Disdukcapil.',
      outcome: 'fixed',
    },
    {
      messages: [
        'Selamat pagi, saya pindah dari luar kota ke Desa {desa} sejak bulan lalu. Surat pindah sdh saya serahkan ke desa tapi KK baru blm keluar. Anak saya mau daftar sekolah butuh KK. Mohon dibantu.',
        'Mohon izin, KK saya masih tercatat di alamat lama padahal sdh pindah datang ke Kec. {kecamatan}. Prosesnya sdh {hari}, mohon informasinya.',
      ],
      summary:
        'Warga yang pindah datang ke Desa {desa}, Kecamatan {kecamatan}, menanyakan kartu keluarga baru yang belum terbit.',
      followUp: 'Disdukcapil telah menelusuri berkas pindah datang yang diajukan melalui pemerintah desa.',
      resolution:
        'Berkas pindah datang telah diverifikasi dan kartu keluarga baru telah diterbitkan dengan tanda tangan elektronik, sehingga dapat dicetak sendiri oleh pemohon.',
      outcome: 'fixed',
    },
  ],

  'layanan-kesehatan': [
    {
      messages: [
        'Selamat siang Pak/Bu. Saya ingin menyampaikan keluhan pelayanan di Puskesmas {kecamatan}. Tadi pagi antre dari jam 7, baru dipanggil jam 11, dan petugas pendaftaran kurang ramah waktu ditanya. Mohon dievaluasi.',
        'min puskesmas {kecamatan} kok dokternya jam 10 baru datang ya, pasien udah numpuk dr pagi. lansia sampai duduk di lantai.',
      ],
      summary: 'Warga mengeluhkan waktu tunggu yang lama dan sikap petugas pendaftaran di Puskesmas {kecamatan}.',
      followUp: 'Dinkes telah meminta kepala puskesmas melakukan klarifikasi dan evaluasi alur pelayanan.',
      resolution:
        'Puskesmas telah menata ulang alur pendaftaran, menambah petugas pada jam sibuk, dan memberikan pembinaan kepada petugas terkait sikap pelayanan.',
      outcome: 'fixed',
    },
    {
      messages: [
        'Pak/Bu, di {dukuh} Desa {desa} sdh ada dua anak yg kena demam berdarah bulan ini. Mohon dilakukan fogging sblm makin banyak.',
        'Izin lapor min, tetangga sy opname krn DB. Apa bisa minta pengasapan di RT {rt} RW {rw} Ds {desa}?',
      ],
      summary:
        'Permohonan pengasapan (fogging) setelah ditemukan kasus demam berdarah di Desa {desa}, Kecamatan {kecamatan}.',
      followUp: 'Petugas puskesmas setempat telah melakukan penyelidikan epidemiologi di sekitar rumah penderita.',
      resolution:
        'Hasil penyelidikan epidemiologi memenuhi kriteria sehingga fogging fokus telah dilaksanakan. Warga diimbau tetap melakukan pemberantasan sarang nyamuk secara rutin.',
      outcome: 'fixed',
    },
    {
      messages: [
        'Mohon izin melaporkan, pustu di Desa {desa} hampir tiap hari tutup, tdk ada petugas. Warga yg sakit harus ke puskesmas kecamatan yg jauh.',
        'min pustu ds {desa} skrg buka cuma seminggu sekali? dulu setiap hari. tolong diperhatikan, kami jauh dari puskesmas.',
      ],
      summary: 'Puskesmas pembantu di Desa {desa}, Kecamatan {kecamatan}, dilaporkan sering tutup pada jam pelayanan.',
      followUp: 'Dinkes telah meminta klarifikasi dari puskesmas induk mengenai jadwal petugas di puskesmas pembantu.',
      resolution:
        'Kekosongan petugas terjadi karena mutasi pegawai. Puskesmas induk telah menugaskan petugas pengganti sehingga puskesmas pembantu kembali buka setiap hari kerja.',
      outcome: 'fixed',
    },
  ],

  'layanan-rumah-sakit': [
    {
      messages: [
        'Selamat pagi, mohon izin menyampaikan keluhan di RSUD Soewondo. Sudah daftar online dan dapat nomor, tapi sampai di loket tetap disuruh antre ulang dari awal. Pasien lansia menunggu lebih dari tiga jam.',
        'min rsud antrean poli dalam parah bgt, dtg jam 6 baru diperiksa jam 1 siang. mohon dibenahi.',
      ],
      summary: 'Pasien mengeluhkan waktu tunggu yang panjang di loket pendaftaran dan poliklinik RSUD RAA Soewondo Pati.',
      followUp: 'RSUD RAA Soewondo telah meninjau data antrean dan alur pendaftaran daring pada hari yang dilaporkan.',
      resolution:
        'RSUD telah memisahkan loket bagi pasien yang mendaftar secara daring dan menambah jam praktik poliklinik penyakit dalam. Waktu tunggu dipantau setiap hari oleh bagian pelayanan.',
      outcome: 'fixed',
    },
    {
      messages: [
        'Pak/Bu, bapak saya rawat inap di RSUD pakai BPJS, tp keluarga disuruh beli obat sendiri di apotek luar krn katanya stok kosong. Apa memang begitu aturannya?',
        'Mohon penjelasan, pasien BPJS kelas 3 di RSUD kok masih diminta bayar obat? Kami warga Desa {desa} kurang mampu.',
      ],
      summary:
        'Keluarga pasien peserta JKN di RSUD RAA Soewondo Pati diminta membeli obat sendiri di luar rumah sakit.',
      followUp: 'RSUD RAA Soewondo telah meminta klarifikasi dari instalasi farmasi dan ruang perawatan terkait.',
      resolution:
        'RSUD menjelaskan bahwa obat dalam Formularium Nasional ditanggung JKN dan tidak boleh dibebankan kepada pasien. Keluarga pasien dapat mengajukan penggantian biaya ke bagian pelayanan dengan membawa kuitansi pembelian.',
      outcome: 'answered',
    },
    {
      messages: [
        'Izin menyampaikan, toilet di ruang tunggu IGD RSUD kotor dan bau, airnya mati. Padahal banyak keluarga pasien menunggu di situ semalaman.',
        'min kamar mandi bangsal kelas 3 rsud soewondo jorok bgt, tolong dong dibersihin rutin',
      ],
      summary: 'Toilet di ruang tunggu dan bangsal RSUD RAA Soewondo Pati dilaporkan kotor dan tidak berair.',
      followUp: 'RSUD telah meminta unit sanitasi dan petugas kebersihan memeriksa seluruh toilet di area yang dilaporkan.',
      resolution:
        'Pompa air di area tersebut telah diperbaiki. Pembersihan toilet ditambah menjadi tiga kali sehari dengan lembar kontrol di setiap pintu.',
      outcome: 'fixed',
    },
  ],

  pendidikan: [
    {
      messages: [
        'Selamat siang Pak/Bu. Mohon izin bertanya, anak saya baru masuk SMP negeri di Kec. {kecamatan}, wali murid diminta bayar seragam dan buku hampir dua juta. Apakah itu diperbolehkan? Kami keberatan.',
        'min, sekolah negeri boleh wajibkan beli seragam di koperasi sekolah ga sih? harganya jauh lebih mahal dr pasar.',
      ],
      summary:
        'Wali murid menanyakan kewajiban membeli seragam dan buku melalui sekolah negeri di Kecamatan {kecamatan}.',
      followUp: 'Disdikbud telah memanggil pihak sekolah untuk klarifikasi mengenai pengadaan seragam dan buku.',
      resolution:
        'Disdikbud menegaskan bahwa sekolah negeri tidak boleh mewajibkan pembelian seragam atau buku melalui sekolah. Sekolah telah menerbitkan surat edaran bahwa pembelian bersifat sukarela.',
      outcome: 'answered',
    },
    {
      messages: [
        'Mohon perhatiannya Pak/Bu, atap dua ruang kelas di SD negeri Desa {desa} Kec. {kecamatan} sudah melengkung dan plafonnya jebol. Murid terpaksa belajar di teras. Kami khawatir atapnya ambruk.',
        'min SD di {dukuh} {desa} kelasnya rusak bgt, kalau hujan bocor di mana-mana. anak2 belajar sambil pindah2 meja.',
      ],
      summary:
        'Ruang kelas SD negeri di Desa {desa}, Kecamatan {kecamatan}, rusak pada bagian atap dan plafon sehingga tidak aman digunakan.',
      followUp: 'Disdikbud telah meninjau sekolah dan meminta ruang kelas yang rusak dikosongkan sementara.',
      resolution:
        'Disdikbud menjelaskan bahwa rehabilitasi ruang kelas telah diusulkan melalui Dana Alokasi Khusus tahun 2023. Sementara itu, kegiatan belajar dipindahkan ke ruang perpustakaan yang aman.',
      outcome: 'answered',
    },
    {
      messages: [
        'Pak, anak saya terdaftar penerima PIP sejak kelas 4, tp tahun ini dananya blm cair sedangkan teman-temannya sdh. Ke sekolah disuruh tanya ke bank, ke bank disuruh tanya sekolah.',
        'Izin bertanya, bagaimana cara cek apakah anak kami masih terdaftar Program Indonesia Pintar? Sekolahnya SD di Desa {desa}.',
      ],
      summary:
        'Orang tua siswa SD di Desa {desa}, Kecamatan {kecamatan}, menanyakan pencairan dana Program Indonesia Pintar.',
      followUp: 'Disdikbud telah memeriksa data penerima PIP melalui operator sekolah.',
      resolution:
        'Disdikbud menjelaskan bahwa siswa tercatat sebagai penerima PIP tahap berikutnya. Rekening dapat diaktifkan di bank penyalur dengan surat keterangan dari sekolah, dan status penerima dapat dicek di laman resmi PIP.',
      outcome: 'answered',
    },
  ],

  'bantuan-sosial': [
    {
      messages: [
        'Selamat pagi Pak/Bu admin. Mohon izin bertanya, saya penerima PKH di Desa {desa} tapi tdk dapat undangan pengambilan BLT BBM di kantor pos, tetangga sdh pada ambil. Apa nama saya dicoret?',
        'min BLT BBM yg 300rb itu kok sy ga dapat ya, padahal tiap bulan dapat sembako BPNT. tolong dicek 🙏',
        'Assalamualaikum, mau tanya BLT BBM apa bisa diambilkan keluarga? Ibu saya sakit tdk bisa ke kantor pos.',
      ],
      summary:
        'Keluarga penerima manfaat di Desa {desa}, Kecamatan {kecamatan}, menanyakan jadwal dan tata cara pengambilan BLT BBM.',
      followUp:
        'Dinsos P3AKB telah memeriksa data penerima BLT BBM dan daftar penyaluran PT Pos Indonesia untuk Desa {desa}.',
      resolution:
        'Dinsos P3AKB menjelaskan bahwa penerima BLT BBM ditetapkan Kementerian Sosial dan PT Pos Indonesia menyalurkannya secara bertahap. Penerima yang belum menerima undangan dijadwalkan pada tahap berikutnya. Bagi penerima yang sakit atau lanjut usia, bantuan dapat diantar petugas pos ke rumah.',
      outcome: 'answered',
    },
    {
      messages: [
        'Pak/Bu, di {dukuh} Desa {desa} ada keluarga yg benar-benar tdk mampu, suaminya sakit stroke tdk bisa kerja, tp tdk pernah dapat bantuan apapun. Sementara yg rumahnya bagus malah dapat. Mohon didata ulang.',
        'mhn maaf min, gimana caranya supaya keluarga miskin bisa masuk data penerima bantuan? sdh lapor ke desa blm ada hasil.',
      ],
      summary:
        'Warga melaporkan keluarga kurang mampu di Desa {desa}, Kecamatan {kecamatan}, yang belum terdaftar sebagai penerima bantuan sosial.',
      followUp: 'Dinsos P3AKB telah meminta operator SIKS-NG Desa {desa} memeriksa status keluarga tersebut dalam DTKS.',
      resolution:
        'Keluarga tersebut telah diusulkan masuk DTKS melalui musyawarah desa dan aplikasi SIKS-NG. Penetapan penerima bantuan tetap menjadi kewenangan Kementerian Sosial, dan hasilnya dapat dipantau melalui operator desa.',
      outcome: 'answered',
    },
    {
      messages: [
        'Izin lapor, penerima BPNT di RT {rt} RW {rw} Desa {desa} ada yg punya mobil dan rumah bertingkat. Warga lain yg lebih butuh malah tdk dapat. Mohon diverifikasi, tapi nama saya jangan disebut.',
        'Min, tolong dicek data penerima bansos di Ds {desa} Kec {kecamatan}, banyak yg salah sasaran.',
      ],
      summary:
        'Laporan dugaan penyaluran bantuan sosial yang tidak tepat sasaran di Desa {desa}, Kecamatan {kecamatan}.',
      followUp: 'Dinsos P3AKB bersama pendamping sosial dan Pemerintah Desa {desa} telah melakukan verifikasi lapangan.',
      resolution:
        'Hasil verifikasi menemukan sebagian penerima tidak lagi memenuhi kriteria. Melalui musyawarah desa, mereka telah diusulkan untuk dinonaktifkan dan diganti dengan keluarga yang lebih membutuhkan.',
      outcome: 'fixed',
    },
    {
      messages: [
        'Mohon bantuan Pak/Bu, kartu KKS ibu saya terblokir krn salah PIN, saldo bantuan tdk bisa diambil sdh {hari}. Ke bank disuruh bawa surat dari dinsos.',
        'min kartu kks saya hilang, gimana ngurusnya? apakah bantuannya hangus?',
      ],
      summary:
        'Penerima bantuan sosial di Kecamatan {kecamatan} tidak dapat mencairkan bantuan karena Kartu Keluarga Sejahtera terblokir atau hilang.',
      followUp: 'Dinsos P3AKB telah menerbitkan surat pengantar penggantian kartu dan berkoordinasi dengan bank penyalur.',
      resolution:
        'Bank penyalur telah menerbitkan Kartu Keluarga Sejahtera pengganti. Saldo bantuan tetap utuh dan sudah dapat dicairkan.',
      outcome: 'fixed',
    },
    {
      messages: [
        'Selamat sore, mohon izin melaporkan ada warga lansia di {dukuh} Desa {desa} yg hidup sendirian, sudah tdk bisa jalan dan makan seadanya dari tetangga. Mohon ada perhatian dari dinas sosial.',
        'Pak, tetangga saya penyandang disabilitas butuh kursi roda, yg lama sudah patah. Keluarganya tdk mampu beli. Kami warga Kec. {kecamatan}.',
      ],
      summary:
        'Warga lanjut usia dan penyandang disabilitas di Desa {desa}, Kecamatan {kecamatan}, membutuhkan bantuan dan pendampingan sosial.',
      followUp:
        'Petugas Dinsos P3AKB dan pendamping sosial kecamatan telah mengunjungi warga yang dilaporkan untuk asesmen kebutuhan.',
      resolution:
        'Dinsos P3AKB telah menyalurkan bantuan permakanan dan kursi roda. Pemerintah desa dan warga sekitar diminta ikut memantau kondisi warga tersebut.',
      outcome: 'fixed',
    },
  ],

  sampah: [
    {
      messages: [
        'Selamat pagi Pak/Bu, TPS di dekat {jalan} sudah {hari} tdk diangkut. Sampah meluber sampai ke badan jalan dan baunya menyengat. Mohon segera diangkut.',
        'min kontainer sampah di pasar {desa} penuh, sampahnya sampai tumpah ke jalan. lalat di mana-mana.',
      ],
      summary:
        'Sampah di tempat penampungan sementara di Desa {desa}, Kecamatan {kecamatan}, belum diangkut dan meluber ke badan jalan.',
      followUp: 'DLH telah menjadwalkan pengangkutan tambahan dan memeriksa jadwal armada truk sampah untuk wilayah tersebut.',
      resolution:
        'Sampah di TPS telah diangkut seluruhnya oleh armada DLH. Pengangkutan di lokasi tersebut kini dilakukan setiap hari.',
      outcome: 'fixed',
    },
    {
      messages: [
        'Lapor Pak, pinggir {jalan} dekat persawahan Desa {desa} jadi tempat buang sampah liar. Tiap malam ada saja yg buang dari motor. Sekarang sudah menggunung dan bau.',
        'Mohon izin, sungai di {dukuh} Ds {desa} penuh sampah plastik, banyak orang dari luar desa yg buang ke situ. Mohon ditertibkan.',
      ],
      summary:
        'Tumpukan sampah liar di tepi jalan dan sungai di Desa {desa}, Kecamatan {kecamatan}, menimbulkan bau dan mencemari lingkungan.',
      followUp: 'DLH telah meninjau lokasi dan berkoordinasi dengan Pemerintah Desa {desa} serta Satpol PP.',
      resolution:
        'Tumpukan sampah telah dibersihkan dan diangkut oleh DLH bersama warga. Papan larangan membuang sampah telah dipasang dan lokasi dipantau perangkat desa.',
      outcome: 'fixed',
    },
    {
      messages: [
        'Pak/Bu, tetangga di RT {rt} RW {rw} Desa {desa} hampir tiap sore bakar sampah plastik, asapnya masuk rumah. Anak saya punya asma. Sudah ditegur tp tdk digubris.',
        'min ada yg bakar sampah di lahan kosong {dukuh} tiap hari, asapnya tebal sampai jalan. apa tdk ada aturannya?',
      ],
      summary:
        'Pembakaran sampah secara terbuka di permukiman Desa {desa}, Kecamatan {kecamatan}, menimbulkan asap yang mengganggu warga.',
      followUp: 'DLH telah meminta Pemerintah Desa {desa} melakukan pendekatan kepada warga yang membakar sampah.',
      resolution:
        'Pemerintah desa bersama DLH telah memberikan imbauan dan sosialisasi larangan membakar sampah. Warga diarahkan memanfaatkan layanan pengangkutan sampah dan bank sampah desa.',
      outcome: 'answered',
    },
  ],

  pencemaran: [
    {
      messages: [
        'Selamat siang Pak/Bu admin, mohon izin melaporkan air sungai di Desa {desa} Kec. {kecamatan} hitam dan berbau busuk. Diduga dari limbah pabrik tapioka di hulu yg dibuang tanpa diolah. Ikan banyak yg mati.',
        'min sungai dekat {dukuh} baunya parah bgt tiap malam, kayaknya pabrik buang limbah pas malam biar ga ketahuan. warga sampai pusing.',
        'Yth. admin, kami warga terdampak limbah cair industri mohon DLH turun ke lapangan. Sumur warga mulai ikut bau.',
      ],
      summary:
        'Dugaan pencemaran sungai oleh limbah industri di Desa {desa}, Kecamatan {kecamatan}, menyebabkan air berbau dan ikan mati.',
      followUp:
        'DLH telah mengambil sampel air sungai dan memeriksa instalasi pengolahan air limbah milik industri di sekitar lokasi.',
      resolution:
        'Hasil uji sampel menunjukkan baku mutu air limbah terlampaui. DLH telah menjatuhkan sanksi administratif berupa paksaan pemerintah agar pelaku usaha memperbaiki IPAL dalam batas waktu yang ditentukan.',
      outcome: 'fixed',
    },
    {
      messages: [
        'Pak/Bu, kandang ayam potong di dekat permukiman {dukuh} Desa {desa} baunya menyengat dan banyak lalat masuk rumah, terutama waktu panen. Mohon dicek izinnya.',
        'Mohon izin, lalat dari peternakan ayam di Ds {desa} Kec {kecamatan} luar biasa banyak, warung makan sampai sepi pembeli.',
      ],
      summary:
        'Bau dan lalat dari peternakan ayam di dekat permukiman Desa {desa}, Kecamatan {kecamatan}, mengganggu warga.',
      followUp: 'DLH bersama Dinas Pertanian dan Pemerintah Desa {desa} telah meninjau peternakan yang dilaporkan.',
      resolution:
        'Pemilik peternakan telah diminta memperbaiki pengelolaan kotoran dan mengendalikan lalat secara rutin. DLH akan melakukan pemantauan ulang dalam satu bulan.',
      outcome: 'fixed',
    },
    {
      messages: [
        'Min, asap hitam dari tobong bata di Desa {desa} tiap sore masuk ke rumah warga, cucian jadi kotor dan anak-anak batuk.',
        'Izin melapor, pembakaran batu bata di {dukuh} pakai ban bekas, asapnya hitam pekat dan baunya menyengat.',
      ],
      summary:
        'Asap pembakaran batu bata di Desa {desa}, Kecamatan {kecamatan}, diduga berbahan bakar ban bekas dan mengganggu kesehatan warga.',
      followUp: 'DLH telah meninjau lokasi pembakaran batu bata bersama perangkat desa.',
      resolution:
        'Pengusaha batu bata telah diberi pembinaan dan menyatakan tidak lagi menggunakan ban bekas sebagai bahan bakar. Pemerintah desa diminta memantau pelaksanaannya.',
      outcome: 'fixed',
    },
  ],

  perizinan: [
    {
      messages: [
        'Selamat pagi Pak/Bu, saya mengajukan PBG untuk rumah tinggal lewat SIMBG sejak dua bulan lalu tapi statusnya masih verifikasi terus. Bank minta PBG untuk KPR. Mohon informasinya.',
        'min, ngurus IMB skrg namanya PBG ya? kok lama bgt, sudah {hari} belum ada kabar.',
      ],
      summary:
        'Pemohon menanyakan proses Persetujuan Bangunan Gedung yang belum selesai setelah diajukan melalui SIMBG.',
      followUp: 'DPMPTSP telah menelusuri status permohonan bersama tim penilai teknis DPUPR.',
      resolution:
        'DPMPTSP menjelaskan bahwa permohonan tertahan karena gambar teknis belum lengkap. Pemohon telah dihubungi untuk melengkapi dokumen, dan penilaian dilanjutkan setelah kelengkapan diterima.',
      outcome: 'answered',
    },
    {
      messages: [
        'Mohon izin bertanya, saya punya usaha kecil keripik di Desa {desa}. Mau ngurus izin usaha dan PIRT biar bisa masuk toko oleh-oleh, caranya bagaimana dan apakah berbayar?',
        'Pak/Bu, saya gagal terus daftar NIB di OSS, keluarnya error. Usaha saya warung makan di Kec. {kecamatan}. Apa bisa dibantu di kantor?',
      ],
      summary:
        'Pelaku usaha mikro di Kecamatan {kecamatan} menanyakan tata cara pengurusan Nomor Induk Berusaha dan izin produksi pangan.',
      followUp: 'Petugas DPMPTSP telah menghubungi pelapor untuk memberikan pendampingan pendaftaran.',
      resolution:
        'DPMPTSP menjelaskan bahwa pendaftaran NIB melalui OSS tidak dipungut biaya. Pelaku usaha dapat datang ke kantor DPMPTSP untuk didampingi, sedangkan SPP-IRT diajukan setelah NIB terbit.',
      outcome: 'answered',
    },
  ],

  kepegawaian: [
    {
      messages: [
        'Selamat siang Pak/Bu, saya tenaga honorer di SD di Kec. {kecamatan} sudah 8 tahun, tapi nama saya tidak masuk pendataan non-ASN. Teman yang baru 2 tahun justru masuk. Mohon kejelasan.',
        'min pendataan honorer di BKN itu batasnya kapan ya? sy honorer puskesmas blm bisa login.',
      ],
      summary: 'Tenaga honorer menanyakan kriteria dan batas waktu pendataan tenaga non-ASN tahun 2022.',
      followUp: 'BKPSDM telah memeriksa daftar usulan tenaga non-ASN dari instansi tempat pelapor bekerja.',
      resolution:
        'BKPSDM menjelaskan bahwa pendataan mengikuti kriteria Kementerian PANRB, antara lain masa kerja dan sumber penggajian. Instansi diminta memastikan honorer yang memenuhi syarat sudah diinput sebelum batas akhir pendataan.',
      outcome: 'answered',
    },
    {
      messages: [
        'Mohon izin melaporkan, hampir tiap pagi sekitar jam 9 ada bbrp pegawai berseragam dinas nongkrong di warung kopi dekat {jalan}. Apa tdk ada jam kerja?',
        'min tolong ditertibkan, pegawai kantor kec {kecamatan} jam kerja pada ngopi di warung depan, pelayanan jadi kosong.',
      ],
      summary: 'Laporan pegawai berseragam dinas berada di warung kopi pada jam kerja di Kecamatan {kecamatan}.',
      followUp: 'BKPSDM telah meminta pimpinan perangkat daerah terkait memeriksa kehadiran pegawai.',
      resolution:
        'Pimpinan perangkat daerah telah memberikan teguran dan pembinaan kepada pegawai yang bersangkutan. Pengawasan kehadiran diperketat melalui presensi daring dan inspeksi mendadak.',
      outcome: 'fixed',
    },
  ],

  pertanian: [
    {
      messages: [
        'Selamat pagi Pak/Bu, mohon izin menyampaikan, pupuk urea subsidi di kios resmi Desa {desa} sdh kosong {hari}. Petani sudah masuk masa pemupukan. Kalau beli nonsubsidi harganya tdk terjangkau.',
        'min, pupuk bersubsidi di kec {kecamatan} kok susah bgt, katanya kuota habis. pdhl sdh punya kartu tani.',
        'Izin tanya Pak, kenapa jatah pupuk di kartu tani saya cuma sedikit, tdk sesuai luas sawah?',
      ],
      summary: 'Petani di Desa {desa}, Kecamatan {kecamatan}, kesulitan memperoleh pupuk bersubsidi di kios resmi.',
      followUp: 'Dinas Pertanian telah memeriksa stok dan penebusan pupuk di kios resmi bersama distributor.',
      resolution:
        'Distributor telah mengirim tambahan stok pupuk urea ke kios resmi di Kecamatan {kecamatan}. Jatah tiap petani mengikuti e-RDKK, dan perubahan luas lahan dapat diajukan melalui kelompok tani.',
      outcome: 'fixed',
    },
    {
      messages: [
        'Pak/Bu, sapi di kandang kelompok ternak {dukuh} Desa {desa} ada tiga ekor yg mulutnya luka dan kukunya bengkak, tdk mau makan. Mohon petugas kesehatan hewan segera datang.',
        'min vaksin PMK utk sapi warga di desa {desa} kapan ya? peternak takut, harga sapi jatuh.',
      ],
      summary:
        'Peternak di Desa {desa}, Kecamatan {kecamatan}, melaporkan sapi bergejala penyakit mulut dan kuku serta meminta vaksinasi.',
      followUp: 'Petugas kesehatan hewan Dinas Pertanian telah memeriksa ternak dan mengambil sampel.',
      resolution:
        'Ternak yang sakit telah diobati dan kandang telah didisinfeksi. Vaksinasi PMK bagi ternak sehat di Desa {desa} telah dilaksanakan.',
      outcome: 'fixed',
    },
    {
      messages: [
        'Mohon bantuan, sawah di Desa {desa} diserang hama tikus parah, padi yg baru umur sebulan habis dimakan. Petani sdh gropyokan tp tikusnya tetap banyak.',
        'min ada bantuan racun tikus atau burung hantu ga dr dinas? sawah di {kecamatan} habis diserang tikus.',
      ],
      summary: 'Serangan hama tikus merusak tanaman padi di Desa {desa}, Kecamatan {kecamatan}.',
      followUp: 'Petugas pengendali organisme pengganggu tumbuhan telah meninjau lahan yang terserang.',
      resolution:
        'Dinas Pertanian telah memfasilitasi gerakan pengendalian tikus bersama kelompok tani, termasuk bantuan rodentisida dan pendampingan pembuatan rumah burung hantu.',
      outcome: 'fixed',
    },
  ],

  perikanan: [
    {
      messages: [
        'Selamat pagi, kami nelayan kecil di Juwana susah dapat solar sejak harga naik. Di SPBU katanya harus ada surat rekomendasi. Cara ngurusnya gimana Pak?',
        'min nelayan perahu kecil di {desa} mau beli solar pakai jeriken ditolak SPBU. minta tolong dibantu surat rekomendasinya.',
      ],
      summary: 'Nelayan kecil menanyakan tata cara memperoleh surat rekomendasi pembelian solar bersubsidi.',
      followUp: 'DKP telah menghubungi kelompok nelayan untuk mendata kapal dan kebutuhan bahan bakar.',
      resolution:
        'DKP menjelaskan bahwa surat rekomendasi diterbitkan bagi nelayan dengan kapal kecil yang terdaftar. Pengajuan dapat dilakukan secara kolektif melalui kelompok nelayan dengan membawa KTP dan pas kecil kapal.',
      outcome: 'answered',
    },
    {
      messages: [
        'Pak/Bu, saluran pasok air ke tambak bandeng di Desa {desa} dangkal tertutup lumpur, air laut tdk bisa masuk waktu pasang. Banyak petambak gagal tebar benih.',
        'Mohon izin, kami petambak di Kec. {kecamatan} minta tolong normalisasi saluran tambak, sudah bertahun-tahun tdk dikeruk.',
      ],
      summary:
        'Saluran pasok air tambak di Desa {desa}, Kecamatan {kecamatan}, mengalami pendangkalan sehingga tambak sulit diairi.',
      followUp: 'DKP telah meninjau saluran tambak bersama kelompok pembudidaya ikan setempat.',
      resolution:
        'DKP menjelaskan bahwa normalisasi saluran tambak telah diusulkan dalam program rehabilitasi saluran tahun 2023. Kelompok pembudidaya diminta melengkapi proposal melalui penyuluh perikanan.',
      outcome: 'answered',
    },
  ],

  ketenagakerjaan: [
    {
      messages: [
        'Selamat siang Pak/Bu, saya buruh pabrik di Pati, gaji di bawah 3,5 juta tapi tidak dapat BSU, teman satu line dapat. Bagaimana cara ceknya?',
        'min BSU 600rb tahun ini syaratnya apa aja? sy karyawan toko, bpjs ketenagakerjaan dibayar bos.',
      ],
      summary: 'Pekerja menanyakan kriteria dan cara memeriksa status penerima Bantuan Subsidi Upah tahun 2022.',
      followUp: 'Disnaker telah berkoordinasi dengan BPJS Ketenagakerjaan setempat untuk memeriksa kepesertaan pelapor.',
      resolution:
        'Disnaker menjelaskan bahwa penerima BSU ditetapkan Kementerian Ketenagakerjaan berdasarkan data peserta aktif BPJS Ketenagakerjaan. Status dapat diperiksa melalui laman resmi Kemnaker, dan penyaluran dilakukan bertahap.',
      outcome: 'answered',
    },
    {
      messages: [
        'Mohon izin melaporkan, pabrik tempat saya kerja di Kec. {kecamatan} bayar karyawan jauh di bawah UMK dan tdk didaftarkan BPJS Ketenagakerjaan. Kalau protes diancam diberhentikan. Mohon nama saya dirahasiakan.',
        'Pak, toko besar di {jalan} kerja dari pagi sampai malam, lembur tdk dibayar. apa boleh begitu?',
      ],
      summary:
        'Laporan dugaan upah di bawah UMK dan pekerja yang tidak didaftarkan BPJS Ketenagakerjaan di Kecamatan {kecamatan}.',
      followUp: 'Disnaker telah mengundang manajemen perusahaan untuk klarifikasi.',
      resolution:
        'Karena pengawasan norma ketenagakerjaan menjadi kewenangan provinsi, aduan telah dirujuk ke Pengawas Ketenagakerjaan Dinas Tenaga Kerja dan Transmigrasi Provinsi Jawa Tengah. Identitas pelapor tetap dirahasiakan.',
      outcome: 'referred',
    },
  ],

  'ketertiban-umum': [
    {
      messages: [
        'Selamat sore admin, trotoar di sepanjang {jalan} penuh PKL, pejalan kaki terpaksa jalan di aspal. Sore hari juga macet krn pembeli parkir sembarangan.',
        'min lapak pedagang di depan sekolah kec {kecamatan} makan badan jalan, anak-anak pulang sekolah bahaya.',
      ],
      summary:
        'Pedagang kaki lima menempati trotoar dan badan jalan di Kecamatan {kecamatan} sehingga mengganggu pejalan kaki dan lalu lintas.',
      followUp: 'Satpol PP telah berpatroli dan memberikan teguran lisan kepada pedagang di lokasi.',
      resolution:
        'Satpol PP bersama Disdagperin telah menertibkan lapak dan mengarahkan pedagang ke lokasi berjualan yang ditentukan. Trotoar kembali dapat digunakan pejalan kaki.',
      outcome: 'fixed',
    },
    {
      messages: [
        'Mohon izin melaporkan, tempat karaoke di pinggir {jalan} buka sampai jam 2 pagi, suara musiknya keras dan sering ada keributan. Warga sekitar terganggu.',
        'Pak, karaoke dekat {dukuh} Ds {desa} tiap malam ramai, jam 1 masih jedag-jedug. Katanya juga jual miras. Tolong ditertibkan.',
      ],
      summary:
        'Tempat karaoke di Kecamatan {kecamatan} beroperasi melewati batas jam buka dan diduga menjual minuman beralkohol.',
      followUp: 'Satpol PP telah memeriksa perizinan dan jam operasional tempat hiburan yang dilaporkan.',
      resolution:
        'Satpol PP telah memberikan peringatan tertulis kepada pengelola dan menyita minuman beralkohol tanpa izin. Pengelola diwajibkan mematuhi jam operasional sesuai peraturan daerah.',
      outcome: 'fixed',
    },
    {
      messages: [
        'Izin menyampaikan, banyak spanduk dan baliho iklan dipaku di pohon pinggir {jalan}. Selain merusak pohon, ada yg sudah robek dan menjuntai ke jalan.',
        'min baliho di perempatan kec {kecamatan} sdh miring mau roboh, bahaya kalau angin kencang.',
      ],
      summary:
        'Reklame tanpa izin terpasang pada pohon dan tiang di tepi jalan di Kecamatan {kecamatan}, sebagian rusak dan menjuntai.',
      followUp: 'Satpol PP telah mendata reklame yang dilaporkan dan memeriksa izinnya.',
      resolution:
        'Satpol PP telah menurunkan reklame tanpa izin dan reklame yang rusak. Pemilik reklame berizin diminta memperbaiki konstruksinya.',
      outcome: 'fixed',
    },
  ],

  bencana: [
    {
      messages: [
        'Lapor Pak/Bu, ada pohon besar tumbang melintang di {jalan} Desa {desa} setelah angin kencang sore ini. Jalan tertutup total, kabel listrik ikut tertimpa.',
        'min pohon trembesi di pinggir jalan {dukuh} ambruk menimpa teras rumah warga. mohon bantuan evakuasi, warga kewalahan.',
      ],
      summary:
        'Pohon tumbang akibat angin kencang menutup jalan dan menimpa bangunan di Desa {desa}, Kecamatan {kecamatan}.',
      followUp: 'Tim Reaksi Cepat BPBD telah diterjunkan ke lokasi bersama relawan dan perangkat desa.',
      resolution:
        'Pohon tumbang telah dipotong dan dievakuasi oleh BPBD bersama relawan. Jalan kembali dapat dilalui, dan PLN telah memperbaiki jaringan yang tertimpa.',
      outcome: 'fixed',
    },
    {
      messages: [
        'Selamat siang Pak/Bu, warga {dukuh} Desa {desa} Kec. {kecamatan} kesulitan air bersih, sumur sudah kering {hari} ini. Kami harus beli air jeriken. Mohon bantuan dropping air bersih.',
        'min, ada jadwal bantuan air bersih dr BPBD utk desa {desa}? sumur warga sdh asat.',
      ],
      summary:
        'Warga Desa {desa}, Kecamatan {kecamatan}, kesulitan air bersih karena sumur mengering dan meminta bantuan pengiriman air.',
      followUp: 'BPBD telah melakukan asesmen kebutuhan air bersih bersama Pemerintah Desa {desa}.',
      resolution:
        'BPBD telah mengirimkan air bersih dengan truk tangki ke Desa {desa}. Pengiriman dilanjutkan secara terjadwal selama warga masih kesulitan air.',
      outcome: 'fixed',
    },
    {
      messages: [
        'Mohon izin melaporkan, tebing di belakang rumah warga di {dukuh} Desa {desa} longsor semalam. Dapur satu rumah tertimbun tanah, penghuninya selamat. Masih ada retakan di atas, warga takut longsor susulan.',
        'Pak tolong, longsor kecil menutup jalan desa {desa} kec {kecamatan}, motor tdk bisa lewat.',
      ],
      summary:
        'Tanah longsor di Desa {desa}, Kecamatan {kecamatan}, menimbun sebagian bangunan rumah dan menutup akses jalan.',
      followUp: 'BPBD telah meninjau lokasi, memasang tanda bahaya, dan mengimbau warga di sekitar tebing untuk waspada.',
      resolution:
        'Material longsor telah dibersihkan oleh BPBD bersama warga dan relawan. Warga terdampak telah menerima bantuan logistik dan terpal, dan tebing dipantau untuk mencegah longsor susulan.',
      outcome: 'fixed',
    },
  ],

  'pemerintahan-desa': [
    {
      messages: [
        'Selamat pagi Pak/Bu. Mohon izin menyampaikan, saya ke balai Desa {desa} jam 10 pagi untuk minta surat pengantar, tp kantor kosong, tdk ada perangkat satu pun. Sudah tiga kali begini.',
        'min kantor desa {desa} jam 11 sdh tutup. warga yg kerja gimana mau ngurus surat?',
      ],
      summary:
        'Warga mengeluhkan kantor Desa {desa}, Kecamatan {kecamatan}, yang sering tutup atau kosong pada jam pelayanan.',
      followUp:
        'Dispermades bersama Kecamatan {kecamatan} telah melakukan pembinaan kepada Pemerintah Desa {desa} terkait jam pelayanan.',
      resolution:
        'Pemerintah Desa {desa} telah memasang jadwal piket perangkat dan jam pelayanan di papan pengumuman. Pelayanan surat-menyurat kini tersedia setiap hari kerja.',
      outcome: 'fixed',
    },
    {
      messages: [
        'Mohon izin bertanya, apakah desa wajib memasang papan informasi APBDes? Di Desa {desa} tdk pernah ada, warga tdk tahu dana desa dipakai untuk apa saja.',
        'Pak/Bu, kami ingin tahu laporan penggunaan dana desa {desa} tahun lalu. Minta ke desa tdk dikasih. Ke mana kami bisa minta?',
      ],
      summary:
        'Warga meminta keterbukaan informasi penggunaan APBDes dan Dana Desa di Desa {desa}, Kecamatan {kecamatan}.',
      followUp: 'Dispermades telah meminta Pemerintah Desa {desa} menyampaikan dokumen APBDes dan laporan realisasinya.',
      resolution:
        'Pemerintah Desa {desa} telah memasang baliho informasi APBDes di balai desa dan menyediakan ringkasan laporan realisasi yang dapat diminta warga. Dispermades mengingatkan seluruh desa akan kewajiban keterbukaan informasi ini.',
      outcome: 'fixed',
    },
  ],

  'pajak-daerah': [
    {
      messages: [
        'Selamat siang, SPPT PBB tahun ini untuk rumah saya di Desa {desa} belum dibagikan, padahal tetangga sdh terima. Takut kena denda kalau telat bayar.',
        'min sppt pbb sy kok ga ada ya, tahun kemarin ada. tanya ke desa katanya blm turun.',
      ],
      summary: 'Wajib pajak di Desa {desa}, Kecamatan {kecamatan}, belum menerima SPPT PBB-P2 tahun 2022.',
      followUp: 'BPPKAD telah menelusuri data objek pajak pada basis data PBB-P2.',
      resolution:
        'SPPT PBB-P2 telah dicetak ulang dan diserahkan melalui Pemerintah Desa {desa}. Data objek pajak telah diperbarui sehingga SPPT tahun berikutnya tercetak normal.',
      outcome: 'fixed',
    },
    {
      messages: [
        'Mohon izin bertanya, SPPT PBB tanah saya masih atas nama pemilik lama, padahal sdh jual beli dan balik nama sertifikat. Bagaimana cara mengubahnya?',
        'Pak, luas tanah di SPPT PBB saya lebih besar dari sertifikat, jadi pajaknya kemahalan. Mohon dibetulkan.',
      ],
      summary: 'Wajib pajak menanyakan perubahan nama dan luas objek pajak pada SPPT PBB-P2 yang tidak sesuai sertifikat.',
      followUp: 'BPPKAD telah memeriksa data objek pajak yang dimaksud.',
      resolution:
        'BPPKAD menjelaskan bahwa perubahan data dilakukan melalui permohonan mutasi objek pajak dengan melampirkan fotokopi KTP, sertifikat, dan SPPT terakhir. Layanan ini tidak dipungut biaya.',
      outcome: 'answered',
    },
  ],

  pasar: [
    {
      messages: [
        'Selamat pagi Pak/Bu, atap los sayur di pasar Desa {desa} sebagian ambrol, kayunya lapuk. Pedagang takut kejatuhan, sebagian sdh pindah ke lorong.',
        'min pasar {kecamatan} atapnya banyak yg bolong, kalau hujan dagangan basah semua. sdh lapor ke pengelola blm ada perbaikan.',
      ],
      summary:
        'Atap los pasar di Kecamatan {kecamatan} rusak dan sebagian ambrol sehingga membahayakan pedagang dan pembeli.',
      followUp: 'Disdagperin telah meninjau kondisi los pasar dan memasang pembatas di area yang rawan.',
      resolution:
        'Rangka dan penutup atap los pasar yang rusak telah diganti oleh Disdagperin. Pedagang telah kembali menempati los masing-masing.',
      outcome: 'fixed',
    },
    {
      messages: [
        'Izin melapor, ada pedagang di pasar yg timbangannya diakali. Beli 1 kg, pas ditimbang di rumah cuma 8 ons. Mohon ditertibkan.',
        'min tolong ada pengecekan timbangan di pasar {desa}, banyak pembeli merasa dirugikan.',
      ],
      summary: 'Dugaan timbangan pedagang yang tidak akurat di pasar di Kecamatan {kecamatan} merugikan pembeli.',
      followUp: 'Petugas metrologi legal Disdagperin telah memeriksa timbangan pedagang di pasar tersebut.',
      resolution:
        'Disdagperin telah melakukan tera ulang timbangan pedagang dan menyediakan timbangan kontrol di kantor pasar yang dapat digunakan pembeli.',
      outcome: 'fixed',
    },
  ],

  // ---------------------------------------------------------------- instansi_vertikal
  listrik: [
    {
      messages: [
        'Selamat malam Pak/Bu admin, listrik di Desa {desa} Kec. {kecamatan} sering padam, seminggu ini bisa 3-4 kali sehari tanpa pemberitahuan. Peralatan elektronik warga banyak yg rusak. Mohon disampaikan ke PLN.',
        'min PLN di {dukuh} byar pet terus dari kemarin. kulkas warung sy sampai mati. tolong dong.',
        'Yth. admin, listrik padam di wilayah {desa} dari jam 7 malam sampai skrg blm nyala. Sdh lapor ke aplikasi PLN tp belum ada petugas.',
      ],
      summary: 'Listrik di Desa {desa}, Kecamatan {kecamatan}, sering padam tanpa pemberitahuan dalam beberapa hari terakhir.',
      followUp:
        'Petugas PLN ULP Pati sedang menelusuri gangguan pada jaringan yang melayani lokasi tersebut.',
      resolution:
        'PLN ULP Pati telah mengganti komponen jaringan yang rusak pada penyulang yang melayani Desa {desa}. Pasokan listrik kembali normal.',
      outcome: 'fixed',
    },
    {
      messages: [
        'Lapor Pak, kabel listrik di pinggir {jalan} Desa {desa} menjuntai rendah sekali, truk tinggi bisa nyangkut. Tiangnya juga sudah miring.',
        'Mohon izin, tiang listrik PLN di depan rumah warga {dukuh} Desa {desa} miring ke arah rumah, warga takut roboh. Mohon segera ditegakkan.',
      ],
      summary:
        'Tiang listrik miring dan kabel menjuntai rendah di Desa {desa}, Kecamatan {kecamatan}, membahayakan warga dan pengguna jalan.',
      followUp: 'Petugas PLN ULP Pati telah meninjau lokasi dan mengamankan tiang yang miring.',
      resolution:
        'Petugas PLN ULP Pati telah menegakkan tiang listrik dan menarik kembali kabel yang menjuntai. Jaringan di lokasi telah aman.',
      outcome: 'fixed',
    },
    {
      messages: [
        'Selamat sore, dahan pohon mangga di {dukuh} Desa {desa} sdh menempel kabel listrik. Kalau angin ada percikan api. Mohon PLN melakukan pemangkasan.',
        'min ranting pohon di pinggir {jalan} kena kabel PLN, sering bunyi cetar dan lampu rumah kedip-kedip.',
      ],
      summary:
        'Dahan pohon menyentuh jaringan listrik di Desa {desa}, Kecamatan {kecamatan}, dan menimbulkan percikan api.',
      followUp: 'PLN ULP Pati telah menjadwalkan pemangkasan pohon di sekitar jaringan listrik tersebut.',
      resolution:
        'Petugas PLN ULP Pati telah memangkas dahan pohon yang menyentuh jaringan listrik. Percikan api tidak terjadi lagi.',
      outcome: 'fixed',
    },
    {
      messages: [
        'Pak/Bu, listrik di {dukuh} Desa {desa} tegangannya rendah sekali kalau malam, lampu redup, pompa air tdk kuat nyala. Sdh lama begini.',
        'min voltase listrik di rt {rt} rw {rw} ds {desa} drop terus tiap magrib. kulkas sama mesin cuci tdk bisa dipakai.',
      ],
      summary:
        'Tegangan listrik di Desa {desa}, Kecamatan {kecamatan}, turun pada malam hari sehingga peralatan rumah tangga tidak dapat digunakan.',
      followUp:
        'Petugas PLN ULP Pati telah mengukur tegangan di ujung jaringan.',
      resolution:
        'PLN ULP Pati menjelaskan bahwa penurunan tegangan disebabkan beban trafo yang melebihi kapasitas. Penambahan trafo sisipan untuk wilayah tersebut telah masuk rencana kerja PLN, dan sementara ini dilakukan penyeimbangan beban.',
      outcome: 'answered',
    },
    {
      messages: [
        'Mohon izin bertanya, tagihan listrik pascabayar rumah saya bulan ini naik hampir tiga kali lipat padahal pemakaian biasa saja. Apa mungkin meterannya rusak?',
        'min rekening listrik sy tiba-tiba naik banyak, apa ada kenaikan tarif? sy pelanggan 900 VA di kec {kecamatan}.',
      ],
      summary: 'Pelanggan di Kecamatan {kecamatan} menanyakan kenaikan tagihan listrik yang tidak sesuai dengan pemakaian.',
      followUp:
        'Petugas PLN ULP Pati telah memeriksa catatan angka meter dan kondisi kWh meter pelanggan.',
      resolution:
        'PLN ULP Pati menjelaskan bahwa kenaikan tagihan disebabkan kesalahan pencatatan angka meter bulan sebelumnya. Tagihan telah dikoreksi dan selisihnya diperhitungkan pada rekening bulan berikutnya.',
      outcome: 'fixed',
    },
  ],

  'air-bersih': [
    {
      messages: [
        'Selamat pagi Pak/Bu, air PDAM di Desa {desa} Kec. {kecamatan} sudah {hari} tdk mengalir sama sekali. Tidak ada pemberitahuan. Kami terpaksa beli air galon untuk masak dan mandi.',
        'min PDAM di {dukuh} mati lagi, kalau nyala cuma tengah malam itupun kecil. bayar tetap jalan.',
        'Yth. admin, mohon diteruskan ke PDAM, aliran air di {jalan} berhenti sejak kemarin pagi.',
      ],
      summary: 'Aliran air PDAM di Desa {desa}, Kecamatan {kecamatan}, terhenti selama beberapa hari tanpa pemberitahuan.',
      followUp:
        'Petugas Perumda Air Minum Tirta Bening telah memeriksa jaringan pipa distribusi di wilayah tersebut.',
      resolution:
        'Perumda Air Minum Tirta Bening telah memperbaiki pipa distribusi yang bocor dan membersihkan sumbatan. Aliran air kembali normal, dan jam pengaliran untuk wilayah ujung jaringan telah diatur ulang.',
      outcome: 'fixed',
    },
    {
      messages: [
        'Pak/Bu, sudah {hari} ini air PDAM di rumah kami keruh kecokelatan dan ada baunya. Tidak berani dipakai masak. Mohon dicek.',
        'min air pdam {desa} kuning bgt, bak mandi sampai ada endapan lumpur.',
      ],
      summary: 'Air PDAM yang mengalir ke rumah warga di Desa {desa}, Kecamatan {kecamatan}, keruh dan berbau.',
      followUp: 'Perumda Air Minum Tirta Bening telah mengambil sampel air untuk pemeriksaan kualitas.',
      resolution:
        'Perumda Air Minum Tirta Bening telah menguras pipa distribusi di wilayah tersebut. Hasil uji menunjukkan kualitas air kembali memenuhi syarat.',
      outcome: 'fixed',
    },
    {
      messages: [
        'Lapor, pipa PDAM di pinggir {jalan} bocor, air muncrat ke jalan sudah {hari}. Sayang airnya terbuang dan jalan jadi licin.',
        'min ada pipa pecah dekat {dukuh} {desa}, airnya ngalir terus ke got. tolong petugas pdam cepat datang.',
      ],
      summary: 'Pipa PDAM bocor di tepi jalan di Desa {desa}, Kecamatan {kecamatan}, sehingga air terbuang dan jalan licin.',
      followUp: 'Tim teknik Perumda Air Minum Tirta Bening telah dijadwalkan ke lokasi untuk memperbaiki kebocoran.',
      resolution:
        'Tim teknik Perumda Air Minum Tirta Bening telah mengganti sambungan pipa yang pecah. Kebocoran telah teratasi.',
      outcome: 'fixed',
    },
  ],

  pertanahan: [
    {
      messages: [
        'Selamat siang Pak/Bu, tanah saya ikut program PTSL di Desa {desa} sejak tahun lalu, sudah diukur, tapi sertifikatnya belum dibagi sampai skrg. Tetangga sebagian sdh terima.',
        'min sertifikat PTSL ds {desa} kapan dibagikan ya? sdh setahun lebih.',
      ],
      summary: 'Peserta PTSL di Desa {desa}, Kecamatan {kecamatan}, menanyakan sertifikat tanah yang belum diterima.',
      followUp: 'Kantor Pertanahan Kabupaten Pati sedang memeriksa status berkas PTSL di Desa {desa}.',
      resolution:
        'Kantor Pertanahan menjelaskan bahwa sebagian berkas di Desa {desa} tertunda karena data yuridis belum lengkap. Panitia desa telah diminta melengkapi berkas, dan sertifikat yang telah terbit akan dibagikan bersamaan.',
      outcome: 'answered',
    },
    {
      messages: [
        'Mohon izin bertanya, saya mau mengurus pemecahan sertifikat tanah warisan untuk tiga anak. Prosedurnya bagaimana dan berapa lama? Ada calo yg menawarkan, saya takut.',
        'Pak, pengukuran tanah yg saya ajukan ke BPN sudah bayar PNBP tapi jadwal ukurnya ditunda terus. Mohon kejelasan.',
      ],
      summary:
        'Warga menanyakan prosedur dan jadwal pengukuran untuk pemecahan sertifikat tanah di Kantor Pertanahan Kabupaten Pati.',
      followUp: 'Kantor Pertanahan Kabupaten Pati sedang memeriksa berkas permohonan pengukuran yang dimaksud.',
      resolution:
        'Kantor Pertanahan telah menjelaskan prosedur pemecahan bidang dan besaran PNBP sesuai ketentuan, serta menetapkan jadwal pengukuran. Pemohon disarankan mengurus langsung di loket pelayanan tanpa perantara.',
      outcome: 'answered',
    },
  ],

  keamanan: [
    {
      messages: [
        'Mohon izin melaporkan, setiap malam Minggu ada balap liar di {jalan} mulai jam 12 malam sampai subuh. Suaranya bising dan membahayakan pengguna jalan lain.',
        'min tolong ke polisi, anak-anak muda trek-trekan di jalan dekat {dukuh} tiap malam, knalpot brong semua. warga tdk bisa tidur.',
      ],
      summary:
        'Balap liar dan kendaraan berknalpot bising di Kecamatan {kecamatan} mengganggu ketenangan warga pada malam hari.',
      followUp: 'Polresta Pati telah meningkatkan patroli malam di lokasi yang dilaporkan.',
      resolution:
        'Polresta Pati telah membubarkan aksi balap liar dan mengamankan sejumlah sepeda motor berknalpot tidak standar. Patroli rutin di lokasi dilanjutkan pada akhir pekan.',
      outcome: 'fixed',
    },
    {
      messages: [
        'Pak/Bu, di Desa {desa} Kec. {kecamatan} sebulan ini sudah tiga kali ada pencurian, terakhir motor warga hilang dari teras rumah. Warga resah, mohon patroli ditingkatkan.',
        'min maling di {dukuh} makin berani, kemarin kotak amal musala dibobol. tolong ada patroli polisi malam.',
      ],
      summary: 'Warga Desa {desa}, Kecamatan {kecamatan}, resah karena beberapa kejadian pencurian dalam sebulan terakhir.',
      followUp: 'Polsek setempat telah meningkatkan patroli malam di Desa {desa}.',
      resolution:
        'Polsek setempat bersama Bhabinkamtibmas telah mengaktifkan kembali ronda malam warga dan melaksanakan patroli rutin. Warga yang menjadi korban diimbau membuat laporan polisi agar kasusnya dapat diproses.',
      outcome: 'fixed',
    },
    {
      messages: [
        'Izin melapor, kebun belakang {dukuh} Ds {desa} sering dipakai judi sabung ayam tiap sore, ramai orang dari luar desa.',
        'Pak, mohon ditertibkan, ada kumpulan judi kartu di pos ronda dekat {jalan} tiap malam.',
      ],
      summary: 'Laporan dugaan aktivitas perjudian di lingkungan permukiman Desa {desa}, Kecamatan {kecamatan}.',
      followUp: 'Polresta Pati telah meminta polsek setempat menyelidiki laporan tersebut.',
      resolution:
        'Polsek setempat telah beberapa kali memeriksa lokasi pada waktu yang dilaporkan, tetapi tidak menemukan aktivitas perjudian. Bhabinkamtibmas tetap memantau lokasi, dan warga dapat melapor kembali bila kegiatan tersebut berulang.',
      outcome: 'no_action',
    },
  ],

  'jalan-nasional': [
    {
      messages: [
        'Selamat pagi Pak/Bu, jalan Pantura Pati–Juwana banyak lubang di lajur kiri, terutama dekat jembatan. Motor banyak yg menghindar ke kanan, bahaya sekali dengan truk-truk besar.',
        'min jalan pantura pati-juwana dekat pertigaan ada lubang gede, semalam ada motor jatuh. tolong segera ditambal!!',
      ],
      summary: 'Jalan nasional Pantura ruas Pati–Juwana berlubang di lajur kiri dan membahayakan pengendara sepeda motor.',
      followUp:
        'Satuan kerja pelaksana jalan nasional wilayah Pati di bawah BBPJN Jawa Tengah–DI Yogyakarta telah meninjau lokasi.',
      resolution:
        'Satuan kerja pelaksana jalan nasional telah menambal lubang pada ruas Pantura Pati–Juwana. Ruas tersebut juga dimasukkan dalam jadwal pemeliharaan rutin.',
      outcome: 'fixed',
    },
    {
      messages: [
        'Mohon izin melaporkan, bahu jalan Pati–Kudus di wilayah Margorejo lebih rendah dari aspal kira-kira sejengkal. Kalau motor terpaksa minggir, ban bisa selip dan jatuh.',
        'Pak, pinggir aspal jalan raya Pati-Kudus banyak yg beda tinggi sama tanah bahu jalan. sudah banyak yg jatuh.',
      ],
      summary: 'Beda tinggi antara aspal dan bahu jalan nasional ruas Pati–Kudus membahayakan pengendara yang menepi.',
      followUp: 'BBPJN Jawa Tengah–DI Yogyakarta telah menjadwalkan peninjauan lapangan pada ruas tersebut.',
      resolution:
        'BBPJN Jawa Tengah–DI Yogyakarta menjelaskan bahwa perataan bahu jalan pada ruas tersebut termasuk paket pemeliharaan tahun berjalan dan dikerjakan bertahap. Rambu peringatan telah dipasang di titik rawan.',
      outcome: 'answered',
    },
  ],

  'jaminan-kesehatan': [
    {
      messages: [
        'Selamat pagi Pak/Bu, kartu BPJS PBI ibu saya tiba-tiba tidak aktif saat mau berobat ke puskesmas. Tidak pernah ada pemberitahuan. Ibu saya butuh kontrol rutin. Mohon bantuannya.',
        'min KIS sy dinonaktifkan, skrg anak sy dirawat di RS disuruh bayar umum. gimana ini?',
      ],
      summary:
        'Peserta JKN penerima bantuan iuran di Kecamatan {kecamatan} mendapati kepesertaannya nonaktif saat akan berobat.',
      followUp:
        'BPJS Kesehatan Kantor Cabang Pati bersama Dinsos P3AKB sedang memeriksa status kepesertaan yang bersangkutan.',
      resolution:
        'Kepesertaan JKN yang bersangkutan telah diaktifkan kembali melalui skema penerima bantuan iuran yang didanai pemerintah daerah. Peserta dapat kembali berobat di fasilitas kesehatan.',
      outcome: 'fixed',
    },
    {
      messages: [
        'Mohon izin bertanya, bagaimana cara pindah faskes BPJS dari klinik ke puskesmas dekat rumah? Sy sdh pindah ke Desa {desa}.',
        'min ganti faskes bpjs bisa lewat hp ga? klinik yg skrg jauh bgt dr rumah.',
      ],
      summary: 'Peserta JKN menanyakan tata cara perpindahan fasilitas kesehatan tingkat pertama.',
      followUp: 'Petugas BPJS Kesehatan Kantor Cabang Pati telah menghubungi pelapor untuk memeriksa data kepesertaan.',
      resolution:
        'BPJS Kesehatan menjelaskan bahwa perpindahan fasilitas kesehatan tingkat pertama dapat dilakukan melalui aplikasi Mobile JKN setelah peserta terdaftar minimal tiga bulan di faskes sebelumnya.',
      outcome: 'answered',
    },
    {
      messages: [
        'Pak/Bu, saya peserta BPJS mandiri nunggak 6 bulan krn kena PHK. Kalau mau aktif lagi apa harus bayar semua sekaligus? Berat sekali.',
        'min tunggakan bpjs kelas 3 sekeluarga sdh numpuk, ada keringanan ga?',
      ],
      summary: 'Peserta JKN mandiri menanyakan keringanan pembayaran tunggakan iuran agar kepesertaannya aktif kembali.',
      followUp: 'Petugas BPJS Kesehatan Kantor Cabang Pati telah memeriksa rincian tunggakan iuran peserta.',
      resolution:
        'BPJS Kesehatan menjelaskan bahwa tunggakan dapat dicicil melalui program Rencana Pembayaran Bertahap (REHAB). Peserta yang tidak mampu dapat diusulkan menjadi penerima bantuan iuran melalui Dinsos P3AKB.',
      outcome: 'answered',
    },
  ],

  'layanan-keagamaan': [
    {
      messages: [
        'Selamat siang Pak/Bu, mohon izin bertanya, biaya nikah di KUA itu berapa? Anak saya mau menikah bulan depan, di desa dimintai biaya cukup besar katanya untuk penghulu.',
        'min nikah di KUA kec {kecamatan} gratis kan? kok ada yg bilang harus bayar.',
      ],
      summary: 'Warga menanyakan ketentuan biaya pencatatan nikah di KUA Kecamatan {kecamatan}.',
      followUp: 'Kantor Kementerian Agama Kabupaten Pati telah meminta klarifikasi dari KUA Kecamatan {kecamatan}.',
      resolution:
        'Kemenag Pati menjelaskan bahwa nikah di kantor KUA pada jam kerja tidak dipungut biaya. Nikah di luar kantor atau di luar jam kerja dikenakan PNBP Rp600.000 yang dibayarkan langsung ke bank. Pungutan lain di luar ketentuan dapat dilaporkan.',
      outcome: 'answered',
    },
    {
      messages: [
        'Mohon info Pak/Bu, orang tua saya daftar haji tahun 2012, kapan perkiraan berangkatnya? Dan apakah lansia ada prioritas?',
        'min cara cek estimasi keberangkatan haji gimana ya? bapak sy daftar di kemenag pati sdh lama.',
      ],
      summary:
        'Warga menanyakan perkiraan keberangkatan dan prioritas lanjut usia bagi calon jemaah haji yang telah terdaftar.',
      followUp: 'Kantor Kementerian Agama Kabupaten Pati sedang memeriksa data pendaftaran haji yang dimaksud.',
      resolution:
        'Kemenag Pati menjelaskan bahwa estimasi keberangkatan dapat diperiksa melalui aplikasi resmi Kementerian Agama dengan nomor porsi. Prioritas lanjut usia diberikan sesuai kuota yang ditetapkan setiap tahun.',
      outcome: 'answered',
    },
  ],

  // ---------------------------------------------------------------- lainnya
  'permintaan-informasi': [
    {
      messages: [
        'Selamat pagi admin, mau tanya vaksin booster covid di Pati ada di mana saja ya minggu ini? Mohon info jadwalnya.',
        'min vaksin booster utk lansia di puskesmas {kecamatan} hari apa aja ya?',
      ],
      summary: 'Warga menanyakan lokasi dan jadwal vaksinasi COVID-19 dosis penguat di Kabupaten Pati.',
      followUp: 'Diskominfo telah meminta informasi jadwal vaksinasi terbaru dari Dinas Kesehatan.',
      resolution:
        'Vaksinasi dosis penguat tersedia di seluruh puskesmas pada hari kerja. Jadwal kegiatan vaksinasi massal diumumkan berkala melalui media sosial resmi Pemerintah Kabupaten Pati dan Dinas Kesehatan.',
      outcome: 'answered',
    },
    {
      messages: [
        'Mohon izin bertanya, apakah ada pelatihan kerja gratis dari pemkab untuk lulusan SMA? Saya ingin ikut pelatihan menjahit atau las.',
        'min info pelatihan di BLK Pati kapan buka pendaftaran lagi ya?',
      ],
      summary: 'Warga menanyakan jadwal dan persyaratan pelatihan kerja gratis yang diselenggarakan Pemerintah Kabupaten Pati.',
      followUp: 'Diskominfo telah meminta informasi jadwal pelatihan dari Dinas Tenaga Kerja.',
      resolution:
        'Pendaftaran pelatihan berbasis kompetensi dibuka bertahap sesuai kuota tiap kejuruan. Jadwal dan persyaratannya diumumkan melalui media sosial resmi Dinas Tenaga Kerja.',
      outcome: 'answered',
    },
  ],

  'pungutan-liar': [
    {
      messages: [
        'Mohon izin melaporkan, untuk minta surat pengantar SKCK di Desa {desa} warga dimintai uang 50 ribu tanpa kuitansi. Katanya untuk kas desa. Apakah itu resmi? Mohon nama saya dirahasiakan.',
        'min ngurus surat-surat di desa kok bayar ya, bukannya gratis? tdk dikasih bukti bayar.',
      ],
      summary:
        'Laporan dugaan pungutan tanpa dasar hukum dalam pelayanan surat pengantar di Desa {desa}, Kecamatan {kecamatan}.',
      followUp: 'Inspektorat Daerah telah meminta klarifikasi dari Pemerintah Desa {desa} dan warga yang mengurus surat.',
      resolution:
        'Hasil klarifikasi Inspektorat menunjukkan pungutan tersebut tidak memiliki dasar peraturan desa. Pungutan telah dihentikan, uang dikembalikan kepada warga, dan perangkat yang bersangkutan telah diberi pembinaan.',
      outcome: 'fixed',
    },
    {
      messages: [
        'Pak/Bu, waktu pencairan bantuan di balai Desa {desa}, setiap penerima dipotong 20 ribu oleh orang yg mengaku panitia, katanya uang transport. Apa dibenarkan?',
        'mohon ditindak min, bansos dipotong oknum di Ds {desa} Kec {kecamatan}. yg protes diancam tdk dapat lagi.',
      ],
      summary:
        'Laporan dugaan pemotongan bantuan sosial oleh pihak yang mengaku panitia di Desa {desa}, Kecamatan {kecamatan}.',
      followUp: 'Inspektorat Daerah bersama Dinsos P3AKB telah memanggil pihak terkait untuk klarifikasi.',
      resolution:
        'Inspektorat menyatakan pemotongan bantuan tidak dibenarkan. Dana yang dipotong telah dikembalikan kepada seluruh penerima, dan temuan diteruskan kepada aparat penegak hukum untuk pendalaman.',
      outcome: 'fixed',
    },
  ],

  'lain-lain': [
    {
      messages: [
        'Selamat siang Pak/Bu, kawanan monyet dari hutan sering turun ke kebun dan rumah warga di {dukuh} Desa {desa}. Tanaman habis dan anak-anak takut. Mohon solusinya.',
        'min monyet liar masuk ke dapur warga di desa {desa} kec {kecamatan}, sudah bbrp kali. siapa yg bisa nangani?',
      ],
      summary: 'Kawanan monyet liar masuk ke permukiman dan kebun warga di Desa {desa}, Kecamatan {kecamatan}.',
      followUp: 'Diskominfo telah berkoordinasi dengan Pemerintah Desa {desa} untuk memastikan lokasi dan frekuensi kejadian.',
      resolution:
        'Aduan telah dirujuk ke Balai Konservasi Sumber Daya Alam Jawa Tengah selaku instansi yang berwenang menangani satwa liar. Warga diimbau tidak menyakiti satwa dan menyimpan bahan makanan di tempat tertutup.',
      outcome: 'referred',
    },
    {
      messages: [
        'Selamat malam admin, sekadar saran, mohon LaporBupPati juga bisa menerima laporan lewat telepon, karena orang tua di desa banyak yg tdk bisa mengetik WA.',
        'min usul, aduan yg sudah selesai tolong diumumkan juga biar warga tahu tindak lanjutnya.',
      ],
      summary: 'Warga menyampaikan saran untuk peningkatan layanan kanal aduan LaporBupPati.',
      followUp: 'Saran telah diterima Diskominfo untuk dibahas dalam evaluasi layanan kanal aduan.',
      resolution:
        'Diskominfo berterima kasih atas saran yang disampaikan. Status dan tindak lanjut setiap aduan kini dapat dipantau publik melalui portal Aduan Terbuka, dan saran lainnya dicatat untuk pengembangan layanan.',
      outcome: 'answered',
    },
  ],
};

export interface InvalidTemplate {
  /** Category slug the message would be filed under ('lain-lain' or 'permintaan-informasi' when unclear). */
  category: string;
  messages: string[];
  /** Public note that explains politely and formally why the complaint was not processed. */
  note: string;
}

/** Templates of complaints found invalid, keyed by invalid reason. */
export const INVALID_TEMPLATES: Record<InvalidReason, InvalidTemplate[]> = {
  not_factual: [
    {
      category: 'jembatan',
      messages: [
        'Min jembatan di Desa {desa} katanya ambruk tadi pagi, sdh ada korban? kok blm ada petugas?',
        'Info dari grup WA, jembatan penghubung {desa} ke kecamatan {kecamatan} putus total. Mohon segera ditangani!!',
      ],
      note: 'Berdasarkan pengecekan lapangan oleh DPUPR dan Pemerintah Desa {desa}, jembatan yang dimaksud dalam kondisi utuh dan dapat dilalui kendaraan. Informasi yang beredar tidak sesuai dengan kondisi di lapangan. Terima kasih atas kepedulian Anda.',
    },
    {
      category: 'bantuan-sosial',
      messages: [
        'Mohon segera dicairkan bantuan UMKM dari Bupati, kami sudah daftar lewat link yg disebar di grup, katanya cair minggu ini.',
        'Pak, link pendaftaran bantuan Rp2,4 juta dari Pemkab Pati kok tdk bisa dibuka lagi? Saya sdh isi data lengkap kemarin.',
      ],
      note: 'Pemerintah Kabupaten Pati tidak membuka pendaftaran bantuan melalui tautan yang beredar di pesan berantai, sehingga informasi tersebut tidak benar. Masyarakat diimbau tidak mengisi data pribadi pada tautan yang tidak resmi dan memeriksa informasi bantuan melalui kanal resmi pemerintah.',
    },
    {
      category: 'layanan-kesehatan',
      messages: [
        'Puskesmas {kecamatan} hari ini tutup total tdk ada pelayanan sama sekali, pasien ditelantarkan!',
        'min katanya puskesmas {kecamatan} tdk melayani pasien BPJS lagi mulai bulan ini, benar begitu?',
      ],
      note: 'Hasil konfirmasi dengan Dinas Kesehatan menunjukkan Puskesmas {kecamatan} beroperasi normal dan tetap melayani peserta JKN sesuai jadwal pelayanan. Informasi dalam aduan tidak sesuai dengan kondisi di lapangan.',
    },
    {
      category: 'air-bersih',
      messages: [
        'Ada kabar air PDAM mengandung zat berbahaya, warga dilarang minum. Kenapa PDAM diam saja??',
        'Tolong PDAM jujur, katanya airnya tercemar limbah dan sudah banyak yg sakit perut.',
      ],
      note: 'Perumda Air Minum Tirta Bening telah melakukan uji kualitas air dan hasilnya memenuhi baku mutu air minum. Informasi tentang air PDAM yang mengandung zat berbahaya tidak benar.',
    },
    {
      category: 'penerangan-jalan',
      messages: [
        'Lampu PJU sepanjang {jalan} mati semua sudah sebulan, tdk pernah diperbaiki sama sekali.',
        'min PJU di Desa {desa} tdk ada yg nyala satupun, gelap total tiap malam.',
      ],
      note: 'Petugas Dishub telah memeriksa lokasi pada malam hari dan seluruh lampu PJU di ruas yang dimaksud menyala normal. Bila masih ditemukan lampu padam, mohon sampaikan kembali dengan titik lokasi atau foto agar dapat diperiksa ulang.',
    },
    {
      category: 'keamanan',
      messages: [
        'Waspada!! Ada penculikan anak pakai mobil putih di Desa {desa}, sudah dua anak hilang. Mohon polisi segera bergerak!',
        'Pak tolong, katanya di SD {desa} ada orang asing mau culik anak-anak, orang tua pada takut.',
      ],
      note: 'Hasil konfirmasi dengan Polresta Pati dan Pemerintah Desa {desa} menyatakan tidak ada laporan anak hilang maupun kejadian penculikan di wilayah tersebut. Informasi yang beredar tergolong hoaks. Masyarakat diimbau memeriksa kebenaran informasi sebelum menyebarkannya.',
    },
    {
      category: 'pasar',
      messages: [
        'Pasar di Kec. {kecamatan} mau digusur bulan depan, pedagang tdk pernah diajak bicara. Tolong dibatalkan!',
        'min benar ya pasar {kecamatan} mau dijadikan mal? pedagang kecil mau dikemanakan?',
      ],
      note: 'Disdagperin menyatakan tidak ada rencana penggusuran atau alih fungsi pasar yang dimaksud. Informasi tersebut tidak sesuai dengan kebijakan Pemerintah Kabupaten Pati.',
    },
  ],

  unclear: [
    {
      category: 'jalan-rusak',
      messages: ['pak jalan rusak', 'min jalannya rusak parah tolong diperbaiki', 'Jalan di sini hancur Pak, kapan diperbaiki?'],
      note: 'Aduan belum dapat diproses karena tidak mencantumkan lokasi kejadian. Silakan sampaikan aduan kembali dengan menyebutkan nama jalan, desa, dan kecamatan agar dapat diteruskan kepada instansi terkait.',
    },
    {
      category: 'lain-lain',
      messages: ['tolong dibantu pak', 'Pak/Bu mohon bantuannya, sy sudah tdk tahu harus ke mana lagi'],
      note: 'Aduan belum dapat diproses karena belum memuat uraian permasalahan. Silakan sampaikan kembali permasalahan yang dialami beserta lokasinya agar dapat diteruskan kepada instansi yang tepat.',
    },
    {
      category: 'penerangan-jalan',
      messages: ['lampu mati', 'min lampu mati dr kemarin'],
      note: 'Aduan belum dapat diproses karena belum jelas apakah yang dimaksud lampu penerangan jalan umum atau listrik rumah, dan lokasinya belum disebutkan. Silakan sampaikan aduan kembali dengan keterangan yang lebih lengkap.',
    },
    {
      category: 'bantuan-sosial',
      messages: ['kapan cair pak?', 'bantuan yg kemarin itu kapan cairnya min'],
      note: 'Aduan belum dapat diproses karena jenis bantuan dan desa tempat tinggal penerima belum disebutkan. Silakan sampaikan kembali pertanyaan dengan menyebutkan nama program bantuan dan desa.',
    },
    {
      category: 'lain-lain',
      messages: ['ini pak, lihat sendiri 👇', 'kayak gini dibiarin aja?'],
      note: 'Aduan belum dapat diproses karena lampiran yang dikirim tidak disertai keterangan lokasi dan permasalahan. Silakan sampaikan aduan kembali dengan uraian singkat dan nama desa serta kecamatan.',
    },
    {
      category: 'drainase',
      messages: ['got mampet bau', 'saluran meluap lagi nih, tolong'],
      note: 'Aduan belum dapat diproses karena lokasi saluran tidak disebutkan. Silakan sampaikan aduan kembali dengan menyebutkan nama jalan atau dukuh, desa, dan kecamatan.',
    },
    {
      category: 'permintaan-informasi',
      messages: ['pak sy mau lapor', 'Assalamualaikum, admin? Mau tanya'],
      note: 'Pesan belum memuat isi aduan atau pertanyaan sehingga belum dapat diproses. Silakan sampaikan kembali aduan atau pertanyaan dengan uraian yang jelas.',
    },
  ],

  out_of_authority: [
    {
      category: 'jalan-rusak',
      messages: [
        'Pak tolong jalan di wilayah Kabupaten Kudus dekat perbatasan Pati rusak parah, saya tiap hari lewat situ untuk kerja.',
        'min jalan desa di Kabupaten Rembang sebelah Batangan berlubang semua, mohon diperbaiki.',
      ],
      note: 'Lokasi yang dilaporkan berada di luar wilayah Kabupaten Pati sehingga bukan kewenangan Pemerintah Kabupaten Pati. Aduan dapat disampaikan melalui kanal pengaduan pemerintah kabupaten setempat.',
    },
    {
      category: 'pendidikan',
      messages: [
        'Mohon ditindak, SMA negeri di Kec. {kecamatan} mewajibkan sumbangan gedung untuk siswa baru.',
        'min SMK negeri anak saya minta iuran study tour wajib, kalau tdk ikut tetap bayar. apa boleh?',
      ],
      note: 'Pengelolaan SMA, SMK, dan SLB negeri merupakan kewenangan Pemerintah Provinsi Jawa Tengah. Aduan dapat disampaikan kepada Cabang Dinas Pendidikan wilayah setempat atau kanal pengaduan Pemerintah Provinsi Jawa Tengah.',
    },
    {
      category: 'lain-lain',
      messages: [
        'Pak, tetangga saya pinjam uang lima juta tdk dikembalikan sudah setahun. Tolong dibantu tagih.',
        'Mohon bantuan, tanah warisan orang tua diakui saudara sendiri, kami sudah tdk bisa bicara baik-baik.',
      ],
      note: 'Permasalahan yang disampaikan merupakan sengketa perdata antarwarga sehingga bukan kewenangan Pemerintah Kabupaten Pati. Penyelesaian dapat ditempuh melalui musyawarah yang difasilitasi pemerintah desa, mediasi, atau jalur hukum.',
    },
    {
      category: 'lain-lain',
      messages: [
        'Tolong sampaikan ke Presiden, harga BBM jangan dinaikkan! Rakyat kecil makin susah.',
        'Pak Bupati harus ikut menolak kenaikan BBM, jangan diam saja.',
      ],
      note: 'Kebijakan harga bahan bakar minyak merupakan kewenangan Pemerintah Pusat sehingga tidak dapat ditindaklanjuti melalui kanal aduan ini. Aspirasi dapat disampaikan melalui SP4N-LAPOR!, kanal pengaduan pelayanan publik nasional.',
    },
    {
      category: 'lain-lain',
      messages: [
        'Pak, saya diteror penagih pinjaman online, semua kontak di HP saya dikirimi pesan. Tolong dibantu.',
        'min pinjol ilegal bunganya mencekik, gimana cara lapornya?',
      ],
      note: 'Permasalahan pinjaman daring merupakan kewenangan Otoritas Jasa Keuangan. Aduan dapat disampaikan melalui layanan konsumen OJK, dan ancaman atau penyebaran data pribadi dapat dilaporkan kepada kepolisian.',
    },
  ],

  duplicate: [
    {
      category: 'jalan-rusak',
      messages: [
        'Pak ini saya lapor lagi, jalan di {dukuh} Desa {desa} yg kemarin sy laporkan kok blm diperbaiki?',
        'min laporan sy soal jalan rusak di {desa} sdh masuk blm? sy kirim ulang ya.',
      ],
      note: 'Aduan ini sama dengan aduan yang telah diterima sebelumnya dan sedang ditindaklanjuti oleh instansi terkait. Perkembangan penanganan dapat dipantau pada aduan tersebut.',
    },
    {
      category: 'penerangan-jalan',
      messages: [
        'lampu jalan {jalan} mati min, sdh ada yg lapor blm?',
        'Ikut melaporkan, PJU di Desa {desa} masih padam.',
      ],
      note: 'Permasalahan yang sama di lokasi ini telah dilaporkan warga lain dan sedang ditangani. Aduan digabungkan dengan laporan sebelumnya agar penanganan tidak berulang.',
    },
    {
      category: 'sampah',
      messages: [
        'Sampah di TPS Desa {desa} blm diangkut, sy kirim juga lewat DM Instagram.',
        'Kirim ulang lewat WA ya min, sampah di {jalan} belum diangkut.',
      ],
      note: 'Aduan yang sama telah diterima melalui kanal lain dan dicatat pada aduan yang pertama kali masuk. Tindak lanjut dapat dipantau pada aduan tersebut.',
    },
    {
      category: 'bantuan-sosial',
      messages: [
        'Pak, sy tanya lagi soal BLT BBM yg blm cair, mohon dijawab.',
        'min sy ulangi pertanyaan kemarin, nama sy ada di daftar BLT atau tdk?',
      ],
      note: 'Pertanyaan ini telah disampaikan sebelumnya dan sedang diproses oleh Dinsos P3AKB. Jawaban akan disampaikan pada aduan yang pertama kali diterima.',
    },
  ],

  spam: [
    {
      category: 'lain-lain',
      messages: ['p', 'tes', 'tes tes, masuk ga?', 'halo'],
      note: 'Pesan tidak memuat aduan atau permintaan informasi sehingga tidak diproses.',
    },
    {
      category: 'lain-lain',
      messages: [
        'Dijual tanah kavling murah strategis dekat alun-alun, SHM, bisa kredit tanpa bunga. Minat langsung chat admin.',
        'PROMO!!! Jasa sedot WC 24 jam se-Kabupaten Pati, harga bersahabat, bergaransi.',
      ],
      note: 'Pesan berisi promosi atau iklan yang tidak berkaitan dengan pelayanan publik sehingga tidak diproses.',
    },
    {
      category: 'lain-lain',
      messages: [
        'Kirim pesan ini ke 10 grup, nanti pulsa 50 ribu masuk otomatis. Sudah terbukti!!',
        'Amalan hari Jumat, bagikan ke tujuh orang maka rezekimu akan lancar. Jangan berhenti di kamu.',
      ],
      note: 'Pesan berantai yang tidak memuat aduan atau permintaan informasi tidak diproses melalui kanal ini.',
    },
    {
      category: 'lain-lain',
      messages: [
        'Situs slot gacor hari ini, deposit pulsa tanpa potongan, dijamin maxwin!!',
        'Mau penghasilan jutaan per hari cukup dari HP? Gabung sekarang, kuota terbatas.',
      ],
      note: 'Pesan berisi penawaran komersial yang tidak berkaitan dengan pelayanan publik sehingga tidak diproses.',
    },
  ],
};

/**
 * The one scripted story: a resident requests a new electricity meter for a house, the complaint is
 * forwarded to PT PLN (Persero) ULP Pati, and PLN staff install the meter. `agencyReferenceExample`
 * is an invented PLN request number in the form staff would record it.
 */
export const PLN_METER_STORY: ValidTemplate & { agencyReferenceExample: string } = {
  messages: [
    'Selamat siang Pak/Bu admin LaporBupPati. Mohon izin bertanya, rumah saya di {dukuh} RT {rt}/RW {rw} Desa {desa} Kec. {kecamatan} baru selesai dibangun dan belum ada meteran listrik. Sudah daftar pasang baru ke PLN sejak {hari} yang lalu tapi belum ada petugas yang datang. Selama ini terpaksa nyalur dari rumah orang tua. Mohon dibantu nggih, matur nuwun.',
    'min sy mau pasang kWh meter baru utk rumah di ds {desa}, sdh bayar biaya penyambungan tp blm dipasang2. mhn dibantu diteruskan ke PLN 🙏',
    'Yth. Admin, dengan hormat. Saya warga Desa {desa} ingin mengajukan pemasangan meteran listrik prabayar untuk rumah yang baru kami tempati. Mohon informasi langkah yang harus ditempuh dan mohon dibantu agar segera dipasang. Terima kasih.',
  ],
  summary:
    'Permohonan pemasangan kWh meter baru untuk rumah warga di Desa {desa}, Kecamatan {kecamatan}, yang belum tersambung listrik PLN.',
  followUp:
    'Petugas PT PLN (Persero) ULP Pati telah menyurvei lokasi dan memastikan permohonan pasang baru tercatat.',
  resolution:
    'Petugas PT PLN (Persero) ULP Pati telah memasang kWh meter baru dan menyambungkan aliran listrik ke rumah tersebut. Rumah kini telah teraliri listrik PLN.',
  outcome: 'fixed',
  agencyReferenceExample: 'PB/ULP-PATI/2209/0417',
};

/** Hamlet names for {dukuh}, each starting with "Dukuh". Generic Javanese names, not tied to a village. */
export const HAMLETS: string[] = [
  'Dukuh Krajan',
  'Dukuh Kauman',
  'Dukuh Ngemplak',
  'Dukuh Ngablak',
  'Dukuh Karanganyar',
  'Dukuh Tegalsari',
  'Dukuh Sidomulyo',
  'Dukuh Banaran',
  'Dukuh Gebang',
  'Dukuh Jetak',
  'Dukuh Ngampel',
  'Dukuh Kedungsari',
  'Dukuh Kepoh',
  'Dukuh Sentul',
  'Dukuh Ngelo',
  'Dukuh Pondok',
  'Dukuh Gunungsari',
  'Dukuh Sidorejo',
  'Dukuh Mojo',
  'Dukuh Kalimulyo',
  'Dukuh Karangrejo',
  'Dukuh Pundung',
  'Dukuh Wates',
  'Dukuh Jatisari',
  'Dukuh Ngasem',
  'Dukuh Blimbing',
  'Dukuh Randu',
  'Dukuh Pelem',
  'Dukuh Glonggong',
  'Dukuh Klumpit',
  'Dukuh Lor',
  'Dukuh Kidul',
];

/**
 * Street and road names for {jalan}, each starting with "Jalan". Town streets of Pati and main roads that
 * run through or between district towns. National roads (Pati–Kudus, Pati–Juwana) are left out
 * because complaints about them belong to the jalan-nasional category, whose texts name them directly.
 */
export const STREETS: string[] = [
  'Jalan Kolonel Sunandar',
  'Jalan Pemuda',
  'Jalan Panglima Sudirman',
  'Jalan Diponegoro',
  'Jalan Dr. Wahidin',
  'Jalan Tondonegoro',
  'Jalan Kartini',
  'Jalan Ahmad Yani',
  'Jalan Supriyadi',
  'Jalan Hang Tuah',
  'Jalan Sunan Muria',
  'Jalan Raya Pati–Tayu',
  'Jalan Raya Pati–Gembong',
  'Jalan Raya Pati–Kayen',
  'Jalan Raya Kayen–Sukolilo',
  'Jalan Raya Gabus–Kayen',
  'Jalan Raya Juwana–Jakenan',
  'Jalan Raya Jakenan–Winong',
  'Jalan Raya Winong–Pucakwangi',
  'Jalan Raya Tayu–Dukuhseti',
  'Jalan Raya Tayu–Cluwak',
  'Jalan Raya Tlogowungu',
  'Jalan Raya Jaken–Jakenan',
  'Jalan Raya Trangkil–Wedarijaksa',
];
