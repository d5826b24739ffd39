import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, sql } from '../../db/client.ts';
import { complaints } from '../../db/schema/index.ts';
import { findPublicSource, ticketCodeColumn } from '../../src/server/public-records.ts';
import { generateTicket } from '../../src/domain/ticket.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-database.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await openTestDatabase();
});

afterAll(async () => {
  await database?.close();
});

describe('ticket lookup by code', () => {
  it('probes the code index', async () => {
    const query = database.db.select({ id: complaints.id }).from(complaints).where(eq(ticketCodeColumn(), 'ABCDE-FGHJK')).toSQL();
    const plan = await database.db.transaction(async (tx) => {
      // With a handful of rows the planner would scan the table anyway; forbidding scans shows whether the index fits.
      await tx.execute(sql`set local enable_seqscan = off`);
      const statement = query.sql.replace('$1', "'ABCDE-FGHJK'");
      return queryRows<Record<string, string>>(tx, sql.raw(`explain ${statement}`));
    });
    const text = plan.map((row) => Object.values(row).join(' ')).join('\n');

    expect(text).toContain('complaints_ticket_code_idx');
    expect(text).not.toContain('Seq Scan');
  });

  it('finds nothing for an unknown code', async () => {
    expect(await findPublicSource(database.db, generateTicket('LBP'))).toBeNull();
  });
});
