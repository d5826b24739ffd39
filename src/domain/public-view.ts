/**
 * The public view: the one place that decides what the public may see of a complaint. The live
 * ticket page, the snapshot, the open data files, the map and every statistic go through it.
 *
 * Its input types carry no private fields (reporter, contact, original message, internal notes,
 * staff), so a caller cannot pass them through by mistake; on top of that, staff-written public
 * text that still contains personal data is dropped here.
 */

import { CATEGORY_GROUP_LABELS, showsExactLocation, type AgencyKind, type CategoryGroup } from './categories.ts';
import { CHANNEL_LABELS, type Channel } from './channels.ts';
import type { EventKind } from './events.ts';
import { containsPersonalData } from './personal-data.ts';
import {
  INVALID_REASON_LABELS,
  OUTCOME_LABELS,
  STATUS_LABELS,
  verificationOf,
  type InvalidReason,
  type Outcome,
  type Status,
  type Verification,
} from './status.ts';
import { localDate } from './time.ts';
import {
  describeClock,
  evaluateServiceClocks,
  type Clock,
  type ClockEvent,
  type ClockSettings,
  type ClockState,
} from './working-days.ts';

export interface PublicSourceEvent {
  kind: EventKind;
  toStatus: Status | null;
  /** Invalid reason for `reject`, outcome for `resolve`. */
  detail: string | null;
  agencyName: string | null;
  publicNote: string | null;
  occurredAt: Date;
}

/** Everything the public view reads about a complaint. Private columns are deliberately absent. */
export interface PublicSource {
  ticket: string;
  channel: Channel;
  receivedAt: Date;
  status: Status;
  invalidReason: InvalidReason | null;
  outcome: Outcome | null;
  confidential: boolean;
  summary: string | null;
  category: { slug: string; name: string; group: CategoryGroup };
  district: { code: string; name: string } | null;
  village: { code: string; name: string } | null;
  agency: { slug: string; name: string; kind: AgencyKind } | null;
  lat: number | null;
  lng: number | null;
  verifiedAt: Date | null;
  forwardedAt: Date | null;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  /** Final clock lengths in working days, null while a clock runs (see `clockLengths`). */
  verificationDays: number | null;
  firstResponseDays: number | null;
  resolutionDays: number | null;
  /** Deadlines of the running clocks, as the ticket page shows them; null otherwise. */
  verificationDueAt: Date | null;
  actionDueAt: Date | null;
  /** Ticket of the complaint this one was linked to as a duplicate. */
  duplicateOfTicket: string | null;
}

/** One row of the open data: a complaint that is not confidential. Field names are the published ones. */
export interface PublicComplaint {
  ticket: string;
  received_at: string;
  received_date: string;
  channel: Channel;
  category: string;
  category_slug: string;
  category_group: CategoryGroup;
  district_code: string | null;
  district_name: string | null;
  village_code: string | null;
  village_name: string | null;
  agency: string | null;
  agency_slug: string | null;
  agency_kind: AgencyKind | null;
  status: Status;
  invalid_reason: InvalidReason | null;
  outcome: Outcome | null;
  /** Verification decision (valid or invalid), forwarding and first follow-up, as on the ticket page's timeline. */
  verified_at: string | null;
  forwarded_at: string | null;
  first_response_at: string | null;
  resolved_at: string | null;
  resolved_date: string | null;
  /** Stopped clock lengths in working days, as the ticket page shows them. */
  verification_days: number | null;
  first_response_days: number | null;
  resolution_days: number | null;
  summary: string | null;
  /** Exact point, only for infrastructure complaints. */
  lat: number | null;
  lng: number | null;
  /** Ticket of the complaint this one repeats; statistics count the matter once, under that ticket. */
  duplicate_of: string | null;
}

/**
 * What statistics read about every complaint, confidential ones included: no ticket, no text,
 * no location finer than the district.
 */
