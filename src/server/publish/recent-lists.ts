/**
 * The newest complaints of the snapshot (`terbaru.json`): received and resolved across the
 * portal, and resolved per agency and per district for their pages. Each list has a fixed
 * length, so memory does not grow with the number of complaints.
 */

import { FEED_MAX_ENTRIES } from '../../domain/atom-feed.ts';
import type { PublicComplaint } from '../../domain/public-view.ts';
import type { SnapshotRecent } from '../../domain/snapshot.ts';

/** The Atom feed lists this many resolved complaints; the home page shows fewer. */
const PORTAL_LIST_LENGTH = FEED_MAX_ENTRIES;

/** An agency's or a district's page lists its most recently resolved complaints. */
export const PAGE_LIST_LENGTH = 10;

export interface RecentLists {
  /** Consider a listed (not confidential) complaint for every list it belongs to. */
  add(complaint: PublicComplaint): void;
  result(): SnapshotRecent;
}

export function createRecentLists(): RecentLists {
  const recent: SnapshotRecent = { received: [], resolved: [], resolved_by_agency: {}, resolved_by_district: {} };
  const resolvedAt = (item: PublicComplaint) => item.resolved_at ?? '';

  return {
    add(complaint) {
      insertNewest(recent.received, complaint, (item) => item.received_at, PORTAL_LIST_LENGTH);
      if (complaint.status !== 'resolved' || !complaint.resolved_at) {
        return;
      }
      insertNewest(recent.resolved, complaint, resolvedAt, PORTAL_LIST_LENGTH);
      if (complaint.agency_slug !== null) {
        insertNewest((recent.resolved_by_agency[complaint.agency_slug] ??= []), complaint, resolvedAt, PAGE_LIST_LENGTH);
      }
      if (complaint.district_code !== null) {
        insertNewest((recent.resolved_by_district[complaint.district_code] ??= []), complaint, resolvedAt, PAGE_LIST_LENGTH);
      }
    },
    result: () => recent,
  };
}

function insertNewest(
  list: PublicComplaint[],
  item: PublicComplaint,
  key: (item: PublicComplaint) => string,
  length: number,
): void {
  const index = list.findIndex((other) => key(item) > key(other));
  if (index === -1) {
    if (list.length < length) {
      list.push(item);
    }
    return;
  }
  list.splice(index, 0, item);
  if (list.length > length) {
    list.pop();
  }
}
