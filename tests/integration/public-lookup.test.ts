import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaints } from '../../db/schema/index.ts';
import { seedDemoData } from '../../db/seed/demo/seed-demo.ts';
import { ticketCode } from '../../src/domain/ticket.ts';
import { findPublicSource, publicEventsOf } from '../../src/server/public-records.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-database.ts';

let database: TestDatabase;
let ticket: string;
let complaintId: number;

beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemoData(database.db, 'LBP');
  const [first] = await database.db
    .select({ id: complaints.id, ticket: complaints.ticket })
    .from(complaints)
    .where(eq(complaints.confidential, false))
    .limit(1);
  ticket = first!.ticket;
  complaintId = first!.id;
});

afterAll(async () => {
  await database?.close();
});

describe('public ticket lookup', () => {
  it('finds a ticket by its stored form', async () => {
    const source = await findPublicSource(database.db, ticket);

    expect(source?.ticket).toBe(ticket);
    expect(source?.id).toBe(complaintId);
  });

  it('finds a ticket under another prefix', async () => {
    const source = await findPublicSource(database.db, `ABC-${ticketCode(ticket)}`);

    expect(source?.ticket).toBe(ticket);
  });

  it('returns null for an unknown code', async () => {
    const unknown = ticketCode(ticket) === '00000-00000' ? 'LBP-11111-11111' : 'LBP-00000-00000';

    expect(await findPublicSource(database.db, unknown)).toBeNull();
  });

  it('repeats lookups with the prepared queries', async () => {
    const first = await findPublicSource(database.db, ticket);
    const second = await findPublicSource(database.db, ticket);

    expect(second).toEqual(first);
  });

  it('lists the timeline oldest first', async () => {
    const events = await publicEventsOf(database.db, complaintId);
    const times = events.map((event) => event.occurredAt.getTime());

    expect(events.length).toBeGreaterThan(0);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});
