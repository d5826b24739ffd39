import { z } from 'zod';
import { CHANNELS } from './channels.ts';

export const MAX_CONTACTS = 10;

/** Accept a web address or nothing, for links that pages print as `href`, so that no `javascript:` URL gets in. */
function webUrl(label: string) {
  const message = `${label} harus alamat web lengkap yang diawali https:// atau http://, atau dikosongkan.`;
  return z.union([z.url({ protocol: /^https?$/, message }), z.literal('')], { message });
}

/** Build a number schema that gives one message for every way the value can be wrong, since the fix is the same. */
function boundedNumber(message: string, min: number, max: number) {
  return z.number({ message }).min(min, message).max(max, message);
}

function wholeNumber(message: string, min: number, max: number) {
  return boundedNumber(message, min, max).int(message);
}

/** Settings of one deployment: everything that differs between two regencies running the portal. */
export const deploymentSettingsSchema = z.object({
  /** Name of the complaint channel, e.g. "LaporBupPati". */
  name: z
    .string({ message: 'Nama kanal wajib diisi.' })
    .min(2, 'Nama kanal minimal 2 karakter.')
    .max(60, 'Nama kanal paling banyak 60 karakter.'),
  /** Region that runs it, e.g. "Kabupaten Pati". */
  regionName: z
    .string({ message: 'Nama daerah wajib diisi.' })
    .min(2, 'Nama daerah minimal 2 karakter, misalnya Kabupaten Pati.')
    .max(80, 'Nama daerah paling banyak 80 karakter.'),
  /** Office that manages the channel. */
  operator: z
    .string({ message: 'Pengelola wajib diisi.' })
    .min(2, 'Pengelola minimal 2 karakter.')
    .max(120, 'Pengelola paling banyak 120 karakter.'),
  /** One-paragraph description shown on the home page. */
  description: z
    .string({ message: 'Deskripsi wajib diisi.' })
    .min(10, 'Deskripsi minimal 10 karakter.')
    .max(1000, 'Deskripsi paling banyak 1.000 karakter.'),
  /** Ticket prefix: two to five capital letters. */
  ticketPrefix: z
    .string({ message: 'Awalan tiket wajib diisi.' })
    .regex(/^[A-Z]{2,5}$/, 'Awalan tiket harus 2–5 huruf kapital, misalnya LBP.'),
  /** IANA time zone in which days, weeks and months are counted. */
  timeZone: z
    .string({ message: 'Zona waktu wajib diisi.' })
    .refine(isKnownTimeZone, 'Zona waktu tidak dikenal; gunakan nama IANA seperti Asia/Jakarta.'),
  /** Abbreviation printed after times: WIB, WITA or WIT. */
  timeZoneLabel: z
    .string({ message: 'Singkatan zona waktu wajib diisi.' })
    .min(2, 'Singkatan zona waktu harus 2–5 karakter, misalnya WIB.')
    .max(5, 'Singkatan zona waktu harus 2–5 karakter, misalnya WIB.'),
  /** Day the channel opened, YYYY-MM-DD. */
  launchedOn: z
    .string({ message: 'Tanggal mulai beroperasi wajib diisi.' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Tanggal mulai beroperasi harus ditulis TTTT-BB-HH, misalnya 2022-08-29.')
    .refine(isRealDate, 'Tanggal mulai beroperasi bukan tanggal yang ada; periksa bulan dan harinya.'),
  /** Public address of the portal, used in feeds and the data package; empty until it is known. */
  siteUrl: webUrl('Alamat portal').default(''),
  map: z
    .object({
      center: z.tuple([
        boundedNumber('Garis lintang pusat peta harus berupa angka antara -90 dan 90.', -90, 90),
        boundedNumber('Garis bujur pusat peta harus berupa angka antara -180 dan 180.', -180, 180),
      ]),
      zoom: wholeNumber('Zoom awal peta harus berupa bilangan bulat 1–19.', 1, 19),
      /** Tile address template for Leaflet, with the {z}, {x} and {y} placeholders. */
      tileUrl: z
        .string({ message: 'Alamat ubin peta wajib diisi.' })
        .min(10, 'Alamat ubin peta terlalu pendek.')
        .max(300, 'Alamat ubin peta paling banyak 300 karakter.')
        .refine(
          (value) => /^https?:\/\//.test(value) && ['{z}', '{x}', '{y}'].every((part) => value.includes(part)),
          'Alamat ubin peta harus diawali https:// dan memuat {z}, {x} dan {y}, misalnya https://tile.openstreetmap.org/{z}/{x}/{y}.png.',
        ),
      /** Attribution of the tiles as plain text; it is shown as text, never as HTML. */
      tileAttribution: z
        .string({ message: 'Atribusi peta wajib diisi.' })
        .min(2, 'Atribusi peta wajib diisi, misalnya © Kontributor OpenStreetMap.')
        .max(200, 'Atribusi peta paling banyak 200 karakter.'),
      tileAttributionUrl: webUrl('Tautan atribusi peta').default(''),
      maxZoom: wholeNumber('Zoom maksimum peta harus berupa bilangan bulat 1–22.', 1, 22).default(19),
    })
    .refine((map) => map.zoom <= map.maxZoom, { path: ['zoom'], message: 'Zoom awal peta tidak boleh melebihi zoom maksimum.' }),
  contacts: z
    .array(
      z.object({
        channel: z.enum(CHANNELS, { message: 'Pilih kanal kontak.' }),
        /** What citizens see, e.g. "0811-2660-295" or "@laporbup.pati". */
        value: z
          .string({ message: 'Isi kontak wajib diisi.' })
          .min(2, 'Isi kontak minimal 2 karakter, misalnya 0811-2660-295 atau @laporbup.pati.')
          .max(100, 'Isi kontak paling banyak 100 karakter.'),
        /** Link that opens the channel, when it has one: a web address, mailto: or tel:. */
        url: z
          .union(
            [
              z.url({
                protocol: /^(https?|mailto|tel)$/,
                message: 'Tautan kontak harus diawali https://, mailto: atau tel:, atau dikosongkan.',
              }),
              z.literal(''),
            ],
            { message: 'Tautan kontak harus diawali https://, mailto: atau tel:, atau dikosongkan.' },
          )
          .default(''),
      }),
    )
    .min(1, 'Isi minimal satu kontak pengaduan.')
    .max(MAX_CONTACTS, `Paling banyak ${MAX_CONTACTS} kontak pengaduan.`),
  /** Service targets in working days (LAPOR! practice: 3 to verify, 5 for the agency to act). */
  clocks: z
    .object({
      verificationTargetDays: wholeNumber('Target verifikasi harus berupa bilangan bulat 1–30 hari kerja.', 1, 30).default(3),
      actionTargetDays: wholeNumber('Target tindak lanjut harus berupa bilangan bulat 1–60 hari kerja.', 1, 60).default(5),
    })
    .default({ verificationTargetDays: 3, actionTargetDays: 5 }),
  /** Licence of the open data files. */
  dataLicense: z.object({
    name: z
      .string({ message: 'Nama lisensi data wajib diisi.' })
      .min(2, 'Nama lisensi data wajib diisi, misalnya Creative Commons Atribusi 4.0 Internasional (CC BY 4.0).')
      .max(200, 'Nama lisensi data paling banyak 200 karakter.'),
    url: z.url({
      protocol: /^https?$/,
      message: 'Tautan lisensi data harus alamat web lengkap yang diawali https://.',
    }),
  }),
});

export type DeploymentSettings = z.infer<typeof deploymentSettingsSchema>;

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** True for a YYYY-MM-DD date that exists on the calendar. */
function isRealDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
