import { z } from 'zod';
import { CHANNELS } from './channels.ts';

/** Settings of one deployment: everything that differs between two regencies running the portal. */
export const deploymentSettingsSchema = z.object({
  /** Name of the complaint channel, e.g. "LaporBupPati". */
  name: z.string().min(2).max(60),
  /** Region that runs it, e.g. "Kabupaten Pati". */
  regionName: z.string().min(2).max(80),
  /** Office that manages the channel. */
  operator: z.string().min(2).max(120),
  /** One-paragraph description shown on the home page. */
  description: z.string().min(10).max(1000),
  /** Ticket prefix: two to five capital letters. */
  ticketPrefix: z.string().regex(/^[A-Z]{2,5}$/, 'Awalan tiket harus 2–5 huruf kapital, misalnya LBP.'),
  /** IANA time zone in which days, weeks and months are counted. */
  timeZone: z.string().refine(isKnownTimeZone, 'Zona waktu tidak dikenal; gunakan nama IANA seperti Asia/Jakarta.'),
  /** Abbreviation printed after times: WIB, WITA or WIT. */
  timeZoneLabel: z.string().min(2).max(5),
  /** Day the channel opened, YYYY-MM-DD. */
  launchedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Public address of the portal, used in feeds and the data package; empty until it is known. */
  siteUrl: z.union([z.url(), z.literal('')]).default(''),
  map: z.object({
    center: z.tuple([z.number().min(-90).max(90), z.number().min(-180).max(180)]),
    zoom: z.number().int().min(1).max(19),
    tileUrl: z.string().min(10),
    /** Attribution of the tiles as plain text; it is shown as text, never as HTML. */
    tileAttribution: z.string().min(2),
    tileAttributionUrl: z.union([z.url(), z.literal('')]).default(''),
    maxZoom: z.number().int().min(1).max(22).default(19),
  }),
  contacts: z
    .array(
      z.object({
        channel: z.enum(CHANNELS),
        /** What citizens see, e.g. "0811-2660-295" or "@laporbup.pati". */
        value: z.string().min(2),
        /** Link that opens the channel, when it has one. */
        url: z.union([z.url(), z.literal('')]).default(''),
      }),
    )
    .min(1),
  /** Service targets in working days (LAPOR! practice: 3 to verify, 5 for the agency to act). */
  clocks: z
    .object({
      verificationTargetDays: z.number().int().min(1).max(30).default(3),
      actionTargetDays: z.number().int().min(1).max(60).default(5),
    })
    .default({ verificationTargetDays: 3, actionTargetDays: 5 }),
  /** Licence of the open data files. */
  dataLicense: z.object({ name: z.string(), url: z.url() }),
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