export interface AggregateRecord {
  channel: Channel;
  category_slug: string;
  category_group: CategoryGroup;
  district_code: string | null;
  agency_slug: string | null;
  status: Status;
  verification: Verification;
  invalid_reason: InvalidReason | null;
  outcome: Outcome | null;
  received_at: string;
  verified_at: string | null;
  forwarded_at: string | null;
  first_response_at: string | null;
  resolved_at: string | null;
  /** Final clock lengths in working days; null while the clock runs or before it starts. */
  verification_days: number | null;
  first_response_days: number | null;
  resolution_days: number | null;
  /** Deadlines of the running clocks; a deadline before the snapshot time means the clock is overdue. */
  verification_due_at: string | null;
  action_due_at: string | null;
  confidential: boolean;
  /** Linked to another complaint as its duplicate: counted once, with the original. */
  duplicate: boolean;
}

export interface PublicEvent {
  kind: EventKind;
  label: string;
  occurred_at: string;
  note: string | null;
}

/** One service clock in the form published on the ticket page. */
export interface PublicClock {
  state: ClockState;
  target_days: number;
  elapsed_days: number;
  overdue_days: number;
  /** Last working day of the target (YYYY-MM-DD); null before the clock starts and while it is paused. */
  due_date: string | null;
  /** Indonesian sentence, e.g. "Hari kerja ke-2 dari 5". */
  text: string;
}

export interface PublicClocks {
  verification: PublicClock;
  action: PublicClock;
}

/** The public row of a complaint, or null when the complaint is confidential. */
export function toPublicComplaint(source: PublicSource, timeZone: string): PublicComplaint | null {
  if (source.confidential) {
    return null;
  }

  const exact = showsExactLocation(source.category.group) && source.lat !== null && source.lng !== null;
  return {
    ticket: source.ticket,
    received_at: source.receivedAt.toISOString(),
    received_date: localDate(source.receivedAt, timeZone),
    channel: source.channel,
    category: source.category.name,
    category_slug: source.category.slug,
    category_group: source.category.group,
    district_code: source.district?.code ?? null,
    district_name: source.district?.name ?? null,
    village_code: source.village?.code ?? null,
    village_name: source.village?.name ?? null,
    agency: source.agency?.name ?? null,
    agency_slug: source.agency?.slug ?? null,
    agency_kind: source.agency?.kind ?? null,
    status: source.status,
    invalid_reason: source.invalidReason,
    outcome: source.outcome,
    verified_at: source.verifiedAt?.toISOString() ?? null,
    forwarded_at: source.forwardedAt?.toISOString() ?? null,
    first_response_at: source.firstResponseAt?.toISOString() ?? null,
    resolved_at: source.resolvedAt?.toISOString() ?? null,
    resolved_date: source.resolvedAt ? localDate(source.resolvedAt, timeZone) : null,
    verification_days: source.verificationDays,
    first_response_days: source.firstResponseDays,
    resolution_days: source.resolutionDays,
    summary: publicText(source.summary),
    lat: exact ? source.lat : null,
    lng: exact ? source.lng : null,
    duplicate_of: source.duplicateOfTicket,
  };
}

/** The record statistics count, for every complaint. */
export function toAggregateRecord(source: PublicSource): AggregateRecord {
  return {
    channel: source.channel,
    category_slug: source.category.slug,
    category_group: source.category.group,
    district_code: source.district?.code ?? null,
    agency_slug: source.agency?.slug ?? null,
    status: source.status,
    verification: verificationOf(source.status),
    invalid_reason: source.invalidReason,
    outcome: source.outcome,
    received_at: source.receivedAt.toISOString(),
    verified_at: source.verifiedAt?.toISOString() ?? null,
    forwarded_at: source.forwardedAt?.toISOString() ?? null,
    first_response_at: source.firstResponseAt?.toISOString() ?? null,
    resolved_at: source.resolvedAt?.toISOString() ?? null,
    verification_days: source.verificationDays,
    first_response_days: source.firstResponseDays,
    resolution_days: source.resolutionDays,
    verification_due_at: source.verificationDueAt?.toISOString() ?? null,
    action_due_at: source.actionDueAt?.toISOString() ?? null,
    confidential: source.confidential,
    duplicate: source.duplicateOfTicket !== null,
  };
}

