import { describe, expect, it } from 'vitest';
import { FEED_MAX_ENTRIES } from '../../src/domain/atom-feed.ts';
import { PAGE_LIST_LENGTH, createRecentLists } from '../../src/server/publish/recent-lists.ts';
import { resolvedComplaint } from '../support/public-complaint.ts';

/** Complaint number `n` of one agency and district, resolved on day `n` of 2024 (UTC noon). */
function resolvedOnDay(n: number) {
  const day = new Date(Date.UTC(2024, 0, n, 12)).toISOString();
  return resolvedComplaint({ ticket: `LBP-TEST-${String(n).padStart(5, '0')}`, received_at: day, resolved_at: day });
}

describe('createRecentLists', () => {
  it('caps portal lists at feed length', () => {
    const lists = createRecentLists();
    const total = FEED_MAX_ENTRIES + 7;
    // Out of order on purpose: the lists sort by time, not by arrival.
    for (let n = 1; n <= total; n += 1) {
      lists.add(resolvedOnDay(((n * 37) % total) + 1));
    }
    const { received, resolved } = lists.result();
    expect(resolved).toHaveLength(FEED_MAX_ENTRIES);
    expect(received).toHaveLength(FEED_MAX_ENTRIES);
    expect(resolved[0]!.ticket).toBe(`LBP-TEST-${String(total).padStart(5, '0')}`);
    const times = resolved.map((item) => item.resolved_at!);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('caps agency and district lists', () => {
    const lists = createRecentLists();
    for (let n = 1; n <= 30; n += 1) {
      lists.add(resolvedOnDay(n));
    }
    const { resolved_by_agency, resolved_by_district } = lists.result();
    const agencyList = resolved_by_agency['dpupr']!;
    expect(agencyList).toHaveLength(PAGE_LIST_LENGTH);
    expect(agencyList.map((item) => item.ticket)[0]).toBe('LBP-TEST-00030');
    expect(agencyList.at(-1)!.ticket).toBe(`LBP-TEST-${String(30 - PAGE_LIST_LENGTH + 1).padStart(5, '0')}`);
    expect(resolved_by_district['33.18.10']).toHaveLength(PAGE_LIST_LENGTH);
  });

  it('skips unresolved complaints in resolved lists', () => {
    const lists = createRecentLists();
    lists.add(resolvedComplaint({ status: 'forwarded', resolved_at: null, resolved_date: null, outcome: null }));
    const result = lists.result();
    expect(result.received).toHaveLength(1);
    expect(result.resolved).toHaveLength(0);
    expect(result.resolved_by_agency).toEqual({});
  });
});
