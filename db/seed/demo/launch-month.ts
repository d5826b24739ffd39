/**
 * Demo data: LaporBupPati's launch month, rebuilt complaint by complaint from the figures the
 * regency gave the press on 22 September 2022. From the opening on 29 August 2022 to
 * 21 September 2022 the channel received 143 complaints. 70 were not valid or not factual,
 * 49 of them among those received in the first ten days. Of the 73 valid ones, 52 came by
 * WhatsApp, 9 by Facebook, 1 by Twitter and 11 by Instagram. 37 were resolved: 22 infrastructure,
 * 2 involving vertical agencies and 13 public service. One of them: a resident asked for an
 * electricity meter, PLN got the complaint and installed the meter.
 *
 * Everything else (people, texts, places, times) is invented by a seeded generator, so the same
 * seed always gives the same data.
 */

import { Faker, base, id_ID } from '@faker-js/faker';
import type { CategoryGroup } from '../../../src/domain/categories.ts';
import type { Channel } from '../../../src/domain/channels.ts';
import type { InvalidReason, Outcome } from '../../../src/domain/status.ts';
import { addDays, zonedInstant } from '../../../src/domain/time.ts';
import type { ComplaintSpec, ComplaintStep } from '../factories.ts';
import { HAMLETS, INVALID_TEMPLATES, PLN_METER_STORY, STREETS, VALID_TEMPLATES, type ValidTemplate } from './texts.ts';

export const LAUNCH_FIGURES = {
  openedOn: '2022-08-29',
  firstTenDaysEnd: '2022-09-07',
  reportedOn: '2022-09-21',
  received: 143,
  invalid: 70,
  invalidInFirstTenDays: 49,
  valid: 73,
  validByChannel: { whatsapp: 52, facebook: 9, twitter: 1, instagram: 11 },
  resolved: 37,
  resolvedByGroup: { infrastruktur: 22, instansi_vertikal: 2, pelayanan_publik: 13 },
} as const;

const TIME_ZONE = 'Asia/Jakarta';
export const DEMO_SEED = 20_220_829;
const HOUR = 3_600_000;

/** Group and final state of the valid complaints; the counts add up to LAUNCH_FIGURES. */
const VALID_FATES: Array<{ group: CategoryGroup; resolved: boolean; count: number }> = [
  { group: 'infrastruktur', resolved: true, count: 22 },
  { group: 'instansi_vertikal', resolved: true, count: 2 },
  { group: 'pelayanan_publik', resolved: true, count: 13 },
  { group: 'infrastruktur', resolved: false, count: 16 },
  { group: 'pelayanan_publik', resolved: false, count: 13 },
  { group: 'instansi_vertikal', resolved: false, count: 4 },
  { group: 'lainnya', resolved: false, count: 3 },
];

/** Of the 36 valid complaints not yet resolved, this many were still waiting for the agency. */
const STILL_FORWARDED = 14;

const INVALID_REASON_COUNTS: Record<InvalidReason, number> = {
  not_factual: 30,
  unclear: 20,
  spam: 8,
  out_of_authority: 7,
  duplicate: 5,
};

const INVALID_CHANNEL_COUNTS: Partial<Record<Channel, number>> = {
  whatsapp: 38,
  instagram: 12,
  facebook: 10,
  email: 6,
  twitter: 4,
};

/** Relative weight of each category within its group, after the provincial channel's mix. */
const CATEGORY_WEIGHTS: Record<CategoryGroup, Record<string, number>> = {
  infrastruktur: {
    'jalan-rusak': 40,
    drainase: 15,
    'penerangan-jalan': 15,
    jembatan: 8,
    irigasi: 7,
    'rambu-lalu-lintas': 5,
    'fasilitas-umum': 5,
  },
  pelayanan_publik: {
    'bantuan-sosial': 25,
    'administrasi-kependudukan': 20,
    'layanan-kesehatan': 10,
    'layanan-rumah-sakit': 5,
    pendidikan: 10,
    sampah: 10,
    pencemaran: 3,
    kepegawaian: 4,
    pertanian: 5,
    'ketertiban-umum': 3,
    'pemerintahan-desa': 5,
    'rumah-tidak-layak-huni': 4,
  },
  instansi_vertikal: {
    listrik: 40,
    'air-bersih': 25,
    pertanahan: 10,
    keamanan: 10,
    'jalan-nasional': 10,
    'jaminan-kesehatan': 5,
  },
  lainnya: { 'permintaan-informasi': 50, 'pungutan-liar': 25, 'lain-lain': 25 },
};

