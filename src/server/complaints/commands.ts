import { and, eq, or } from 'drizzle-orm';
import type { Database, Executor } from '../../../db/client.ts';
import {
  agencies,
  categories,
  complaintEvents,
  complaints,
  districts,
  reporters,
  villages,
} from '../../../db/schema/index.ts';
import type { Channel } from '../../domain/channels.ts';
import { NotFoundError, StaleVersionError, TransitionError, ValidationError } from '../../domain/errors.ts';
import { describePersonalData, findPersonalData } from '../../domain/personal-data.ts';
import { normalizePhone } from '../../domain/phone.ts';
import {
  STATUS_LABELS,
  TRANSITIONS,
  transitionTarget,
  type Action,
  type InvalidReason,
  type Outcome,
  type Status,
} from '../../domain/status.ts';
import { generateTicket } from '../../domain/ticket.ts';
import { refreshDueDates } from '../clocks/due-dates.ts';

export interface LogComplaintInput {
  channel: Channel;
  receivedAt: Date;
  reporterName: string;
  reporterContact: string;
  originalText: string;
  categoryId: number;
  districtCode?: string | null;
  villageCode?: string | null;
  lat?: number | null;
  lng?: number | null;
  summary?: string | null;
  confidential?: boolean;
  /** Identity of the spreadsheet row an import creates the complaint from. */
  importKey?: string | null;
}

export interface Actor {
  /** Staff member who acts; null for imports and generated data. */
  staffId: number | null;
}

export interface TicketOptions {
  prefix: string;
  /** Source of random bytes; the demo generator passes a seeded one. */
  randomBytes?: (length: number) => Uint8Array;
}

/**
 * Record a new complaint with its first timeline entry and return its id and ticket. Given a
 * transaction as `db`, it runs in a savepoint of that transaction, so a caller can make several
 * complaints all-or-nothing; the same holds for `applyAction`.
 */
export async function logComplaint(
  db: Database,
  input: LogComplaintInput,
  actor: Actor,
  ticketOptions: TicketOptions,
): Promise<{ id: number; ticket: string }> {
  assertPublicText('summary', 'Ringkasan publik', input.summary ?? null);
  assertPlausibleTime('received_at', input.receivedAt);

  return db.transaction(async (tx) => {
    await assertActiveCategory(tx, input.categoryId);
    const districtCode = await resolveDistrict(tx, input.districtCode ?? null, input.villageCode ?? null);
    const reporterId = await findOrCreateReporter(tx, input.reporterName, input.reporterContact);
    const ticket = await unusedTicket(tx, ticketOptions);

    const [created] = await tx
      .insert(complaints)
      .values({
        ticket,
        channel: input.channel,
        receivedAt: input.receivedAt,
        reporterId,
        reporterName: input.reporterName,
        reporterContact: input.reporterContact,
        originalText: input.originalText,
        summary: input.summary ?? null,
        categoryId: input.categoryId,
        districtCode,
        villageCode: input.villageCode ?? null,
        lat: input.lat ?? null,
        lng: input.lng ?? null,
        confidential: input.confidential ?? false,
        importKey: input.importKey ?? null,
        createdBy: actor.staffId,
      })
      .returning({ id: complaints.id, ticket: complaints.ticket });

    await tx.insert(complaintEvents).values({
      complaintId: created!.id,
      kind: 'logged',
      toStatus: 'received',
      staffId: actor.staffId,
      occurredAt: input.receivedAt,
    });
    await refreshDueDates(tx, created!.id);
    return created!;
  });
}

export interface ActionInput {
  action: Action;
  /** Version the staff member saw; a different stored version rejects the change. Omit only for imports. */
  expectedVersion?: number;
  agencyId?: number | null;
  agencyReference?: string | null;
  invalidReason?: InvalidReason | null;
  outcome?: Outcome | null;
  /** For a rejection as duplicate: the canonical ticket of the complaint this one repeats. */
  duplicateOfTicket?: string | null;
  publicNote?: string | null;
  internalNote?: string | null;
  /** When the action happened; defaults to now. */
  occurredAt?: Date;
}

/**
 * Move a complaint along its lifecycle. The change and its timeline entry are written in one
 * transaction, after the transition table and the version check allow it.
 */
