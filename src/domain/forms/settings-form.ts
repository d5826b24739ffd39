import { MAX_CONTACTS, deploymentSettingsSchema, type DeploymentSettings } from '../deployment.ts';
import { cleanText } from '../text.ts';
import type { FormResult } from './fields.ts';

/**
 * The deployment settings form. Its fields are flat strings; they are turned into the nested
 * settings object and validated with `deploymentSettingsSchema`, whose messages are shown at the
 * fields. Contact points are rows `contact_<n>_channel`, `contact_<n>_value` and `contact_<n>_url`;
 * rows left empty are dropped.
 */

/** Form field of each settings path (path segments joined by dots). */
const FIELD_OF_PATH: Record<string, string> = {
  name: 'name',
  regionName: 'region_name',
  operator: 'operator',
  description: 'description',
  ticketPrefix: 'ticket_prefix',
  timeZone: 'time_zone',
  timeZoneLabel: 'time_zone_label',
  launchedOn: 'launched_on',
  siteUrl: 'site_url',
  'map.center.0': 'map_lat',
  'map.center.1': 'map_lng',
  'map.zoom': 'map_zoom',
  'map.maxZoom': 'map_max_zoom',
  'map.tileUrl': 'map_tile_url',
  'map.tileAttribution': 'map_tile_attribution',
  'map.tileAttributionUrl': 'map_tile_attribution_url',
  'clocks.verificationTargetDays': 'verification_target_days',
  'clocks.actionTargetDays': 'action_target_days',
  'dataLicense.name': 'license_name',
  'dataLicense.url': 'license_url',
  contacts: 'contacts',
};

export const contactField = (row: number, part: 'channel' | 'value' | 'url') => `contact_${row}_${part}`;

/** Form values showing `settings`, for the form's first display. */
export function settingsFormValues(settings: DeploymentSettings): Record<string, string> {
  const values: Record<string, string> = {
    name: settings.name,
    region_name: settings.regionName,
    operator: settings.operator,
    description: settings.description,
    ticket_prefix: settings.ticketPrefix,
    time_zone: settings.timeZone,
    time_zone_label: settings.timeZoneLabel,
    launched_on: settings.launchedOn,
    site_url: settings.siteUrl,
    map_lat: String(settings.map.center[0]),
    map_lng: String(settings.map.center[1]),
    map_zoom: String(settings.map.zoom),
    map_max_zoom: String(settings.map.maxZoom),
    map_tile_url: settings.map.tileUrl,
    map_tile_attribution: settings.map.tileAttribution,
    map_tile_attribution_url: settings.map.tileAttributionUrl,
    verification_target_days: String(settings.clocks.verificationTargetDays),
    action_target_days: String(settings.clocks.actionTargetDays),
    license_name: settings.dataLicense.name,
    license_url: settings.dataLicense.url,
  };
  settings.contacts.forEach((contact, row) => {
    values[contactField(row, 'channel')] = contact.channel;
    values[contactField(row, 'value')] = contact.value;
    values[contactField(row, 'url')] = contact.url;
  });
  return values;
}

/** Number of contact rows the form shows: the filled ones and up to three empty ones. */
export function contactRowCount(values: Record<string, string | undefined>): number {
  let filled = 0;
  for (let row = 0; row < MAX_CONTACTS; row += 1) {
    if (contactRowFilled(values, row)) {
      filled = row + 1;
    }
  }
  return Math.min(MAX_CONTACTS, filled + 3);
}

export function parseSettingsForm(values: Record<string, string | undefined>): FormResult<DeploymentSettings> {
  const text = (name: string) => cleanText(values[name] ?? '');
  const number = (name: string) => {
    const typed = text(name)
      .replace(',', '.')
      .replace(/^[\u2212\u2013]/, '-');
    return /^-?\d+(\.\d+)?$/.test(typed) ? Number(typed) : Number.NaN;
  };

  // Rows of the form that hold a contact, in order; an issue at contacts.<n> belongs to row contactRows[n].
  const contactRows: number[] = [];
  for (let row = 0; row < MAX_CONTACTS; row += 1) {
    if (contactRowFilled(values, row)) {
      contactRows.push(row);
    }
  }

  const input = {
    name: text('name'),
    regionName: text('region_name'),
    operator: text('operator'),
    description: text('description'),
    ticketPrefix: text('ticket_prefix').toUpperCase(),
    timeZone: text('time_zone'),
    timeZoneLabel: text('time_zone_label'),
    launchedOn: text('launched_on'),
    siteUrl: text('site_url'),
    map: {
      center: [number('map_lat'), number('map_lng')],
      zoom: number('map_zoom'),
      maxZoom: number('map_max_zoom'),
      tileUrl: text('map_tile_url'),
      tileAttribution: text('map_tile_attribution'),
      tileAttributionUrl: text('map_tile_attribution_url'),
    },
    contacts: contactRows.map((row) => ({
      channel: text(contactField(row, 'channel')),
      value: text(contactField(row, 'value')),
      url: text(contactField(row, 'url')),
    })),
    clocks: {
      verificationTargetDays: number('verification_target_days'),
      actionTargetDays: number('action_target_days'),
    },
    dataLicense: { name: text('license_name'), url: text('license_url') },
  };

  const result = deploymentSettingsSchema.safeParse(input);
  if (result.success) {
    return { success: true, data: result.data };
  }
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    errors[formFieldOf(issue.path, contactRows)] ??= issue.message;
  }
  return { success: false, errors };
}

function contactRowFilled(values: Record<string, string | undefined>, row: number): boolean {
  return (['channel', 'value', 'url'] as const).some((part) => (values[contactField(row, part)] ?? '').trim() !== '');
}

function formFieldOf(path: PropertyKey[], contactRows: number[]): string {
  if (path[0] === 'contacts' && typeof path[1] === 'number' && typeof path[2] === 'string') {
    return contactField(contactRows[path[1]] ?? path[1], path[2] as 'channel' | 'value' | 'url');
  }
  return FIELD_OF_PATH[path.map(String).join('.')] ?? FIELD_OF_PATH[String(path[0])] ?? 'form';
}