/** Categories whose complaints are kept confidential: they name officials or colleagues. */
const CONFIDENTIAL_CATEGORIES = new Set(['pungutan-liar', 'kepegawaian']);

/** Weight of each kecamatan by code, roughly by population and distance from the town of Pati. */
const DISTRICT_WEIGHTS: Record<string, number> = {
  '33.18.10': 18,
  '33.18.08': 9,
  '33.18.19': 7,
  '33.18.12': 6,
  '33.18.11': 5,
  '33.18.02': 5,
  '33.18.01': 5,
  '33.18.21': 4,
  '33.18.15': 4,
  '33.18.16': 4,
  '33.18.09': 4,
  '33.18.14': 4,
  '33.18.04': 3,
  '33.18.13': 3,
  '33.18.20': 3,
  '33.18.03': 3,
  '33.18.06': 3,
  '33.18.07': 3,
  '33.18.18': 2,
  '33.18.17': 2,
  '33.18.05': 2,
};

export interface DemoPlace {
  districts: ReadonlyArray<{ code: string; name: string }>;
  villages: ReadonlyArray<{ code: string; districtCode: string; name: string; kind: string; lat: number; lng: number }>;
  /** Agency slug of each category's default agency. */
  defaultAgencyOf: (categorySlug: string) => string;
  /** Slug of the kecamatan office of a district. */
  districtOfficeOf: (districtCode: string) => string | null;
}

/** Staff who appear in the generated timelines, by role. */
export interface DemoStaff {
  verifiers: number[];
  officerOf: (agencySlug: string) => number | null;
}

/** Build the specs of the 143 launch-month complaints, in order of arrival. */
export function planLaunchMonth(place: DemoPlace, demoStaff: DemoStaff, seed = DEMO_SEED): ComplaintSpec[] {
  const faker = new Faker({ locale: [id_ID, base] });
  faker.seed(seed);
  const generator = new LaunchMonthGenerator(faker, place, demoStaff);
  return generator.plan();
}

class LaunchMonthGenerator {
  private readonly reporters: Array<{ name: string; contact: string; channel: Channel }> = [];
  private readonly usedContacts = new Set<string>();

  private readonly faker: Faker;
  private readonly place: DemoPlace;
  private readonly staff: DemoStaff;

  constructor(faker: Faker, place: DemoPlace, staff: DemoStaff) {
    this.faker = faker;
    this.place = place;
    this.staff = staff;
  }

  plan(): ComplaintSpec[] {
    const specs = [...this.planValid(), ...this.planInvalid()];
    return specs.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
  }