export async function applyAction(
  db: Database,
  complaintId: number,
  input: ActionInput,
  actor: Actor,
): Promise<{ status: Status; version: number }> {
  assertPublicText('public_note', 'Catatan publik', input.publicNote ?? null);
  const occurredAt = input.occurredAt ?? new Date();
  assertPlausibleTime('occurred_at', occurredAt);

  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({
        status: complaints.status,
        version: complaints.version,
        agencyId: complaints.agencyId,
        verifiedAt: complaints.verifiedAt,
        firstResponseAt: complaints.firstResponseAt,
      })
      .from(complaints)
      .where(eq(complaints.id, complaintId))
      .for('update');
    if (!current) {
      throw new NotFoundError('Aduan tidak ditemukan.');
    }
    if (input.expectedVersion !== undefined && input.expectedVersion !== current.version) {
      throw new StaleVersionError(input.expectedVersion, current.version);
    }

    const from = current.status as Status;
    const to = transitionTarget(from, input.action);
    if (to === null) {
      throw new TransitionError(
        `Tindakan "${TRANSITIONS[input.action].label}" tidak dapat dilakukan pada aduan berstatus ${STATUS_LABELS[from]}.`,
      );
    }

    const changes = await changesFor(tx, complaintId, input, current, occurredAt);
    const version = current.version + 1;
    await tx
      .update(complaints)
      .set({ ...changes, status: to, version, updatedAt: new Date() })
      .where(eq(complaints.id, complaintId));

    await tx.insert(complaintEvents).values({
      complaintId,
      kind: input.action,
      fromStatus: from,
      toStatus: to,
      agencyId: input.action === 'forward' ? (input.agencyId ?? null) : (current.agencyId ?? null),
      detail: eventDetail(input),
      publicNote: input.publicNote ?? null,
      internalNote: input.internalNote ?? null,
      staffId: actor.staffId,
      occurredAt,
    });
    await refreshDueDates(tx, complaintId);
    return { status: to, version };
  });
}

/** The event's detail: the invalid reason of a rejection, the outcome of a resolution. */
function eventDetail(input: ActionInput): string | null {
  if (input.action === 'reject') {
    return input.invalidReason ?? null;
  }
  if (input.action === 'resolve') {
    return input.outcome ?? null;
  }
  return null;
}

/** Column changes that come with an action besides the status. */
async function changesFor(
  tx: Executor,
  complaintId: number,
  input: ActionInput,
  current: { verifiedAt: Date | null; firstResponseAt: Date | null },
  occurredAt: Date,
): Promise<Partial<typeof complaints.$inferInsert>> {
  switch (input.action) {
    case 'forward': {
      if (!input.agencyId) {
        throw new ValidationError({ agency_id: 'Pilih instansi tujuan penerusan.' });
      }
      const [agency] = await tx
        .select({ id: agencies.id })
        .from(agencies)
        .where(and(eq(agencies.id, input.agencyId), eq(agencies.active, true)));
      if (!agency) {
        throw new ValidationError({ agency_id: 'Instansi yang dipilih tidak ada atau sudah tidak aktif.' });
      }
      return {
        agencyId: agency.id,
        agencyReference: input.agencyReference ?? null,
        forwardedAt: occurredAt,
        verifiedAt: current.verifiedAt ?? occurredAt,
      };
    }
    case 'reject': {
      if (!input.invalidReason) {
        throw new ValidationError({ invalid_reason: 'Pilih alasan aduan dinyatakan tidak valid.' });
      }
      const duplicateOfId =
        input.invalidReason === 'duplicate' && input.duplicateOfTicket
          ? await originalOf(tx, complaintId, input.duplicateOfTicket)
          : null;
      return { invalidReason: input.invalidReason, duplicateOfId, verifiedAt: current.verifiedAt ?? occurredAt };
    }
    case 'reverify':
      return { invalidReason: null, duplicateOfId: null, verifiedAt: null };
    case 'start_action':
      return { firstResponseAt: current.firstResponseAt ?? occurredAt };
    case 'resolve':
      if (!input.outcome) {
        throw new ValidationError({ outcome: 'Pilih hasil penyelesaian.' });
      }
      return { outcome: input.outcome, resolvedAt: occurredAt };
    case 'reopen':
      return { outcome: null, resolvedAt: null };
    case 'request_info':
    case 'receive_info':
      return {};
  }
}

/**
 * Reject a time no complaint can have: before 2000 or more than a day ahead. The forms check the
 * narrower range (from the channel's launch to now) with their own message.
 */
function assertPlausibleTime(field: string, time: Date): void {
  const value = time.getTime();
  if (!Number.isFinite(value) || value < Date.UTC(2000, 0, 1) || value > Date.now() + 86_400_000) {
    throw new ValidationError({ [field]: 'Waktu tidak masuk akal: harus antara tahun 2000 dan hari ini.' });
  }
}

