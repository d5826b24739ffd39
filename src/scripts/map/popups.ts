/** Popup contents of the public map, built as DOM nodes with text only. */

import { formatLocalDate, formatNumber } from '../../domain/format.ts';
import type { MapComplaint, MapDataHeader } from '../../domain/map-data.ts';
import { STATUS_LABELS } from '../../domain/status.ts';
import { element, link } from './dom.ts';

export const NO_LOCATION = 'lokasi tidak tersedia';

/** Maximum number of complaints a same-spot popup lists; it counts the rest, which a narrower filter brings in. */
const SAME_SPOT_LIMIT = 200;

export function districtName(data: MapDataHeader, complaint: MapComplaint): string {
  return data.districts[complaint.districtIndex]?.name ?? 'Kecamatan tidak diketahui';
}

export function categoryName(data: MapDataHeader, complaint: MapComplaint): string {
  return data.categories[complaint.categoryIndex]?.name ?? 'Kategori tidak diketahui';
}

export function ticketPath(ticket: string): string {
  return `/lacak/${encodeURIComponent(ticket)}`;
}

/** Short text naming a complaint, for a marker's accessible name and tooltips. */
export function complaintLabel(data: MapDataHeader, complaint: MapComplaint): string {
  return `${categoryName(data, complaint)}, ${STATUS_LABELS[complaint.status]}, ${districtName(data, complaint)}`;
}

export function complaintPopup(data: MapDataHeader, complaint: MapComplaint): HTMLElement {
  return element(
    'div',
    { class: 'map-popup' },
    element('strong', {}, categoryName(data, complaint)),
    element(
      'dl',
      {},
      element('dt', {}, 'Status'),
      element('dd', {}, STATUS_LABELS[complaint.status]),
      element('dt', {}, 'Kecamatan'),
      element('dd', {}, districtName(data, complaint)),
      element('dt', {}, 'Diterima'),
      element('dd', {}, formatLocalDate(complaint.receivedDate)),
    ),
    link(ticketPath(complaint.ticket), `Lihat aduan ${complaint.ticket}`),
  );
}

/** Popup for complaints at one spot that no zoom level separates: each one gets its own link. */
export function sameSpotPopup(data: MapDataHeader, complaints: MapComplaint[]): HTMLElement {
  const shown = complaints.slice(0, SAME_SPOT_LIMIT);
  const list = element('ul', { class: 'map-popup-list' });
  for (const complaint of shown) {
    list.append(
      element(
        'li',
        {},
        link(ticketPath(complaint.ticket), complaint.ticket),
        ` ${categoryName(data, complaint)}, ${STATUS_LABELS[complaint.status]}, ${formatLocalDate(complaint.receivedDate)}`,
      ),
    );
  }
  const rest = complaints.length - shown.length;
  return element(
    'div',
    { class: 'map-popup' },
    element('strong', {}, `${formatNumber(complaints.length)} aduan di titik yang sama`),
    list,
    rest > 0 && element('p', {}, `Dan ${formatNumber(rest)} aduan lainnya; saring menurut kategori atau periode untuk melihatnya.`),
  );
}