  private planValid(): ComplaintSpec[] {
    const { faker } = this;
    const figures = LAUNCH_FIGURES;
    const firstTenDaysCount = 21;
    const arrivals = [
      ...this.arrivalTimes(firstTenDaysCount, figures.openedOn, figures.firstTenDaysEnd),
      ...this.arrivalTimes(figures.valid - firstTenDaysCount, addDays(figures.firstTenDaysEnd, 1), figures.reportedOn),
    ].sort((a, b) => a.getTime() - b.getTime());

    // Resolved complaints tend to be the older ones: give each fate a random rank, lower for resolved.
    const fates = VALID_FATES.flatMap((fate) => Array.from({ length: fate.count }, () => ({ ...fate })));
    const ranked = fates
      .map((fate) => ({ fate, rank: fate.resolved ? faker.number.float({ min: 0, max: 0.75 }) : faker.number.float({ min: 0.25, max: 1 }) }))
      .sort((a, b) => a.rank - b.rank)
      .map((entry) => entry.fate);

    const channels = faker.helpers.shuffle(expand(figures.validByChannel));
    // The PLN meter story came by WhatsApp; it takes the first resolved vertical-agency slot.
    const storyIndex = ranked.findIndex((fate) => fate.group === 'instansi_vertikal' && fate.resolved);
    const whatsappIndex = channels.indexOf('whatsapp');
    [channels[storyIndex], channels[whatsappIndex]] = [channels[whatsappIndex]!, channels[storyIndex]!];

    const openIndexes = ranked.flatMap((fate, index) => (fate.resolved ? [] : [index]));
    const stillForwarded = new Set(faker.helpers.arrayElements(openIndexes, STILL_FORWARDED));
    const asksForInfo = new Set(faker.helpers.arrayElements([...ranked.keys()], 6));

    return ranked.map((fate, index) => {
      const receivedAt = arrivals[index]!;
      const channel = channels[index]!;
      if (index === storyIndex) {
        return this.validComplaint({ receivedAt, channel, category: 'listrik', template: PLN_METER_STORY, resolved: true, story: true });
      }
      const category = this.weighted(CATEGORY_WEIGHTS[fate.group]);
      const template = faker.helpers.arrayElement(templatesOf(category));
      return this.validComplaint({
        receivedAt,
        channel,
        category,
        template,
        resolved: fate.resolved,
        stillForwarded: stillForwarded.has(index),
        asksForInfo: asksForInfo.has(index),
      });
    });
  }

  private validComplaint(options: {
    receivedAt: Date;
    channel: Channel;
    category: string;
    template: ValidTemplate;
    resolved: boolean;
    stillForwarded?: boolean;
    asksForInfo?: boolean;
    story?: boolean;
  }): ComplaintSpec {
    const { faker } = this;
    const village = this.village();
    const district = this.place.districts.find((candidate) => candidate.code === village.districtCode)!;
    const fill = this.filler(village, district.name);
    const reporter = this.reporter(options.channel);
    const verifier = faker.helpers.arrayElement(this.staff.verifiers);

    let agency = this.place.defaultAgencyOf(options.category);
    if (options.category === 'jalan-rusak' && faker.number.float() < 0.2) {
      agency = this.place.districtOfficeOf(district.code) ?? agency;
    }
    const officer = this.staff.officerOf(agency);

    // Durations in hours between the steps; shrunk together when they would pass the report day.
    const durations = {
      info: options.asksForInfo ? faker.number.float({ min: 1, max: 6 }) : 0,
      infoReply: options.asksForInfo ? faker.number.float({ min: 3, max: 30 }) : 0,
      forward: faker.number.float({ min: 0.5, max: 26 }),
      start: faker.number.float({ min: 2, max: 50 }),
      resolve: faker.number.float({ min: 3, max: 140 }),
    };
    const needed = durations.info + durations.infoReply + durations.forward + (options.stillForwarded ? 0 : durations.start) + (options.resolved ? durations.resolve : 0);
    const available = (reportDeadline().getTime() - options.receivedAt.getTime()) / HOUR;
    const scale = needed > available ? available / needed : 1;
    let at = options.receivedAt.getTime();
    const next = (hours: number) => {
      at += Math.max(hours * scale * HOUR, 60_000);
      return new Date(at);
    };

    const steps: ComplaintStep[] = [];
    if (options.asksForInfo) {
      steps.push({
        action: 'request_info',
        at: next(durations.info),
        staffId: verifier,
        publicNote: 'Mohon kesediaan pelapor melengkapi lokasi dan foto kejadian melalui kanal yang sama.',
      });
      steps.push({ action: 'receive_info', at: next(durations.infoReply), staffId: verifier });
    }
    steps.push({
      action: 'forward',
      at: next(durations.forward),
      agency,
      ...(options.story ? { agencyReference: PLN_METER_STORY.agencyReferenceExample } : {}),
      staffId: verifier,
    });
    if (!options.stillForwarded) {
      steps.push({ action: 'start_action', at: next(durations.start), staffId: officer, publicNote: fill(options.template.followUp) });
    }
    if (options.resolved) {
      steps.push({
        action: 'resolve',
        at: next(durations.resolve),
        outcome: options.template.outcome as Outcome,
        staffId: officer,
        publicNote: fill(options.template.resolution),
      });
    }

    const group = groupOfCategory(options.category);
    const located = group === 'infrastruktur';
    return {
      channel: options.channel,
      receivedAt: options.receivedAt,
      reporterName: reporter.name,
      reporterContact: reporter.contact,
      originalText: fill(faker.helpers.arrayElement(options.template.messages)),
      category: options.category,
      districtCode: district.code,
      villageCode: village.code,
      lat: located ? round6(village.lat + faker.number.float({ min: -0.004, max: 0.004 })) : null,
      lng: located ? round6(village.lng + faker.number.float({ min: -0.004, max: 0.004 })) : null,
      summary: fill(options.template.summary),
      confidential: CONFIDENTIAL_CATEGORIES.has(options.category),
      loggedBy: verifier,
      steps,
    };
  }