/**
 * The id of the complaint a duplicate points to: the one with `ticket`, or that one's own
 * original when it is a duplicate too, so that every copy points at the first report.
 */
async function originalOf(tx: Executor, complaintId: number, ticket: string): Promise<number> {
  const [target] = await tx
    .select({ id: complaints.id, duplicateOfId: complaints.duplicateOfId })
    .from(complaints)
    .where(eq(complaints.ticket, ticket));
  if (!target) {
    throw new ValidationError({ duplicate_of: `Aduan dengan nomor tiket ${ticket} tidak ditemukan.` });
  }
  const originalId = target.duplicateOfId ?? target.id;
  if (originalId === complaintId) {
    throw new ValidationError({ duplicate_of: 'Aduan tidak dapat ditandai sebagai duplikat dari dirinya sendiri.' });
  }
  return originalId;
}

function assertPublicText(field: string, label: string, text: string | null): void {
  if (!text) {
    return;
  }
  const matches = findPersonalData(text);
  if (matches.length > 0) {
    throw new ValidationError({ [field]: `${label}: ${describePersonalData(matches, text)}` });
  }
}

async function assertActiveCategory(tx: Executor, categoryId: number): Promise<void> {
  const [category] = await tx
    .select({ id: categories.id })
    .from(categories)
    .where(and(eq(categories.id, categoryId), eq(categories.active, true)));
  if (!category) {
    throw new ValidationError({ category_id: 'Kategori tidak ditemukan atau sudah tidak aktif; pilih kategori dari daftar.' });
  }
}

/** The district of the complaint: the one given, or the village's when only a village is given. */
async function resolveDistrict(tx: Executor, districtCode: string | null, villageCode: string | null) {
  if (villageCode === null) {
    if (districtCode !== null) {
      const [district] = await tx.select({ code: districts.code }).from(districts).where(eq(districts.code, districtCode));
      if (!district) {
        throw new ValidationError({ district_code: 'Kecamatan tidak ditemukan; pilih kecamatan dari daftar.' });
      }
    }
    return districtCode;
  }
  const [village] = await tx
    .select({ districtCode: villages.districtCode })
    .from(villages)
    .where(eq(villages.code, villageCode));
  if (!village) {
    throw new ValidationError({ village_code: 'Desa/kelurahan tidak ditemukan; pilih dari daftar.' });
  }
  if (districtCode !== null && districtCode !== village.districtCode) {
    throw new ValidationError({ village_code: 'Desa/kelurahan yang dipilih tidak berada di kecamatan yang dipilih.' });
  }
  return village.districtCode;
}

/** Link the complaint to the reporter who used the same phone number or e-mail address before. */
async function findOrCreateReporter(tx: Executor, name: string, contact: string): Promise<number> {
  const phoneE164 = normalizePhone(contact);
  const email = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contact.trim()) ? contact.trim().toLowerCase() : null;
  if (!phoneE164 && !email) {
    const [created] = await tx.insert(reporters).values({ name }).returning({ id: reporters.id });
    return created!.id;
  }

  const sameContact = or(
    phoneE164 ? eq(reporters.phoneE164, phoneE164) : undefined,
    email ? eq(reporters.email, email) : undefined,
  );
  const [existing] = await tx.select({ id: reporters.id }).from(reporters).where(sameContact).limit(1);
  if (existing) {
    return existing.id;
  }

  // Another transaction may insert the same contact between the select and this insert.
  const [created] = await tx
    .insert(reporters)
    .values({ name, phoneE164, email })
    .onConflictDoNothing()
    .returning({ id: reporters.id });
  if (created) {
    return created.id;
  }
  const [inserted] = await tx.select({ id: reporters.id }).from(reporters).where(sameContact).limit(1);
  return inserted!.id;
}

async function unusedTicket(tx: Executor, options: TicketOptions): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const ticket = generateTicket(options.prefix, options.randomBytes);
    const [taken] = await tx.select({ id: complaints.id }).from(complaints).where(eq(complaints.ticket, ticket));
    if (!taken) {
      return ticket;
    }
  }
  // Five collisions in a 45-bit space mean the random source is broken, not bad luck.
  throw new Error('Could not find an unused ticket number after 5 attempts; check the random source.');
}

/** The category's default agency, offered first when staff forward a complaint. */
export async function defaultAgencyOf(db: Executor, categoryId: number): Promise<number | null> {
  const [row] = await db
    .select({ agencyId: categories.defaultAgencyId })
    .from(categories)
    .where(eq(categories.id, categoryId));
  return row?.agencyId ?? null;
}

