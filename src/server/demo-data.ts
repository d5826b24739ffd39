import { and, eq, like, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { staff } from '../../db/schema/index.ts';

/**
 * User names of the timeline accounts the demo data set creates (`db/seed/demo/seed-demo.ts`).
 * They are inactive and cannot sign in. The export reads their presence as "the demo data is loaded".
 */
export const DEMO_USERNAME_PREFIX = 'demo.';

/** Return true when the database contains the demo data set, so that the public pages can say so. */
export async function hasDemoData(db: Executor): Promise<boolean> {
  const [row] = await db
    .select({ found: sql<boolean>`true` })
    .from(staff)
    .where(and(like(staff.username, `${DEMO_USERNAME_PREFIX}%`), eq(staff.active, false)))
    .limit(1);
  return row !== undefined;
}