  private planInvalid(): ComplaintSpec[] {
    const { faker } = this;
    const figures = LAUNCH_FIGURES;
    const arrivals = [
      ...this.arrivalTimes(figures.invalidInFirstTenDays, figures.openedOn, figures.firstTenDaysEnd),
      ...this.arrivalTimes(figures.invalid - figures.invalidInFirstTenDays, addDays(figures.firstTenDaysEnd, 1), figures.reportedOn),
    ];
    const reasons = faker.helpers.shuffle(expand(INVALID_REASON_COUNTS));
    const channels = faker.helpers.shuffle(expand(INVALID_CHANNEL_COUNTS));

    return arrivals.map((receivedAt, index) => {
      const reason = reasons[index]!;
      const channel = channels[index]!;
      const template = faker.helpers.arrayElement(INVALID_TEMPLATES[reason]);
      const reporter = this.reporter(channel);
      const verifier = faker.helpers.arrayElement(this.staff.verifiers);
      const hasPlace = reason !== 'unclear' && reason !== 'spam';
      const village = this.village();
      const district = this.place.districts.find((candidate) => candidate.code === village.districtCode)!;
      const fill = this.filler(village, district.name);
      const rejectAfter = Math.min(faker.number.float({ min: 0.5, max: 40 }) * HOUR, reportDeadline().getTime() - receivedAt.getTime());

      return {
        channel,
        receivedAt,
        reporterName: reporter.name,
        reporterContact: reporter.contact,
        originalText: fill(faker.helpers.arrayElement(template.messages)),
        category: template.category,
        districtCode: hasPlace ? district.code : null,
        villageCode: hasPlace ? village.code : null,
        summary: null,
        loggedBy: verifier,
        steps: [
          {
            action: 'reject',
            at: new Date(receivedAt.getTime() + Math.max(rejectAfter, 60_000)),
            invalidReason: reason,
            publicNote: fill(template.note),
            staffId: verifier,
          },
        ],
      };
    });
  }

  /** `count` arrival times between two local dates (inclusive), mostly in waking hours. */
  private arrivalTimes(count: number, firstDate: string, lastDate: string): Date[] {
    const days: string[] = [];
    for (let day = firstDate; day <= lastDate; day = addDays(day, 1)) {
      days.push(day);
    }
    return Array.from({ length: count }, () => {
      const day = this.faker.helpers.arrayElement(days);
      const hour = this.weighted({ 6: 2, 7: 5, 8: 8, 9: 9, 10: 9, 11: 8, 12: 6, 13: 7, 14: 7, 15: 7, 16: 6, 17: 5, 18: 5, 19: 6, 20: 6, 21: 4, 22: 2, 23: 1 });
      const minute = this.faker.number.int({ min: 0, max: 59 });
      const at = zonedInstant(day, Number(hour), minute, TIME_ZONE);
      return at.getTime() > reportDeadline().getTime() ? new Date(reportDeadline().getTime() - HOUR) : at;
    });
  }