/** The public timeline: labels for every step, public notes only, never staff names. */
export function toPublicTimeline(channel: Channel, events: PublicSourceEvent[]): PublicEvent[] {
  const timeline: PublicEvent[] = [];
  for (const event of events) {
    const note = publicText(event.publicNote);
    if (event.kind === 'note' && note === null) {
      continue;
    }
    timeline.push({
      kind: event.kind,
      label: eventLabel(event, channel),
      occurred_at: event.occurredAt.toISOString(),
      note,
    });
  }
  return timeline;
}

/**
 * Measure the service clocks of a complaint: verification and the agency's first follow-up, in
 * working days. Only the receipt time and the kinds and times of the timeline events are read,
 * and the public timeline shows those anyway. Notes and staff are never read.
 */
export function toPublicClocks(
  receivedAt: Date,
  events: readonly ClockEvent[],
  settings: ClockSettings,
  now: Date,
): PublicClocks {
  const timeline = events.map((event) => ({ kind: event.kind, occurredAt: event.occurredAt }));
  const clocks = evaluateServiceClocks(receivedAt, timeline, settings, now);
  return { verification: publicClock(clocks.verification), action: publicClock(clocks.action) };
}

function publicClock(clock: Clock): PublicClock {
  return {
    state: clock.state,
    target_days: clock.targetDays,
    elapsed_days: clock.elapsedDays,
    overdue_days: clock.overdueDays,
    due_date: clock.dueDate,
    text: describeClock(clock),
  };
}

/** Public label of a status, naming the agency for forwarded complaints. */
export function publicStatusLabel(status: Status, agencyName: string | null): string {
  if (status === 'forwarded' && agencyName) {
    return `${STATUS_LABELS.forwarded} ke ${agencyName}`;
  }
  return STATUS_LABELS[status];
}

export function categoryGroupLabel(group: CategoryGroup): string {
  return CATEGORY_GROUP_LABELS[group];
}

function eventLabel(event: PublicSourceEvent, channel: Channel): string {
  switch (event.kind) {
    case 'logged':
      return `Aduan diterima melalui ${CHANNEL_LABELS[channel]}`;
    case 'request_info':
      return 'Menunggu kelengkapan data dari pelapor';
    case 'receive_info':
      return 'Kelengkapan data diterima';
    case 'reject': {
      const reason = INVALID_REASON_LABELS[event.detail as InvalidReason] ?? 'alasan tidak dicatat';
      return `Dinyatakan tidak valid: ${reason.toLowerCase()}`;
    }
    case 'reverify':
      return 'Diverifikasi ulang';
    case 'forward':
      return event.agencyName ? `Diteruskan ke ${event.agencyName}` : 'Diteruskan ke instansi terkait';
    case 'start_action':
      return event.agencyName ? `Ditindaklanjuti oleh ${event.agencyName}` : 'Ditindaklanjuti';
    case 'resolve': {
      const outcome = OUTCOME_LABELS[event.detail as Outcome];
      return outcome ? `Selesai: ${outcome.toLowerCase()}` : 'Selesai';
    }
    case 'reopen':
      return 'Dibuka kembali untuk ditindaklanjuti';
    case 'note':
      return 'Perkembangan tindak lanjut';
  }
}

/** Staff-written text as the public may read it: trimmed, or null when empty or holding personal data. */
function publicText(text: string | null): string | null {
  const trimmed = text?.trim() ?? '';
  if (trimmed === '' || containsPersonalData(trimmed)) {
    return null;
  }
  return trimmed;
}
