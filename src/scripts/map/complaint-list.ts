/**
 * The list below the map, redrawn for the filter: the newest complaints that the map lists,
 * located or not. The page's static HTML contains the same table for readers without JavaScript.
 */

import { formatLocalDate, formatNumber } from '../../domain/format.ts';
import { newestFirst, type MapComplaint, type MapDataHeader } from '../../domain/map-data.ts';
import { STATUS_LABELS } from '../../domain/status.ts';
import { element, link } from './dom.ts';
import { statusSymbol } from './markers.ts';
import { NO_LOCATION, categoryName, districtName, ticketPath } from './popups.ts';

export function renderComplaintList(
  table: HTMLTableElement,
  summary: HTMLElement,
  data: MapDataHeader,
  complaints: MapComplaint[],
  limit: number,
): void {
  const newest = newestFirst(complaints, limit);
  const rows = newest.map((complaint) =>
    element(
      'tr',
      {},
      element('td', {}, link(ticketPath(complaint.ticket), complaint.ticket)),
      element('td', {}, categoryName(data, complaint)),
      element('td', {}, complaint.districtIndex >= 0 ? districtName(data, complaint) : '–'),
      element('td', {}, complaint.lat === null ? NO_LOCATION : 'ada di peta'),
      element('td', {}, formatLocalDate(complaint.receivedDate)),
      element('td', {}, statusSymbol(complaint.status), ` ${STATUS_LABELS[complaint.status]}`),
    ),
  );
  table.tBodies[0]?.replaceChildren(...rows);
  table.hidden = rows.length === 0;
  if (complaints.length === 0) {
    summary.textContent = 'Tidak ada aduan infrastruktur yang sesuai dengan saringan.';
  } else if (complaints.length > limit) {
    summary.textContent = `Menampilkan ${formatNumber(limit)} aduan terbaru dari ${formatNumber(complaints.length)} aduan infrastruktur yang sesuai dengan saringan.`;
  } else {
    summary.textContent = `Menampilkan ${formatNumber(complaints.length)} aduan infrastruktur yang sesuai dengan saringan.`;
  }
}