  /** A reporter for the channel; now and then someone who reported before comes back. */
  private reporter(channel: Channel): { name: string; contact: string } {
    const { faker } = this;
    const returning = this.reporters.filter((reporter) => reporter.channel === channel);
    if (returning.length > 3 && faker.number.float() < 0.05) {
      return faker.helpers.arrayElement(returning);
    }

    const sex = faker.helpers.arrayElement(['female', 'male'] as const);
    const firstName = faker.person.firstName(sex);
    const lastName = faker.person.lastName(sex);
    const name = firstName === lastName ? firstName : `${firstName} ${lastName}`;
    let contact = this.contactFor(channel, firstName, lastName);
    while (this.usedContacts.has(contact)) {
      contact = this.contactFor(channel, firstName, lastName);
    }
    this.usedContacts.add(contact);
    this.reporters.push({ name, contact, channel });
    return { name, contact };
  }

  private contactFor(channel: Channel, firstName: string, lastName: string): string {
    const { faker } = this;
    const handle = `${firstName}${lastName}`.toLowerCase().replace(/[^a-z]/g, '').slice(0, 14);
    switch (channel) {
      case 'whatsapp':
      case 'walk_in':
      case 'web':
        // The 0000 block keeps invented numbers out of the ranges operators hand out.
        return `0812-0000-${String(faker.number.int({ min: 0, max: 9999 })).padStart(4, '0')}`;
      case 'instagram':
      case 'twitter':
        return `@${handle}${faker.number.int({ min: 1, max: 99 })}`;
      case 'facebook':
        return `Facebook: ${firstName} ${lastName}`;
      case 'email':
        return `${handle}${faker.number.int({ min: 1, max: 99 })}@example.com`;
    }
  }

  private village() {
    const districtCode = this.weighted(DISTRICT_WEIGHTS);
    return this.faker.helpers.arrayElement(this.place.villages.filter((village) => village.districtCode === districtCode));
  }

  /** Fill a template's placeholders; "Desa {desa}" becomes "Kelurahan …" for the five kelurahan. */
  private filler(village: { name: string; kind: string }, district: string) {
    const { faker } = this;
    const values: Record<string, string> = {
      desa: village.name,
      kecamatan: district,
      dukuh: faker.helpers.arrayElement(HAMLETS),
      jalan: faker.helpers.arrayElement(STREETS),
      rt: String(faker.number.int({ min: 1, max: 9 })).padStart(2, '0'),
      rw: String(faker.number.int({ min: 1, max: 6 })).padStart(2, '0'),
      hari: faker.helpers.arrayElement(['dua hari', 'tiga hari', 'seminggu', 'dua minggu', 'sebulan']),
    };
    const kelurahan = village.kind === 'kelurahan';
    return (text: string) =>
      (kelurahan ? text.replace(/\b([Dd])esa \{desa\}/g, (_match, initial: string) => `${initial === 'D' ? 'K' : 'k'}elurahan {desa}`) : text).replace(
        /\{(\w+)\}/g,
        (match, key: string) => values[key] ?? match,
      );
  }

  private weighted<K extends string | number>(weights: Record<K, number>): K {
    const entries = Object.entries(weights) as Array<[K, number]>;
    return this.faker.helpers.weightedArrayElement(entries.map(([value, weight]) => ({ value, weight })));
  }
}

/** Last moment of the report day in WIB; no generated event happens later. */
function reportDeadline(): Date {
  return zonedInstant(LAUNCH_FIGURES.reportedOn, 21, 0, TIME_ZONE);
}

function templatesOf(category: string): ValidTemplate[] {
  const templates = VALID_TEMPLATES[category];
  if (!templates || templates.length === 0) {
    throw new Error(`No demo text templates for category "${category}".`);
  }
  return templates;
}

function groupOfCategory(category: string): CategoryGroup {
  for (const [group, weights] of Object.entries(CATEGORY_WEIGHTS) as Array<[CategoryGroup, Record<string, number>]>) {
    if (category in weights) {
      return group;
    }
  }
  return 'lainnya';
}

/** { a: 2, b: 1 } → ['a', 'a', 'b'] */
function expand<K extends string>(counts: Partial<Record<K, number>>): K[] {
  return (Object.entries(counts) as Array<[K, number]>).flatMap(([key, count]) => Array.from({ length: count }, () => key));
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
